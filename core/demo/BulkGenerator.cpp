#include "BulkGenerator.h"

#include "DemoNames.h"
#include "clinical/Progress.h"
#include "clinical/Scales.h"
#include "model/Keys.h"
#include "model/Measurement.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/PatientRepository.h"
#include "storage/SearchKey.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <cmath>
#include <sqlite3.h>

namespace tricholog {

namespace {

using namespace demonames;

template<typename T, std::size_t N>
const T &pick(QRandomGenerator &rng, const T (&items)[N])
{
    return items[rng.bounded(int(N))];
}

double uniform(QRandomGenerator &rng, double lo, double hi)
{
    return lo + rng.generateDouble() * (hi - lo);
}

// A prepared statement of the SQLite C API: bind by position, step, reset.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        m_ok = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) ==
               SQLITE_OK;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool ok() const { return m_ok; }
    void text(int i, const QByteArray &utf8)
    {
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    // Without a copy: the bytes must stay valid until the next run() (static or kept).
    void kept(int i, const QByteArray &utf8)
    {
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    }
    void integer(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    void real(int i, double v) { sqlite3_bind_double(m_stmt, i, v); }
    void null(int i) { sqlite3_bind_null(m_stmt, i); }
    bool run()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        if (rc != SQLITE_DONE) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
        return true;
    }
    QString error() const
    {
        return m_error.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(m_db)) : m_error;
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_ok = false;
    QString m_error;
};

bool exec(sqlite3 *db, const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    return false;
}

QByteArray iso(QDate d)
{
    return d.toString(Qt::ISODate).toUtf8();
}

// Visits per patient: a geometric spread around the mean, from 1 to max.
int visits(QRandomGenerator &rng, const BulkOptions &o)
{
    const double u = std::max(1e-12, rng.generateDouble());
    return std::clamp(1 + int(-std::log(u) * (o.meanVisits - 1)), 1, o.maxVisits);
}

} // namespace

BulkOptions clinicDataset()
{
    BulkOptions o;
    o.patients = 20000;
    o.methodsPerVisit = 1;
    return o;
}

BulkOptions chainDataset()
{
    BulkOptions o;
    o.patients = 100000;
    o.methodsPerVisit = 2;
    return o;
}

Result<BulkSummary> generateBulk(Database &db, const BulkOptions &options)
{
    if (PatientRepository(db).count(true) != 0) // or unreadable (-1)
        return Error::storage(QStringLiteral("The large dataset is only written into an empty "
                                             "database."));
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error::storage(QStringLiteral("The large dataset needs the SQLite engine."));
    sqlite3 *h = *static_cast<sqlite3 *const *>(handle.data());
    QString error;
    auto fail = [&](const QString &why) -> Error {
        QString ignored;
        exec(h, "ROLLBACK", &ignored);
        return Error::storage(why);
    };

    // The per-row triggers (audit trail, summary staleness) and the secondary indexes of the
    // loaded tables are set aside for the load and put back afterwards, exactly as they were:
    // an index built once over sorted keys costs less than a million single updates. Foreign
    // keys are checked once at the end, and the new file is written without a journal (a
    // failed generation leaves a file to delete, not one to trust).
    QList<QPair<QByteArray, QByteArray>> setAside; // name, SQL (triggers after indexes)
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral(
            "SELECT type, name, sql FROM sqlite_master WHERE ((type = 'trigger' AND (name LIKE "
            "'audit\\_%' ESCAPE '\\' OR name LIKE 'summary\\_%' ESCAPE '\\') AND name NOT LIKE "
            "'audit\\_log\\_%' ESCAPE '\\') OR (type = 'index' AND sql IS NOT NULL AND tbl_name IN "
            "('measurement', 'session', 'session_adjunct', 'diagnosis', 'patient_summary'))) ORDER "
            "BY "
            "type = 'trigger'"));
        while (q.next())
            setAside << qMakePair(q.value(1).toString().toUtf8(), q.value(2).toString().toUtf8());
        if (auto read = sql::finished(q); !read)
            return read.error();
    }
    {
        QSqlQuery q(db.connection());
        // CHECK constraints with a list (site IN (...)) build a small table for every row they
        // check; they are checked once for all rows at the end instead (quick_check).
        for (const char *pragma :
             {"PRAGMA foreign_keys = OFF", "PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF",
              "PRAGMA cache_size = -262144", "PRAGMA ignore_check_constraints = ON"})
            q.exec(QString::fromLatin1(pragma));
    }
    auto restorePragmas = [&] {
        QSqlQuery q(db.connection());
        for (const char *pragma :
             {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
              "PRAGMA cache_size = -2000", "PRAGMA ignore_check_constraints = OFF"})
            q.exec(QString::fromLatin1(pragma));
    };
    if (!exec(h, "BEGIN IMMEDIATE", &error))
        return Error::storage(error);
    for (const auto &t : std::as_const(setAside)) {
        const bool trigger = t.second.startsWith("CREATE TRIGGER");
        if (!exec(h, QByteArray((trigger ? "DROP TRIGGER " : "DROP INDEX ") + t.first).constData(),
                  &error))
            return fail(error);
    }
    if (!exec(h, "COMMIT", &error))
        return fail(error);
    QElapsedTimer indexTimer;
    auto restoreTriggers = [&]() -> bool {
        QString why;
        indexTimer.start();
        if (!exec(h, "BEGIN IMMEDIATE", &why))
            return false;
        for (const auto &t : std::as_const(setAside))
            if (!exec(h, t.second.constData(), &why)) {
                exec(h, "ROLLBACK", &why);
                return false;
            }
        const bool ok = exec(h, "COMMIT", &why);
        restorePragmas();
        return ok;
    };
    // A failure in the load: its batch is rolled back, what was set aside comes back.
    auto stopWith = [&](const QString &why) -> Error {
        QString ignored;
        exec(h, "ROLLBACK", &ignored);
        restoreTriggers();
        return Error::storage(why);
    };
    Statement patient(h, "INSERT INTO patient (id, mrn, family_name, given_name, date_of_birth, "
                         "sex, fitzpatrick, phone, email, treatment_consent_date, photo_consent, "
                         "photo_consent_date, data_consent, data_consent_date, archived, "
                         "created_at, updated_at, mrn_key, family_key, given_key) VALUES (?1, ?2, "
                         "?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?10, 1, ?10, ?12, ?13, ?13, ?14, "
                         "?15, ?16)");
    Statement diagnosis(h, "INSERT INTO diagnosis (patient_id, type, icd10, diagnosed_on, status, "
                           "scale, grade) VALUES (?, ?, ?, ?, 'active', ?, ?)");
    Statement session(h, "INSERT INTO session (id, patient_id, performed_at, session_number, "
                         "planned_sessions, operator, device, needle_mm, needle_count, passes, "
                         "endpoint, pain, post_care) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                         "?10, 'erythema', ?11, 'No washing for 24 h')");
    Statement zone(h, "INSERT INTO session_zone (session_id, zone) VALUES (?, ?)");
    Statement adjunct(h, "INSERT INTO session_adjunct (session_id, position, adjunct, dose) VALUES "
                         "(?, 0, 'minoxidil', '5%')");
    Statement summaryRow(h, "INSERT INTO patient_summary (patient_id, sessions, last_visit, "
                            "main_diagnosis_id, diagnosis_sort, density_change, stale) VALUES (?, "
                            "?, ?, ?, ?, ?, 0)");
    Statement measurement(
        h, "INSERT INTO measurement (patient_id, session_id, measured_on, site, method, "
           "instrument, magnification, density, mean_diameter_um, terminal_pct, vellus_pct, "
           "anagen_pct, telogen_pct) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
           "?13)");
    for (Statement *s :
         {&patient, &diagnosis, &session, &zone, &adjunct, &summaryRow, &measurement})
        if (!s->ok()) {
            restoreTriggers();
            return Error::storage(s->error());
        }

    QRandomGenerator rng(options.seed);
    const QDate today = options.today.isValid() ? options.today : db.clock().today();
    const QDate first = today.addYears(-options.years);
    const int span = int(first.daysTo(today));
    const QByteArray now = db.clock().now().toUTC().toString(Qt::ISODate).toUtf8();
    static const ScalpSite sites[] = {ScalpSite::Frontal,       ScalpSite::Midscalp,
                                      ScalpSite::Vertex,        ScalpSite::TemporalLeft,
                                      ScalpSite::TemporalRight, ScalpSite::Occipital,
                                      ScalpSite::TargetArea};
    QByteArray siteKeys[7];
    for (int i = 0; i < 7; ++i)
        siteKeys[i] = toKey(sites[i]).toUtf8();

    static const char *const devices[] = {"dermaroller", "pen", "pen", "rf_microneedling",
                                          "dermastamp"};
    BulkSummary summary;
    QElapsedTimer timer;
    timer.start();
    qint64 sessionId = 0;
    qint64 rowsInBatch = 0;
    if (!exec(h, "BEGIN IMMEDIATE", &error)) {
        restoreTriggers();
        return Error::storage(error);
    }
    for (int i = 0; i < options.patients; ++i) {
        const qint64 pid = i + 1;
        const bool male = rng.bounded(100) < 60;
        QString family = QString::fromUtf8(pick(rng, kFamilyNames));
        if (rng.bounded(10) < 3) // double-barrelled: "García-Núñez"
            family += QLatin1Char('-') + QString::fromUtf8(pick(rng, kFamilyNames));
        const QString given =
            QString::fromUtf8(male ? pick(rng, kMaleGiven) : pick(rng, kFemaleGiven));
        const QString mrn = QStringLiteral("C-%1").arg(pid, 6, 10, QLatin1Char('0'));
        const int n = visits(rng, options);
        const int interval = 14 + 7 * int(rng.bounded(3));
        const int startDay = int(rng.bounded(std::max(1, span - n * interval)));
        const QDate consent = first.addDays(startDay - 1);
        patient.integer(1, pid);
        patient.text(2, mrn.toUtf8());
        patient.text(3, family.toUtf8());
        patient.text(4, given.toUtf8());
        patient.text(5,
                     iso(today.addYears(-(19 + int(rng.bounded(50)))).addDays(-rng.bounded(365))));
        patient.text(6, male ? QByteArrayLiteral("male") : QByteArrayLiteral("female"));
        patient.integer(7, 1 + rng.bounded(6));
        patient.text(
            8,
            QStringLiteral("+1 555 01%1").arg(rng.bounded(100), 2, 10, QLatin1Char('0')).toUtf8());
        patient.text(9, QByteArrayLiteral(""));
        patient.text(10, iso(consent));
        patient.integer(11, rng.bounded(100) < 80 ? 1 : 0);
        patient.integer(12, rng.bounded(40) == 0 ? 1 : 0);
        patient.text(13, now);
        patient.text(14, searchKey(mrn).toUtf8());
        patient.text(15, searchKey(family).toUtf8());
        patient.text(16, searchKey(given).toUtf8());
        if (!patient.run())
            return stopWith(patient.error());
        ++summary.patients;

        const DiagnosisType type = male ? DiagnosisType::AgaMale : DiagnosisType::AgaFemale;
        diagnosis.integer(1, pid);
        diagnosis.text(2, toKey(type).toUtf8());
        diagnosis.text(3, defaultIcd10(type).toUtf8());
        diagnosis.text(4, iso(consent));
        diagnosis.text(5,
                       male ? QByteArrayLiteral("norwood_hamilton") : QByteArrayLiteral("ludwig"));
        static const char *const norwood[] = {"II", "III", "IIIv", "IV", "IVa", "V"};
        static const char *const ludwig[] = {"I", "II", "III"};
        const QByteArray grade(male ? pick(rng, norwood) : pick(rng, ludwig));
        diagnosis.text(6, grade);
        if (!diagnosis.run())
            return stopWith(diagnosis.error());
        const qint64 diagnosisId = sqlite3_last_insert_rowid(h);
        QList<Measurement> densities; // the patient's, for the list's headline figure
        int sessionsDone = 0;
        QDate lastVisit;
        ++summary.otherRows;

        const double occipital = uniform(rng, 170, 240);
        const double loss = uniform(rng, 0.45, 0.8);
        const double gain =
            rng.bounded(100) < 65 ? uniform(rng, 0.01, 0.05) : uniform(rng, -0.01, 0.01);
        const char *device = pick(rng, devices);
        for (int v = 0; v < n; ++v) {
            const QDate day = consent.addDays(1 + v * interval + int(rng.bounded(3)));
            if (day >= today)
                break;
            ++sessionId;
            session.integer(1, sessionId);
            session.integer(2, pid);
            session.text(3,
                         QDateTime(day, QTime(8 + int(rng.bounded(10)), 15 * int(rng.bounded(4))))
                             .toUTC()
                             .toString(Qt::ISODate)
                             .toUtf8());
            session.integer(4, v + 1);
            session.integer(5, n);
            session.text(6, rng.bounded(2) ? QByteArrayLiteral("Dr. A. Demo")
                                           : QByteArrayLiteral("Dr. B. Sample"));
            session.text(7, QByteArray(device));
            session.real(8, 0.5 + 0.25 * rng.bounded(7));
            session.integer(9, 36);
            session.integer(10, 2 + rng.bounded(3));
            session.integer(11, rng.bounded(8));
            if (!session.run())
                return stopWith(session.error());
            ++summary.sessions;
            ++sessionsDone;
            lastVisit = day;
            for (const char *z : {"vertex", "frontal"}) {
                zone.integer(1, sessionId);
                zone.text(2, QByteArray(z));
                if (!zone.run())
                    return stopWith(zone.error());
            }
            adjunct.integer(1, sessionId);
            if (!adjunct.run())
                return stopWith(adjunct.error());
            summary.otherRows += 3;

            const double months = consent.daysTo(day) / 30.4375;
            const QByteArray dayText = iso(day);
            const bool target = rng.bounded(4) == 0;
            for (int m = 0; m < options.methodsPerVisit; ++m) {
                const bool photo = m == 1;
                for (int si = 0; si < 6 + (target ? 1 : 0); ++si) {
                    const ScalpSite site = sites[si];
                    const bool treated = site != ScalpSite::Occipital;
                    const double base = treated ? occipital * (loss + 0.05 * si) : occipital;
                    const double density = std::clamp(
                        base * (1.0 + (treated ? gain : 0) * months + uniform(rng, -0.03, 0.03)),
                        10.0, 790.0);
                    const double diameter =
                        std::clamp(62.0 + (treated ? 8.0 * gain * months : 0) + uniform(rng, -2, 2),
                                   20.0, 110.0);
                    const double terminal =
                        std::clamp(100.0 * (diameter - 30.0) / 60.0, 20.0, 92.0);
                    measurement.integer(1, pid);
                    measurement.integer(2, sessionId);
                    measurement.kept(3, dayText);
                    measurement.kept(4, siteKeys[si]);
                    measurement.kept(5, photo ? QByteArrayLiteral("phototrichogram")
                                              : QByteArrayLiteral("trichoscopy"));
                    measurement.kept(6, photo ? QByteArrayLiteral("Phototrichogram camera")
                                              : QByteArrayLiteral("Videodermatoscope"));
                    measurement.integer(7, photo ? 40 : 20);
                    measurement.real(8, std::round(density * 10) / 10);
                    measurement.real(9, std::round(diameter * 10) / 10);
                    measurement.real(10, std::round(terminal * 10) / 10);
                    measurement.real(11, std::round((96.0 - terminal) * 10) / 10);
                    if (photo) {
                        const double anagen = std::clamp(80.0 + uniform(rng, -6, 6), 40.0, 95.0);
                        measurement.real(12, std::round(anagen * 10) / 10);
                        measurement.real(13, std::round((100.0 - anagen) * 10) / 10);
                    } else {
                        measurement.null(12);
                        measurement.null(13);
                    }
                    if (!measurement.run())
                        return stopWith(measurement.error());
                    Measurement row;
                    row.site = site;
                    row.measuredOn = day;
                    row.density = HairDensity(std::round(density * 10) / 10);
                    densities << row;
                    ++summary.measurements;
                    ++rowsInBatch;
                }
            }
        }
        // The list's figures, as patientsummary::refreshStale computes them.
        summaryRow.integer(1, pid);
        summaryRow.integer(2, sessionsDone);
        if (lastVisit.isValid())
            summaryRow.text(3, iso(lastVisit));
        else
            summaryRow.null(3);
        summaryRow.integer(4, diagnosisId);
        summaryRow.text(5, toKey(type).toUtf8() + ' ' + grade);
        if (const auto change = headlineDensityChange(densities))
            summaryRow.real(6, *change);
        else
            summaryRow.null(6);
        if (!summaryRow.run())
            return stopWith(summaryRow.error());
        // One transaction per batch: a stop loses only the batch.
        if (rowsInBatch >= 500000 || i + 1 == options.patients) {
            rowsInBatch = 0;
            if (!exec(h, "COMMIT", &error))
                return stopWith(error);
            if (options.progress && !options.progress(summary.measurements)) {
                restoreTriggers();
                return Error::storage(QStringLiteral("stopped"));
            }
            if (i + 1 < options.patients && !exec(h, "BEGIN IMMEDIATE", &error))
                return stopWith(error);
        }
    }
    summary.insertSeconds = timer.nsecsElapsed() / 1e9;
    if (!restoreTriggers())
        return Error::storage(QStringLiteral("The indexes and triggers could not be restored."));
    summary.indexSeconds = indexTimer.nsecsElapsed() / 1e9;

    timer.restart();
    {
        QSqlQuery q(db.connection());
        // Every CHECK and NOT NULL constraint holds, for every row...
        if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
            return Error::storage(Database::describe(q));
        if (q.value(0).toString() != QLatin1String("ok"))
            return Error::storage(QStringLiteral("The generated rows break a constraint (%1).")
                                      .arg(q.value(0).toString()));
        q.finish();
        // ...and every reference (checked once for the whole load).
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return Error::storage(Database::describe(q));
        if (q.next())
            return Error::storage(QStringLiteral("The generated rows break a foreign key (%1).")
                                      .arg(q.value(0).toString()));
        if (auto read = sql::finished(q); !read)
            return read.error();
        q.finish();
        q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        // The trail records the load itself: what was written, by whom, when.
        q.prepare(auditInsertStatement(
            QStringLiteral("'bulk_load'"), QStringLiteral("patient"), QStringLiteral("NULL"),
            QStringLiteral("json_object('patients', %1, 'sessions', %2, 'measurements', %3, "
                           "'seed', %4)")
                .arg(summary.patients)
                .arg(summary.sessions)
                .arg(summary.measurements)
                .arg(options.seed),
            QStringLiteral("tricholog_user()")));
        if (!q.exec())
            return Error::storage(Database::describe(q));
        if (!q.exec(QStringLiteral("COMMIT")))
            return Error::storage(Database::describe(q));
        q.exec(QStringLiteral("ANALYZE"));
    }
    summary.summarySeconds = timer.nsecsElapsed() / 1e9;
    return summary;
}

} // namespace tricholog
