#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>

namespace tricholog {

// Restoring a backup is an administrator's act on the practice's own history: the backup must
// be of this practice, its audit trail must verify and its triggers must be Tricholog's, and the
// restore itself is written to the restored database's trail and to the anchor store.
namespace restore {

// The word that, given as the practice to accept, admits a backup made before practice ids.
inline constexpr char kUnknownPractice[] = "unknown";

struct Request
{
    QString databasePath; // the SQLite file to replace
    QString from;         // the backup
    // The backup's own path when `from` is a private copy of it (run() checks, hashes and puts
    // in place one copy): what messages and the trail name.
    QString shownFrom;
    QString user;              // the administrator restoring it (already signed in)
    QString currentPracticeId; // the current database's; empty when it could not be read
    // The backup's practice id, given explicitly to restore a file of another practice (or
    // kUnknownPractice for a backup from before practice ids).
    QString acceptPractice;
    QDateTime now;
};

struct Checked
{
    QString practiceId; // the backup's (empty: from before practice ids)
    qint64 entries = 0; // in its audit trail
    QString sha256;     // of the backup file
};

// Everything that must hold before `request.from` may replace the database: the file checks
// of backup::verify, then, on a private copy (migrated when older), an intact audit chain, the
// trigger set of this version, and the practice (see Request::acceptPractice). When the current
// database could not be read, its practice is taken from the anchors recorded for its path.
Result<Checked> check(const Request &request);

// check(), then backup::restore(), then the restore written into the restored database's trail
// (who, when, from which file and its SHA-256, the copy kept aside) and into the anchor store (a
// restore marker, then the new head). Returns the path of the copy kept aside (empty: none).
Result<QString> run(const Request &request);

} // namespace restore
} // namespace tricholog
