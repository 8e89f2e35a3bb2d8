#include "core/security/AuditLog.h"

#include "core/io/Csv.h"
#include "core/io/SafeIo.h"
#include "core/security/Sha256.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace tricholog {

namespace {

const QString kColumns = QStringLiteral("id, at, user_name, action, table_name, record_id, "
                                        "patient_id, old_values, new_values, prev_hash, hash");

AuditRecord readRecord(const QSqlQuery &q)
{
    AuditRecord r;
    r.id = q.value(0).toLongLong();
    r.at = q.value(1).toString();
    r.user = q.value(2).toString();
    r.action = q.value(3).toString();
    r.table = q.value(4).toString();
    if (!q.value(5).isNull())
        r.recordId = q.value(5).toLongLong();
    if (!q.value(6).isNull())
        r.patientId = q.value(6).toLongLong();
    r.oldValues = q.value(7).toString();
    r.newValues = q.value(8).toString();
    r.prevHash = q.value(9).toString();
    r.hash = q.value(10).toString();
    return r;
}

} // namespace

AuditLog::AuditLog(Database &db)
    : m_db(db)
{}

QString AuditLog::hashOf(const AuditRecord &r)
{
    const QChar sep(31);
    const QString payload = r.prevHash + sep + r.at + sep + r.user + sep + r.action + sep +
                            r.table + sep +
                            (r.recordId ? QString::number(*r.recordId) : QString()) + sep +
                            (r.patientId ? QString::number(*r.patientId) : QString()) + sep +
                            r.oldValues + sep + r.newValues;
    return QString::fromLatin1(Sha256::hex(payload.toUtf8()));
}

Result<QList<AuditRecord>> AuditLog::query(const AuditFilter &filter) const
{
    QStringList where;
    if (!filter.user.isEmpty())
        where << QStringLiteral("user_name = :user");
    if (filter.patientId)
        where << QStringLiteral("patient_id = :patient");
    if (filter.from.isValid())
        where << QStringLiteral("at >= :from");
    if (filter.to.isValid())
        where << QStringLiteral("at < :to");
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log") +
              (where.isEmpty() ? QString()
                               : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))) +
              QStringLiteral(" ORDER BY id DESC") +
              (filter.limit > 0 ? QStringLiteral(" LIMIT %1").arg(filter.limit) : QString()));
    if (!filter.user.isEmpty())
        q.bindValue(QStringLiteral(":user"), filter.user);
    if (filter.patientId)
        q.bindValue(QStringLiteral(":patient"), *filter.patientId);
    if (filter.from.isValid())
        q.bindValue(QStringLiteral(":from"), filter.from.toString(Qt::ISODate));
    if (filter.to.isValid())
        q.bindValue(QStringLiteral(":to"), filter.to.addDays(1).toString(Qt::ISODate));
    if (!q.exec())
        return Error::storage(Database::describe(q));
    QList<AuditRecord> out;
    while (q.next())
        out << readRecord(q);
    if (q.lastError().isValid())
        return Error::storage(Database::describe(q));
    return out;
}

Result<AuditLog::Verification> AuditLog::verify() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + kColumns +
                QStringLiteral(" FROM audit_log ORDER BY id")))
        return Error::storage(Database::describe(q));
    Verification v;
    QString previous; // the first entry links to ""
    while (q.next()) {
        const AuditRecord r = readRecord(q);
        ++v.records;
        if (r.prevHash != previous) {
            v.firstBrokenId = r.id;
            v.reason =
                QCoreApplication::translate(
                    "AuditLog", "entry %1 does not link to the entry before it (one was removed, "
                                "inserted or changed)")
                    .arg(r.id);
            break;
        }
        if (hashOf(r) != r.hash) {
            v.firstBrokenId = r.id;
            v.reason =
                QCoreApplication::translate("AuditLog", "entry %1 was changed after it was written")
                    .arg(r.id);
            break;
        }
        previous = r.hash;
    }
    // A page that cannot be read ends the loop like the last row would: it is an error.
    if (q.isActive() && q.lastError().isValid())
        return Error::storage(Database::describe(q));
    return v;
}

Result<int> AuditLog::exportCsv(const AuditFilter &filter, const QString &path) const
{
    auto records = query(filter);
    if (!records)
        return records.error();
    CsvWriter writer;
    writer.addRow({QStringLiteral("id"), QStringLiteral("at_utc"), QStringLiteral("user"),
                   QStringLiteral("action"), QStringLiteral("table"), QStringLiteral("record_id"),
                   QStringLiteral("patient_id"), QStringLiteral("old_values"),
                   QStringLiteral("new_values"), QStringLiteral("hash")});
    for (const auto &r : records.value())
        writer.addRow({QString::number(r.id), r.at, r.user, r.action, r.table,
                       r.recordId ? QString::number(*r.recordId) : QString(),
                       r.patientId ? QString::number(*r.patientId) : QString(), r.oldValues,
                       r.newValues, r.hash});
    if (auto allowed = checkOutputPath(path); !allowed)
        return allowed.error();
    QSaveFile file(path);
    const QByteArray data = writer.data();
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Error::storage(QCoreApplication::translate("AuditLog", "Cannot write %1: %2")
                                  .arg(path, file.errorString()));
    return int(records.value().size());
}

} // namespace tricholog
