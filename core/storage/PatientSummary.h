#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

namespace tricholog {

// The patient list's figures per patient (sessions, last visit, main diagnosis, headline density
// change), kept in patient_summary so that the list filters, sorts and pages in SQL however many
// patients there are. The database's own triggers mark a patient's row stale whenever one of
// their sessions, measurements or diagnoses changes, whoever writes; the figures are computed
// again (with the same core maths as the patient file) before the list is read.
namespace patientsummary {

// Recomputes every stale row; returns how many. Cheap when nothing changed (an indexed lookup).
// The rule of the density column (2: mean of the treated sites, control sites left out). A
// database summarised under an older rule has every summary marked stale once, recorded in its
// meta table, so the list computes them again.
inline constexpr int kSummaryRule = 2;
Result<void> applyCurrentRule(const QSqlDatabase &db);

Result<int> refreshStale(const QSqlDatabase &db);

// Marks every patient stale (after a bulk load without triggers).
Result<void> markAllStale(const QSqlDatabase &db);

// The schema: the table, its indexes and the triggers that keep it (migration 5).
QStringList schemaStatements();

} // namespace patientsummary

} // namespace tricholog
