#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <functional>

struct sqlite3;

namespace tricholog {

// The connection's sqlite3 handle, which the QSQLITE driver exposes; nullptr on another driver
// or a closed connection.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// The last error of `db` as Qt's QSQLITE driver words it (`text`: "Unable to execute statement",
// "Unable to fetch row"; the extended result code as the native code), for code that steps
// SQLite's statements itself, so that Database::describe says it in the same words.
QSqlError sqliteError(sqlite3 *db, const QString &text);

// SQL functions Tricholog's schema relies on, registered on each of its connections through
// SQLite's C API (the QSQLITE driver exposes the sqlite3 handle):
//   tricholog_user()      who is signed in (the audit trail's "user"), "system" when no account
//                         exists yet;
//   tricholog_now()       the database clock, UTC, ISO 8601 with milliseconds;
//   tricholog_sha256(t)   the SHA-256 of a text in hex (the audit trail's hash chain);
//   tricholog_importing() 1 while this connection writes a CSV import (Database::setImporting):
//                         the rows it inserts are logged by one entry for the import, not one
//                         each.
// Connections without them (the sqlite3 shell, other programs) can read the data but cannot
// write audited tables: the triggers that keep the trail call these functions.
struct SqlContext
{
    std::function<QString()> user;
    std::function<QString()> now;
    bool importing = false;
};

bool registerSqlFunctions(const QSqlDatabase &db, SqlContext *context, QString *error);

// While set, a long statement on `db` asks `keepGoing` every few thousand steps and stops with
// SQLITE_INTERRUPT ("interrupted") when it answers false: how long work is cancelled. The
// function must outlive its installation; nullptr removes it.
void setInterruptCheck(const QSqlDatabase &db, const std::function<bool()> *keepGoing);

} // namespace tricholog
