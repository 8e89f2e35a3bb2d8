#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

namespace tricholog {

class Database;

// Anchors of the audit trail: the newest entry (id and hash) that someone saw, kept outside the
// database. The hash chain shows that no entry was changed in place; only a head remembered
// elsewhere shows that the newest entries were not removed, or the whole chain written anew.
// Anchors are recorded by `audit verify`, by every backup (in the store and inside the backup),
// at sign-out and on exit, and printed in every report's footer.
struct Anchor
{
    QString practiceId;
    qint64 entryId = 0; // 0: the trail was empty
    QString hash;       // that entry's hash (empty when the trail was empty)
    QString recordedAt; // UTC, ISO 8601
    QString source;     // "audit verify", "backup", "sign-out", "exit", "restore"
    QString database;   // the file or server it was read from (for the reader)
    // A restore: anchors recorded before it, beyond the restored trail's head (entryId), belong
    // to the history the restore replaced and are set aside.
    bool restore = false;
    // 2: recorded by a version that records a new database's first anchor (kCreated); 1: an
    // earlier one. Only the first kind can tell another practice's file from a changed id.
    int format = 2;

    // "entry 1234 · 3fa9c1d2e4b5" (the first 12 hex digits), for a report's footer.
    QString shortText() const;
};

namespace anchors {

// The source of the anchor recorded when a new database gets its first account.
inline constexpr char kCreated[] = "created";

// The anchor store: audit-anchors.jsonl in the user's data folder, one JSON object per line,
// created with mode 0600.
QString defaultStorePath();

// The trail's newest entry and the practice's id, as an anchor from `source`.
Result<Anchor> head(const Database &db, const QString &source);

// Appends `anchor` to the store at `storePath` (made 0600, its folder 0700; a symbolic link or
// anything but a regular file is refused).
Result<void> record(const QString &storePath, const Anchor &anchor);

// Records the head of `db` in the default store; the error is for the caller to show.
Result<Anchor> recordHead(const Database &db, const QString &source);

// The anchors a file holds: an anchor store (JSON lines) or a Tricholog backup (the anchors
// embedded in it and the head of its own trail).
Result<QList<Anchor>> readFile(const QString &path);

// Writes into the backup file at `backupPath` (not yet in place, no other connection) the
// head of `db`'s trail and the anchors of the store that belong to its practice.
Result<void> embed(const Database &db, const QString &backupPath);

struct Finding
{
    Anchor anchor;
    QString origin;        // the file the anchor came from
    QString problem;       // empty: the trail agrees with it
    bool setAside = false; // recorded before a restore, beyond the restored head: not checked
};

// Checks the trail of `db` against each anchor of its practice (anchors of other practices in
// the store are skipped; one in a file given explicitly is a problem): the anchored entry must
// exist and carry the anchored hash. In the store (not explicitlyGiven), anchors of this very
// database (its path or address) recorded for another practice are a problem too, unless a new
// database of this practice was made there (an anchor from kCreated) or restored there since:
// else changing the practice id in the file would have set every earlier anchor aside.
Result<QList<Finding>> check(const Database &db, const QList<Anchor> &anchors,
                             const QString &origin, bool explicitlyGiven);

} // namespace anchors
} // namespace tricholog
