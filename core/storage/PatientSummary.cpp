#include "core/storage/PatientSummary.h"

#include "core/clinical/Progress.h"
#include "core/storage/Database.h"
#include "core/storage/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tricholog::patientsummary {

namespace {

Error queryError(const QSqlQuery &q)
{
    return Error::storage(Database::describe(q));
}

} // namespace

QStringList schemaStatements()
{
    QStringList s{
        QStringLiteral(R"(CREATE TABLE patient_summary (
            patient_id INTEGER PRIMARY KEY REFERENCES patient(id) ON DELETE CASCADE,
            sessions INTEGER NOT NULL DEFAULT 0,
            last_visit TEXT,
            main_diagnosis_id INTEGER,
            diagnosis_sort TEXT,
            density_change REAL,
            stale INTEGER NOT NULL DEFAULT 1))"),
        // Each sort of the list reads an index in order and stops after a page.
        QStringLiteral("CREATE INDEX patient_summary_sessions ON patient_summary(sessions)"),
        QStringLiteral("CREATE INDEX patient_summary_last_visit ON patient_summary(last_visit)"),
        QStringLiteral("CREATE INDEX patient_summary_diagnosis ON patient_summary(diagnosis_sort)"),
        QStringLiteral("CREATE INDEX patient_summary_density ON patient_summary(density_change)"),
        QStringLiteral(
            "CREATE INDEX patient_summary_stale ON patient_summary(patient_id) WHERE stale = 1"),
        QStringLiteral("CREATE INDEX patient_birth ON patient(date_of_birth)"),
        // The search reads each key's range from an index that also holds the other keys and
        // the archived flag: no table row is read until the page is known.
        QStringLiteral("DROP INDEX patient_mrn_key"),
        QStringLiteral("DROP INDEX patient_family_key"),
        QStringLiteral("DROP INDEX patient_given_key"),
        QStringLiteral("CREATE INDEX patient_family_search ON patient(family_key, given_key, "
                       "mrn_key, archived)"),
        QStringLiteral("CREATE INDEX patient_given_search ON patient(given_key, family_key, "
                       "mrn_key, archived)"),
        QStringLiteral("CREATE INDEX patient_mrn_search ON patient(mrn_key, family_key, given_key, "
                       "archived)"),
        QStringLiteral("CREATE TRIGGER summary_patient_insert AFTER INSERT ON patient BEGIN "
                       "INSERT INTO patient_summary (patient_id) VALUES (NEW.id); END"),
    };
    for (const char *table : {"session", "measurement", "diagnosis"}) {
        const QString t = QLatin1String(table);
        s << QStringLiteral("CREATE TRIGGER summary_%1_insert AFTER INSERT ON %1 BEGIN "
                            "UPDATE patient_summary SET stale = 1 WHERE patient_id = "
                            "NEW.patient_id; END")
                 .arg(t)
          << QStringLiteral("CREATE TRIGGER summary_%1_update AFTER UPDATE ON %1 BEGIN "
                            "UPDATE patient_summary SET stale = 1 WHERE patient_id IN "
                            "(OLD.patient_id, NEW.patient_id); END")
                 .arg(t)
          << QStringLiteral("CREATE TRIGGER summary_%1_delete AFTER DELETE ON %1 BEGIN "
                            "UPDATE patient_summary SET stale = 1 WHERE patient_id = "
                            "OLD.patient_id; END")
                 .arg(t);
    }
    s << QStringLiteral("INSERT INTO patient_summary (patient_id) SELECT id FROM patient");
    return s;
}

Result<void> markAllStale(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("INSERT INTO patient_summary (patient_id) SELECT id FROM patient "
                               "WHERE TRUE ON CONFLICT (patient_id) DO NOTHING")) ||
        !q.exec(QStringLiteral("UPDATE patient_summary SET stale = 1")))
        return queryError(q);
    return {};
}

Result<void> applyCurrentRule(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'summary_rule'")))
        return queryError(q);
    const int stored = q.next() ? q.value(0).toInt() : 1;
    if (auto read = sql::finished(q); !read)
        return read.error();
    q.finish();
    if (stored >= kSummaryRule)
        return {};
    QSqlDatabase connection = db;
    if (!connection.transaction())
        return Error::storage(connection.lastError().text());
    QSqlQuery w(db);
    if (!w.exec(QStringLiteral("UPDATE patient_summary SET stale = 1")) ||
        !w.exec(QStringLiteral("DELETE FROM meta WHERE key = 'summary_rule'")) ||
        !w.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('summary_rule', '%1')")
                    .arg(kSummaryRule))) {
        const Error error = queryError(w);
        connection.rollback();
        return error;
    }
    if (!connection.commit())
        return Error::storage(connection.lastError().text());
    return {};
}

Result<int> refreshStale(const QSqlDatabase &db)
{
    QSqlQuery stale(db);
    stale.setForwardOnly(true);
    if (!stale.exec(QStringLiteral("SELECT patient_id FROM patient_summary WHERE stale = 1")))
        return queryError(stale);
    QList<qint64> ids;
    while (stale.next())
        ids << stale.value(0).toLongLong();
    if (auto read = sql::finished(stale); !read)
        return read.error();
    stale.finish();
    if (ids.isEmpty())
        return 0;

    // Per patient: a handful of indexed lookups and the density series of the patient file.
    QSqlQuery sessions(db), measured(db), diagnosis(db), densities(db), update(db);
    for (QSqlQuery *q : {&sessions, &measured, &diagnosis, &densities})
        q->setForwardOnly(true);
    sessions.prepare(
        QStringLiteral("SELECT count(*), max(performed_at) FROM session WHERE patient_id = ?"));
    measured.prepare(
        QStringLiteral("SELECT max(measured_on) FROM measurement WHERE patient_id = ?"));
    diagnosis.prepare(QStringLiteral(
        "SELECT id, type || ' ' || grade FROM diagnosis WHERE patient_id = ? ORDER BY "
        "status = 'active' DESC, diagnosed_on DESC, id DESC LIMIT 1"));
    densities.prepare(QStringLiteral("SELECT site, site_label, measured_on, density FROM "
                                     "measurement WHERE patient_id = ? AND density IS NOT NULL"));
    update.prepare(QStringLiteral(
        "UPDATE patient_summary SET sessions = ?, last_visit = ?, main_diagnosis_id = ?, "
        "diagnosis_sort = ?, density_change = ?, stale = 0 WHERE patient_id = ?"));
    for (qint64 id : std::as_const(ids)) {
        sessions.addBindValue(id);
        if (!sessions.exec() || !sessions.next())
            return queryError(sessions);
        const int count = sessions.value(0).toInt();
        QString last = sessions.value(1).toString();
        sessions.finish();
        if (!last.isEmpty()) // a session's UTC time, as the local date it was on
            last = sql::toDateTime(last).date().toString(Qt::ISODate);
        measured.addBindValue(id);
        if (!measured.exec() || !measured.next())
            return queryError(measured);
        const QString lastMeasured = measured.value(0).toString();
        measured.finish();
        if (lastMeasured > last)
            last = lastMeasured;
        diagnosis.addBindValue(id);
        if (!diagnosis.exec())
            return queryError(diagnosis);
        QVariant mainId(QMetaType::fromType<qlonglong>()), sortKey(QMetaType::fromType<QString>());
        if (diagnosis.next()) {
            mainId = diagnosis.value(0);
            sortKey = diagnosis.value(1);
        } else if (auto read = sql::finished(diagnosis); !read) {
            return read.error();
        }
        diagnosis.finish();
        densities.addBindValue(id);
        if (!densities.exec())
            return queryError(densities);
        QList<Measurement> series;
        while (densities.next()) {
            Measurement m;
            m.site = sql::toEnum(densities.value(0), ScalpSite::Vertex);
            m.siteLabel = densities.value(1).toString();
            m.measuredOn = sql::toDate(densities.value(2));
            m.density = HairDensity(densities.value(3).toDouble());
            series << m;
        }
        if (auto read = sql::finished(densities); !read)
            return read.error();
        densities.finish();
        const auto change = headlineDensityChange(series);
        update.addBindValue(count);
        update.addBindValue(last.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                           : QVariant(last));
        update.addBindValue(mainId);
        update.addBindValue(sortKey);
        update.addBindValue(change ? QVariant(*change) : QVariant(QMetaType::fromType<double>()));
        update.addBindValue(id);
        if (!update.exec())
            return queryError(update);
    }
    return int(ids.size());
}

} // namespace tricholog::patientsummary
