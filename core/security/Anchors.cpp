#include "core/security/Anchors.h"

#include "core/storage/Database.h"
#include "core/storage/PracticeRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <optional>

namespace tricholog {

namespace {

constexpr qint64 kMaxStoreBytes = 64 * 1024 * 1024;

QJsonObject toJson(const Anchor &a)
{
    QJsonObject o{
        {QStringLiteral("practice"), a.practiceId}, {QStringLiteral("entry"), a.entryId},
        {QStringLiteral("hash"), a.hash},           {QStringLiteral("at"), a.recordedAt},
        {QStringLiteral("source"), a.source},       {QStringLiteral("database"), a.database}};
    if (a.restore)
        o.insert(QStringLiteral("restore"), true);
    o.insert(QStringLiteral("format"), a.format);
    return o;
}

Anchor fromJson(const QJsonObject &o)
{
    Anchor a;
    a.practiceId = o.value(QStringLiteral("practice")).toString();
    a.entryId = o.value(QStringLiteral("entry")).toInteger();
    a.hash = o.value(QStringLiteral("hash")).toString();
    a.recordedAt = o.value(QStringLiteral("at")).toString();
    a.source = o.value(QStringLiteral("source")).toString();
    a.database = o.value(QStringLiteral("database")).toString();
    a.restore = o.value(QStringLiteral("restore")).toBool();
    a.format = o.value(QStringLiteral("format")).toInt(1);
    return a;
}

// The newest entry of the trail on `db`: (id, hash), (0, "") when empty.
Result<std::pair<qint64, QString>> newestEntry(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return Error::storage(Database::describe(q));
    if (q.next())
        return std::pair{q.value(0).toLongLong(), q.value(1).toString()};
    if (q.lastError().isValid())
        return Error::storage(Database::describe(q));
    return std::pair{qint64(0), QString()};
}

// A database's place as anchors name it: a file's path, or a server's address without the user
// (the owner migrates, the workstations connect as the application role).
QString placeOf(const QString &database)
{
    static const QRegularExpression user(QStringLiteral("^(postgresql://)[^@/]*@"));
    return QString(database).replace(user, QStringLiteral("\\1"));
}

// The newest anchor of the database at `here` recorded for another practice than `practice`
// after the last new database or restore of `practice` there, as a finding; none when there is
// none. Anchors an earlier version recorded (format 1) are left out: it recorded no new
// database's first anchor, so a file made anew at the same place would be named for good.
std::optional<anchors::Finding> foreignAnchorHere(const QList<Anchor> &anchors,
                                                  const QString &practice, const QString &here,
                                                  const QString &origin)
{
    const Anchor *foreign = nullptr;
    const QString place = placeOf(here);
    for (const Anchor &a : anchors) {
        if (a.format < 2 || placeOf(a.database) != place)
            continue;
        if (a.practiceId == practice) {
            if (a.restore || a.source == QLatin1String(anchors::kCreated))
                foreign = nullptr;
        } else if (!a.restore) {
            foreign = &a;
        }
    }
    if (!foreign)
        return std::nullopt;
    anchors::Finding f{*foreign, origin, {}, false};
    f.problem = QCoreApplication::translate(
                    "Anchors",
                    "this database's anchor of %1 (%2) was recorded for another practice (%3; this "
                    "database is %4), and no new database or restore of this practice was "
                    "recorded here since: its practice id was changed, or another file was put in "
                    "its place")
                    .arg(foreign->recordedAt, foreign->source, foreign->practiceId, practice);
    return f;
}

Result<QList<Anchor>> parseLines(const QByteArray &data, const QString &path)
{
    QList<Anchor> out;
    int lineNumber = 0;
    for (const QByteArray &line : data.split('\n')) {
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return Error::storage(
                QCoreApplication::translate("Anchors", "%1, line %2: not an audit anchor (%3).")
                    .arg(path)
                    .arg(lineNumber)
                    .arg(error.errorString()));
        out << fromJson(doc.object());
    }
    return out;
}

Result<QList<Anchor>> readBackup(const QString &path)
{
    const QString name =
        QStringLiteral("tricholog-anchors-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<QList<Anchor>> result = QList<Anchor>();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QFileInfo(path).absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result = Error::storage(QCoreApplication::translate("Anchors", "Cannot open %1: %2")
                                        .arg(path, db.lastError().text()));
        } else {
            QList<Anchor> anchors;
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'audit_anchors'")) &&
                q.next()) {
                const QJsonArray list = QJsonDocument::fromJson(q.value(0).toByteArray()).array();
                for (const auto &item : list)
                    anchors << fromJson(item.toObject());
            }
            q.finish();
            const auto practice = PracticeRepository::practiceIdOf(db);
            const auto newest = newestEntry(db);
            if (!practice || !newest) {
                result = Error::storage(
                    QCoreApplication::translate("Anchors",
                                                "%1 is not a Tricholog backup with an audit trail.")
                        .arg(path));
            } else {
                Anchor own;
                own.practiceId = practice.value();
                own.entryId = newest.value().first;
                own.hash = newest.value().second;
                own.source = QCoreApplication::translate("Anchors", "the backup's own trail");
                own.recordedAt = QFileInfo(path).lastModified().toUTC().toString(Qt::ISODate);
                own.database = path;
                anchors << own;
                result = anchors;
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

QString Anchor::shortText() const
{
    return QCoreApplication::translate("Anchors", "audit entry %1 · %2")
        .arg(entryId)
        .arg(hash.left(12));
}

namespace anchors {

QString defaultStorePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/audit-anchors.jsonl");
}

Result<Anchor> head(const Database &db, const QString &source)
{
    auto practice = PracticeRepository::practiceIdOf(db.connection());
    if (!practice)
        return practice.error();
    auto newest = newestEntry(db.connection());
    if (!newest)
        return newest.error();
    Anchor a;
    a.practiceId = practice.value();
    a.entryId = newest.value().first;
    a.hash = newest.value().second;
    a.recordedAt = db.clock().now().toUTC().toString(Qt::ISODateWithMs);
    a.source = source;
    a.database = db.path();
    return a;
}

Result<void> record(const QString &storePath, const Anchor &anchor)
{
    const QFileInfo info(storePath);
    if (info.isSymLink() || (info.exists() && !info.isFile()))
        return Error::storage(
            QCoreApplication::translate("Anchors",
                                        "Not recording the audit anchor: %1 is not a regular file.")
                .arg(storePath));
    if (!QDir().mkpath(info.absolutePath()))
        return Error::storage(QCoreApplication::translate("Anchors", "Cannot create the folder %1.")
                                  .arg(info.absolutePath()));
    QFile::setPermissions(info.absolutePath(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile file(storePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return Error::storage(
            QCoreApplication::translate("Anchors", "Cannot write the audit anchor to %1: %2")
                .arg(storePath, file.errorString()));
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray line = QJsonDocument(toJson(anchor)).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(line) != line.size() || !file.flush())
        return Error::storage(
            QCoreApplication::translate("Anchors", "Cannot write the audit anchor to %1: %2")
                .arg(storePath, file.errorString()));
    return {};
}

Result<Anchor> recordHead(const Database &db, const QString &source)
{
    auto anchor = head(db, source);
    if (!anchor)
        return anchor;
    if (auto recorded = record(defaultStorePath(), anchor.value()); !recorded)
        return recorded.error();
    return anchor;
}

Result<QList<Anchor>> readFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::notFound(
            QCoreApplication::translate("Anchors", "%1 does not exist.").arg(path));
    if (!info.isFile())
        return Error::storage(
            QCoreApplication::translate("Anchors", "%1 is not a regular file.").arg(path));
    if (info.size() > kMaxStoreBytes)
        return Error::storage(QCoreApplication::translate(
                                  "Anchors", "%1 is larger than an anchor file can be (%2 MiB).")
                                  .arg(path)
                                  .arg(kMaxStoreBytes >> 20));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(QCoreApplication::translate("Anchors", "Cannot read %1: %2")
                                  .arg(path, file.errorString()));
    if (file.peek(16) == QByteArray("SQLite format 3\0", 16)) {
        file.close();
        return readBackup(path);
    }
    const QByteArray data = file.read(kMaxStoreBytes + 1);
    if (data.size() > kMaxStoreBytes)
        return Error::storage(QCoreApplication::translate(
                                  "Anchors", "%1 is larger than an anchor file can be (%2 MiB).")
                                  .arg(path)
                                  .arg(kMaxStoreBytes >> 20));
    return parseLines(data, path);
}

Result<void> embed(const Database &db, const QString &backupPath)
{
    auto own = head(db, QStringLiteral("backup"));
    if (!own)
        return own.error();
    QJsonArray list;
    if (QFileInfo::exists(defaultStorePath()))
        if (auto stored = readFile(defaultStorePath()))
            for (const Anchor &a : stored.value())
                if (a.practiceId == own.value().practiceId)
                    list << toJson(a);
    list << toJson(own.value());
    const QString name =
        QStringLiteral("tricholog-embed-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<void> result;
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        copy.setDatabaseName(backupPath);
        QSqlQuery q(copy);
        if (!copy.open())
            result = Error::storage(copy.lastError().text());
        else {
            q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES "
                                     "('audit_anchors', ?)"));
            q.addBindValue(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
            if (!q.exec())
                result = Error::storage(Database::describe(q));
        }
        q.finish();
        copy.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<QList<Finding>> check(const Database &db, const QList<Anchor> &anchors,
                             const QString &origin, bool explicitlyGiven)
{
    const auto practice = PracticeRepository::practiceIdOf(db.connection());
    if (!practice)
        return practice.error();
    const auto newest = newestEntry(db.connection());
    if (!newest)
        return newest.error();
    QList<Finding> findings;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"));
    for (qsizetype i = 0; i < anchors.size(); ++i) {
        const Anchor &a = anchors.at(i);
        if (a.restore)
            continue;
        Finding f{a, origin, {}, false};
        if (a.practiceId != practice.value()) {
            if (!explicitlyGiven)
                continue;
            f.problem =
                QCoreApplication::translate(
                    "Anchors", "the anchor belongs to another practice (%1; this database is %2)")
                    .arg(a.practiceId, practice.value());
            findings << f;
            continue;
        }
        for (qsizetype j = i + 1; j < anchors.size(); ++j)
            if (anchors.at(j).restore && anchors.at(j).practiceId == a.practiceId &&
                a.entryId > anchors.at(j).entryId)
                f.setAside = true;
        if (f.setAside || a.entryId == 0) {
            findings << f;
            continue;
        }
        q.addBindValue(a.entryId);
        if (!q.exec())
            return Error::storage(Database::describe(q));
        if (!q.next()) {
            if (q.lastError().isValid())
                return Error::storage(Database::describe(q));
            f.problem = QCoreApplication::translate(
                            "Anchors",
                            "the trail ends at entry %1, but entry %2 was seen on %3 (%4): entries "
                            "were removed")
                            .arg(newest.value().first)
                            .arg(a.entryId)
                            .arg(a.recordedAt, a.source);
        } else if (q.value(0).toString() != a.hash) {
            f.problem = QCoreApplication::translate(
                            "Anchors",
                            "entry %1 is not the one seen on %2 (%3): its hash differs, the trail "
                            "was written anew")
                            .arg(a.entryId)
                            .arg(a.recordedAt, a.source);
        }
        q.finish();
        findings << f;
    }
    if (!explicitlyGiven)
        if (auto foreign = foreignAnchorHere(anchors, practice.value(), db.path(), origin))
            findings << *foreign;
    return findings;
}

} // namespace anchors
} // namespace tricholog
