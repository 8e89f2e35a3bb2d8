#include "Backup.h"

#include "Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace tricholog::backup {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Backup", text);
}

QString stamp(const QDateTime &now)
{
    return now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

// Opens `path` read-only on a private connection and runs `check` on it.
Result<int> inspectReadOnly(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return Error::notFound(tr("%1 does not exist.").arg(path));
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::storage(tr("Cannot read %1: %2").arg(path, file.errorString()));
        if (file.read(16) != QByteArray("SQLite format 3\0", 16))
            return Error::storage(
                tr("%1 is not a Tricholog backup (not an SQLite file).").arg(path));
    }
    const QString name =
        QStringLiteral("tricholog-verify-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<int> result = Error::storage(QString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result = Error::storage(tr("Cannot open %1: %2").arg(path, db.lastError().text()));
        } else {
            QSqlQuery q(db);
            QStringList problems;
            if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
                problems << Database::describe(q.lastError());
            } else {
                while (q.next())
                    if (q.value(0).toString() != QLatin1String("ok"))
                        problems << q.value(0).toString();
            }
            int appId = 0, version = 0;
            if (problems.isEmpty() && q.exec(QStringLiteral("PRAGMA application_id")) && q.next())
                appId = q.value(0).toInt();
            if (problems.isEmpty() && q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                version = q.value(0).toInt();
            q.finish();
            if (!problems.isEmpty())
                result =
                    Error::storage(tr("%1 is damaged (integrity check: %2).")
                                       .arg(path, problems.mid(0, 3).join(QStringLiteral("; "))));
            else if (appId != Database::kApplicationId)
                result = Error::storage(tr("%1 is not a Tricholog database.").arg(path));
            else if (version > Database::latestSchemaVersion())
                result = Error::storage(tr("%1 was written by a newer Tricholog (schema version "
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
    const QFileInfo info(target);
    if (info.exists())
        return Error::storage(tr("%1 already exists; not overwriting it.").arg(target));
    if (!QDir().mkpath(info.absolutePath()))
        return Error::storage(tr("Cannot create the folder %1.").arg(info.absolutePath()));
    const QString temporary = info.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(temporary);
    if (auto copied = db.backupTo(temporary); !copied) {
        QFile::remove(temporary);
        return Error::storage(
            tr("The backup %1 could not be written: %2").arg(target, copied.error().message));
    }
    if (auto checked = inspectReadOnly(temporary); !checked) {
        QFile::remove(temporary);
        return Error::storage(tr("The backup copy failed its check; nothing was kept. %1")
                                  .arg(checked.error().message));
    }
    if (!QFile::rename(temporary, info.absoluteFilePath())) {
        QFile::remove(temporary);
        return Error::storage(tr("Cannot move the backup into place at %1.").arg(target));
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
        return Error::storage(tr("Not restoring: %1").arg(checked.error().message));
    const QFileInfo target(databasePath);
    if (target.absoluteFilePath() == QFileInfo(from).absoluteFilePath())
        return Error::storage(tr("Not restoring: the backup is the database itself."));

    QString aside;
    if (target.exists()) {
        // A consistent copy of the current file (its WAL included), kept beside it.
        aside = target.absoluteFilePath() + QStringLiteral(".before-restore-") + stamp(now);
        auto current = Database::open(target.absoluteFilePath());
        if (!current)
            return Error::storage(tr("Not restoring: the current database %1 cannot be opened to "
                                     "keep a copy of it (%2). Move it away yourself first.")
                                      .arg(databasePath, current.error().message));
        if (auto kept = create(*current.value(), aside); !kept)
            return Error::storage(tr("Not restoring: %1").arg(kept.error().message));
    }
    // Copy the backup beside the target, then swap it in; the old WAL must not be replayed
    // into the restored file.
    const QString incoming = target.absoluteFilePath() + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(from, incoming))
        return Error::storage(tr("Cannot copy %1 next to %2.").arg(from, databasePath));
    QFile::remove(target.absoluteFilePath() + QStringLiteral("-wal"));
    QFile::remove(target.absoluteFilePath() + QStringLiteral("-shm"));
    if (target.exists() && !QFile::remove(target.absoluteFilePath())) {
        QFile::remove(incoming);
        return Error::storage(tr("Cannot replace %1 (is it open in another program?). The "
                                 "current file is unchanged.")
                                  .arg(databasePath));
    }
    if (!QFile::rename(incoming, target.absoluteFilePath()))
        return Error::storage(tr("Cannot put the restored file in place at %1; the backup is at "
                                 "%2 and the previous database at %3.")
                                  .arg(databasePath, incoming, aside));
    return aside;
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

} // namespace tricholog::backup
