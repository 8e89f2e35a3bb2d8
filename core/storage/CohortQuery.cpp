#include "core/storage/CohortQuery.h"

#include "core/model/Keys.h"
#include "core/model/MeasurementFields.h"
#include "core/storage/Database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace tricholog {

namespace {

QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

// The patients with the metric at the site, as a sub-select.
QString withValues(const QString &column)
{
    return QStringLiteral("SELECT patient_id FROM measurement WHERE site = :site AND %1 IS NOT "
                          "NULL")
        .arg(column);
}

Result<void> readSessions(Database &db, const QString &column, ScalpSite site,
                          QHash<qint64, cohort::PatientRows *> &byId)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.patient_id, s.id, s.performed_at, s.device, s.needle_mm, "
                             "a.adjunct FROM session s LEFT JOIN session_adjunct a ON "
                             "a.session_id = s.id WHERE s.patient_id IN (%1) ORDER BY "
                             "s.patient_id, s.performed_at, s.id")
                  .arg(withValues(column)));
    q.bindValue(QStringLiteral(":site"), toKey(site));
    if (!q.exec())
        return Error::storage(Database::describe(q));
    qint64 lastSession = 0;
    while (q.next()) {
        cohort::PatientRows *p = byId.value(q.value(0).toLongLong());
        if (!p)
            continue;
        if (q.value(1).toLongLong() != lastSession) {
            lastSession = q.value(1).toLongLong();
            p->sessions.append(
                {dateOf(q.value(2)), q.value(3).toString(), q.value(4).toDouble(), {}});
        }
        if (!q.value(5).isNull())
            p->sessions.last().adjuncts << q.value(5).toString();
    }
    if (q.lastError().isValid())
        return Error::storage(Database::describe(q));
    return {};
}

Result<void> readDiagnoses(Database &db, const QString &column, ScalpSite site,
                           QHash<qint64, cohort::PatientRows *> &byId)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT patient_id, type FROM diagnosis WHERE status = 'active' AND "
                             "patient_id IN (%1) ORDER BY patient_id, diagnosed_on, id")
                  .arg(withValues(column)));
    q.bindValue(QStringLiteral(":site"), toKey(site));
    if (!q.exec())
        return Error::storage(Database::describe(q));
    while (q.next())
        if (cohort::PatientRows *p = byId.value(q.value(0).toLongLong());
            p && p->diagnosis.isEmpty())
            p->diagnosis = q.value(1).toString(); // the earliest
    if (q.lastError().isValid())
        return Error::storage(Database::describe(q));
    return {};
}

} // namespace

Result<QList<cohort::PatientRows>> loadCohortRows(Database &db, const cohort::Options &options)
{
    if (auto ok = cohort::check(options); !ok)
        return ok.error();
    const QString column = measurementFieldByKey(options.metric)->columnName(); // checked
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT m.patient_id, p.mrn, m.measured_on, m.%1 FROM measurement m "
                             "JOIN patient p ON p.id = m.patient_id WHERE m.site = :site AND "
                             "m.%1 IS NOT NULL ORDER BY m.patient_id, m.measured_on, m.id")
                  .arg(column));
    q.bindValue(QStringLiteral(":site"), toKey(options.site));
    if (!q.exec())
        return Error::storage(Database::describe(q));
    QList<cohort::PatientRows> rows;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (rows.isEmpty() || rows.last().patientId != id)
            rows.append({id, q.value(1).toString(), {}, {}, {}});
        rows.last().values.append({dateOf(q.value(2)), q.value(3).toDouble()});
    }
    if (q.lastError().isValid())
        return Error::storage(Database::describe(q));
    QHash<qint64, cohort::PatientRows *> byId;
    byId.reserve(rows.size());
    for (cohort::PatientRows &r : rows)
        byId.insert(r.patientId, &r);
    const QString &by = options.by;
    if (by == QLatin1String("device") || by == QLatin1String("needle") ||
        by.startsWith(QLatin1String("adjunct:")))
        if (auto read = readSessions(db, column, options.site, byId); !read)
            return read.error();
    if (by == QLatin1String("diagnosis"))
        if (auto read = readDiagnoses(db, column, options.site, byId); !read)
            return read.error();
    return rows;
}

} // namespace tricholog
