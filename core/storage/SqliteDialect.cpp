// The SQLite side of SqlDialect: the embedded file.
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tricholog {

namespace {

class SqliteDialect final : public SqlDialect
{
public:
    Engine engine() const override { return Engine::Sqlite; }
    QString name() const override { return QStringLiteral("SQLite"); }
    QString beginWrite() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QString beginRead() const override { return QStringLiteral("BEGIN DEFERRED"); }
    QString returningId() const override { return {}; }
    QString unindexed(const QString &column) const override { return QLatin1Char('+') + column; }
    QString idIn(const QString &column, const QList<qint64> &ids) const override
    {
        return column + QStringLiteral(" IN (") + sql::idList(ids) + QLatin1Char(')');
    }
    qint64 insertedId(QSqlQuery &q) const override { return q.lastInsertId().toLongLong(); }

    QString auditDocument(const QString &action, const QString &table) const override
    {
        return auditInsertStatement(QStringLiteral("'%1'").arg(action), table,
                                    QStringLiteral("NULL"), QStringLiteral("?"),
                                    QStringLiteral("tricholog_user()"));
    }

    QString auditEvent(const QString &action, const QString &table, const QString &recordId,
                       const QList<QPair<QString, QString>> &fields, const QString &user,
                       const QString &patientId) const override
    {
        QStringList pairs;
        for (const auto &[key, expr] : fields)
            pairs << QStringLiteral("'%1', %2").arg(key, expr);
        return auditInsertStatement(action, table, recordId,
                                    QStringLiteral("json_object(") +
                                        pairs.join(QStringLiteral(", ")) + QLatin1Char(')'),
                                    user, patientId);
    }

    const QList<Migration> &migrations() const override { return tricholog::migrations(); }

    Result<SchemaState> schemaState(QSqlDatabase &db) const override
    {
        QSqlQuery q(db);
        SchemaState state;
        if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
            return Error::storage(Database::describe(q));
        const int id = q.value(0).toInt();
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return Error::storage(Database::describe(q));
        state.version = q.value(0).toInt();
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) ||
            !q.next())
            return Error::storage(Database::describe(q));
        state.empty = q.value(0).toInt() == 0 && state.version == 0;
        state.ours = id == Database::kApplicationId;
        return state;
    }

    Result<void> setSchemaVersion(QSqlDatabase &db, int version) const override
    {
        return execAll(db, {QStringLiteral("PRAGMA user_version = %1").arg(version)});
    }

    // BEGIN IMMEDIATE has the write lock already.
    QString migrationLock() const override { return {}; }

    QString describe(const QSqlError &error) const override
    {
        const QString detail = error.text().trimmed();
        // SQLite primary result codes (the extended code's low byte).
        switch (error.nativeErrorCode().toInt() & 0xff) {
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
            return QCoreApplication::translate("Database",
                                               "The database file cannot be opened (%1).")
                .arg(detail);
        case 10: // SQLITE_IOERR
            return QCoreApplication::translate(
                       "Database", "The disk reported an error: the change was not saved (%1).")
                .arg(detail);
        default:
            return detail.isEmpty()
                       ? QCoreApplication::translate("Database", "Unknown database error")
                       : detail;
        }
    }
};

} // namespace

const SqlDialect &sqliteDialect()
{
    static const SqliteDialect dialect;
    return dialect;
}

} // namespace tricholog
