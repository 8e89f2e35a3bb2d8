// The patient list at scale: pages that add up to the whole list in every order, both search
// plans (few and many matches) giving what a plain filter gives, the per-patient summary kept
// current by the database whoever writes, and the large-dataset generator.
#include "core/clinical/Progress.h"
#include "core/clinical/Scales.h"
#include "core/demo/BulkGenerator.h"
#include "core/model/Keys.h"
#include "core/security/AuditLog.h"
#include "core/storage/DiagnosisRepository.h"
#include "core/storage/MeasurementRepository.h"
#include "core/storage/PatientListQuery.h"
#include "core/storage/PatientRecordLoader.h"
#include "core/storage/PatientSummary.h"
#include "core/storage/SearchKey.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/Transaction.h"
#include "tests/TestSupport.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace tricholog;

namespace {

QList<qint64> ids(const QList<PatientListRow> &rows)
{
    QList<qint64> out;
    for (const auto &r : rows)
        out << r.id;
    return out;
}

QList<PatientListRow> allPages(Database &db, const PatientListRequest &request, int pageSize,
                               int manyFrom = PatientListQuery::kCountCap)
{
    PatientListQuery query(db, request);
    query.setManyMatchesFrom(manyFrom);
    QList<PatientListRow> rows;
    for (int offset = 0;; offset += pageSize) {
        const auto page = query.page(offset, pageSize).value();
        rows << page;
        if (page.size() < pageSize)
            return rows;
    }
}

int scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

// What the many-matches database holds of each patient, and the list's order over it.
struct Expected
{
    qint64 id = 0;
    QString mrn, name, mrnKey, familyKey, givenKey;
    QDate dateOfBirth, lastVisit;
    bool archived = false;
    int sessions = 0;
    QString diagnosisSort; // empty: none
    std::optional<double> densityChange;
};

// true when `a` comes before `b` in the list (PatientListQuery's ORDER BY, written out).
bool before(const Expected &a, const Expected &b, PatientSort sort, bool desc)
{
    auto ordered = [&](const auto &x, const auto &y) {
        return desc ? y < x : x < y;
    };
    // Unknown values last in either direction, then the value, then the id ascending.
    auto nullsLast = [&](bool aKnown, bool bKnown, const auto &x, const auto &y) {
        if (aKnown != bKnown)
            return aKnown;
        if (aKnown && x != y)
            return ordered(x, y);
        return a.id < b.id;
    };
    switch (sort) {
    case PatientSort::Mrn:
        return ordered(std::tie(a.mrnKey, a.id), std::tie(b.mrnKey, b.id));
    case PatientSort::Name:
        return ordered(std::tie(a.familyKey, a.givenKey, a.mrnKey),
                       std::tie(b.familyKey, b.givenKey, b.mrnKey));
    case PatientSort::Age: // ascending age: the latest birth first
        return nullsLast(a.dateOfBirth.isValid(), b.dateOfBirth.isValid(), b.dateOfBirth,
                         a.dateOfBirth);
    case PatientSort::Diagnosis:
        return nullsLast(!a.diagnosisSort.isEmpty(), !b.diagnosisSort.isEmpty(), a.diagnosisSort,
                         b.diagnosisSort);
    case PatientSort::Sessions:
        return ordered(std::tie(a.sessions, a.id), std::tie(b.sessions, b.id));
    case PatientSort::LastVisit:
        return nullsLast(a.lastVisit.isValid(), b.lastVisit.isValid(), a.lastVisit, b.lastVisit);
    case PatientSort::DensityChange:
        return nullsLast(a.densityChange.has_value(), b.densityChange.has_value(),
                         a.densityChange.value_or(0), b.densityChange.value_or(0));
    }
    return a.id < b.id;
}

} // namespace

class TestPatientList : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    // A database of the engine under test (a server database in the _postgresql run) where
    // searches match more than 1,000 patients, and what it holds.
    std::unique_ptr<test::TempDatabase> m_many;
    QList<Expected> m_expected;

    void makeManyMatches()
    {
        m_many = std::make_unique<test::TempDatabase>();
        Database &db = **m_many;
        // Every MRN starts "C-0"; every family name but Schulz starts with M; no given name
        // does. A few patients have sessions, measurements (a density change) or a diagnosis.
        const QStringList families{QStringLiteral("Müller"),  QStringLiteral("Meyer"),
                                   QStringLiteral("Martin"),  QStringLiteral("Moreau"),
                                   QStringLiteral("Mäkinen"), QStringLiteral("McBride"),
                                   QStringLiteral("Mendes"),  QStringLiteral("Moretti")};
        const QStringList givens{QStringLiteral("Jonas"), QStringLiteral("Lena"),
                                 QStringLiteral("Anna"),  QStringLiteral("Paul"),
                                 QStringLiteral("Sofia"), QStringLiteral("Ömer"),
                                 QStringLiteral("Zoë")};
        const QStringList grades = scaleGrades(Scale::NorwoodHamilton);
        Transaction t(db);
        QVERIFY(t.isActive());
        for (int i = 0; i < 1100; ++i) {
            Patient p =
                test::samplePatient(QStringLiteral("C-%1").arg(i + 1, 5, 10, QLatin1Char('0')));
            p.familyName = i % 20 == 0 ? QStringLiteral("Schulz") : families.at(i % 8);
            p.givenName = givens.at(i % 7);
            p.dateOfBirth = i % 13 == 0 ? QDate() : QDate(1950, 1, 1).addDays(i * 37 % 18000);
            Expected e;
            e.id = test::addPatient(db, p);
            e.mrn = p.mrn;
            e.name = p.familyName + QStringLiteral(", ") + p.givenName;
            e.mrnKey = searchKey(p.mrn);
            e.familyKey = searchKey(p.familyName);
            e.givenKey = searchKey(p.givenName);
            e.dateOfBirth = p.dateOfBirth;
            if (i % 50 == 7) {
                QVERIFY(PatientRepository(db).setArchived(e.id, true).ok());
                e.archived = true;
            }
            if (i % 40 == 3) {
                e.sessions = 1 + (i / 40) % 3;
                for (int k = 0; k < e.sessions; ++k) {
                    MicroneedlingSession s;
                    s.patientId = e.id;
                    s.performedAt =
                        QDateTime(QDate(2025, 1 + (i / 40) % 12, 1 + 9 * k), QTime(9, 0));
                    s.device = Device::Pen;
                    s.needleLength = NeedleLength(1.0);
                    QVERIFY(SessionRepository(db).add(s).ok());
                    e.lastVisit = std::max(e.lastVisit, s.performedAt.date());
                }
            }
            if (i % 80 == 3) {
                QList<Measurement> visits;
                for (const auto &[day, density] :
                     {std::pair{QDate(2025, 3, 4), 150.0},
                      std::pair{QDate(2025, 3 + (i / 80) % 9, 20), 120.0 + i % 97}}) {
                    Measurement m;
                    m.patientId = e.id;
                    m.measuredOn = day;
                    m.site = ScalpSite::Vertex;
                    m.density = HairDensity(density);
                    visits << m;
                    e.lastVisit = std::max(e.lastVisit, day);
                }
                QVERIFY(MeasurementRepository(db).addAll(visits).ok());
                e.densityChange = headlineDensityChange(visits);
                QVERIFY(e.densityChange);
            }
            if (i % 30 == 1) {
                Diagnosis d;
                d.patientId = e.id;
                d.type = DiagnosisType::AgaMale;
                d.icd10 = QStringLiteral("L64.9");
                d.diagnosedOn = QDate(2026, 1, 5);
                d.scale = Scale::NorwoodHamilton;
                d.grade = grades.at((i / 30) % grades.size());
                QVERIFY(DiagnosisRepository(db).add(d).ok());
                e.diagnosisSort = toKey(d.type) + QLatin1Char(' ') + d.grade;
            }
            m_expected << e;
        }
        QVERIFY(t.commit());
    }

private slots:
    void initTestCase()
    {
        // 1,500 generated patients: enough for the search's "many" plan (over 1,000 matches).
        auto db = Database::open(m_dir.filePath(QStringLiteral("list.sqlite")),
                                 std::make_shared<FixedClock>(test::fixedNow()));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        BulkOptions options;
        options.patients = 1500;
        options.meanVisits = 4;
        options.maxVisits = 12;
        const auto made = generateBulk(*m_db, options);
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
        QCOMPARE(made.value().patients, 1500);
        makeManyMatches();
    }

    void cleanupTestCase() { m_many.reset(); }

    void pagesMakeTheWholeListInEveryOrder_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        for (int s = 0; s <= int(PatientSort::DensityChange); ++s)
            for (bool d : {false, true})
                QTest::addRow("%d%s", s, d ? " desc" : "") << s << d;
    }

    void pagesMakeTheWholeListInEveryOrder()
    {
        QFETCH(int, sort);
        QFETCH(bool, descending);
        PatientListRequest request;
        request.sort = PatientSort(sort);
        request.descending = descending;
        request.includeArchived = true;
        const auto whole = PatientListQuery(*m_db, request).page(0, 100000).value();
        QCOMPARE(whole.size(), 1500);
        const auto paged = allPages(*m_db, request, 137);
        QCOMPARE(ids(paged), ids(whole)); // no row twice, none missing, same order
        // The order holds.
        for (qsizetype i = 1; i < whole.size(); ++i) {
            const auto &a = whole.at(i - 1);
            const auto &b = whole.at(i);
            switch (PatientSort(sort)) {
            case PatientSort::Sessions:
                QVERIFY(descending ? a.sessions >= b.sessions : a.sessions <= b.sessions);
                break;
            case PatientSort::Mrn:
                QVERIFY(descending ? a.mrn > b.mrn : a.mrn < b.mrn);
                break;
            case PatientSort::DensityChange:
                if (a.densityChangePercent && b.densityChangePercent)
                    QVERIFY(descending ? *a.densityChangePercent >= *b.densityChangePercent
                                       : *a.densityChangePercent <= *b.densityChangePercent);
                else
                    QVERIFY(a.densityChangePercent || !b.densityChangePercent); // unknown last
                break;
            default:
                break;
            }
        }
        QCOMPARE(PatientListQuery(*m_db, request).count().value(), 1500);
    }

    void bothSearchPlansFindWhatAFilterFinds_data()
    {
        QTest::addColumn<QString>("text");
        // "c": every MRN (C-000001...) matches: the "many" plan. The rest: the "few" plan.
        // "0001", "123": a word with a digit also matches anywhere in the MRN.
        for (const char *t :
             {"c", "c-0001", "mül", "o'b", "d'an", "ló", "jonas mu", "zzz", "sean", "0001", "123"})
            QTest::newRow(t) << QString::fromUtf8(t);
    }

    void bothSearchPlansFindWhatAFilterFinds()
    {
        QFETCH(QString, text);
        const QStringList words = searchKey(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // Brute force: every patient, filtered and sorted here.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT id, mrn_key, family_key, given_key FROM patient WHERE archived = 0")));
        struct Key
        {
            qint64 id;
            QString mrn, family, given;
        };
        QList<Key> expected;
        while (q.next()) {
            const Key k{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString()};
            const bool anywhere = words.size() == 1 && words.first().front().isDigit();
            const bool match = std::all_of(words.cbegin(), words.cend(), [&](const QString &w) {
                return k.mrn.startsWith(w) || k.family.startsWith(w) || k.given.startsWith(w) ||
                       (anywhere && k.mrn.contains(w));
            });
            if (match)
                expected << k;
        }
        std::sort(expected.begin(), expected.end(), [](const Key &a, const Key &b) {
            return std::tie(a.family, a.given, a.mrn) < std::tie(b.family, b.given, b.mrn);
        });
        QList<qint64> want;
        for (const auto &k : std::as_const(expected))
            want << k.id;
        PatientListRequest request;
        request.text = text;
        QCOMPARE(ids(allPages(*m_db, request, 200)), want);
        // The same with every plan in play: "many" from 5 matches (the family range read in
        // order, or the list's index walked), pages of 7.
        QCOMPARE(ids(allPages(*m_db, request, 7, 5)), want);
        const int counted =
            PatientListQuery(*m_db, request).count(PatientListQuery::kCountCap).value();
        QCOMPARE(counted, int(std::min<qsizetype>(want.size(), PatientListQuery::kCountCap)));
        if (text == QLatin1String("c"))
            QVERIFY(want.size() > PatientListQuery::kCountCap); // the "many" plan was used
    }

    // More than 1,000 matches ("c" and "c-0": every MRN; "m": nearly every family name) on the
    // engine under test, in every order, page by page: the rows and their values as written.
    void manyMatchesInEveryOrder_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        for (const char *t : {"", "c", "c-0", "m", "ma", "m jo", "0011"})
            for (int s = 0; s <= int(PatientSort::DensityChange); ++s)
                for (bool d : {false, true})
                    QTest::addRow("'%s' %d%s", t, s, d ? " desc" : "")
                        << QString::fromLatin1(t) << s << d;
    }

    void manyMatchesInEveryOrder()
    {
        QFETCH(QString, text);
        QFETCH(int, sort);
        QFETCH(bool, descending);
        PatientListRequest request;
        request.text = text;
        request.sort = PatientSort(sort);
        request.descending = descending;
        request.includeArchived = sort % 2 == 1;
        const QStringList words = searchKey(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QList<Expected> want;
        for (const auto &e : std::as_const(m_expected)) {
            const bool anywhere = words.size() == 1 && words.first().front().isDigit();
            if ((!e.archived || request.includeArchived) &&
                std::all_of(words.cbegin(), words.cend(), [&](const QString &w) {
                    return e.mrnKey.startsWith(w) || e.familyKey.startsWith(w) ||
                           e.givenKey.startsWith(w) || (anywhere && e.mrnKey.contains(w));
                }))
                want << e;
        }
        std::sort(want.begin(), want.end(), [&](const Expected &a, const Expected &b) {
            return before(a, b, request.sort, descending);
        });
        if (text == QLatin1String("c") || text == QLatin1String("c-0") ||
            text == QLatin1String("m") || text.isEmpty())
            QVERIFY(want.size() > PatientListQuery::kCountCap); // the "many" plans
        else
            QVERIFY(!want.isEmpty() && want.size() < PatientListQuery::kCountCap);

        PatientListQuery query(**m_many, request);
        QCOMPARE(query.count().value(), int(want.size()));
        QCOMPARE(query.count(PatientListQuery::kCountCap).value(),
                 int(std::min<qsizetype>(want.size(), PatientListQuery::kCountCap)));
        QList<PatientListRow> rows;
        for (int offset = 0;; offset += 173) {
            const auto page = query.page(offset, 173);
            QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
            rows << page.value();
            if (page.value().size() < 173)
                break;
        }
        QCOMPARE(rows.size(), want.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const PatientListRow &r = rows.at(i);
            const Expected &e = want.at(i);
            QCOMPARE(r.id, e.id);
            QCOMPARE(r.mrn, e.mrn);
            QCOMPARE(r.name, e.name);
            QCOMPARE(r.dateOfBirth, e.dateOfBirth);
            QCOMPARE(r.archived, e.archived);
            QCOMPARE(r.sessions, e.sessions);
            QCOMPARE(r.lastVisit, e.lastVisit);
            QCOMPARE(r.densityChangePercent.has_value(), e.densityChange.has_value());
            if (e.densityChange)
                QVERIFY(qAbs(*r.densityChangePercent - *e.densityChange) < 1e-9);
            QCOMPARE(r.diagnosis.startsWith(QStringLiteral("L64.9")), !e.diagnosisSort.isEmpty());
        }
        // A page from the middle is the same rows as the walk gave.
        if (rows.size() > 600) {
            const auto middle = query.page(500, 50).value();
            QCOMPARE(ids(middle), ids(rows.mid(500, 50)));
        }
    }

    // On a server every connection costs random reads as cached ones, so a list page's rows are
    // looked up by key rather than by reading the whole summary table.
    void serverConnectionsCostReadsAsCached()
    {
        if (!test::onServer())
            QSKIP("PostgreSQL only");
        QSqlQuery q((**m_many).connection());
        QVERIFY(q.exec(QStringLiteral("SHOW random_page_cost")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("1.1"));
    }

    // "00026" finds DEMO-00026; a birth date (ISO or the locale's short form) finds the patients
    // born that day, in every plan.
    void mrnAnywhereAndBirthDates()
    {
        PatientListRequest request;
        request.text = QStringLiteral("000123");
        const auto found = allPages(*m_db, request, 200);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().mrn.endsWith(QStringLiteral("000123")));

        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT date_of_birth, count(*) FROM patient WHERE "
                                      "archived = 0 AND date_of_birth IS NOT NULL GROUP BY "
                                      "date_of_birth ORDER BY count(*) DESC LIMIT 1")));
        QVERIFY(q.next());
        const QDate born = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        const int bornThatDay = q.value(1).toInt();
        QVERIFY(born.isValid());
        for (const QString &text :
             {born.toString(Qt::ISODate),
              QLocale().toString(born, QLocale().dateFormat(QLocale::ShortFormat))}) {
            request.text = text;
            for (int manyFrom : {PatientListQuery::kCountCap, 1}) {
                const auto rows = allPages(*m_db, request, 7, manyFrom);
                QCOMPARE(rows.size(), bornThatDay);
                for (const auto &r : rows)
                    QCOMPARE(r.dateOfBirth, born);
            }
            QCOMPARE(PatientListQuery(*m_db, request).count().value(), bornThatDay);
        }
        QVERIFY(!searchDate(QStringLiteral("c-0001"), test::fixedNow().date()).isValid());
        QVERIFY(!searchDate(QStringLiteral("1978"), test::fixedNow().date()).isValid());
    }

    void summariesFollowEveryWrite()
    {
        test::TempDatabase t;
        const qint64 pid = test::addPatient(*t);
        auto row = [&] {
            const auto rows = queryPatientList(*t, PatientListRequest{}).value();
            return rows.first();
        };
        QCOMPARE(row().sessions, 0);
        QVERIFY(!row().densityChangePercent);
        MicroneedlingSession s;
        s.patientId = pid;
        s.performedAt = QDateTime(QDate(2026, 2, 2), QTime(9, 0));
        s.device = Device::Pen;
        s.needleLength = NeedleLength(1.0);
        QVERIFY(SessionRepository(*t).add(s).ok());
        QCOMPARE(row().sessions, 1);
        QCOMPARE(row().lastVisit, QDate(2026, 2, 2));
        QList<Measurement> visits;
        for (const auto &[day, density] :
             {std::pair{QDate(2026, 2, 2), 150.0}, std::pair{QDate(2026, 5, 4), 180.0}}) {
            Measurement m;
            m.patientId = pid;
            m.measuredOn = day;
            m.site = ScalpSite::Vertex;
            m.density = HairDensity(density);
            visits << m;
        }
        QVERIFY(MeasurementRepository(*t).addAll(visits).ok());
        QCOMPARE(row().densityChangePercent, std::optional<double>(20.0));
        QCOMPARE(row().lastVisit, QDate(2026, 5, 4));
        Diagnosis d;
        d.patientId = pid;
        d.type = DiagnosisType::AgaMale;
        d.icd10 = QStringLiteral("L64.9");
        d.diagnosedOn = QDate(2026, 1, 5);
        d.scale = Scale::NorwoodHamilton;
        d.grade = QStringLiteral("IV");
        QVERIFY(DiagnosisRepository(*t).add(d).ok());
        QVERIFY(row().diagnosis.contains(QStringLiteral("L64.9")));

        // Another workstation writes on its own connection: the next list read is current.
        {
            auto other = Database::open(t.path(), t.clock);
            QVERIFY(other.ok());
            QVERIFY(MeasurementRepository(*other.value()).remove(visits.last().id).ok());
        }
        QVERIFY(!row().densityChangePercent); // a single visit again
        QCOMPARE(scalar(*t, QStringLiteral("SELECT count(*) FROM patient_summary WHERE stale = 1")),
                 0);
        QVERIFY(SessionRepository(*t).remove(s.id).ok());
        QCOMPARE(row().sessions, 0);
    }

    // SQLite (schema 13): a write marks its patient's summary stale, and rewrites no row that is
    // stale already (each measurement of a bulk load used to rewrite its patient's row). Counted
    // with total_changes(), which counts the rows the triggers changed too.
    void aStaleSummaryIsNotWrittenAgain()
    {
        test::TempDatabase t;
        if ((*t).isServer())
            QSKIP("the stale triggers write every time on a server (PatientSummary.h)");
        const qint64 pid = test::addPatient(*t);
        QCOMPARE(queryPatientList(*t, PatientListRequest{}).value().first().sessions, 0);
        auto staleNow = [&] {
            return scalar(*t, QStringLiteral("SELECT stale FROM patient_summary WHERE "
                                             "patient_id = %1")
                                  .arg(pid));
        };
        QCOMPARE(staleNow(), 0);
        auto changesOfAMeasurement = [&](const QDate &day) {
            const int before = scalar(*t, QStringLiteral("SELECT total_changes()"));
            Measurement m;
            m.patientId = pid;
            m.measuredOn = day;
            m.site = ScalpSite::Vertex;
            m.density = HairDensity(150.0);
            QList<Measurement> one{m};
            if (!MeasurementRepository(*t).addAll(one).ok())
                return -1;
            return scalar(*t, QStringLiteral("SELECT total_changes()")) - before;
        };
        // Current summary: the measurement, its audit entry, and the summary marked stale.
        const int first = changesOfAMeasurement(QDate(2026, 2, 2));
        QCOMPARE(staleNow(), 1);
        // Stale already: one row fewer.
        QCOMPARE(changesOfAMeasurement(QDate(2026, 3, 2)), first - 1);
        QCOMPARE(staleNow(), 1);
        // Computed again, then changed: marked stale again.
        QCOMPARE(queryPatientList(*t, PatientListRequest{}).value().first().lastVisit,
                 QDate(2026, 3, 2));
        QCOMPARE(staleNow(), 0);
        QCOMPARE(changesOfAMeasurement(QDate(2026, 4, 2)), first);
        QCOMPARE(staleNow(), 1);
    }

    // A page read in name order computes only its own stale figures (a keystroke while other
    // workstations save); a list sorted by a figure computes every stale one before reading.
    void aPageComputesItsOwnStaleFiguresOnly()
    {
        test::TempDatabase t;
        QList<qint64> patients;
        for (const char *family : {"Adler", "Berg", "Castell", "Dorn"}) {
            Patient p = test::samplePatient(QStringLiteral("P-%1").arg(QLatin1String(family)));
            p.familyName = QLatin1String(family);
            patients << test::addPatient(*t, p);
        }
        QCOMPARE(queryPatientList(*t, PatientListRequest{}).value().size(), 4);
        for (const qint64 pid : std::as_const(patients)) {
            MicroneedlingSession s;
            s.patientId = pid;
            s.performedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 0));
            s.device = Device::Pen;
            s.needleLength = NeedleLength(1.0);
            QVERIFY(SessionRepository(*t).add(s).ok());
        }
        auto staleOf = [&](qint64 pid) {
            return scalar(*t, QStringLiteral("SELECT stale FROM patient_summary WHERE "
                                             "patient_id = %1")
                                  .arg(pid));
        };
        for (const qint64 pid : std::as_const(patients))
            QCOMPARE(staleOf(pid), 1);
        // The first two in name order: computed and shown current; the other two left.
        const auto firstTwo = PatientListQuery(*t, PatientListRequest{}).page(0, 2);
        QVERIFY(firstTwo.ok());
        QCOMPARE(firstTwo.value().size(), 2);
        QCOMPARE(firstTwo.value().at(0).id, patients.at(0));
        QCOMPARE(firstTwo.value().at(0).sessions, 1);
        QCOMPARE(firstTwo.value().at(1).sessions, 1);
        QCOMPARE(firstTwo.value().at(1).lastVisit, QDate(2026, 3, 2));
        QCOMPARE(staleOf(patients.at(0)), 0);
        QCOMPARE(staleOf(patients.at(1)), 0);
        QCOMPARE(staleOf(patients.at(2)), 1);
        QCOMPARE(staleOf(patients.at(3)), 1);
        // A search whose page holds the third: that one too.
        PatientListRequest castell;
        castell.text = QStringLiteral("cast");
        const auto found = PatientListQuery(*t, castell).page(0, 10);
        QCOMPARE(found.value().size(), 1);
        QCOMPARE(found.value().first().sessions, 1);
        QCOMPARE(staleOf(patients.at(2)), 0);
        QCOMPARE(staleOf(patients.at(3)), 1);
        // Sorted by the number of sessions: every figure current before the order is taken.
        PatientListRequest bySessions;
        bySessions.sort = PatientSort::Sessions;
        bySessions.descending = true;
        const auto sorted = PatientListQuery(*t, bySessions).page(0, 1);
        QCOMPARE(sorted.value().first().sessions, 1);
        QCOMPARE(scalar(*t, QStringLiteral("SELECT count(*) FROM patient_summary WHERE stale = 1")),
                 0);
    }

    void theGeneratorIsDeterministicAndLeavesAValidDatabase()
    {
        // What was written holds: constraints, references, the summaries (recomputed the slow
        // way they are equal), the triggers are back, the audit trail records the load.
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                              "'trigger' AND name LIKE 'audit%'")),
                 // every audited table's three triggers, and the trail's two guards
                 scalar(*m_db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                              "'trigger' AND name LIKE 'audit\\_%' ESCAPE '\\' "
                                              "AND name NOT LIKE 'audit\\_log%' ESCAPE '\\'")) +
                     2);
        QVERIFY(scalar(*m_db,
                       QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                      "'trigger' AND name LIKE 'summary\\_%' ESCAPE '\\'")) >= 10);
        QVERIFY(scalar(*m_db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                             "'measurement_patient'")) == 1);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        q.finish();
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!q.next());
        QCOMPARE(scalar(*m_db, QStringLiteral("PRAGMA foreign_keys")), 1);
        QVERIFY(AuditLog(*m_db).verify().value().intact());
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                              "'bulk_load'")),
                 1);
        // Names with diacritics and apostrophes.
        QVERIFY(scalar(*m_db, QStringLiteral("SELECT count(*) FROM patient WHERE family_name "
                                             "LIKE '%''%'")) > 0);
        QVERIFY(scalar(*m_db, QStringLiteral("SELECT count(*) FROM patient WHERE family_name <> "
                                             "family_key")) > 0);
        // Visits skewed: one visit for some, many for others.
        QVERIFY(scalar(*m_db, QStringLiteral("SELECT min(sessions) FROM patient_summary")) <= 1);
        QVERIFY(scalar(*m_db, QStringLiteral("SELECT max(sessions) FROM patient_summary")) >= 10);

        // The generated summaries equal the ones the triggers' refresh computes.
        auto summaries = [&] {
            QSqlQuery s(m_db->connection());
            s.exec(QStringLiteral("SELECT patient_id, sessions, last_visit, main_diagnosis_id, "
                                  "diagnosis_sort, round(density_change, 6), session_days, "
                                  "measurement_days, days_zone FROM patient_summary ORDER BY "
                                  "patient_id"));
            QCryptographicHash hash(QCryptographicHash::Sha256);
            while (s.next())
                for (int c = 0; c < 9; ++c)
                    hash.addData(QByteArray(s.value(c).toString().toUtf8() + '|'));
            return hash.result().toHex();
        };
        const QByteArray generated = summaries();
        QVERIFY(patientsummary::markAllStale(m_db->connection()).ok());
        QCOMPARE(patientsummary::refreshStale(*m_db).value(), 1500);
        QCOMPARE(summaries(), generated);
        // The recall list's days (schema 11): one a session, one a day measured.
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT sum(length(session_days) + 1) / 11 FROM "
                                              "patient_summary WHERE session_days <> ''")),
                 scalar(*m_db, QStringLiteral("SELECT count(*) FROM session")));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT sum(length(measurement_days) + 1) / 11 FROM "
                                              "patient_summary WHERE measurement_days <> ''")),
                 scalar(*m_db, QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT patient_id, "
                                              "measured_on FROM measurement) d")));

        // The same seed on the same day gives the same rows.
        auto content = [](Database &db) {
            QSqlQuery s(db.connection());
            s.exec(QStringLiteral("SELECT mrn, family_name, given_name, date_of_birth FROM patient "
                                  "ORDER BY id LIMIT 50"));
            QStringList out;
            while (s.next())
                out << s.value(0).toString() + s.value(1).toString() + s.value(2).toString() +
                           s.value(3).toString();
            QSqlQuery m(db.connection());
            m.exec(QStringLiteral("SELECT count(*), sum(density) FROM measurement"));
            m.next();
            out << m.value(0).toString() << QString::number(m.value(1).toDouble(), 'f', 1);
            return out;
        };
        QTemporaryDir dir;
        auto again = Database::open(dir.filePath(QStringLiteral("again.sqlite")),
                                    std::make_shared<FixedClock>(test::fixedNow()));
        BulkOptions options;
        options.patients = 1500;
        options.meanVisits = 4;
        options.maxVisits = 12;
        QVERIFY(generateBulk(*again.value(), options).ok());
        QCOMPARE(content(*again.value()), content(*m_db));
        // Only into an empty database.
        QVERIFY(!generateBulk(*again.value(), options).ok());
    }
};

QTEST_GUILESS_MAIN(TestPatientList)
#include "tst_patientlist.moc"
