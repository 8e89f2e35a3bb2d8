#include "core/demo/BulkGenerator.h"

#include "core/clinical/Progress.h"
#include "core/clinical/Scales.h"
#include "core/demo/DemoSupport.h"
#include "core/model/Keys.h"
#include "core/model/Measurement.h"
#include "core/model/MeasurementFields.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/PatientSummary.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/SearchKey.h"
#include "core/storage/Transaction.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <cmath>
#include <optional>
#include <sqlite3.h>

namespace tricholog {

namespace {

using namespace demo;

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
    // A measurement field's value as the repositories bind it (sql::fromNumber, without its
    // QVariant: a million rows): NULL, a whole number as an integer, else a real.
    void number(int i, std::optional<double> v, bool wholeNumber)
    {
        if (!v)
            null(i);
        else if (wholeNumber)
            integer(i, qRound64(*v));
        else
            real(i, *v);
    }
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

const ScalpSite kSites[] = {ScalpSite::Frontal,      ScalpSite::Midscalp,      ScalpSite::Vertex,
                            ScalpSite::TemporalLeft, ScalpSite::TemporalRight, ScalpSite::Occipital,
                            ScalpSite::TargetArea};
const char *const kDevices[] = {"dermaroller", "pen", "pen", "rf_microneedling", "dermastamp"};
const char *const kNorwood[] = {"II", "III", "IIIv", "IV", "IVa", "V"};
const char *const kLudwig[] = {"I", "II", "III"};

// A measurement row: these columns, then one per measurement field, in the table's order (a
// field the load does not compute is NULL).
constexpr int kMeasurementColumns = 8;

// The target area's name: a target area is a marked area of known size, and the rules (and so
// the import of an export) want its name or its area; the demo's name.
const QByteArray kTargetAreaLabel = QByteArrayLiteral("Tattoo-marked 1 cm² (vertex)");
const QByteArray kNoLabel = QByteArrayLiteral("");

QByteArray measurementInsert()
{
    QByteArray columns = "patient_id, session_id, measured_on, site, method, instrument, "
                         "magnification, site_label";
    QByteArray values = "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8";
    int i = kMeasurementColumns;
    for (const auto &field : measurementFields()) {
        columns += ", " + QByteArray(field.column);
        values += ", ?" + QByteArray::number(++i);
    }
    return "INSERT INTO measurement (" + columns + ") VALUES (" + values + ")";
}

// The rows of the load, prepared once.
struct Statements
{
    explicit Statements(sqlite3 *h)
        : patient(h, "INSERT INTO patient (id, mrn, family_name, given_name, date_of_birth, "
                     "sex, fitzpatrick, phone, email, treatment_consent_date, photo_consent, "
                     "photo_consent_date, data_consent, data_consent_date, archived, "
                     "created_at, updated_at, mrn_key, family_key, given_key) VALUES (?1, ?2, "
                     "?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?10, 1, ?10, ?12, ?13, ?13, ?14, "
                     "?15, ?16)")
        , diagnosis(h, "INSERT INTO diagnosis (patient_id, type, icd10, diagnosed_on, status, "
                       "scale, grade) VALUES (?, ?, ?, ?, 'active', ?, ?)")
        , session(h, "INSERT INTO session (id, patient_id, performed_at, session_number, "
                     "planned_sessions, operator, device, needle_mm, needle_count, passes, "
                     "endpoint, pain, post_care) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                     "?10, 'erythema', ?11, 'No washing for 24 h')")
        , zone(h, "INSERT INTO session_zone (session_id, zone) VALUES (?, ?)")
        , adjunct(h, "INSERT INTO session_adjunct (session_id, position, adjunct, dose) VALUES "
                     "(?, 0, 'minoxidil', '5%')")
        , summaryRow(h, "INSERT INTO patient_summary (patient_id, sessions, last_visit, "
                        "main_diagnosis_id, diagnosis_sort, density_change, session_days, "
                        "measurement_days, days_zone, stale) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        "0)")
        , measurement(h, measurementInsert().constData())
    {}
    // The first that could not be prepared, if any.
    const Statement *failed() const
    {
        for (const Statement *s :
             {&patient, &diagnosis, &session, &zone, &adjunct, &summaryRow, &measurement})
            if (!s->ok())
                return s;
        return nullptr;
    }

    Statement patient, diagnosis, session, zone, adjunct, summaryRow, measurement;
};

// One patient as the load makes them: the draws the rows share, and the list's figures.
struct PatientDraws
{
    qint64 id = 0;
    bool male = false;
    int visits = 0;
    int interval = 0;
    QDate consent;
    DiagnosisType type = DiagnosisType::AgaMale;
    QByteArray grade;
    qint64 diagnosisId = 0;
    // Density model: occipital reference, loss on treated sites, monthly gain.
    double occipital = 0;
    double loss = 0;
    double gain = 0;
    const char *device = nullptr;
    QList<Measurement> densities; // the patient's, for the list's headline figure
    int sessionsDone = 0;
    QDate lastVisit;
    QList<QDate> sessionDays, measurementDays; // the recall list's, in order
};

// One generation, step by step (generateBulk).
class BulkLoad
{
public:
    BulkLoad(Database &db, sqlite3 *h, const BulkOptions &options)
        : m_db(db)
        , m_h(h)
        , m_options(options)
        , m_rng(options.seed)
    {}

    Result<void> setAside();
    Result<void> prepare();
    Result<void> load();
    Result<void> restore();
    Result<void> checkAndRecord();
    const BulkSummary &summary() const { return m_summary; }

private:
    Result<void> findSetAside();
    void restorePragmas();
    bool restoreTriggers();
    Error fail(const QString &why);
    Error stopWith(const QString &why);
    Result<void> writePatient(PatientDraws &p);
    Result<void> writeDiagnosis(PatientDraws &p);
    Result<void> writeVisits(PatientDraws &p);
    Result<void> writeMeasurements(PatientDraws &p, QDate day, double months, bool target);
    Result<void> writeSummaryRow(const PatientDraws &p);
    Result<void> endBatch(int i);

    Database &m_db;
    sqlite3 *m_h;
    const BulkOptions &m_options;
    QRandomGenerator m_rng;
    QString m_error;
    QList<QPair<QByteArray, QByteArray>> m_setAside; // name, SQL (triggers after indexes)
    std::optional<Statements> m_rows;
    QDate m_today, m_first;
    int m_span = 0;
    QByteArray m_now;
    QByteArray m_siteKeys[7];
    QString m_targetLabel;                                       // kTargetAreaLabel
    QByteArray m_daysZone = patientsummary::daysZone().toUtf8(); // the summaries' local dates
    QByteArray m_methodKeys[2], m_instruments[2];                // trichoscopy, phototrichogram
    BulkSummary m_summary;
    QElapsedTimer m_timer, m_indexTimer;
    qint64 m_sessionId = 0;
    qint64 m_rowsInBatch = 0;
};

Error BulkLoad::fail(const QString &why)
{
    QString ignored;
    exec(m_h, "ROLLBACK", &ignored);
    return Error::storage(why);
}

// The per-row triggers (audit trail, summary staleness) and the secondary indexes of the
// loaded tables are set aside for the load and put back afterwards, exactly as they were:
// an index built once over sorted keys costs less than a million single updates. Foreign
// keys are checked once at the end, and the new file is written without a journal (a
// failed generation leaves a file to delete, not one to trust).
Result<void> BulkLoad::setAside()
{
    if (auto found = findSetAside(); !found)
        return found;
    {
        QSqlQuery q(m_db.connection());
        // CHECK constraints with a list (site IN (...)) build a small table for every row they
        // check; they are checked once for all rows at the end instead (quick_check).
        for (const char *pragma :
             {"PRAGMA foreign_keys = OFF", "PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF",
              "PRAGMA cache_size = -262144", "PRAGMA ignore_check_constraints = ON"})
            q.exec(QString::fromLatin1(pragma));
    }
    if (!exec(m_h, "BEGIN IMMEDIATE", &m_error))
        return Error::storage(m_error);
    for (const auto &t : std::as_const(m_setAside)) {
        const bool trigger = t.second.startsWith("CREATE TRIGGER");
        if (!exec(m_h,
                  QByteArray((trigger ? "DROP TRIGGER " : "DROP INDEX ") + t.first).constData(),
                  &m_error))
            return fail(m_error);
    }
    if (!exec(m_h, "COMMIT", &m_error))
        return fail(m_error);
    return {};
}

Result<void> BulkLoad::findSetAside()
{
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral(
        "SELECT type, name, sql FROM sqlite_master WHERE ((type = 'trigger' AND (name LIKE "
        "'audit\\_%' ESCAPE '\\' OR name LIKE 'summary\\_%' ESCAPE '\\') AND name NOT LIKE "
        "'audit\\_log\\_%' ESCAPE '\\') OR (type = 'index' AND sql IS NOT NULL AND tbl_name IN "
        "('measurement', 'session', 'session_adjunct', 'diagnosis', 'patient_summary'))) ORDER "
        "BY "
        "type = 'trigger'"));
    while (q.next())
        m_setAside << qMakePair(q.value(1).toString().toUtf8(), q.value(2).toString().toUtf8());
    return sql::finished(q);
}

void BulkLoad::restorePragmas()
{
    QSqlQuery q(m_db.connection());
    for (const char *pragma :
         {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
          "PRAGMA cache_size = -2000", "PRAGMA ignore_check_constraints = OFF"})
        q.exec(QString::fromLatin1(pragma));
}

bool BulkLoad::restoreTriggers()
{
    QString why;
    m_indexTimer.start();
    if (!exec(m_h, "BEGIN IMMEDIATE", &why))
        return false;
    for (const auto &t : std::as_const(m_setAside))
        if (!exec(m_h, t.second.constData(), &why)) {
            exec(m_h, "ROLLBACK", &why);
            return false;
        }
    const bool ok = exec(m_h, "COMMIT", &why);
    restorePragmas();
    return ok;
}

// A failure in the load: its batch is rolled back, what was set aside comes back.
Error BulkLoad::stopWith(const QString &why)
{
    QString ignored;
    exec(m_h, "ROLLBACK", &ignored);
    restoreTriggers();
    return Error::storage(why);
}

// The statements, the day and the first batch's transaction.
Result<void> BulkLoad::prepare()
{
    m_rows.emplace(m_h);
    if (const Statement *s = m_rows->failed()) {
        restoreTriggers();
        return Error::storage(s->error());
    }
    m_today = m_options.today.isValid() ? m_options.today : m_db.clock().today();
    m_first = m_today.addYears(-m_options.years);
    m_span = int(m_first.daysTo(m_today));
    m_now = m_db.clock().now().toUTC().toString(Qt::ISODate).toUtf8();
    for (int i = 0; i < 7; ++i)
        m_siteKeys[i] = toKey(kSites[i]).toUtf8();
    m_targetLabel = QString::fromUtf8(kTargetAreaLabel);
    for (MeasurementMethod method :
         {MeasurementMethod::Trichoscopy, MeasurementMethod::Phototrichogram}) {
        const int m = method == MeasurementMethod::Phototrichogram ? 1 : 0;
        m_methodKeys[m] = toKey(method).toUtf8();
        m_instruments[m] = instrumentFor(method).toUtf8();
    }
    m_timer.start();
    if (!exec(m_h, "BEGIN IMMEDIATE", &m_error)) {
        restoreTriggers();
        return Error::storage(m_error);
    }
    return {};
}

Result<void> BulkLoad::load()
{
    for (int i = 0; i < m_options.patients; ++i) {
        PatientDraws p;
        p.id = i + 1;
        if (auto written = writePatient(p); !written)
            return written;
        if (auto written = writeDiagnosis(p); !written)
            return written;
        if (auto written = writeVisits(p); !written)
            return written;
        if (auto written = writeSummaryRow(p); !written)
            return written;
        if (auto ended = endBatch(i); !ended)
            return ended;
    }
    m_summary.insertSeconds = m_timer.nsecsElapsed() / 1e9;
    return {};
}

Result<void> BulkLoad::writePatient(PatientDraws &p)
{
    p.male = m_rng.bounded(100) < 60;
    QString family = familyName(m_rng);
    if (m_rng.bounded(10) < 3) // double-barrelled: "García-Núñez"
        family += QLatin1Char('-') + familyName(m_rng);
    const QString given = givenName(m_rng, p.male);
    const QString mrn = QStringLiteral("C-%1").arg(p.id, 6, 10, QLatin1Char('0'));
    p.visits = visits(m_rng, m_options);
    p.interval = 14 + 7 * int(m_rng.bounded(3));
    const int startDay = int(m_rng.bounded(std::max(1, m_span - p.visits * p.interval)));
    p.consent = m_first.addDays(startDay - 1);
    Statement &patient = m_rows->patient;
    patient.integer(1, p.id);
    patient.text(2, mrn.toUtf8());
    patient.text(3, family.toUtf8());
    patient.text(4, given.toUtf8());
    patient.text(5, iso(dateOfBirth(m_rng, m_today, 50)));
    patient.text(6, p.male ? QByteArrayLiteral("male") : QByteArrayLiteral("female"));
    patient.integer(7, fitzpatrickType(m_rng));
    patient.text(8, phoneNumber(m_rng).toUtf8());
    patient.text(9, QByteArrayLiteral(""));
    patient.text(10, iso(p.consent));
    patient.integer(11, m_rng.bounded(100) < 80 ? 1 : 0);
    patient.integer(12, m_rng.bounded(40) == 0 ? 1 : 0);
    patient.text(13, m_now);
    patient.text(14, searchKey(mrn).toUtf8());
    patient.text(15, searchKey(family).toUtf8());
    patient.text(16, searchKey(given).toUtf8());
    if (!patient.run())
        return stopWith(patient.error());
    ++m_summary.patients;
    return {};
}

Result<void> BulkLoad::writeDiagnosis(PatientDraws &p)
{
    p.type = p.male ? DiagnosisType::AgaMale : DiagnosisType::AgaFemale;
    Statement &diagnosis = m_rows->diagnosis;
    diagnosis.integer(1, p.id);
    diagnosis.text(2, toKey(p.type).toUtf8());
    diagnosis.text(3, defaultIcd10(p.type).toUtf8());
    diagnosis.text(4, iso(p.consent));
    diagnosis.text(5, p.male ? QByteArrayLiteral("norwood_hamilton") : QByteArrayLiteral("ludwig"));
    p.grade = QByteArray(p.male ? pick(m_rng, kNorwood) : pick(m_rng, kLudwig));
    diagnosis.text(6, p.grade);
    if (!diagnosis.run())
        return stopWith(diagnosis.error());
    p.diagnosisId = sqlite3_last_insert_rowid(m_h);
    ++m_summary.otherRows;
    return {};
}

Result<void> BulkLoad::writeVisits(PatientDraws &p)
{
    p.occipital = uniform(m_rng, 170, 240);
    p.loss = uniform(m_rng, 0.45, 0.8);
    p.gain = m_rng.bounded(100) < 65 ? uniform(m_rng, 0.01, 0.05) : uniform(m_rng, -0.01, 0.01);
    p.device = pick(m_rng, kDevices);
    Statements &rows = *m_rows;
    for (int v = 0; v < p.visits; ++v) {
        const QDate day = p.consent.addDays(1 + v * p.interval + int(m_rng.bounded(3)));
        if (day >= m_today)
            break;
        ++m_sessionId;
        rows.session.integer(1, m_sessionId);
        rows.session.integer(2, p.id);
        rows.session.text(3,
                          QDateTime(day, visitTime(m_rng)).toUTC().toString(Qt::ISODate).toUtf8());
        rows.session.integer(4, v + 1);
        rows.session.integer(5, p.visits);
        rows.session.text(6, operatorName(m_rng).toUtf8());
        rows.session.text(7, QByteArray(p.device));
        rows.session.real(8, 0.5 + 0.25 * m_rng.bounded(7));
        rows.session.integer(9, 36);
        rows.session.integer(10, 2 + m_rng.bounded(3));
        rows.session.integer(11, m_rng.bounded(8));
        if (!rows.session.run())
            return stopWith(rows.session.error());
        ++m_summary.sessions;
        ++p.sessionsDone;
        p.lastVisit = day;
        p.sessionDays << day;
        for (const char *z : {"vertex", "frontal"}) {
            rows.zone.integer(1, m_sessionId);
            rows.zone.text(2, QByteArray(z));
            if (!rows.zone.run())
                return stopWith(rows.zone.error());
        }
        rows.adjunct.integer(1, m_sessionId);
        if (!rows.adjunct.run())
            return stopWith(rows.adjunct.error());
        m_summary.otherRows += 3;

        const bool target = m_rng.bounded(4) == 0;
        if (auto written = writeMeasurements(p, day, monthsBetween(p.consent, day), target);
            !written)
            return written;
    }
    return {};
}

// Six sites (seven with the named target area) per method at each visit.
Result<void> BulkLoad::writeMeasurements(PatientDraws &p, QDate day, double months, bool target)
{
    const QByteArray dayText = iso(day);
    Statement &measurement = m_rows->measurement;
    if (m_options.methodsPerVisit > 0 &&
        (p.measurementDays.isEmpty() || p.measurementDays.last() != day))
        p.measurementDays << day;
    for (int m = 0; m < m_options.methodsPerVisit; ++m) {
        const bool photo = m == 1;
        const MeasurementMethod method =
            photo ? MeasurementMethod::Phototrichogram : MeasurementMethod::Trichoscopy;
        for (int si = 0; si < 6 + (target ? 1 : 0); ++si) {
            const ScalpSite site = kSites[si];
            const bool treated = site != ScalpSite::Occipital;
            const double base = treated ? p.occipital * (p.loss + 0.05 * si) : p.occipital;
            const double density = plausibleDensity(
                base * (1.0 + (treated ? p.gain : 0) * months + uniform(m_rng, -0.03, 0.03)));
            const double diameter = plausibleDiameter(62.0 + (treated ? 8.0 * p.gain * months : 0) +
                                                      uniform(m_rng, -2, 2));
            const double terminal = terminalPercent(diameter, 0.0);
            Measurement row;
            row.site = site;
            if (site == ScalpSite::TargetArea)
                row.siteLabel = m_targetLabel;
            row.measuredOn = day;
            row.density = HairDensity(density);
            row.meanDiameter = ShaftDiameter(diameter);
            row.terminal = Percentage(terminal);
            row.vellus = Percentage(96.0 - terminal);
            if (photo) {
                const double anagen = plausibleAnagen(80.0 + uniform(m_rng, -6, 6));
                row.anagen = Percentage(anagen);
                row.telogen = Percentage(100.0 - anagen);
            }
            fitToFields(row);
            measurement.integer(1, p.id);
            measurement.integer(2, m_sessionId);
            measurement.kept(3, dayText);
            measurement.kept(4, m_siteKeys[si]);
            measurement.kept(5, m_methodKeys[m]);
            measurement.kept(6, m_instruments[m]);
            measurement.integer(7, magnificationFor(method));
            measurement.kept(8, site == ScalpSite::TargetArea ? kTargetAreaLabel : kNoLabel);
            int column = kMeasurementColumns;
            for (const auto &field : measurementFields())
                measurement.number(++column, field.get(row), field.isWholeNumber());
            if (!measurement.run())
                return stopWith(measurement.error());
            p.densities << row;
            ++m_summary.measurements;
            ++m_rowsInBatch;
        }
    }
    return {};
}

// The list's figures, as patientsummary::refreshStale computes them.
Result<void> BulkLoad::writeSummaryRow(const PatientDraws &p)
{
    Statement &summaryRow = m_rows->summaryRow;
    summaryRow.integer(1, p.id);
    summaryRow.integer(2, p.sessionsDone);
    if (p.lastVisit.isValid())
        summaryRow.text(3, iso(p.lastVisit));
    else
        summaryRow.null(3);
    summaryRow.integer(4, p.diagnosisId);
    summaryRow.text(5, toKey(p.type).toUtf8() + ' ' + p.grade);
    if (const auto change = headlineDensityChange(p.densities))
        summaryRow.real(6, *change);
    else
        summaryRow.null(6);
    summaryRow.text(7, patientsummary::joinDays(p.sessionDays).toUtf8());
    summaryRow.text(8, patientsummary::joinDays(p.measurementDays).toUtf8());
    summaryRow.kept(9, m_daysZone);
    if (!summaryRow.run())
        return stopWith(summaryRow.error());
    return {};
}

// One transaction per batch: a stop loses only the batch.
Result<void> BulkLoad::endBatch(int i)
{
    if (m_rowsInBatch < 500000 && i + 1 != m_options.patients)
        return {};
    m_rowsInBatch = 0;
    if (!exec(m_h, "COMMIT", &m_error))
        return stopWith(m_error);
    if (m_options.progress && !m_options.progress(m_summary.measurements)) {
        restoreTriggers();
        return Error::storage(QStringLiteral("stopped"));
    }
    if (i + 1 < m_options.patients && !exec(m_h, "BEGIN IMMEDIATE", &m_error))
        return stopWith(m_error);
    return {};
}

Result<void> BulkLoad::restore()
{
    if (!restoreTriggers())
        return Error::storage(QStringLiteral("The indexes and triggers could not be restored."));
    m_summary.indexSeconds = m_indexTimer.nsecsElapsed() / 1e9;
    return {};
}

Result<void> BulkLoad::checkAndRecord()
{
    m_timer.restart();
    QSqlQuery q(m_db.connection());
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
            .arg(m_summary.patients)
            .arg(m_summary.sessions)
            .arg(m_summary.measurements)
            .arg(m_options.seed),
        QStringLiteral("tricholog_user()")));
    if (!q.exec())
        return Error::storage(Database::describe(q));
    if (!q.exec(QStringLiteral("COMMIT")))
        return Error::storage(Database::describe(q));
    q.exec(QStringLiteral("ANALYZE"));
    m_summary.summarySeconds = m_timer.nsecsElapsed() / 1e9;
    return {};
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
    BulkLoad load(db, *static_cast<sqlite3 *const *>(handle.data()), options);
    if (auto done = load.setAside(); !done)
        return done.error();
    if (auto done = load.prepare(); !done)
        return done.error();
    if (auto done = load.load(); !done)
        return done.error();
    if (auto done = load.restore(); !done)
        return done.error();
    if (auto done = load.checkAndRecord(); !done)
        return done.error();
    BulkSummary summary = load.summary();
    if (options.plans) {
        auto plans = addBulkPlans(db);
        if (!plans)
            return plans.error();
        summary.plans = plans.value();
    }
    return summary;
}

Result<int> addBulkPlans(Database &db)
{
    Transaction tx(db);
    PlanRepository plans(db);
    ProtocolTemplate roller{0, plan::seedProtocols().first(), 0};
    if (auto saved = plans.saveTemplate(roller); !saved)
        return saved.error();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT patient_id, min(performed_at) FROM session GROUP BY "
                               "patient_id ORDER BY patient_id")))
        return Error::storage(Database::describe(q));
    QList<std::pair<qint64, QDate>> firsts;
    while (q.next())
        firsts.append({q.value(0).toLongLong(),
                       QDate::fromString(q.value(1).toString().left(10), Qt::ISODate)});
    if (auto read = sql::finished(q); !read)
        return read.error();
    q.finish();
    for (const auto &[patient, start] : std::as_const(firsts)) {
        TreatmentPlan p{0, patient, roller.id, roller.protocol, start, {}, 0};
        if (auto saved = plans.savePlan(p); !saved)
            return saved.error();
    }
    if (!tx.commit())
        return Error::storage(tx.errorText());
    return int(firsts.size());
}

} // namespace tricholog
