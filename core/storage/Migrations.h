#pragma once

#include "Result.h"

#include <QList>
#include <QSqlDatabase>

#include <functional>

namespace tricholog {

// One forward-only step of the schema. Each runs inside its own transaction, together with the
// PRAGMA user_version update, so a failed step leaves the file at the previous version.
struct Migration
{
    int version;
    const char *description;
    std::function<Result<void>(QSqlDatabase &)> apply;
};

const QList<Migration> &migrations();

// Runs a list of statements, stopping at the first failure.
Result<void> execAll(QSqlDatabase &db, const QStringList &statements);

} // namespace tricholog
