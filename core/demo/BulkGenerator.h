#pragma once

#include "core/Result.h"

#include <QDate>
#include <functional>

namespace tricholog {

class Database;

// Large generated datasets for the speed benchmark (a clinic: 20,000 patients and about a
// million measurement rows over ten years; a chain: 100,000 patients and about ten million).
// Fictitious, deterministic for a seed and a day; names with diacritics and apostrophes; visits
// per patient skewed (mean about 8, a few up to 50). Rows are written with SQLite's prepared
// statements directly, one transaction per batch, without the per-row triggers (the audit
// trail gets one "bulk_load" entry instead; the patient list's figures are computed with the
// same core maths as the rows are made) and with the secondary indexes built afterwards; the
// CHECK constraints of the schema hold every row, and the foreign keys are checked at the end.
struct BulkOptions
{
    int patients = 20000;
    quint32 seed = 2013;
    int meanVisits = 8;
    int maxVisits = 50;
    int methodsPerVisit = 1; // 2: each site measured by trichoscopy and by phototrichogram
    int years = 10;
    QDate today; // defaults to the database clock
    // A treatment plan for every patient with sessions (addBulkPlans), after the load.
    bool plans = true;
    // Called now and then with rows written so far; return false to stop (nothing is kept).
    std::function<bool(qint64 measurementRows)> progress;
};

struct BulkSummary
{
    qint64 patients = 0;
    qint64 sessions = 0;
    qint64 measurements = 0;
    qint64 otherRows = 0;      // diagnoses, zones, adjuncts
    qint64 plans = 0;          // treatment plans
    double insertSeconds = 0;  // writing the rows (and the patient list's figures)
    double indexSeconds = 0;   // building the indexes and triggers set aside during the load
    double summarySeconds = 0; // checking the foreign keys, the audit entry, ANALYZE
};

// Into an empty database (refused otherwise).
Result<BulkSummary> generateBulk(Database &db, const BulkOptions &options);

// Gives every patient with sessions a treatment plan: the seed dermaroller protocol (a template
// added for it) from their first session, in one transaction, through PlanRepository (audited).
// The generated visits do not follow the plan: most patients are overdue, the recall list's
// worst case. Returns the number of plans.
Result<int> addBulkPlans(Database &db);

// The two datasets of the benchmark.
BulkOptions clinicDataset();
BulkOptions chainDataset();

} // namespace tricholog
