#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>

namespace tricholog {

class Database;

// Backups of the SQLite database: consistent copies of the live file (VACUUM INTO, never a file
// copy), checked before they are trusted, and a restore that refuses anything it cannot verify.
namespace backup {

// A consistent copy of the open database at `target` (which must not exist yet). The copy is
// written beside the target under a temporary name, checked with PRAGMA integrity_check, and
// only then renamed into place.
Result<void> create(const Database &db, const QString &target);

// What a backup file holds, read without changing it: a Tricholog database that passes
// PRAGMA integrity_check and whose schema this build knows. Returns its schema version.
Result<int> verify(const QString &path);

// Replaces the database file at `databasePath` with the verified backup `from`; refused while
// any other connection has the file open. The current file, if any, is first copied aside to
// `databasePath.before-restore-YYYYMMDD-HHMMSS`; returns that path (empty when there was no
// current file). The restored file is migrated on its next open if it is older.
Result<QString> restore(const QString &databasePath, const QString &from, const QDateTime &now);

// The automatic backup: a copy named tricholog-YYYYMMDD-HHMMSS.sqlite in `folder`, keeping the
// newest `keep` such copies there and deleting older ones (manual backups, named
// manual-..., are not touched). Returns the new copy's path.
Result<QString> rotate(const Database &db, const QString &folder, int keep, const QDateTime &now);

// The newest backup of the database at `databasePath`: automatic and manual copies in `folder`
// and the copies kept before migrations beside the file. Empty when there is none.
QString latest(const QString &databasePath, const QString &folder);

// `message` with, when a backup exists, the sentence that offers it.
QString withLatestBackup(const QString &message, const QString &databasePath,
                         const QString &folder);

} // namespace backup
} // namespace tricholog
