#include "core/storage/Database.h"

#include "core/AppSettings.h"
#include "core/io/SafeIo.h"
#include "core/storage/Backup.h"
#include "core/storage/Integrity.h"
#include "core/storage/Migrations.h"
#include "core/storage/PatientSummary.h"
#include "core/storage/SqlValues.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>
#include <algorithm>
#include <atomic>
#include <libpq-fe.h>
#include <sqlite3.h>

namespace tricholog {

namespace {

// An address as it may be shown: a password before the @ or in a parameter is masked.
QString withoutSecrets(QString location)
{
    static const QRegularExpression userPassword(QStringLiteral("(://[^/@:]*):[^/@]*@"));
    static const QRegularExpression parameter(
        QStringLiteral("([?&](?:password|passfile|sslpassword)=)[^&]*"),
        QRegularExpression::CaseInsensitiveOption);
    location.replace(userPassword, QStringLiteral("\\1:***@"));
    location.replace(parameter, QStringLiteral("\\1***"));
    return location;
}

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
        *error = Database::describe(q);
        return std::nullopt;
    }
    return q.value(0);
}

// libpq's connection under Qt's PostgreSQL driver (its metatype is "pg_conn*" or "PGconn*").
PGconn *serverHandle(const QVariant &handle)
{
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.data());
}

} // namespace

Database::Database(QString path, QString connectionName, std::shared_ptr<const Clock> clock,
                   const SqlDialect &dialect)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_clock(clock ? std::move(clock) : std::make_shared<SystemClock>())
    , m_dialect(&dialect)
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
    // Both engines reach the same schema; a new step is written for both.
    Q_ASSERT(sqliteDialect().migrations().last().version ==
             postgresDialect().migrations().last().version);
    return sqliteDialect().migrations().last().version;
}

QSqlDatabase Database::connection() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (m_server) {
        // A connection the server dropped (restart, network) is opened again before use; what
        // failed on it was reported to the user, whose form kept what they typed.
        const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
        PGconn *conn = serverHandle(handle);
        if (!db.isOpen() || !conn || PQstatus(conn) != CONNECTION_OK) {
            db.close();
            if (connectServer())
                ++m_reconnects;
        }
    }
    return db;
}

pg_conn *Database::libpqConnection(const QSqlDatabase &db)
{
    return db.driver() ? serverHandle(db.driver()->handle()) : nullptr;
}

bool Database::isServerUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

QString Database::displayName() const
{
    if (m_server)
        return QCoreApplication::translate("Database", "PostgreSQL database %1 on %2:%3")
            .arg(m_server->database, m_server->host)
            .arg(m_server->port);
    return QCoreApplication::translate("Database", "SQLite database: %1").arg(m_path);
}

void Database::setSession(std::optional<UserSession> session)
{
    m_session = std::move(session);
    if (m_server) {
        // The server's triggers write this name into the audit trail (tricholog_user()).
        QSqlQuery q(connection());
        q.prepare(QStringLiteral("SELECT set_config('tricholog.user', ?, false)"));
        q.addBindValue(auditUser());
        q.exec();
    }
}

void Database::rememberHandle() const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (sqlite3 *sqlite = sqliteHandle(db))
        m_handle = sqlite;
    else
        m_handle = serverHandle(db.driver() ? db.driver()->handle() : QVariant());
}

void Database::interrupt() const
{
    // Called from another thread: only the native handle is touched, never Qt's connection.
    void *handle = m_handle;
    if (!handle)
        return;
    if (!m_server) {
        sqlite3_interrupt(static_cast<sqlite3 *>(handle)); // safe from another thread
    } else if (PGcancel *cancel = PQgetCancel(static_cast<PGconn *>(handle))) {
        char error[256]; // a cancel request on a socket of its own
        PQcancel(cancel, error, sizeof error);
        PQfreeCancel(cancel);
    }
}

void Database::setClock(std::shared_ptr<const Clock> clock)
{
    if (clock)
        m_clock = std::move(clock);
    if (m_server)
        shareFixedClock();
}

void Database::shareFixedClock() const
{
    // A clock that stands still (tests) is the server's too; otherwise the server's own clock
    // stamps the trail, one clock for every workstation.
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT set_config('tricholog.now', ?, false)"));
    q.addBindValue(m_clock->isFixed() ? m_clock->now().toUTC().toString(Qt::ISODateWithMs)
                                      : QString());
    q.exec();
}

QString Database::describe(const QSqlQuery &query)
{
    const QSqlDriver *driver = query.driver();
    if (!driver || driver->dbmsType() != QSqlDriver::PostgreSQL)
        return describe(query.lastError());
    PGconn *conn = serverHandle(driver->handle());
    if (driver->isOpen() && conn && PQstatus(conn) == CONNECTION_OK)
        return describe(query.lastError());
    // The statement never reached a server: libpq only says "connection pointer is NULL". The
    // driver kept why opening the connection again failed (refused, timed out, no such host).
    const QSqlError why =
        driver->lastError().type() != QSqlError::NoError ? driver->lastError() : query.lastError();
    const QString reason = why.databaseText().simplified(); // libpq's run over lines
    return postgresDialect().describe(
        QSqlError(why.driverText(), reason, QSqlError::ConnectionError, why.nativeErrorCode()));
}

QString Database::describe(const QSqlError &error)
{
    // PostgreSQL reports SQLSTATE codes (five characters), SQLite numbers of up to four digits.
    const QString code = error.nativeErrorCode();
    const bool server = code.size() == 5 || error.driverText().startsWith(QLatin1String("QPSQL"));
    return (server ? postgresDialect() : sqliteDialect()).describe(error);
}

Result<std::unique_ptr<Database>>
Database::open(const QString &path, std::shared_ptr<const Clock> clock, const QString &password)
{
    if (isServerUrl(path))
        return openServer(path, std::move(clock), password);
    if (path.isEmpty())
        return Error::storage(
            QCoreApplication::translate("Database", "No database file was given."));
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return Error::storage(
            QCoreApplication::translate("Database", "%1 is a folder, not a database file.")
                .arg(path));
    // A pipe would block the read below, a device (/dev/null) is no file to keep records in.
    if (const QString kind = nonRegularKind(path, true); !kind.isEmpty())
        return Error::storage(
            QCoreApplication::translate("Database", "%1 is not a regular file (it is %2), not a "
                                                    "database file.")
                .arg(path, kind));

    const QString folder = info.absolutePath();
    if (!makePrivatePath(folder))
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
    // A new file is made private before SQLite writes into it (its -wal and -shm follow).
    if (!info.exists())
        createPrivateFile(info.absoluteFilePath()); // when this fails, opening says why
    std::unique_ptr<Database> database(
        new Database(info.absoluteFilePath(), name, std::move(clock), sqliteDialect()));
    // A file we may not write (permissions, a read-only medium) opens read-only, for reading;
    // so does one in a folder we may not write (SQLite could not create its journal there).
    database->m_readOnly =
        info.exists() && info.size() > 0 && (!info.isWritable() || !QFileInfo(folder).isWritable());
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
    database->rememberHandle();
    if (auto migrated = database->checkOwnershipAndMigrate(); !migrated)
        return migrated.error();
    if (auto checked = database->checkTriggers(); !checked)
        return checked.error();
    if (!database->readOnly())
        if (auto rule = patientsummary::applyCurrentRule(database->connection()); !rule)
            return rule.error();
    return database;
}

Result<std::unique_ptr<Database>> Database::openServer(const QString &location,
                                                       std::shared_ptr<const Clock> clock,
                                                       const QString &password)
{
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2)
        return Error::storage(QCoreApplication::translate("Database",
                                                          "\"%1\" is not a server address; write "
                                                          "postgresql://USER@HOST:PORT/DATABASE.")
                                  .arg(quoteValue(withoutSecrets(location))));
    // A password before the @, or as a parameter (?password=, or the credential parameters
    // passfile and sslpassword), is refused alike.
    const QUrlQuery parameters(url);
    bool credentialParameter = false;
    for (const auto &[key, value] : parameters.queryItems(QUrl::FullyDecoded))
        credentialParameter = credentialParameter || key.toLower() == QLatin1String("password") ||
                              key.toLower() == QLatin1String("passfile") ||
                              key.toLower() == QLatin1String("sslpassword");
    if (!url.password().isEmpty() || credentialParameter)
        return Error::storage(QCoreApplication::translate(
            "Database", "A password does not belong in the address (it would be seen in the "
                        "process list and the history): give it in TRICHOLOG_DB_PASSWORD, in "
                        "~/.pgpass, or when asked."));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::storage(QCoreApplication::translate(
            "Database", "Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)."));
    Server server;
    server.host = url.host();
    server.port = url.port(5432);
    server.user = url.userName();
    server.database = url.path().mid(1);
    server.password = password.isEmpty() ? qEnvironmentVariable("TRICHOLOG_DB_PASSWORD") : password;
    // libpq's own options may follow the address (?sslmode=require&connect_timeout=10).
    QStringList options{QStringLiteral("connect_timeout=5"),
                        QStringLiteral("application_name=tricholog")};
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        if (key == QLatin1String("sslmode") || key == QLatin1String("sslrootcert") ||
            key == QLatin1String("connect_timeout"))
            options << key + QLatin1Char('=') + value;
    server.options = options.join(QLatin1Char(';'));
    const QString shown =
        QStringLiteral("postgresql://%1%2:%3/%4")
            .arg(server.user.isEmpty() ? QString() : server.user + QLatin1Char('@'), server.host)
            .arg(server.port)
            .arg(server.database);
    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(
        new Database(shown, name, std::move(clock), postgresDialect()));
    database->m_server = server;
    QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (auto connected = database->connectServer(); !connected)
        return connected.error();
    if (auto migrated = database->checkOwnershipAndMigrate(); !migrated)
        return migrated.error();
    if (auto checked = database->checkTriggers(); !checked)
        return checked.error();
    if (!database->readOnly())
        if (auto rule = patientsummary::applyCurrentRule(database->connection()); !rule)
            return rule.error();
    return database;
}

Result<void> Database::connectServer() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.setHostName(m_server->host);
    db.setPort(m_server->port);
    db.setDatabaseName(m_server->database);
    db.setUserName(m_server->user);
    db.setPassword(m_server->password);
    db.setConnectOptions(m_server->options);
    if (!db.open())
        return Error::storage(QCoreApplication::translate(
                                  "Database", "Cannot connect to the database %1 on %2:%3: %4")
                                  .arg(m_server->database, m_server->host)
                                  .arg(m_server->port)
                                  .arg(db.lastError().databaseText().trimmed().isEmpty()
                                           ? db.lastError().text().simplified()
                                           // libpq's reasons run over lines, indented by tabs
                                           : db.lastError().databaseText().simplified()));
    // Who the triggers name in the audit trail; set again on every (re)connection.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT set_config('tricholog.user', ?, false)"));
    q.addBindValue(auditUser());
    if (!q.exec())
        return Error::storage(describe(q));
    for (const QString &setting : m_dialect->connectionSettings())
        if (!q.exec(setting))
            return Error::storage(describe(q));
    shareFixedClock();
    rememberHandle();
    return {};
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
                                      .arg(m_path, describe(q)));
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
    const auto state = m_dialect->schemaState(db);
    if (!state)
        return Error::storage(QCoreApplication::translate("Database", "Cannot read %1: %2")
                                  .arg(m_path, state.error().message));
    m_schemaVersion = state.value().version;
    const bool empty = state.value().empty;
    if (!empty && !state.value().ours)
        return Error::storage(
            isServer()
                ? QCoreApplication::translate("Database",
                                              "%1 holds tables of another program, not a Tricholog "
                                              "database: use an empty database.")
                      .arg(m_path)
                : QCoreApplication::translate(
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

    const auto &steps = m_dialect->migrations();
    const bool changesStructure = upgradeChangesStructure(steps, m_schemaVersion);
    if (!empty && !isServer() && changesStructure) {
        // Keep a copy before changing the structure of an existing file (a server's copies are
        // pg_dump's, made by the clinic's IT before an upgrade).
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
    for (const auto &step : m_dialect->migrations()) {
        if (step.version <= from)
            continue;
        QSqlQuery q(db);
        if (!q.exec(beginWriteStatement()) ||
            (!m_dialect->migrationLock().isEmpty() && !q.exec(m_dialect->migrationLock())))
            return Error::storage(
                QCoreApplication::translate("Database", "Cannot start migrating %1: %2")
                    .arg(m_path, describe(q)));
        // Another program may have migrated the database between our first look and this lock
        // (two workstations starting on a new database): read the version again under it.
        const auto current = m_dialect->schemaState(db);
        if (current && current.value().version >= step.version) {
            q.exec(QStringLiteral("ROLLBACK"));
            m_schemaVersion = current.value().version;
            continue;
        }
        auto applied = step.apply(db);
        if (applied)
            applied = m_dialect->setSchemaVersion(db, step.version);
        if (!applied || !q.exec(QStringLiteral("COMMIT"))) {
            const QString reason = applied ? describe(q) : applied.error().message;
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

Result<void> Database::checkTriggers()
{
    QSqlDatabase db = connection();
    auto problems = integrity::triggerProblems(db, engine(), m_schemaVersion);
    if (!problems)
        return Error::storage(QCoreApplication::translate("Database", "Cannot read %1: %2")
                                  .arg(m_path, problems.error().message));
    m_integrityProblems = problems.value();
    if (m_integrityProblems.isEmpty())
        return {};
    // Refused by the engine as well as by require(): not one unlogged write.
    QSqlQuery q(db);
    q.exec(isServer() ? QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
                      : QStringLiteral("PRAGMA query_only = 1"));
    return {};
}

Result<void> Database::setImporting(bool on)
{
    if (!isServer()) {
        m_sqlContext->importing = on;
        return {};
    }
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT set_config('tricholog.importing', ?, true)"));
    q.addBindValue(on ? QStringLiteral("on") : QStringLiteral("off"));
    if (!q.exec())
        return Error::storage(describe(q));
    return {};
}

void Database::setBulkWriting(bool on)
{
    if (isServer())
        return;
    QSqlQuery q(connection());
    q.exec(on ? QStringLiteral("PRAGMA temp_store = MEMORY")
              : QStringLiteral("PRAGMA temp_store = DEFAULT"));
}

bool Database::hasAccounts() const
{
    QSqlQuery q(connection());
    // Unreadable (a damaged page, an I/O error) counts as "yes": never open to every write, and
    // signing in then says why it fails.
    return !q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM app_user)")) || !q.next() ||
           q.value(0).toBool();
}

Result<void> Database::require(Permission permission) const
{
    // Reading verbs work on a read-only database: exports, reports and charts, the audit trail.
    const bool reads = permission == Permission::ExportData ||
                       permission == Permission::ExportReports ||
                       permission == Permission::ViewAudit;
    if (!m_integrityProblems.isEmpty() && !reads)
        return Error::permission(
            QCoreApplication::translate("Database",
                                        "%1 is open read-only: its audit protection was changed "
                                        "outside Tricholog (%2). Nothing can be saved until an "
                                        "administrator restores a backup; tricholog audit verify "
                                        "names what is wrong.")
                .arg(m_path, m_integrityProblems.mid(0, 3).join(QStringLiteral("; "))));
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
    const QString sql = QStringLiteral("SELECT EXISTS (SELECT 1 FROM app_user)");
    QSqlQuery q(connection());
    if (!q.exec(sql) || !q.next()) {
        // A server connection found lost by this statement is opened again by connection().
        q = QSqlQuery(connection());
        if (!q.exec(sql) || !q.next())
            // Unreadable (a server away, a damaged page): refused with the reason, never open.
            return Error::storage(describe(q));
    }
    if (!q.value(0).toBool())
        return {};
    return Error::permission(
        QCoreApplication::translate("Database", "Sign in first: this database has accounts."));
}

Result<qint64> Database::saveVersioned(QSqlQuery &q, qint64 &id, int &rowVersion,
                                       const QString &table, const QString &what) const
{
    if (id != 0) {
        q.bindValue(QStringLiteral(":id"), id);
        q.bindValue(QStringLiteral(":rv"), rowVersion);
    }
    if (!q.exec())
        return Error::storage(describe(q));
    if (id == 0) {
        id = dialect().insertedId(q);
        rowVersion = 1;
        return id;
    }
    if (q.numRowsAffected() != 1)
        return staleOrMissing(table, id, what);
    ++rowVersion;
    return id;
}

Error Database::staleOrMissing(const QString &table, qint64 id, const QString &what) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT updated_by, updated_at FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        if (q.lastError().isValid()) // unreadable, not gone
            return Error::storage(describe(q));
        return Error::notFound(
            QCoreApplication::translate("Database", "This %1 no longer exists (deleted meanwhile).")
                .arg(what));
    }
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
    if (isServer())
        return Error::storage(QCoreApplication::translate(
            "Database", "A server database is backed up on the server, with pg_dump (see the "
                        "README for clinic IT)."));
    if (QFileInfo::exists(targetPath))
        return Error::storage(
            QCoreApplication::translate("Database", "%1 already exists; not overwriting it.")
                .arg(targetPath));
    // VACUUM INTO writes into an empty file as into a new one, keeping its private mode.
    if (!createPrivateFile(targetPath))
        return Error::storage(
            QCoreApplication::translate("Database", "Cannot create %1.").arg(targetPath));
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(targetPath);
    if (!q.exec()) {
        const QString reason = describe(q);
        QFile::remove(targetPath);
        return Error::storage(reason);
    }
    return {};
}

Result<void> Database::quickCheck() const
{
    if (isServer())
        return {};
    QSqlQuery q(connection());
    QStringList problems;
    if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
        problems << describe(q);
    } else {
        while (q.next())
            if (q.value(0).toString() != QLatin1String("ok"))
                problems << q.value(0).toString().simplified(); // one line per problem
        if (auto read = sql::finished(q); !read)
            problems << read.error().message;
    }
    q.finish();
    if (problems.isEmpty())
        return {};
    const QString message =
        QCoreApplication::translate("Database", "The database file %1 is damaged (%2).")
            .arg(m_path, problems.mid(0, 3).join(QStringLiteral("; ")));
    return Error::storage(backup::withLatestBackup(
        message, m_path, AppSettings::load(QSettings()).effectiveBackupFolder(m_path)));
}

bool createPrivateFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return false;
    // The umask could only have taken bits away; this makes it exactly 0600.
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool makePrivatePath(const QString &folder)
{
    QStringList missing; // the folders mkpath will create, deepest first
    for (QString path = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
         !QFileInfo::exists(path) && !QDir(path).isRoot(); path = QFileInfo(path).absolutePath())
        missing << path;
    if (!QDir().mkpath(folder))
        return false;
    for (const QString &created : std::as_const(missing))
        QFile::setPermissions(created, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner);
    return true;
}

namespace sql {

Result<void> finished(const QSqlQuery &query)
{
    if (query.lastError().isValid())
        return Error::storage(Database::describe(query));
    return {};
}

} // namespace sql

} // namespace tricholog
