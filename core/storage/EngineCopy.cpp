#include "core/storage/EngineCopy.h"

#include "core/security/AuditLog.h"
#include "core/storage/CopyIn.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>
#include <algorithm>

namespace tricholog {

namespace {

// Parents before children, so every reference finds its row; the trail last.
const char *const kTables[] = {
    "meta",           "app_user",          "device_profile", "patient",         "patient_summary",
    "diagnosis",      "session",           "session_zone",   "session_adjunct", "adverse_event",
    "measurement",    "outcome",           "photo",          "photo_original",  "photo_preview",
    "image_analysis", "protocol_template", "treatment_plan", "contact_attempt", "audit_log",
};

// Tables whose ids come from a sequence on the server.
const char *const kWithIds[] = {
    "app_user",        "device_profile",    "patient",        "diagnosis",       "session",
    "session_adjunct", "adverse_event",     "measurement",    "outcome",         "photo",
    "image_analysis",  "protocol_template", "treatment_plan", "contact_attempt", "audit_log"};

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

// Copies one table with COPY ... FROM STDIN on the server's own connection (inside the copy's
// transaction): the rows stream in chunks of about 1 MB, so memory stays bounded whatever the
// table's size. nullopt when the driver gives no libpq connection (the INSERT path then runs).
std::optional<Result<qint64>> streamTable(Database &from, Database &to, const QString &table,
                                          qint64 &copied,
                                          const std::function<bool(qint64)> &progress)
{
    pg_conn *conn = Database::libpqConnection(to.connection());
    if (!conn)
        return std::nullopt;
    const QStringList columns = sharedColumns(from, to, table);
    QSqlQuery read(from.connection());
    read.setForwardOnly(true);
    if (!read.exec(
            QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table)))
        return Result<qint64>(failed(table, read));
    auto inTable = [&](const Error &e) {
        return Result<qint64>(Error::storage(QStringLiteral("%1: %2").arg(table, e.message)));
    };
    CopyIn copy(conn);
    if (auto started = copy.start(table, columns); !started)
        return inTable(started.error());
    qint64 rows = 0;
    while (read.next()) {
        for (qsizetype i = 0; i < columns.size(); ++i)
            copy.add(read.value(int(i)));
        ++rows;
        if (++copied % 1000 == 0 && progress && !progress(copied)) {
            copy.abort("stopped");
            return Result<qint64>(Error::storage(
                QCoreApplication::translate("EngineCopy", "Stopped: nothing was kept.")));
        }
        if (auto sent = copy.endRow(); !sent)
            return inTable(sent.error());
    }
    if (read.lastError().isValid()) {
        copy.abort("read failed");
        return Result<qint64>(failed(table, read));
    }
    if (auto finished = copy.finish(); !finished)
        return inTable(finished.error());
    return Result<qint64>(rows);
}

// Copies one table's rows in the columns both databases have; `copied` counts rows across
// tables for `progress`, which stops the copy when it returns false. The rows go over in
// multi-row INSERTs: one round trip per batch instead of one per row, with memory bounded by the
// batch (at most 1,000 rows, under PostgreSQL's 65,535 parameters, and about 16 MB of values, as
// photo originals are large).
Result<qint64> copyTable(Database &from, Database &to, const QString &table, qint64 &copied,
                         const std::function<bool(qint64)> &progress)
{
    const QStringList columns = sharedColumns(from, to, table);
    const qsizetype width = columns.size();
    const qsizetype batchRows =
        std::clamp<qsizetype>(60000 / std::max<qsizetype>(width, 1), 1, 1000);
    constexpr qsizetype kBatchBytes = 16 * 1024 * 1024;
    QSqlQuery read(from.connection());
    read.setForwardOnly(true);
    if (!read.exec(
            QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table)))
        return failed(table, read);
    const QString row = QLatin1Char('(') +
                        QStringList(width, QStringLiteral("?")).join(QStringLiteral(", ")) +
                        QLatin1Char(')');
    // The server's own keys of its schema (application, version) stay as it wrote them.
    const QString conflict = table == QLatin1String("meta")
                                 ? QStringLiteral(" ON CONFLICT (key) DO NOTHING")
                                 : QString();
    auto statement = [&](qsizetype rows) {
        return QStringLiteral("INSERT INTO %1 (%2) VALUES %3%4")
            .arg(table, columns.join(QStringLiteral(", ")),
                 QStringList(rows, row).join(QStringLiteral(", ")), conflict);
    };
    QSqlQuery full(to.connection());
    full.prepare(statement(batchRows));
    QVariantList pending;
    pending.reserve(batchRows * width);
    qsizetype pendingBytes = 0;
    qint64 rows = 0;
    auto flush = [&]() -> Result<void> {
        const qsizetype n = pending.size() / std::max<qsizetype>(width, 1);
        if (n == 0)
            return {};
        QSqlQuery partial(to.connection());
        QSqlQuery &write = n == batchRows ? full : partial;
        if (n != batchRows)
            partial.prepare(statement(n));
        for (qsizetype i = 0; i < pending.size(); ++i)
            write.bindValue(int(i), pending.at(i));
        if (!write.exec())
            return failed(QStringLiteral("%1, rows %2-%3").arg(table).arg(rows - n + 1).arg(rows),
                          write);
        pending.clear();
        pendingBytes = 0;
        if (progress && !progress(copied))
            return Error::storage(
                QCoreApplication::translate("EngineCopy", "Stopped: nothing was kept."));
        return {};
    };
    while (read.next()) {
        for (qsizetype i = 0; i < width; ++i) {
            QVariant value = read.value(int(i));
            if (value.typeId() == QMetaType::QByteArray)
                pendingBytes += value.toByteArray().size();
            else if (value.typeId() == QMetaType::QString)
                pendingBytes += 2 * value.toString().size();
            pending.append(std::move(value));
        }
        ++rows;
        ++copied;
        if (pending.size() >= batchRows * width || pendingBytes >= kBatchBytes)
            if (auto done = flush(); !done)
                return done.error();
    }
    if (read.lastError().isValid())
        return failed(table, read);
    if (auto done = flush(); !done)
        return done.error();
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
        // COPY for every table but meta, whose server keys stay (ON CONFLICT DO NOTHING).
        auto streamed = table == QLatin1String("meta")
                            ? std::nullopt
                            : streamTable(from, to, table, copied, progress);
        const auto rows = streamed ? *streamed : copyTable(from, to, table, copied, progress);
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
    // The planner's statistics of the tables just filled: without them the server guesses their
    // sizes and, for instance, reads all 300,000 session zones of a clinic to open one patient
    // (57 ms instead of 0.2 ms) until autovacuum gets round to them. The patients are vacuumed
    // too: the list reads its pages from the search indexes alone (schema 12) once the
    // visibility map says their rows are visible to all.
    for (const char *table : kTables)
        if (!tx.exec(QString(QLatin1String(qstrcmp(table, "patient") == 0 ? "VACUUM (ANALYZE) %1"
                                                                          : "ANALYZE %1"))
                         .arg(QLatin1String(table))))
            return failed(QStringLiteral("ANALYZE"), tx);

    if (auto checked = checkCopy(from, to, report); !checked)
        return checked.error();
    return report;
}

} // namespace tricholog
