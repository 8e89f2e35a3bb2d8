#pragma once

#include "core/Result.h"
#include "core/storage/Migrations.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

class QSqlError;
class QSqlQuery;

namespace tricholog {

enum class Engine
{
    Sqlite,   // the embedded file, one workstation
    Postgres, // a PostgreSQL server shared by workstations
};

// What a database says about itself before it is used: ours (or empty), and its schema version.
struct SchemaState
{
    bool empty = false; // no tables at all: a new database
    bool ours = false;  // a Tricholog database
    int version = 0;
};

// The SQL that differs between the two engines, in one place per engine (SqliteDialect.cpp,
// PostgresDialect.cpp). Everything else (repositories, validation, the list, the audit
// trail's reading and checking) is the same SQL on both.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;
    virtual Engine engine() const = 0;
    virtual QString name() const = 0; // "SQLite", "PostgreSQL"

    // Starts a write transaction (SQLite: BEGIN IMMEDIATE, so a writer never fails half-way
    // with "database is locked"; PostgreSQL: BEGIN).
    virtual QString beginWrite() const = 0;
    // Starts a read-only transaction whose statements all see the database as it was at the
    // first one (SQLite: BEGIN, a read transaction on the WAL snapshot; PostgreSQL: REPEATABLE
    // READ, READ ONLY). Writers on other connections go on meanwhile.
    virtual QString beginRead() const = 0;
    // An INSERT that reports the new row's id: appended to the statement, then read after exec().
    virtual QString returningId() const = 0;
    virtual qint64 insertedId(QSqlQuery &query) const = 0;
    // A column of a WHERE term that must not pick the index the term is read through: the list
    // walks the index of its order and filters as it goes (PatientListQuery). SQLite reads a
    // term through an index whenever it can, so it gets "+column", which hides the index from
    // it; PostgreSQL weighs both plans by their cost, and has no unary + for text: the column
    // as it is.
    virtual QString unindexed(const QString &column) const = 0;
    // "column IN (ids)" for record ids (sql::idList) as this engine plans it fastest. SQLite:
    // the list itself. PostgreSQL estimates the rows of every listed id while it plans: 0.9 ms
    // for an export's batch of 500 patients, 3.2 ms for their 3,500 sessions, about as long as
    // running the statement. Given the ids as an array it cannot look into, it plans in under
    // 0.1 ms and reads the same indexes (measured with the connection's settings); ids that
    // follow one another it gets as ranges (BETWEEN), one index range scan each.
    virtual QString idIn(const QString &column, const QList<qint64> &ids) const = 0;
    // `statement` without the ids idIn wrote into it (each of its terms as "column IN ()"):
    // statements that differ only in those ids have the same columns (CopyRows describes one
    // of each shape).
    virtual QString statementShape(const QString &statement) const { return statement; }
    // Statements run on every new connection to a server, before it is used.
    virtual QStringList connectionSettings() const { return {}; }
    // An audit-trail entry for an event no table trigger sees (sign-in attempts, disclosures):
    // SQL of one statement. Arguments are SQL expressions; `fields` the (key, expression) pairs
    // of the new values, written as a JSON object; `patientId` the patient it concerns.
    virtual QString auditEvent(const QString &action, const QString &table, const QString &recordId,
                               const QList<QPair<QString, QString>> &fields, const QString &user,
                               const QString &patientId = QStringLiteral("NULL")) const = 0;

    // An audit-trail entry whose new values are one JSON document, bound to the statement's only
    // placeholder (?). `action` and `table` are plain words.
    virtual QString auditDocument(const QString &action, const QString &table) const = 0;

    // The forward-only schema steps of this engine.
    virtual const QList<Migration> &migrations() const = 0;
    virtual Result<SchemaState> schemaState(QSqlDatabase &db) const = 0;
    // Records `version` (inside the migration's transaction).
    virtual Result<void> setSchemaVersion(QSqlDatabase &db, int version) const = 0;
    // Taken inside the migration's transaction before the version is read again: another
    // program may be migrating the same database at this moment.
    virtual QString migrationLock() const = 0;

    // A user-facing message for a failed statement, in plain words.
    virtual QString describe(const QSqlError &error) const = 0;
};

const SqlDialect &sqliteDialect();
const SqlDialect &postgresDialect();

// The server schema's CREATE TRIGGER and CREATE FUNCTION statements, as the migrations ran them
// (the trigger check compares the server's catalogue with them).
QStringList postgresTriggerStatements(int version);
QStringList postgresFunctionStatements();
// Schema 5's CREATE TABLE audit_log and its indexes, never altered since.
QStringList postgresAuditLogStatements();

} // namespace tricholog
