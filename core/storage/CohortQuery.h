#pragma once

#include "core/Result.h"
#include "core/clinical/Cohort.h"

#include <QHash>

namespace tricholog {

class Database;

// The rows clinic outcomes are computed from (core/clinical/Cohort.h), read set-based, each
// kind in one statement for every patient at once. All refuse a role without
// Permission::ExportReports (an assistant): outcomes across patients are for clinicians and
// administrators.
using CohortSessions = QHash<qint64, QList<cohort::PatientRows::Session>>; // by patient, by date
using CohortDiagnoses = QHash<qint64, QString>; // the earliest active diagnosis' type

// The metric's values at the site (with each patient's MRN, sex and date of birth).
Result<QList<cohort::PatientRows>> loadCohortValues(Database &db, const cohort::Options &options);
// Every patient's sessions with their adjuncts; every patient's earliest active diagnosis. The
// window keeps them while the metric or the site changes.
Result<CohortSessions> loadCohortSessions(Database &db);
Result<CohortDiagnoses> loadCohortDiagnoses(Database &db);
void attachCohortDetails(QList<cohort::PatientRows> &rows, const CohortSessions *sessions,
                         const CohortDiagnoses *diagnoses);
// The values, and the sessions and the diagnoses when the grouping or the filters need them:
// at most three statements.
Result<QList<cohort::PatientRows>> loadCohortRows(Database &db, const cohort::Options &options);

} // namespace tricholog
