#pragma once

#include "Clock.h"
#include "Result.h"
#include "SqliteFunctions.h"
#include "security/Access.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

class QSqlError;

namespace tricholog {

// Owns the one connection to a Tricholog database file: opens or creates it, sets the
// per-connection pragmas, refuses files that are not ours or newer than this build, keeps a
// backup copy before migrating, and runs the forward-only migrations.
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  std::shared_ptr<const Clock> clock = {});

    // The default file in the user's data folder (QStandardPaths::AppDataLocation).
    static QString defaultPath();
    static QString defaultDemoPath();
    static int latestSchemaVersion();
    static constexpr int kApplicationId = 0x54524348; // "TRCH"

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    int schemaVersion() const { return m_schemaVersion; }
    // Copy kept before the last migration of an existing file; empty when none was needed.
    QString migrationBackupPath() const { return m_backupPath; }
    const Clock &clock() const { return *m_clock; }
    std::shared_ptr<const Clock> sharedClock() const { return m_clock; }
    void setClock(std::shared_ptr<const Clock> clock);

    // A consistent copy of the live database (VACUUM INTO), never a file copy.
    Result<void> backupTo(const QString &targetPath) const;

    // SQL that starts a write transaction on this engine.
    QString beginWriteStatement() const { return QStringLiteral("BEGIN IMMEDIATE"); }
    // Nesting depth of open Transaction objects (inner ones are savepoints).
    int &transactionDepth() const { return m_transactionDepth; }

    // A user-facing message for a failed statement; maps SQLite's codes to plain words.
    static QString describe(const QSqlError &error);

    // The signed-in account; its name goes into the audit trail of every write.
    const std::optional<UserSession> &session() const { return m_session; }
    void setSession(std::optional<UserSession> session) { m_session = std::move(session); }
    // Whether any account exists. A database without one (new, or from before accounts) is
    // open to every write until its administrator is created.
    bool hasAccounts() const;
    // Refuses what the signed-in role may not do (core's own guard, not only the UI's).
    Result<void> require(Permission permission) const;
    // Opened read-only (the file is not writable): reading works, every write is refused.
    bool readOnly() const { return m_readOnly; }
    // Who the audit trail names for writes now: the signed-in account, or "system".
    QString auditUser() const;
    // Why an update of `table` row `id` changed nothing: the row is gone, or someone saved a
    // newer version (named, with the time) since the version the edit started from.
    Error staleOrMissing(const QString &table, qint64 id, const QString &what) const;

private:
    Database(QString path, QString connectionName, std::shared_ptr<const Clock> clock);
    Result<void> configure();
    Result<void> checkOwnershipAndMigrate();
    Result<void> migrate(int from);

    QString m_path;
    QString m_connectionName;
    QString m_backupPath;
    int m_schemaVersion = 0;
    mutable int m_transactionDepth = 0;
    std::shared_ptr<const Clock> m_clock;
    std::optional<UserSession> m_session;
    bool m_readOnly = false;
    std::unique_ptr<SqlContext> m_sqlContext;
};

} // namespace tricholog
