#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/security/Access.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/SqliteFunctions.h"

#include <QSqlDatabase>
#include <QString>
#include <atomic>
#include <memory>

class QSqlError;
class QSqlQuery;

struct pg_conn; // libpq's PGconn

namespace tricholog {

class BulkReading;
class WrittenRows;

// Owns the one connection to a Tricholog database: the embedded SQLite file (opened or created,
// per-connection pragmas set, a backup copy kept before migrating), or a PostgreSQL server
// (`postgresql://user@host:port/dbname`; the password from the environment or given by the
// caller, never in the URL). Refuses databases that are not ours or newer than this build, and
// runs the forward-only migrations of its engine.
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // `location`: a file path, or a postgresql:// URL (see isServerUrl). `password`: for a
    // server; empty reads TRICHOLOG_DB_PASSWORD, then libpq's own PGPASSWORD and ~/.pgpass.
    static Result<std::unique_ptr<Database>> open(const QString &location,
                                                  std::shared_ptr<const Clock> clock = {},
                                                  const QString &password = {});
    static bool isServerUrl(const QString &location);

    // The default file in the user's data folder (QStandardPaths::AppDataLocation).
    static QString defaultPath();
    static QString defaultDemoPath();
    static int latestSchemaVersion();                 // the same on both engines
    static constexpr int kApplicationId = 0x54524348; // "TRCH"

    // The connection; a server connection that was lost is opened again first (the caller's
    // statement then runs on the new one).
    QSqlDatabase connection() const;
    // The file (SQLite) or the URL without password (PostgreSQL).
    QString path() const { return m_path; }
    Engine engine() const { return m_dialect->engine(); }
    const SqlDialect &dialect() const { return *m_dialect; }
    bool isServer() const { return engine() == Engine::Postgres; }
    // "SQLite database: FILE" or "PostgreSQL database NAME on HOST:PORT", for the status bar.
    QString displayName() const;
    // How often the server connection was opened again after it was lost.
    int reconnects() const { return m_reconnects; }
    // Interrupts the statement running on this connection, from any thread (Cancel).
    void interrupt() const;
    QString connectionName() const { return m_connectionName; }
    int schemaVersion() const { return m_schemaVersion; }
    // Copy kept before the last migration of an existing file; empty when none was needed.
    QString migrationBackupPath() const { return m_backupPath; }
    const Clock &clock() const { return *m_clock; }
    std::shared_ptr<const Clock> sharedClock() const { return m_clock; }
    void setClock(std::shared_ptr<const Clock> clock);

    // A consistent copy of the live database (VACUUM INTO), never a file copy.
    Result<void> backupTo(const QString &targetPath) const;
    // SQLite's PRAGMA quick_check over the whole file: an error naming the file and the latest
    // backup when a page is damaged. Always succeeds on a server (its own storage checks pages).
    Result<void> quickCheck() const;

    // SQL that starts a write transaction on this engine.
    QString beginWriteStatement() const { return m_dialect->beginWrite(); }
    QString beginReadStatement() const { return m_dialect->beginRead(); }
    // Nesting depth of open Transaction objects (inner ones are savepoints).
    int &transactionDepth() const { return m_transactionDepth; }

    // A user-facing message for a failed statement; maps SQLite's codes to plain words.
    static QString describe(const QSqlError &error);
    // The same for a failed query, which knows its engine: on a server connection that is gone
    // (and could not be opened again) it says so, with the reason the server gave.
    static QString describe(const QSqlQuery &query);
    // libpq's connection under Qt's PostgreSQL driver (for COPY); nullptr on SQLite.
    static pg_conn *libpqConnection(const QSqlDatabase &db);

    // The signed-in account; its name goes into the audit trail of every write.
    const std::optional<UserSession> &session() const { return m_session; }
    void setSession(std::optional<UserSession> session);
    // Whether any account exists. A database without one (new, or from before accounts) is
    // open to every write until its administrator is created. True when it cannot be read.
    bool hasAccounts() const;
    // Refuses what the signed-in role may not do (core's own guard, not only the UI's).
    Result<void> require(Permission permission) const;
    // Opened read-only (the file is not writable): reading works, every write is refused.
    // Also when the audit protection was changed outside the program (integrityProblems()).
    bool readOnly() const { return m_readOnly || !m_integrityProblems.isEmpty(); }
    // What is wrong with the triggers that write and guard the audit trail (integrity.h), as
    // found when the database was opened: while any, every write is refused, so that nothing
    // is saved unlogged. Empty: the triggers are exactly this version's.
    const QStringList &integrityProblems() const { return m_integrityProblems; }
    // Inside a write transaction: while on, the rows inserted into the clinical tables are not
    // logged one by one; the CSV import that sets it logs them with one entry (CsvImporter,
    // README "Audit of imports"). On a server it lasts until the transaction ends at the latest.
    Result<void> setImporting(bool on);
    // Outside a transaction, SQLite: a bulk write's statement journals (one per INSERT that has
    // triggers) are kept in memory instead of a temporary file, about 15 % of an import's time.
    // No effect on a server.
    void setBulkWriting(bool on);
    // While one is set, the repositories' reads of many patients at once (an export's batches)
    // arrive on a server as binary COPY streams (CopyRows) instead of one result per row. No
    // effect on SQLite. A BulkReading sets itself for its scope.
    void setBulkReading(BulkReading *scope) { m_bulkReading = scope; }
    BulkReading *bulkReading() const { return m_bulkReading; }
    // While one is set, the rows BatchInsert copies into a server are shown to it as they are
    // sent (the import's digest, ImportDigester). No effect on SQLite.
    void setWrittenRows(WrittenRows *shown) { m_writtenRows = shown; }
    WrittenRows *writtenRows() const { return m_writtenRows; }
    // Who the audit trail names for writes now: the signed-in account, or "system".
    QString auditUser() const;
    // Why an update of `table` row `id` changed nothing: the row is gone, or someone saved a
    // newer version (named, with the time) since the version the edit started from.
    Error staleOrMissing(const QString &table, qint64 id, const QString &what) const;
    // The end of a versioned row's save: binds :id and :rv for a change (id != 0; the UPDATE
    // must say "WHERE id = :id AND row_version = :rv"), runs `q` (for id 0 an INSERT ending in
    // dialect().returningId()), then sets the new id and row version, or names a stale or
    // missing row of `table` (`what` in the message).
    Result<qint64> saveVersioned(QSqlQuery &q, qint64 &id, int &rowVersion, const QString &table,
                                 const QString &what) const;

private:
    Database(QString path, QString connectionName, std::shared_ptr<const Clock> clock,
             const SqlDialect &dialect);
    static Result<std::unique_ptr<Database>>
    openServer(const QString &url, std::shared_ptr<const Clock> clock, const QString &password);
    Result<void> connectServer() const;
    void shareFixedClock() const;
    void rememberHandle() const;
    Result<void> configure();
    Result<void> checkOwnershipAndMigrate();
    Result<void> migrate(int from);
    Result<void> checkTriggers();

    QString m_path;
    QString m_connectionName;
    QString m_backupPath;
    int m_schemaVersion = 0;
    mutable int m_transactionDepth = 0;
    std::shared_ptr<const Clock> m_clock;
    std::optional<UserSession> m_session;
    bool m_readOnly = false;
    QStringList m_integrityProblems;
    std::unique_ptr<SqlContext> m_sqlContext;
    const SqlDialect *m_dialect;
    // A server's connection settings, to connect again after a lost connection.
    struct Server
    {
        QString host, user, database, options, password;
        int port = 5432;
    };
    std::optional<Server> m_server;
    mutable int m_reconnects = 0;
    BulkReading *m_bulkReading = nullptr;
    WrittenRows *m_writtenRows = nullptr;
    mutable std::atomic<void *> m_handle{nullptr}; // sqlite3* or PGconn*, for interrupt()
};

// Patient data is private to the account that runs the program, whatever its umask.
// A new, empty file at `path` that only its owner may read and write (0600): SQLite writes a
// database into it keeping that mode, and gives the -wal and -shm files the same. False when
// the file exists already or cannot be created.
bool createPrivateFile(const QString &path);
// QDir::mkpath, with every folder it creates open to its owner only (0700).
bool makePrivatePath(const QString &folder);

namespace sql {

// After reading rows with next(): an error when a step failed (a damaged page, an I/O error,
// an interrupt), which next() reports exactly like the end of the rows. Call it after every
// loop over a result and before treating a missing row as "not found".
Result<void> finished(const QSqlQuery &query);

} // namespace sql

} // namespace tricholog
