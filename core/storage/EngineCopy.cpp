#include "core/storage/EngineCopy.h"

#include "core/security/AuditLog.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace tricholog {

namespace {

// Parents before children, so every reference finds its row; the trail last.
const char *const kTables[] = {
    "meta",    "app_user",     "patient",         "patient_summary", "diagnosis",
    "session", "session_zone", "session_adjunct", "adverse_event",   "measurement",
    "outcome", "photo",        "photo_original",  "photo_preview",   "audit_log",
};

// Tables whose ids come from a sequence on the server.
const char *const kWithIds[] = {"app_user",        "patient",       "diagnosis",   "session",
                                "session_adjunct", "adverse_event", "measurement", "outcome",
                                "photo",           "audit_log"};

Error failed(const QString &what, const QSqlQuery &q)
{
    return Error::storage(QStringLiteral("%1: %2").arg(what, Database::describe(q)));
}

qint64 countRows(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next()
               ? q.value(0).toLongLong()
               : -1;
}

// The columns both databases have, in the source's order.
QStringList sharedColumns(Database &from, Database &to, const QString &table)
{
    QSqlQuery probe(from.connection());
    probe.exec(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(table));
    const QSqlRecord source = probe.record();
    QSqlQuery target(to.connection());
    target.exec(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(table));
    const QSqlRecord dest = target.record();
    QStringList columns;
    for (int i = 0; i < source.count(); ++i)
        if (dest.indexOf(source.fieldName(i)) >= 0)
            columns << source.fieldName(i);
    return columns;
}

// Copies one table's rows in the columns both databases have; `copied` counts rows across
// tables for `progress`, which stops the copy when it returns false.
Result<qint64> copyTable(Database &from, Database &to, const QString &table, qint64 &copied,
                         const std::function<bool(qint64)> &progress)
{
    const QStringList columns = sharedColumns(from, to, table);
    QSqlQuery read(from.connection());
    read.setForwardOnly(true);
    if (!read.exec(
            QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table)))
        return failed(table, read);
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery write(to.connection());
    // The server's own keys of its schema (application, version) stay as it wrote them.
    write.prepare(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)%4")
            .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")),
                 table == QLatin1String("meta") ? QStringLiteral(" ON CONFLICT (key) DO NOTHING")
                                                : QString()));
    qint64 rows = 0;
    while (read.next()) {
        for (qsizetype i = 0; i < columns.size(); ++i)
            write.bindValue(int(i), read.value(int(i)));
        if (!write.exec())
            return failed(QStringLiteral("%1, row %2").arg(table).arg(rows + 1), write);
        ++rows;
        if (++copied % 500 == 0 && progress && !progress(copied))
            return Error::storage(
                QCoreApplication::translate("EngineCopy", "Stopped: nothing was kept."));
    }
    if (read.lastError().isValid())
        return failed(table, read);
    return rows;
}

// After the commit: the rows counted again on both sides, and the trail checked where it now
// lives.
Result<void> checkCopy(Database &from, Database &to, EngineCopyReport &report)
{
    for (const auto &[table, rows] : std::as_const(report.rows)) {
        if (table == QLatin1String("meta"))
            continue; // the server's has its own two keys besides
        const qint64 there = countRows(to, table);
        const qint64 here = countRows(from, table);
        if (there != here || there != rows)
            return Error::storage(QCoreApplication::translate("EngineCopy",
                                                              "%1: %2 rows in the file, %3 on the "
                                                              "server after the copy.")
                                      .arg(table)
                                      .arg(here)
                                      .arg(there));
    }
    const auto chain = AuditLog(to).verify();
    if (!chain)
        return chain.error();
    if (!chain.value().intact())
        return Error::storage(QCoreApplication::translate(
                                  "EngineCopy", "The audit trail on the server does not check "
                                                "out: %1.")
                                  .arg(chain.value().reason));
    report.auditEntries = chain.value().records;
    return {};
}

} // namespace

QString EngineCopyReport::text() const
{
    QStringList parts;
    for (const auto &[table, n] : rows)
        parts << QStringLiteral("%1 %2").arg(n).arg(table);
    return QCoreApplication::translate("EngineCopy",
                                       "Copied and counted again: %1. The audit trail's %2 "
                                       "entries link up on the server.")
        .arg(parts.join(QStringLiteral(", ")))
        .arg(auditEntries);
}

Result<EngineCopyReport> copyDatabase(Database &from, Database &to,
                                      const std::function<bool(qint64)> &progress)
{
    if (from.engine() != Engine::Sqlite || to.engine() != Engine::Postgres)
        return Error::storage(QCoreApplication::translate(
            "EngineCopy", "A practice moves from an SQLite file to a PostgreSQL server."));
    if (from.schemaVersion() != to.schemaVersion())
        return Error::storage(
            QCoreApplication::translate("EngineCopy",
                                        "The two databases have different schema versions (%1 "
                                        "and %2).")
                .arg(from.schemaVersion())
                .arg(to.schemaVersion()));
    for (const char *table : {"patient", "app_user", "audit_log"})
        if (countRows(to, QLatin1String(table)) != 0)
            return Error::storage(QCoreApplication::translate(
                                      "EngineCopy", "%1 is not empty (it has %2 rows): a practice "
                                                    "moves into an empty database only.")
                                      .arg(to.path(), QLatin1String(table)));

    QSqlDatabase target = to.connection();
    QSqlQuery tx(target);
    if (!tx.exec(QStringLiteral("BEGIN")))
        return failed(QStringLiteral("BEGIN"), tx);
    auto rollback = [&] {
        tx.exec(QStringLiteral("ROLLBACK"));
    };
    // The rows arrive as they were, ids, audit entries and all: the triggers that would add to
    // them (trail, summaries, ids) rest until the end of the copy (inside the transaction).
    for (const char *table : kTables)
        if (!tx.exec(
                QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(QLatin1String(table)))) {
            const Error e = failed(QStringLiteral("ALTER TABLE"), tx);
            rollback();
            return e;
        }

    EngineCopyReport report;
    qint64 copied = 0;
    for (const char *name : kTables) {
        const QString table = QLatin1String(name);
        const auto rows = copyTable(from, to, table, copied, progress);
        if (!rows) {
            rollback();
            return rows.error();
        }
        report.rows.append({table, rows.value()});
    }
    // The sequences go on after the copied ids; the triggers wake up again.
    for (const char *table : kWithIds)
        if (!tx.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                    "coalesce(max(id), 0) + 1, false) FROM %1")
                         .arg(QLatin1String(table)))) {
            const Error e = failed(QStringLiteral("setval"), tx);
            rollback();
            return e;
        }
    for (const char *table : kTables)
        tx.exec(QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(QLatin1String(table)));
    if (!tx.exec(QStringLiteral("COMMIT")))
        return failed(QStringLiteral("COMMIT"), tx);

    if (auto checked = checkCopy(from, to, report); !checked)
        return checked.error();
    return report;
}

} // namespace tricholog
