#include "Database.h"

#include "Migrations.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QVariant>
#include <atomic>

namespace tricholog {

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("tricholog-%1").arg(++counter);
}

// Reads a single-value pragma or query.
std::optional<QVariant> scalar(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        *error = Database::describe(q.lastError());
        return std::nullopt;
    }
    return q.value(0);
}

} // namespace

Database::Database(QString path, QString connectionName, std::shared_ptr<const Clock> clock)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_clock(clock ? std::move(clock) : std::make_shared<SystemClock>())
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/tricholog.sqlite");
}

QString Database::defaultDemoPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/tricholog-demo.sqlite");
}

int Database::latestSchemaVersion()
{
    return migrations().last().version;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::setClock(std::shared_ptr<const Clock> clock)
{
    if (clock)
        m_clock = std::move(clock);
}

QString Database::describe(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    const QString detail = error.text().trimmed();
    // SQLite primary result codes (the extended code's low byte).
    const int primary = code.toInt() & 0xff;
    switch (primary) {
    case 13: // SQLITE_FULL
        return QCoreApplication::translate("Database",
                                           "The disk is full: the change was not saved (%1).")
            .arg(detail);
    case 8: // SQLITE_READONLY
        return QCoreApplication::translate(
                   "Database", "The database is read-only: the change was not saved (%1).")
            .arg(detail);
    case 5: // SQLITE_BUSY
        return QCoreApplication::translate(
                   "Database", "The database is busy in another program; try again (%1).")
            .arg(detail);
    case 26: // SQLITE_NOTADB
        return QCoreApplication::translate("Database", "The file is not a database (%1).")
            .arg(detail);
    case 11: // SQLITE_CORRUPT
        return QCoreApplication::translate("Database", "The database file is damaged (%1).")
            .arg(detail);
    case 14: // SQLITE_CANTOPEN
        return QCoreApplication::translate("Database", "The database file cannot be opened (%1).")
            .arg(detail);
    case 10: // SQLITE_IOERR
        return QCoreApplication::translate(
                   "Database", "The disk reported an error: the change was not saved (%1).")
            .arg(detail);
    default:
        return detail.isEmpty() ? QCoreApplication::translate("Database", "Unknown database error")
                                : detail;
    }
}

Result<std::unique_ptr<Database>> Database::open(const QString &path,
                                                 std::shared_ptr<const Clock> clock)
{
    if (path.isEmpty())
        return Error::storage(
            QCoreApplication::translate("Database", "No database file was given."));
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return Error::storage(
            QCoreApplication::translate("Database", "%1 is a folder, not a database file.")
                .arg(path));

    const QString folder = info.absolutePath();
    if (!QDir().mkpath(folder))
        return Error::storage(
            QCoreApplication::translate(
                "Database",
                "Cannot create the folder %1 for the database %2: check that the path exists "
                "and is writable.")
                .arg(folder, path));

    if (info.exists() && info.size() > 0) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::storage(QCoreApplication::translate("Database", "Cannot read %1: %2")
                                      .arg(path, file.errorString()));
        const QByteArray header = file.read(16);
        if (header != QByteArray("SQLite format 3\0", 16))
            return Error::storage(
                QCoreApplication::translate(
                    "Database", "%1 is not a Tricholog database (it is not an SQLite file).")
                    .arg(path));
    }

    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(
        new Database(info.absoluteFilePath(), name, std::move(clock)));
    // A file we may not write (permissions, a read-only medium) opens read-only, for reading.
    database->m_readOnly = info.exists() && info.size() > 0 && !info.isWritable();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(info.absoluteFilePath());
        if (database->m_readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (database->m_readOnly && db.open()) {
            // A write-ahead-log database whose shared-memory file cannot be created (a folder we
            // may not write either) is read as an immutable file instead.
            QSqlQuery probe(db);
            if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
                probe.finish();
                db.close();
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
                db.setDatabaseName(
                    QStringLiteral("file:") +
                    QString::fromUtf8(QUrl::toPercentEncoding(info.absoluteFilePath(), "/")) +
                    QStringLiteral("?immutable=1"));
            }
        }
        if (!db.isOpen() && !db.open())
            return Error::storage(
                QCoreApplication::translate("Database", "Cannot open the database %1: %2")
                    .arg(path, describe(db.lastError())));
    }
    if (auto configured = database->configure(); !configured)
        return configured.error();
    if (auto migrated = database->checkOwnershipAndMigrate(); !migrated)
        return migrated.error();
    return database;
}

Result<void> Database::configure()
{
    QSqlDatabase db = connection();
    QString error;
    // The functions the audit triggers call (who and when, and the hash chain).
    m_sqlContext = std::make_unique<SqlContext>();
    m_sqlContext->user = [this] {
        return auditUser();
    };
    m_sqlContext->now = [this] {
        return clock().now().toUTC().toString(Qt::ISODateWithMs);
    };
    if (!registerSqlFunctions(db, m_sqlContext.get(), &error))
        return Error::storage(
            QCoreApplication::translate("Database", "Cannot prepare the database %1: %2")
                .arg(m_path, error));
    // Writing to the file is the first thing we do: an unwritable location or a non-database
    // file fails here with SQLite's own reason. A read-only file keeps its journal mode.
    const auto mode = scalar(db,
                             m_readOnly ? QStringLiteral("PRAGMA journal_mode")
                                        : QStringLiteral("PRAGMA journal_mode = WAL"),
                             &error);
    if (!mode)
        return Error::storage(
            QCoreApplication::translate("Database", "Cannot open the database %1: %2")
                .arg(m_path, error));
    if (!m_readOnly && mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Error::storage(QCoreApplication::translate(
                                  "Database",
                                  "Cannot switch %1 to write-ahead logging (journal mode is %2); "
                                  "the file may be on a read-only or network drive.")
                                  .arg(m_path, mode->toString()));

    QSqlQuery q(db);
    for (const auto &pragma :
         {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = FULL"),
          QStringLiteral("PRAGMA busy_timeout = 5000"),
          // 32 MB of pages: the search and list indexes of a large clinic stay in memory.
          QStringLiteral("PRAGMA cache_size = -32768")}) {
        if (!q.exec(pragma))
            return Error::storage(QCoreApplication::translate("Database", "Cannot configure %1: %2")
                                      .arg(m_path, describe(q.lastError())));
    }
    q.finish();
    const auto fk = scalar(db, QStringLiteral("PRAGMA foreign_keys"), &error);
    if (!fk || fk->toInt() != 1)
        return Error::storage(
            QCoreApplication::translate("Database", "Foreign keys cannot be enabled on %1.")
                .arg(m_path));
    const auto sync = scalar(db, QStringLiteral("PRAGMA synchronous"), &error);
    if (!sync || sync->toInt() != 2)
        return Error::storage(
            QCoreApplication::translate("Database", "synchronous=FULL cannot be set on %1.")
                .arg(m_path));
    return {};
}

Result<void> Database::checkOwnershipAndMigrate()
{
    QSqlDatabase db = connection();
    QString error;
    const auto appId = scalar(db, QStringLiteral("PRAGMA application_id"), &error);
    const auto version = scalar(db, QStringLiteral("PRAGMA user_version"), &error);
    const auto tables = scalar(
        db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"), &error);
    if (!appId || !version || !tables)
        return Error::storage(
            QCoreApplication::translate("Database", "Cannot read %1: %2").arg(m_path, error));

    const int id = appId->toInt();
    m_schemaVersion = version->toInt();
    const bool empty = tables->toInt() == 0 && m_schemaVersion == 0;
    if (!empty && id != kApplicationId)
        return Error::storage(
            QCoreApplication::translate(
                "Database",
                "%1 is an SQLite database of another program, not a Tricholog database.")
                .arg(m_path));
    if (m_schemaVersion > latestSchemaVersion())
        return Error::storage(QCoreApplication::translate(
                                  "Database",
                                  "%1 was written by a newer Tricholog (schema version %2; this "
                                  "version knows up to %3). Update Tricholog to open it.")
                                  .arg(m_path)
                                  .arg(m_schemaVersion)
                                  .arg(latestSchemaVersion()));
    if (m_schemaVersion == latestSchemaVersion())
        return {};
    if (m_readOnly)
        return Error::storage(
            QCoreApplication::translate("Database",
                                        "%1 is read-only and was written by an older Tricholog: "
                                        "open it once with write access so it can be upgraded.")
                .arg(m_path));

    if (!empty) {
        // Keep a copy before changing the structure of an existing file.
        m_backupPath =
            m_path + QStringLiteral(".schema%1-%2.bak")
                         .arg(m_schemaVersion)
                         .arg(clock().now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        if (auto backup = backupTo(m_backupPath); !backup)
            return Error::storage(
                QCoreApplication::translate(
                    "Database", "Not migrating %1: the backup copy could not be written (%2).")
                    .arg(m_path, backup.error().message));
    }
    return migrate(m_schemaVersion);
}

Result<void> Database::migrate(int from)
{
    QSqlDatabase db = connection();
    for (const auto &step : migrations()) {
        if (step.version <= from)
            continue;
        QSqlQuery q(db);
        if (!q.exec(beginWriteStatement()))
            return Error::storage(
                QCoreApplication::translate("Database", "Cannot start migrating %1: %2")
                    .arg(m_path, describe(q.lastError())));
        // Another program may have migrated the file between our first look and this lock (two
        // workstations starting on a new file): read the version again under the write lock.
        QString error;
        const auto current = scalar(db, QStringLiteral("PRAGMA user_version"), &error);
        if (current && current->toInt() >= step.version) {
            q.exec(QStringLiteral("ROLLBACK"));
            m_schemaVersion = current->toInt();
            continue;
        }
        auto applied = step.apply(db);
        if (applied) {
            applied = execAll(db, {QStringLiteral("PRAGMA user_version = %1").arg(step.version)});
        }
        if (!applied || !q.exec(QStringLiteral("COMMIT"))) {
            const QString reason = applied ? describe(q.lastError()) : applied.error().message;
            q.exec(QStringLiteral("ROLLBACK"));
            QString message =
                QCoreApplication::translate(
                    "Database", "Migrating %1 to schema version %2 failed; the file is left at "
                                "version %3. Reason: %4")
                    .arg(m_path)
                    .arg(step.version)
                    .arg(m_schemaVersion)
                    .arg(reason);
            if (!m_backupPath.isEmpty())
                message += QLatin1Char(' ') +
                           QCoreApplication::translate("Database", "A backup copy is at %1.")
                               .arg(m_backupPath);
            return Error::storage(message);
        }
        m_schemaVersion = step.version;
    }
    return {};
}

bool Database::hasAccounts() const
{
    QSqlQuery q(connection());
    return q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM app_user)")) && q.next() &&
           q.value(0).toBool();
}

Result<void> Database::require(Permission permission) const
{
    const bool reads = permission == Permission::ExportData || permission == Permission::ViewAudit;
    if (m_readOnly && !reads)
        return Error::permission(
            QCoreApplication::translate("Database", "%1 is open read-only: nothing can be saved.")
                .arg(m_path));
    if (m_session) {
        if (allows(m_session->role, permission))
            return {};
        return Error::permission(QCoreApplication::translate(
                                     "Database", "%1 (%2) may not do this; ask a clinician or the "
                                                 "administrator.")
                                     .arg(m_session->name, roleLabel(m_session->role)));
    }
    if (!hasAccounts())
        return {};
    return Error::permission(
        QCoreApplication::translate("Database", "Sign in first: this database has accounts."));
}

Error Database::staleOrMissing(const QString &table, qint64 id, const QString &what) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT updated_by, updated_at FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return Error::notFound(
            QCoreApplication::translate("Database", "This %1 no longer exists (deleted meanwhile).")
                .arg(what));
    const QString by = q.value(0).toString();
    const QDateTime at = sql::toDateTime(q.value(1));
    return Error::conflict(
        QCoreApplication::translate(
            "Database", "%1 saved this %2 at %3, after you opened it. Your change was not saved: "
                        "reload (F5) to see theirs, then edit again.")
            .arg(by.isEmpty() ? QStringLiteral("system") : by, what,
                 QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)));
}

QString Database::auditUser() const
{
    return m_session ? m_session->name : QStringLiteral("system");
}

Result<void> Database::backupTo(const QString &targetPath) const
{
    if (QFileInfo::exists(targetPath))
        return Error::storage(
            QCoreApplication::translate("Database", "%1 already exists; not overwriting it.")
                .arg(targetPath));
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(targetPath);
    if (!q.exec())
        return Error::storage(describe(q.lastError()));
    return {};
}

} // namespace tricholog
