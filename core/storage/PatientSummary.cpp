#include "core/storage/PatientSummary.h"

#include "core/clinical/Progress.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqlValues.h"
#include "core/storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>
#include <algorithm>

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
    s << staleTriggers(5)
      << QStringLiteral("INSERT INTO patient_summary (patient_id) SELECT id FROM patient");
    return s;
}

const QStringList &sourceTables()
{
    static const QStringList tables{QStringLiteral("session"), QStringLiteral("measurement"),
                                    QStringLiteral("diagnosis")};
    return tables;
}

QStringList staleTriggers(int version)
{
    const QString notYet = version >= 13 ? QStringLiteral(" AND stale = 0") : QString();
    QStringList s;
    for (const QString &t : sourceTables()) {
        s << QStringLiteral("CREATE TRIGGER summary_%1_insert AFTER INSERT ON %1 BEGIN "
                            "UPDATE patient_summary SET stale = 1 WHERE patient_id = "
                            "NEW.patient_id%2; END")
                 .arg(t, notYet)
          << QStringLiteral("CREATE TRIGGER summary_%1_update AFTER UPDATE ON %1 BEGIN "
                            "UPDATE patient_summary SET stale = 1 WHERE patient_id IN "
                            "(OLD.patient_id, NEW.patient_id)%2; END")
                 .arg(t, notYet)
          << QStringLiteral("CREATE TRIGGER summary_%1_delete AFTER DELETE ON %1 BEGIN "
                            "UPDATE patient_summary SET stale = 1 WHERE patient_id = "
                            "OLD.patient_id%2; END")
                 .arg(t, notYet);
    }
    return s;
}

Result<void> quietStaleTriggers(QSqlDatabase &db)
{
    QStringList statements;
    for (const QString &table : sourceTables())
        for (const char *op : {"insert", "update", "delete"})
            statements
                << QStringLiteral("DROP TRIGGER summary_%1_%2").arg(table, QLatin1String(op));
    return execAll(db, statements + staleTriggers(13));
}

Result<void> addVisitDays(QSqlDatabase &db)
{
    return execAll(db, {QStringLiteral("ALTER TABLE patient_summary ADD COLUMN session_days TEXT "
                                       "NOT NULL DEFAULT ''"),
                        QStringLiteral("ALTER TABLE patient_summary ADD COLUMN measurement_days "
                                       "TEXT NOT NULL DEFAULT ''"),
                        QStringLiteral("ALTER TABLE patient_summary ADD COLUMN days_zone TEXT NOT "
                                       "NULL DEFAULT ''"),
                        QStringLiteral("UPDATE patient_summary SET stale = 1")});
}

QString daysZone()
{
    return QString::fromUtf8(QTimeZone::systemTimeZoneId());
}

QString joinDays(const QList<QDate> &days)
{
    QString out;
    out.reserve(days.size() * 11);
    for (const QDate &d : days) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += d.toString(Qt::ISODate);
    }
    return out;
}

QList<QDate> splitDays(QStringView text)
{
    // Read by hand: the recall list reads some 300,000 of these at clinic scale, where
    // QDate::fromString's general parser is most of the time.
    QList<QDate> out;
    out.reserve(text.size() / 11 + 1);
    for (QStringView word : text.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (word.size() != 10 || word[4] != u'-' || word[7] != u'-')
            continue;
        auto digits = [&](int from, int count) {
            int v = 0;
            for (int i = from; i < from + count; ++i) {
                const int c = word[i].unicode() - u'0';
                if (c < 0 || c > 9)
                    return -1;
                v = v * 10 + c;
            }
            return v;
        };
        const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
        if (y < 0 || m < 0 || d < 0)
            continue;
        if (const QDate day(y, m, d); day.isValid())
            out << day;
    }
    return out;
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

namespace {

// Per patient: three indexed reads (sessions, measurements, main diagnosis) and the density
// series of the patient file, then the row written.
class Refresher
{
public:
    explicit Refresher(const Database &database)
        : m_claim(database.connection())
        , m_sessions(database.connection())
        , m_measured(database.connection())
        , m_diagnosis(database.connection())
        , m_update(database.connection())
        , m_zone(daysZone())
    {
        for (QSqlQuery *q : {&m_claim, &m_sessions, &m_measured, &m_diagnosis})
            q->setForwardOnly(true);
        // The row is taken first, and only while still stale. On a server another transaction
        // may be adding a session to the patient (its trigger has marked the row, its rows are
        // not visible yet): that row is locked, skipped and stays stale, never marked current
        // from a read that missed the session; and no lock is ever waited for (no deadlock with
        // an import). An import marks its patients' rows only before it commits (schema 14): a
        // row computed meanwhile, from a read that missed the import's rows, is marked stale
        // again then, and stays locked until the import's rows are visible. SQLite's write
        // transaction already keeps every other writer out.
        m_claim.prepare(
            QStringLiteral("SELECT patient_id FROM patient_summary WHERE patient_id "
                           "= ? AND stale = 1") +
            (database.isServer() ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString()));
        m_sessions.prepare(QStringLiteral(
            "SELECT performed_at FROM session WHERE patient_id = ? ORDER BY performed_at"));
        m_measured.prepare(QStringLiteral("SELECT site, site_label, measured_on, density FROM "
                                          "measurement WHERE patient_id = ? ORDER BY measured_on"));
        m_diagnosis.prepare(QStringLiteral(
            "SELECT id, type || ' ' || grade FROM diagnosis WHERE patient_id = ? ORDER BY "
            "status = 'active' DESC, diagnosed_on DESC, id DESC LIMIT 1"));
        m_update.prepare(QStringLiteral(
            "UPDATE patient_summary SET sessions = ?, last_visit = ?, main_diagnosis_id = ?, "
            "diagnosis_sort = ?, density_change = ?, session_days = ?, measurement_days = ?, "
            "days_zone = ?, stale = 0 WHERE patient_id = ?"));
    }

    // False when the row was not taken (locked by another transaction, or current already).
    Result<bool> refresh(qint64 id)
    {
        m_claim.addBindValue(id);
        if (!m_claim.exec())
            return queryError(m_claim);
        const bool claimed = m_claim.next();
        if (auto read = sql::finished(m_claim); !read)
            return read.error();
        m_claim.finish();
        if (!claimed)
            return false;
        m_sessions.addBindValue(id);
        if (!m_sessions.exec())
            return queryError(m_sessions);
        QList<QDate> sessionDays; // a session's UTC time, as the local date it was on
        while (m_sessions.next())
            sessionDays << sql::toDateTime(m_sessions.value(0)).date();
        if (auto read = sql::finished(m_sessions); !read)
            return read.error();
        m_sessions.finish();
        std::sort(sessionDays.begin(), sessionDays.end());
        QList<QDate> measurementDays;
        QList<Measurement> series;
        if (auto read = readMeasurements(id, measurementDays, series); !read)
            return read.error();
        QDate last = sessionDays.isEmpty() ? QDate() : sessionDays.last();
        if (!measurementDays.isEmpty() && measurementDays.last() > last)
            last = measurementDays.last();
        m_diagnosis.addBindValue(id);
        if (!m_diagnosis.exec())
            return queryError(m_diagnosis);
        QVariant mainId(QMetaType::fromType<qlonglong>()), sortKey(QMetaType::fromType<QString>());
        if (m_diagnosis.next()) {
            mainId = m_diagnosis.value(0);
            sortKey = m_diagnosis.value(1);
        } else if (auto read = sql::finished(m_diagnosis); !read) {
            return read.error();
        }
        m_diagnosis.finish();
        const auto change = headlineDensityChange(series);
        m_update.addBindValue(int(sessionDays.size()));
        m_update.addBindValue(last.isValid() ? QVariant(last.toString(Qt::ISODate))
                                             : QVariant(QMetaType::fromType<QString>()));
        m_update.addBindValue(mainId);
        m_update.addBindValue(sortKey);
        m_update.addBindValue(change ? QVariant(*change) : QVariant(QMetaType::fromType<double>()));
        m_update.addBindValue(joinDays(sessionDays));
        m_update.addBindValue(joinDays(measurementDays));
        m_update.addBindValue(m_zone);
        m_update.addBindValue(id);
        if (!m_update.exec())
            return queryError(m_update);
        return true;
    }

private:
    Result<void> readMeasurements(qint64 id, QList<QDate> &days, QList<Measurement> &series)
    {
        m_measured.addBindValue(id);
        if (!m_measured.exec())
            return queryError(m_measured);
        while (m_measured.next()) {
            const QDate on = sql::toDate(m_measured.value(2));
            if (days.isEmpty() || days.last() != on)
                days << on;
            if (m_measured.value(3).isNull())
                continue;
            Measurement m;
            m.site = sql::toEnum(m_measured.value(0), ScalpSite::Vertex);
            m.siteLabel = m_measured.value(1).toString();
            m.measuredOn = on;
            m.density = HairDensity(m_measured.value(3).toDouble());
            series << m;
        }
        if (auto read = sql::finished(m_measured); !read)
            return read.error();
        m_measured.finish();
        return {};
    }

    QSqlQuery m_claim, m_sessions, m_measured, m_diagnosis, m_update;
    const QString m_zone;
};

} // namespace

Result<int> refreshStale(const Database &database)
{
    const QSqlDatabase db = database.connection();
    QSqlQuery stale(db);
    stale.setForwardOnly(true);
    if (!stale.exec(QStringLiteral("SELECT patient_id FROM patient_summary WHERE stale = 1 ORDER "
                                   "BY patient_id")))
        return queryError(stale);
    QList<qint64> ids;
    while (stale.next())
        ids << stale.value(0).toLongLong();
    if (auto read = sql::finished(stale); !read)
        return read.error();
    stale.finish();
    return refreshPatients(database, ids);
}

Result<int> refreshPatients(const Database &database, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return 0;
    // Written a few hundred patients a transaction: one commit each rather than one a patient
    // (a whole clinic after an upgrade), without holding the write lock for the whole run.
    Refresher refresher(database);
    constexpr qsizetype kBatch = 500;
    int refreshed = 0;
    for (qsizetype from = 0; from < ids.size(); from += kBatch) {
        Transaction batch(database);
        if (!batch.isActive())
            return Error::storage(batch.errorText());
        for (qsizetype i = from; i < std::min(ids.size(), from + kBatch); ++i) {
            auto done = refresher.refresh(ids.at(i));
            if (!done)
                return done.error();
            refreshed += done.value() ? 1 : 0;
        }
        if (!batch.commit())
            return Error::storage(batch.errorText());
    }
    return refreshed;
}

} // namespace tricholog::patientsummary
