#include "core/storage/Backup.h"

#include "core/io/SafeIo.h"
#include "core/security/Anchors.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace tricholog::backup {

namespace {

QString stamp(const QDateTime &now)
{
    return now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

// Opens `path` read-only on a private connection and runs `check` on it.
Result<int> inspectReadOnly(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return Error::notFound(
            QCoreApplication::translate("Backup", "%1 does not exist.").arg(path));
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::storage(QCoreApplication::translate("Backup", "Cannot read %1: %2")
                                      .arg(path, file.errorString()));
        if (file.read(16) != QByteArray("SQLite format 3\0", 16))
            return Error::storage(
                QCoreApplication::translate("Backup",
                                            "%1 is not a Tricholog backup (not an SQLite file).")
                    .arg(path));
    }
    const QString name =
        QStringLiteral("tricholog-verify-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<int> result = Error::storage(QString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result = Error::storage(QCoreApplication::translate("Backup", "Cannot open %1: %2")
                                        .arg(path, db.lastError().text()));
        } else {
            QSqlQuery q(db);
            QStringList problems;
            if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
                problems << Database::describe(q);
            } else {
                while (q.next())
                    if (q.value(0).toString() != QLatin1String("ok"))
                        problems << q.value(0).toString();
                if (auto read = sql::finished(q); !read)
                    problems << read.error().message;
            }
            int appId = 0, version = 0;
            if (problems.isEmpty() && q.exec(QStringLiteral("PRAGMA application_id")) && q.next())
                appId = q.value(0).toInt();
            if (problems.isEmpty() && q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                version = q.value(0).toInt();
            q.finish();
            if (!problems.isEmpty())
                result = Error::storage(
                    QCoreApplication::translate("Backup", "%1 is damaged (integrity check: %2).")
                        .arg(path, problems.mid(0, 3).join(QStringLiteral("; "))));
            else if (appId != Database::kApplicationId)
                result = Error::storage(
                    QCoreApplication::translate("Backup", "%1 is not a Tricholog database.")
                        .arg(path));
            else if (version > Database::latestSchemaVersion())
                result = Error::storage(QCoreApplication::translate(
                                            "Backup",
                                            "%1 was written by a newer Tricholog (schema version "
                                            "%2; this version knows up to %3).")
                                            .arg(path)
                                            .arg(version)
                                            .arg(Database::latestSchemaVersion()));
            else
                result = version;
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

Result<void> create(const Database &db, const QString &target)
{
    if (auto allowed = checkOutputPath(target); !allowed) // a link, a folder, a device
        return allowed.error();
    const QFileInfo info(target);
    if (info.exists())
        return Error::storage(
            QCoreApplication::translate("Backup", "%1 already exists; not overwriting it.")
                .arg(target));
    if (!makePrivatePath(info.absolutePath()))
        return Error::storage(QCoreApplication::translate("Backup", "Cannot create the folder %1.")
                                  .arg(info.absolutePath()));
    const QString temporary = info.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(temporary);
    if (auto copied = db.backupTo(temporary); !copied) {
        QFile::remove(temporary);
        return Error::storage(
            QCoreApplication::translate("Backup", "The backup %1 could not be written: %2")
                .arg(target, copied.error().message));
    }
    // The backup carries the head of its trail and the anchors known here (Anchors.h).
    if (auto embedded = anchors::embed(db, temporary); !embedded) {
        QFile::remove(temporary);
        return Error::storage(
            QCoreApplication::translate("Backup", "The backup %1 could not be written: %2")
                .arg(target, embedded.error().message));
    }
    if (auto checked = inspectReadOnly(temporary); !checked) {
        QFile::remove(temporary);
        return Error::storage(
            QCoreApplication::translate("Backup",
                                        "The backup copy failed its check; nothing was kept. %1")
                .arg(checked.error().message));
    }
    if (!QFile::rename(temporary, info.absoluteFilePath())) {
        QFile::remove(temporary);
        return Error::storage(
            QCoreApplication::translate("Backup", "Cannot move the backup into place at %1.")
                .arg(target));
    }
    return {};
}

Result<int> verify(const QString &path)
{
    return inspectReadOnly(path);
}

Result<QString> restore(const QString &databasePath, const QString &from, const QDateTime &now)
{
    auto checked = inspectReadOnly(from);
    if (!checked)
        return Error::storage(QCoreApplication::translate("Backup", "Not restoring: %1")
                                  .arg(checked.error().message));
    const QFileInfo target(databasePath);
    if (target.absoluteFilePath() == QFileInfo(from).absoluteFilePath())
        return Error::storage(QCoreApplication::translate(
            "Backup", "Not restoring: the backup is the database itself."));

    QString aside;
    const QString name =
        QStringLiteral("tricholog-restore-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<QString> result = QString();
    {
        QSqlDatabase current;
        if (target.exists()) {
            // Nobody else may have the file open: with an exclusive lock taken at once (no busy
            // wait) and the journal switched out of WAL, which needs every other connection gone,
            // no other program or workstation can write into a file that is about to go.
            current = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            current.setDatabaseName(target.absoluteFilePath());
            QString mode;
            bool busy = false;
            if (current.open()) {
                QSqlQuery q(current);
                q.exec(QStringLiteral("PRAGMA busy_timeout = 0"));
                q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"));
                if (q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && q.next())
                    mode = q.value(0).toString().toLower();
                else // SQLITE_BUSY (5) or SQLITE_LOCKED (6): someone else has it open
                    busy = q.lastError().nativeErrorCode() == QLatin1String("5") ||
                           q.lastError().nativeErrorCode() == QLatin1String("6");
                q.finish();
            }
            if (mode.isEmpty() && !busy) {
                // Damaged, or not a database at all: exactly what a restore is for. Keep the
                // file as it is beside it.
                aside = target.absoluteFilePath() + QStringLiteral(".before-restore-") + stamp(now);
                if (QFileInfo::exists(aside) || !QFile::copy(target.absoluteFilePath(), aside) ||
                    !QFile::setPermissions(aside, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
                    result = Error::storage(
                        QCoreApplication::translate(
                            "Backup", "Not restoring: the current file could not be copied to %1.")
                            .arg(aside));
            } else if (mode != QLatin1String("delete")) {
                result = Error::conflict(
                    QCoreApplication::translate(
                        "Backup",
                        "Not restoring: %1 is open in another program or on another workstation. "
                        "Close Tricholog everywhere, then restore.")
                        .arg(databasePath));
            } else if (aside.isEmpty()) {
                // A consistent copy of the current file, kept beside it.
                aside = target.absoluteFilePath() + QStringLiteral(".before-restore-") + stamp(now);
                QSqlQuery copy(current);
                copy.prepare(QStringLiteral("VACUUM INTO ?"));
                copy.addBindValue(aside);
                const bool fresh = !QFileInfo::exists(aside) && createPrivateFile(aside);
                if (!fresh || !copy.exec()) {
                    result = Error::storage(QCoreApplication::translate(
                                                "Backup",
                                                "Not restoring: the current database could not be "
                                                "copied to %1 (%2).")
                                                .arg(aside, Database::describe(copy)));
                    if (fresh)
                        QFile::remove(aside);
                    // Damaged pages (SQLITE_CORRUPT, SQLITE_NOTADB) cannot be read through: out
                    // of WAL the file is whole, and is kept aside as it is.
                    const int code = copy.lastError().nativeErrorCode().toInt() & 0xff;
                    if (fresh && (code == 11 || code == 26) &&
                        QFile::copy(target.absoluteFilePath(), aside) &&
                        QFile::setPermissions(aside,
                                              QFileDevice::ReadOwner | QFileDevice::WriteOwner))
                        result = QString();
                }
            }
        }
        if (result) {
            // The backup goes in under a temporary name first, then takes the file's place.
            const QString incoming = target.absoluteFilePath() + QStringLiteral(".restoring");
            QFile::remove(incoming);
            // It keeps the mode of the file it replaces (a new one is private).
            QFileDevice::Permissions mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
            if (target.exists())
                mode = QFile::permissions(target.absoluteFilePath()) &
                       ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
            if (!QFile::copy(from, incoming) || !QFile::setPermissions(incoming, mode)) {
                QFile::remove(incoming);
                result = Error::storage(
                    QCoreApplication::translate("Backup", "Cannot copy %1 next to %2.")
                        .arg(from, databasePath));
            } else if (target.exists() && !QFile::remove(target.absoluteFilePath())) {
                QFile::remove(incoming);
                result = Error::storage(
                    QCoreApplication::translate("Backup",
                                                "Cannot replace %1. The current file is unchanged.")
                        .arg(databasePath));
            } else if (!QFile::rename(incoming, target.absoluteFilePath())) {
                result =
                    Error::storage(QCoreApplication::translate(
                                       "Backup", "Cannot put the restored file in place at %1; the "
                                                 "backup is at %2 and the previous database at %3.")
                                       .arg(databasePath, incoming, aside));
            } else {
                QFile::remove(target.absoluteFilePath() + QStringLiteral("-wal"));
                QFile::remove(target.absoluteFilePath() + QStringLiteral("-shm"));
                result = aside;
            }
        }
        if (current.isValid())
            current.close();
    }
    if (QSqlDatabase::contains(name))
        QSqlDatabase::removeDatabase(name);
    return result;
}

Result<QString> rotate(const Database &db, const QString &folder, int keep, const QDateTime &now)
{
    const QString path = QDir(folder).filePath(QStringLiteral("tricholog-") + stamp(now) +
                                               QStringLiteral(".sqlite"));
    if (auto made = create(db, path); !made)
        return made.error();
    QDir dir(folder);
    const QStringList copies = dir.entryList({QStringLiteral("tricholog-*.sqlite")}, QDir::Files,
                                             QDir::Name | QDir::Reversed); // newest first
    for (qsizetype i = std::max(1, keep); i < copies.size(); ++i)
        dir.remove(copies.at(i));
    return path;
}

QString latest(const QString &databasePath, const QString &folder)
{
    QFileInfoList candidates;
    candidates << QDir(folder).entryInfoList(
        {QStringLiteral("tricholog-*.sqlite"), QStringLiteral("manual-*.sqlite")}, QDir::Files);
    const QFileInfo db(databasePath);
    candidates << db.absoluteDir().entryInfoList({db.fileName() + QStringLiteral(".schema*.bak")},
                                                 QDir::Files);
    QFileInfo newest;
    for (const QFileInfo &f : std::as_const(candidates))
        if (!newest.exists() || f.lastModified() > newest.lastModified())
            newest = f;
    return newest.exists() ? newest.absoluteFilePath() : QString();
}

QString withLatestBackup(const QString &message, const QString &databasePath, const QString &folder)
{
    const QString copy = latest(databasePath, folder);
    if (copy.isEmpty())
        return message;
    return message + QLatin1Char(' ') +
           QCoreApplication::translate("Backup", "The latest backup is %1 (%2); restore it with "
                                                 "File > Restore from backup, or tricholog restore "
                                                 "--database %3 --from %1.")
               .arg(copy, QLocale().toString(QFileInfo(copy).lastModified(), QLocale::ShortFormat),
                    databasePath);
}

} // namespace tricholog::backup
