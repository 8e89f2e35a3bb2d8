#pragma once

// The SQL the integrity checks share: internal to core/storage (Integrity.cpp, ImportDigest.cpp).

#include "core/storage/Integrity.h"

#include <QList>
#include <QString>
#include <span>

namespace tricholog {

class Database;

namespace integrity::detail {

// An audited clinical table: the SQL of its row's id and patient over the alias R.
struct Table
{
    const char *name;
    const char *recordId;
    const char *patientId;
};

// Every audited table, in the order the row check reads them.
std::span<const Table> auditedTables();
const Table *tableNamed(const QString &name);

// How a server's JSON writes a number: rounded to the 15 significant digits SQLite's JSON keeps
// (so that both engines give the same text), or as float8 writes it (all 17 digits where it has
// them: the form the imports a server recorded before 5 Dec 2026 hashed). On SQLite, both
// are SQLite's own.
enum class Numbers
{
    Rounded,
    AsFloat8,
};

// A row of `t` (alias R) as JSON without its empty (null) columns, in a form both engines share
// once written again by canonicalJson: a column a later schema added is null in the rows that
// existed then and absent from what the trail logged of them.
QString currentJson(const Database &db, const Table &t, Numbers numbers = Numbers::Rounded);

// The same form of what the trail logged (`column`: new_values or old_values).
QString loggedJson(const Database &db, const char *column, Numbers numbers = Numbers::Rounded);

// importDigest with the server's numbers in the given form.
Result<ImportScope> importDigestAs(const Database &db, const QString &table,
                                   const QList<IdRange> &ranges, qint64 after, Numbers numbers);

// `json` (a row's JSON, current or logged) without what the trail does not log for table `t`:
// an account's failed sign-ins and lock-out.
QString bookkeepingRemoved(const Database &db, const Table &t, const QString &json);

// SQL: the id `expr` lies in one of `ranges`.
QString inRanges(const Database &db, const QString &expr, const QList<IdRange> &ranges);

// The ids of the blocks whose digests differ (within the ranges the import wrote).
QList<IdRange> differingBlocks(const ImportScope &recorded, const ImportScope &now);

} // namespace integrity::detail
} // namespace tricholog
