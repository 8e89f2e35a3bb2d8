#pragma once

#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringView>

namespace tricholog {

class Database;

// The patient list's figures per patient (sessions, last visit, main diagnosis, headline density
// change), kept in patient_summary so that the list filters, sorts and pages in SQL however many
// patients there are. The database's own triggers mark a patient's row stale whenever one of
// their sessions, measurements or diagnoses changes, whoever writes; the figures are computed
// again (with the same core maths as the patient file) when the list reads them.
namespace patientsummary {

// The rule of the density column (2: mean of the treated sites, control sites left out). A
// database summarised under an older rule has every summary marked stale once, recorded in its
// meta table, so the list computes them again.
inline constexpr int kSummaryRule = 2;
Result<void> applyCurrentRule(const QSqlDatabase &db);

// Recomputes every stale row; returns how many. Cheap when nothing changed (an indexed lookup).
// A row another transaction holds (a server) is left stale for the next time.
Result<int> refreshStale(const Database &db);
// The same for these patients' rows, those of them that are stale.
Result<int> refreshPatients(const Database &db, const QList<qint64> &patientIds);

// Marks every patient stale (after a bulk load without triggers).
Result<void> markAllStale(const QSqlDatabase &db);

// The schema: the table, its indexes and the triggers that keep it (migration 5).
QStringList schemaStatements();
// SQLite's triggers that mark a patient's row stale, as schema `version` has them (from 13 they
// write the row only when it is not stale already).
QStringList staleTriggers(int version);
// The tables whose rows change a patient's figures, each with its own summary trigger: session,
// measurement, diagnosis.
const QStringList &sourceTables();
// Schema 13, SQLite: the stale triggers in their new form. Each row a bulk write added used to
// rewrite its patient's summary row (and its stale index) although it was stale already: 13 %
// of SQLite's own time inserting a clinic's measurements (sqlite3, 4.4 s against 3.85 s for the
// 944,115 rows; about 1.5 % of a whole import's work). Not on a server: there a writer
// must wait for a summary being computed (which set stale to 0, not yet committed) and then
// mark it stale again, and a condition on stale would skip that row without waiting.
Result<void> quietStaleTriggers(QSqlDatabase &db);

// Schema 11: the days of each patient's sessions (session_days: their local dates, one per
// session, in order) and measurement visits (measurement_days: each day measured once, in
// order), kept with the other figures so that the recall list reads one row per patient rather
// than every session and measurement of the clinic; days_zone names the time zone those local
// dates were taken in (a workstation in another zone reads the rows instead). Every row is
// marked stale, to be computed.
Result<void> addVisitDays(QSqlDatabase &db);

// The days as stored: ISO dates separated by a space ("2026-01-05 2026-02-02"), and the zone
// they are local dates of (QTimeZone::systemTimeZoneId()).
QString daysZone();
QString joinDays(const QList<QDate> &days);
// Read back; a word that is not a date is skipped.
QList<QDate> splitDays(QStringView text);

} // namespace patientsummary

} // namespace tricholog
