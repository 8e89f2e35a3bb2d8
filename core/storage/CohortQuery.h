#pragma once

#include "core/Result.h"
#include "core/clinical/Cohort.h"

namespace tricholog {

class Database;

// The rows clinic outcomes are computed from (core/clinical/Cohort.h), read set-based: one
// statement for the metric's values at the site (every patient at once), one for the sessions
// with their adjuncts and one for the active diagnoses, only when the grouping needs them.
Result<QList<cohort::PatientRows>> loadCohortRows(Database &db, const cohort::Options &options);

} // namespace tricholog
