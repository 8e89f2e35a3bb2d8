#pragma once

#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <functional>

namespace tricholog {

// One forward-only step of the schema. Each engine has its own list, with the same version
// numbers: SQLite's is migrations() below (Migrations.cpp, schema 1 onwards), PostgreSQL's is in
// PostgresDialect.cpp (a server database starts at schema 5). Database::migrate runs each step
// inside its own transaction, together with the version update (PRAGMA user_version on SQLite,
// meta.schema_version on PostgreSQL), so a failed step leaves the database at the previous
// version.
struct Migration
{
    int version;
    const char *description;
    std::function<Result<void>(QSqlDatabase &)> apply;
    // False for a step with nothing to do on this engine (kept to keep the numbers equal): an
    // SQLite file is not copied before an upgrade made only of such steps.
    bool changesStructure = true;
};

// The SQLite steps (SqliteDialect::migrations()).
const QList<Migration> &migrations();

// Whether bringing a file from schema `from` up the `steps` changes its structure (then a copy is
// kept first); false when every missing step has nothing to do in a file.
bool upgradeChangesStructure(const QList<Migration> &steps, int from);

// An INSERT into the audit trail with its chained hash, for events no table trigger sees (sign-in
// attempts, disclosures). The arguments are SQL expressions.
QString auditInsertStatement(const QString &action, const QString &table, const QString &recordId,
                             const QString &newValues, const QString &user,
                             const QString &patientId = QStringLiteral("NULL"));

// Schema 3's CREATE TABLE audit_log and its indexes, never altered since: sqlite_master must hold
// exactly these for the trail's table (Integrity's check).
QStringList sqliteAuditLogStatements();
// Every CREATE TRIGGER statement the SQLite migrations up to `version` ran, as they ran it (the
// audit triggers list the tables' columns): sqlite_master must hold exactly these.
QStringList sqliteTriggerStatements(QSqlDatabase &db, int version);
// The JSON object of a row of `table` (SQL over the row alias `row`) as the audit triggers write
// it.
QString sqliteRowJson(QSqlDatabase &db, const QString &table, const QString &row);
// Schema 6 on both engines: the practice's id (meta key practice_id).
Result<void> addPracticeIdStep(QSqlDatabase &db);
// Schema 8's CREATE TABLE device_profile, in SQLite's or PostgreSQL's types.
QString deviceProfileTable(bool server);
// Schema 9's CREATE TABLE image_analysis and its indexes, in SQLite's or PostgreSQL's types.
QString imageAnalysisTable(bool server);
QStringList imageAnalysisIndexes();
// Schema 10's CREATE TABLE statements and indexes of protocol_template, treatment_plan and
// contact_attempt, in SQLite's or PostgreSQL's types.
QStringList treatmentPlanTables(bool server);
// A new practice id (a random UUID).
QString newPracticeId();
// The SQLite step of a new measurement field (README, "Adding a measurement field"): adds the
// column, e.g. "miniaturised_pct REAL CHECK (miniaturised_pct BETWEEN 0 AND 100)", and makes the
// measurement table's audit triggers again, since their JSON lists the columns. (On PostgreSQL the
// step is the ALTER TABLE alone: its triggers log whole rows.)
Result<void> addSqliteMeasurementColumn(QSqlDatabase &db, const QString &columnDefinition);

// Runs a list of statements, stopping at the first failure.
Result<void> execAll(QSqlDatabase &db, const QStringList &statements);

} // namespace tricholog
