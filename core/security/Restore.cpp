#include "core/security/Restore.h"

#include "core/security/Anchors.h"
#include "core/security/AuditLog.h"
#include "core/security/Sha256.h"
#include "core/storage/Backup.h"
#include "core/storage/Database.h"
#include "core/storage/PracticeRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

namespace tricholog::restore {

namespace {

QString shownPath(const Request &request)
{
    return request.shownFrom.isEmpty() ? request.from : request.shownFrom;
}

Result<QString> sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(QCoreApplication::translate("Restore", "Cannot read %1: %2")
                                  .arg(path, file.errorString()));
    Sha256 hash;
    if (!hash.addData(&file))
        return Error::storage(QCoreApplication::translate("Restore", "Cannot read %1: %2")
                                  .arg(path, file.errorString()));
    return QString::fromLatin1(hash.result().toHex());
}

// The practice id stored in a backup file, read without changing it (empty: none).
QString storedPracticeId(const QString &path)
{
    const QString name =
        QStringLiteral("tricholog-practice-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString id;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QFileInfo(path).absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'practice_id'")) &&
                q.next())
                id = q.value(0).toString();
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return id;
}

// The practices whose anchors were recorded for `databasePath`.
QStringList anchoredPractices(const QString &databasePath)
{
    QStringList out;
    const QString store = anchors::defaultStorePath();
    if (!QFileInfo::exists(store))
        return out;
    const QString path = QFileInfo(databasePath).absoluteFilePath();
    if (auto read = anchors::readFile(store))
        for (const Anchor &a : read.value())
            if (a.database == path && !a.practiceId.isEmpty() && !out.contains(a.practiceId))
                out << a.practiceId;
    return out;
}

Result<void> checkPractice(const Request &request, const QString &backupPractice)
{
    const QString shown =
        backupPractice.isEmpty() ? QString::fromLatin1(kUnknownPractice) : backupPractice;
    if (request.acceptPractice == shown)
        return {}; // an administrator named it
    if (backupPractice.isEmpty())
        return Error::permission(
            QCoreApplication::translate(
                "Restore",
                "Not restoring: %1 is from before practice ids, so it cannot be told whose it "
                "is. If it is this practice's, restore it with --other-practice %2.")
                .arg(shownPath(request), QString::fromLatin1(kUnknownPractice)));
    const QStringList known = request.currentPracticeId.isEmpty()
                                  ? anchoredPractices(request.databasePath)
                                  : QStringList{request.currentPracticeId};
    if (known.isEmpty() || known.contains(backupPractice))
        return {};
    return Error::permission(
        QCoreApplication::translate(
            "Restore",
            "Not restoring: %1 is a backup of another practice (%2), not of this database's "
            "practice (%3). An administrator who means to replace this practice's data with "
            "it restores it with --other-practice %2.")
            .arg(shownPath(request), backupPractice, known.join(QStringLiteral(", "))));
}

Result<void> recordInTrail(const Request &request, const Checked &checked, const QString &aside)
{
    auto db = Database::open(request.databasePath);
    if (!db)
        return db.error();
    Database &restored = *db.value();
    // A backup from before practice ids has just been given a new one: it keeps the practice's.
    if (checked.practiceId.isEmpty() && !request.currentPracticeId.isEmpty()) {
        QSqlQuery q(restored.connection());
        q.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'practice_id'"));
        q.addBindValue(request.currentPracticeId);
        if (!q.exec())
            return Error::storage(Database::describe(q));
    }
    auto before = anchors::head(restored, QStringLiteral("restore"));
    if (!before)
        return before.error();
    QSqlQuery q(restored.connection());
    q.prepare(restored.dialect().auditEvent(
        QStringLiteral("'restore'"), QStringLiteral("database"), QStringLiteral("NULL"),
        {{QStringLiteral("from"), QStringLiteral(":from")},
         {QStringLiteral("sha256"), QStringLiteral(":sha")},
         {QStringLiteral("practice"), QStringLiteral(":practice")},
         {QStringLiteral("kept_aside"), QStringLiteral(":aside")}},
        QStringLiteral(":user")));
    q.bindValue(QStringLiteral(":from"), QFileInfo(shownPath(request)).absoluteFilePath());
    q.bindValue(QStringLiteral(":sha"), checked.sha256);
    q.bindValue(QStringLiteral(":practice"), checked.practiceId);
    q.bindValue(QStringLiteral(":aside"), aside.isEmpty() ? QStringLiteral("") : aside);
    q.bindValue(QStringLiteral(":user"), request.user);
    if (!q.exec())
        return Error::storage(Database::describe(q));
    // Anchors recorded before this, beyond the restored head, belong to the replaced history.
    Anchor marker = before.value();
    marker.restore = true;
    if (auto recorded = anchors::record(anchors::defaultStorePath(), marker); !recorded)
        return recorded;
    if (auto after = anchors::recordHead(restored, QStringLiteral("restore")); !after)
        return after.error();
    return {};
}

} // namespace

Result<Checked> check(const Request &request)
{
    if (auto verified = backup::verify(request.from); !verified)
        return Error::storage(
            QCoreApplication::translate("Restore", "Not restoring: %1")
                .arg(QString(verified.error().message).replace(request.from, shownPath(request))));
    Checked checked;
    checked.practiceId = storedPracticeId(request.from);
    if (auto practice = checkPractice(request, checked.practiceId); !practice)
        return practice.error();
    auto sha = sha256Of(request.from);
    if (!sha)
        return sha.error();
    checked.sha256 = sha.value();

    // The trail and the triggers, on a private copy (opening migrates an older backup).
    QTemporaryDir folder;
    const QString copy = folder.filePath(QStringLiteral("check.sqlite"));
    if (!folder.isValid() || !QFile::copy(request.from, copy))
        return Error::storage(QCoreApplication::translate(
                                  "Restore", "Not restoring: %1 could not be copied to be checked.")
                                  .arg(shownPath(request)));
    auto db = Database::open(copy);
    if (!db)
        return Error::storage(
            QCoreApplication::translate("Restore", "Not restoring: %1").arg(db.error().message));
    if (!db.value()->integrityProblems().isEmpty())
        return Error::storage(
            QCoreApplication::translate(
                "Restore",
                "Not restoring: the audit protection of %1 was changed outside Tricholog (%2).")
                .arg(shownPath(request),
                     db.value()->integrityProblems().mid(0, 3).join(QStringLiteral("; "))));
    const auto trail = AuditLog(*db.value()).verify();
    if (!trail)
        return Error::storage(
            QCoreApplication::translate("Restore", "Not restoring: %1").arg(trail.error().message));
    if (!trail.value().intact())
        return Error::storage(
            QCoreApplication::translate(
                "Restore", "Not restoring: the audit trail of %1 is broken at entry %2 (%3).")
                .arg(shownPath(request))
                .arg(trail.value().firstBrokenId)
                .arg(trail.value().reason));
    checked.entries = trail.value().records;
    return checked;
}

Result<QString> run(const Request &request)
{
    // One private copy of the backup (in the temporary folder, as check()'s own) is checked,
    // hashed and put in place: the file itself was read four times, and one changed in between
    // (on a shared folder) would have put bytes in place that were never checked. A pipe, a
    // device or a missing file is left to check(), which names it.
    QTemporaryDir folder;
    Request local = request;
    if (QFileInfo(request.from).isFile() && request.shownFrom.isEmpty()) {
        local.from = folder.filePath(QStringLiteral("backup.sqlite"));
        local.shownFrom = request.from;
        if (!folder.isValid() || !QFile::copy(request.from, local.from))
            return Error::storage(
                QCoreApplication::translate("Restore",
                                            "Not restoring: %1 could not be copied to be checked.")
                    .arg(request.from));
    }
    auto checked = check(local);
    if (!checked)
        return checked.error();
    auto aside = backup::restore(local.databasePath, local.from, local.now);
    if (!aside)
        return aside;
    if (auto recorded = recordInTrail(local, checked.value(), aside.value()); !recorded)
        return Error::storage(QCoreApplication::translate(
                                  "Restore",
                                  "The backup was restored, but the restore could not be written "
                                  "to its audit trail: %1")
                                  .arg(recorded.error().message));
    return aside;
}

} // namespace tricholog::restore
