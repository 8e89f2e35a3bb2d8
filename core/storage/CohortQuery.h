#pragma once

#include "core/Result.h"
#include "core/clinical/Cohort.h"
#include "core/storage/PlanRepository.h"

#include <QHash>

namespace tricholog {

class Database;

// The rows clinic outcomes are computed from (core/clinical/Cohort.h), read set-based, each
// kind in one statement for every patient at once. All refuse a role without
// Permission::ExportReports (an assistant): outcomes across patients are for clinicians and
// administrators.
using CohortSessions = QHash<qint64, QList<cohort::PatientRows::Session>>; // by patient, by date
using CohortDiagnoses = QHash<qint64, QString>;   // the earliest active diagnosis' type
using CohortPlans = QHash<qint64, TreatmentPlan>; // each patient's latest plan

// The metric's values at the site (with each patient's MRN, sex and date of birth).
Result<QList<cohort::PatientRows>> loadCohortValues(Database &db, const cohort::Options &options);
// Every patient's sessions with their adjuncts; every patient's earliest active diagnosis. The
// window keeps them while the metric or the site changes.
Result<CohortSessions> loadCohortSessions(Database &db);
Result<CohortDiagnoses> loadCohortDiagnoses(Database &db);
Result<CohortPlans> loadCohortPlans(Database &db);
void attachCohortDetails(QList<cohort::PatientRows> &rows, const CohortSessions *sessions,
                         const CohortDiagnoses *diagnoses);
// Each patient's adherence to their latest plan on `today` (the rows' sessions attached first).
void attachCohortAdherence(QList<cohort::PatientRows> &rows, const CohortPlans &plans, QDate today,
                           const plan::Tolerance &tolerance);
// The values, and the sessions, the diagnoses and the plans when the grouping or the filters
// need them: at most four statements. Adherence is measured on the database clock's today.
Result<QList<cohort::PatientRows>> loadCohortRows(Database &db, const cohort::Options &options,
                                                  const plan::Tolerance &tolerance = {});

} // namespace tricholog
