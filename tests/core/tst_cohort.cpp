// Clinic outcomes (core/clinical/Cohort.h, CohortStats.h, core/storage/CohortQuery.h): the
// statistics against values computed independently, the baseline and follow-up rules, the
// groups, the CSV, and the rows read from a database.
#include "core/clinical/Cohort.h"
#include "core/clinical/CohortStats.h"
#include "core/model/Keys.h"
#include "core/storage/CohortQuery.h"
#include "core/storage/MeasurementRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/SessionRepository.h"
#include "tests/TestSupport.h"

#include <QtTest>

using namespace tricholog;
using namespace tricholog::cohort;

namespace {

// Reference values computed independently with mpmath 1.3.0 at 30 significant digits: Student's
// t from its CDF through the regularised incomplete beta function (mp.betainc) inverted with
// mp.findroot; the Wilson interval from its formula with z = sqrt(2) erfinv(0.95); Welch's test
// from its formulas with that t CDF. (R gives the same: qt(0.975, 9) = 2.262157.)
constexpr double kEps = 1e-6;
const QList<double> kA{12.5, -3, 8, 20.25, 4, 9.5, 15};
const QList<double> kB{2, 5.5, -1, 3, 0.5, 7, 1.5, 4};

PatientRows patient(qint64 id, QList<std::pair<QDate, double>> values,
                    QList<PatientRows::Session> sessions = {}, QString diagnosis = {})
{
    PatientRows p;
    p.patientId = id;
    p.mrn = QStringLiteral("P%1").arg(id);
    for (const auto &[on, v] : values)
        p.values.append({on, v});
    p.sessions = std::move(sessions);
    p.diagnosis = std::move(diagnosis);
    return p;
}

const QDate kStart(2026, 1, 5);

QDate week(int w, int days = 0)
{
    return kStart.addDays(qint64(w) * 7 + days);
}

} // namespace

class TestCohort : public QObject
{
    Q_OBJECT

private slots:
    void statisticsMatchIndependentValues()
    {
        QVERIFY(std::abs(tQuantile(0.975, 9) - 2.2621571627982055) < kEps);
        QVERIFY(std::abs(tQuantile(0.975, 1) - 12.706204736174705) < kEps);
        QVERIFY(std::abs(tQuantile(0.975, 30) - 2.0422724563012383) < kEps);
        QVERIFY(std::abs(tQuantile(0.975, 7.5) - 2.3330396268649746) < kEps);

        const MeanSummary s = summarise(kA);
        QCOMPARE(s.n, 7);
        QVERIFY(std::abs(s.mean - 9.4642857142857143) < kEps);
        QVERIFY(std::abs(*s.sd - 7.5669629688157303) < kEps);
        QVERIFY(std::abs(s.ci95->low - 2.4660121848964233) < kEps);
        QVERIFY(std::abs(s.ci95->high - 16.462559243675005) < kEps);
        const MeanSummary one = summarise({4.5});
        QCOMPARE(one.mean, 4.5);
        QVERIFY(!one.sd && !one.ci95); // n < 2: undefined

        const auto w = wilson(7, 20);
        QVERIFY(std::abs(w->low - 0.18119182410108205) < kEps);
        QVERIFY(std::abs(w->high - 0.56714572331476377) < kEps);
        const auto none = wilson(0, 5);
        QVERIFY(std::abs(none->low) < kEps && std::abs(none->high - 0.43448246478317482) < kEps);
        QVERIFY(!wilson(0, 0));

        const auto t = welch(kA, kB);
        QVERIFY(t);
        QVERIFY(std::abs(t->difference - 6.6517857142857143) < kEps);
        QVERIFY(std::abs(t->degreesOfFreedom - 7.2671617540151190) < kEps);
        QVERIFY(std::abs(t->t - 2.2116953966501730) < kEps);
        QVERIFY(std::abs(t->pValue - 0.061249900190580605) < kEps);
        QVERIFY(std::abs(t->ci95.low - -0.40728279760298670) < kEps);
        QVERIFY(std::abs(t->ci95.high - 13.710854226174415) < kEps);
        QVERIFY(!welch({1}, kB));
        QVERIFY(!welch({2, 2}, {3, 3})); // no spread
    }

    // Baseline: the earliest; follow-up: closest to week 12 within 4 weeks, a tie the earlier.
    // Tukey's box: quartiles by linear interpolation (type 7; NumPy's
    // percentile([1..9, 100], [25, 50, 75]) = 3.25, 5.5, 7.75), whiskers at the most extreme
    // values within 1.5 IQR, the rest outliers.
    void boxSummaryMatchesIndependentValues()
    {
        const auto b = boxOf({9, 1, 100, 3, 2, 5, 4, 7, 6, 8});
        QVERIFY(b);
        QCOMPARE(b->q1, 3.25);
        QCOMPARE(b->median, 5.5);
        QCOMPARE(b->q3, 7.75);
        QCOMPARE(b->lowWhisker, 1.0);
        QCOMPARE(b->highWhisker, 9.0);
        QCOMPARE(b->outliers, QList<double>{100});
        const auto one = boxOf({4});
        QVERIFY(one && one->median == 4 && one->q1 == 4 && one->outliers.isEmpty());
        QVERIFY(!boxOf({}));
        // Both tails: NumPy gives 14, 20, 26 for [-60, 10, 12, ..., 30, 90].
        QList<double> v{-60, 90};
        for (int x = 10; x <= 30; x += 2)
            v << x;
        const auto t = boxOf(v);
        QCOMPARE(t->q1, 14.0);
        QCOMPARE(t->median, 20.0);
        QCOMPARE(t->q3, 26.0);
        QCOMPARE(t->lowWhisker, 10.0);
        QCOMPARE(t->highWhisker, 30.0);
        QCOMPARE(t->outliers, (QList<double>{-60, 90}));
    }

    // The window's filters: sex, age in whole years at the baseline (a birthday on the baseline
    // counts), the earliest active diagnosis; a patient without a date of birth is outside any
    // age band.
    void filtersSelectPatients()
    {
        auto make = [](qint64 id, const char *sex, QDate born, const char *diagnosis) {
            PatientRows p =
                patient(id, {{week(0), 100}, {week(12), 110}}, {}, QString::fromLatin1(diagnosis));
            p.sex = QString::fromLatin1(sex);
            p.birthDate = born;
            return p;
        };
        const QList<PatientRows> rows{make(1, "female", QDate(1980, 6, 1), "aga_female"),
                                      make(2, "male", kStart.addYears(-36), ""),
                                      make(3, "female", QDate(), "alopecia_areata")};
        auto ids = [&](const Options &o) {
            QList<qint64> out;
            for (const PatientChange &c : compute(rows, o).patients)
                out << c.patientId;
            return out;
        };
        Options o;
        QCOMPARE(ids(o), (QList<qint64>{1, 2, 3}));
        o.sex = QStringLiteral("female");
        QCOMPARE(ids(o), (QList<qint64>{1, 3}));
        o.ageFrom = 40;
        o.ageTo = 49;
        QCOMPARE(ids(o), QList<qint64>{1}); // 45; patient 3 has no date of birth
        o = Options();
        o.ageFrom = 36;
        o.ageTo = 36;
        QCOMPARE(ids(o), QList<qint64>{2}); // 36 on the day of the baseline
        o.ageFrom = 37;
        o.ageTo = std::nullopt;
        QCOMPARE(ids(o), QList<qint64>{1});
        o = Options();
        o.diagnosis = QStringLiteral("alopecia_areata");
        QCOMPARE(ids(o), QList<qint64>{3});
        QVERIFY(o.needsDiagnoses() && !o.needsSessions());
        o.diagnosis = QStringLiteral("baldness");
        QVERIFY(check(o).error().message.contains(QStringLiteral("baldness")));
        o = Options();
        o.sex = QStringLiteral("x");
        QVERIFY(check(o).error().message.contains(QStringLiteral("\"x\"")));
        o = Options();
        o.ageFrom = 50;
        o.ageTo = 40;
        QVERIFY(!check(o).ok());
        o.ageFrom = -1;
        o.ageTo = std::nullopt;
        QVERIFY(check(o).error().message.contains(QStringLiteral("-1")));
    }

    void baselineAndFollowUpFollowTheDefinitions()
    {
        Options o;
        const QList<PatientRows> rows{
            // weeks 10 and 14 are equally far from 12: the earlier (10) is taken.
            patient(1, {{week(0), 100}, {week(10), 110}, {week(14), 130}}),
            // week 11 + 5 days is closer than week 12 + 3 days? 2 days vs 3 days: 11w5d.
            patient(2, {{week(0), 200}, {week(11, 5), 210}, {week(12, 3), 260}, {week(30), 1}}),
            // nothing from week 8 to week 16: no follow-up in the window.
            patient(3, {{week(0), 150}, {week(7, 6), 160}, {week(16, 1), 170}}),
            // a zero baseline: in the change, not in percent or responders.
            patient(4, {{week(0), 0}, {week(12), 20}}),
            patient(5, {{week(0), 100}}),
        };
        const Outcomes out = compute(rows, o);
        QCOMPARE(out.patients.size(), 3);
        QCOMPARE(out.excludedNoFollowUp, 2);
        QCOMPARE(out.excludedZeroBaseline, 1);
        QCOMPARE(out.patients[0].followUpOn, week(10));
        QCOMPARE(out.patients[0].change(), 10.0);
        QCOMPARE(out.patients[1].followUpOn, week(11, 5));
        QCOMPARE(*out.patients[0].pctChange(), 10.0);
        QVERIFY(!out.patients[2].pctChange());
        QCOMPARE(out.rows.size(), 1);
        const GroupRow &all = out.rows.first();
        QCOMPARE(all.group, QStringLiteral("all"));
        QCOMPARE(all.patients, 3);
        QVERIFY(std::abs(all.change.mean - (10.0 + 10 + 20) / 3) < kEps);
        QVERIFY(std::abs(*all.meanBaseline - 100) < kEps);
        QVERIFY(std::abs(*all.meanPctChange - (10.0 + 5) / 2) < kEps);
        QCOMPARE(all.responders, 1); // 10 % >= 10 %, 5 % not
        QVERIFY(std::abs(*all.responderRatePct - 50) < kEps);

        // --from/--to select by the baseline's date; another time point and window.
        o.from = week(0, 1);
        QCOMPARE(compute(rows, o).patients.size(), 0);
        o.from.reset();
        o.atWeeks = 30;
        o.windowWeeks = 2;
        const Outcomes late = compute(rows, o);
        QCOMPARE(late.patients.size(), 1);
        QCOMPARE(late.patients.first().followUp, 1.0);
    }

    void groupsFollowTheDefinitions()
    {
        using S = PatientRows::Session;
        const QList<PatientRows> rows{
            // pen twice, roller once: pen; 1.5 mm twice: 1.5; minoxidil once: with.
            patient(1, {{week(0), 100}, {week(12), 130}},
                    {S{week(0), QStringLiteral("pen"), 1.5, {QStringLiteral("minoxidil")}},
                     S{week(2), QStringLiteral("pen"), 1.5, {}},
                     S{week(4), QStringLiteral("dermaroller"), 0.5, {}},
                     S{week(20), QStringLiteral("dermaroller"), 0.5, {}}}, // after: not counted
                    QStringLiteral("aga_male")),
            // a tie: dermaroller before pen; needle 0.5 and 1.0 once each: the shorter.
            patient(2, {{week(0), 100}, {week(12), 105}},
                    {S{week(0), QStringLiteral("pen"), 1.0, {QStringLiteral("prp")}},
                     S{week(3), QStringLiteral("dermaroller"), 0.5, {}}}),
            patient(3, {{week(0), 80}, {week(12), 100}},
                    {S{week(1), QStringLiteral("pen"), 1.0, {QStringLiteral("minoxidil")}}},
                    QStringLiteral("aga_male")),
            patient(4, {{week(0), 90}, {week(12), 92}}),
        };
        Options o;
        o.by = QStringLiteral("device");
        Outcomes out = compute(rows, o);
        QStringList groups;
        for (const GroupRow &r : out.rows)
            groups << QStringLiteral("%1=%2").arg(r.group).arg(r.patients);
        QCOMPARE(groups, (QStringList{QStringLiteral("dermaroller=1"),
                                      QStringLiteral("no session=1"), QStringLiteral("pen=2")}));
        o.by = QStringLiteral("needle");
        QCOMPARE(compute(rows, o).patients[1].group, QStringLiteral("0.5 mm"));
        QCOMPARE(compute(rows, o).patients[0].group, QStringLiteral("1.5 mm"));
        o.by = QStringLiteral("diagnosis");
        QCOMPARE(compute(rows, o).patients[3].group, QStringLiteral("no active diagnosis"));
        QCOMPARE(compute(rows, o).rows.first().group, QStringLiteral("aga_male"));

        o.by = QStringLiteral("adjunct:minoxidil");
        out = compute(rows, o);
        QCOMPARE(out.rows.size(), 3);
        QCOMPARE(out.rows[0].group, QStringLiteral("with minoxidil"));
        QCOMPARE(out.rows[0].patients, 2); // patients 1 and 3
        QCOMPARE(out.rows[1].group, QStringLiteral("without minoxidil"));
        QCOMPARE(out.rows[2].group, QStringLiteral("with minoxidil - without minoxidil"));
        const auto expected = welch({30, 20}, {5, 2});
        QVERIFY(out.rows[2].comparison);
        QVERIFY(std::abs(out.rows[2].comparison->pValue - expected->pValue) < 1e-12);
        QVERIFY(std::abs(out.rows[2].comparison->difference - 21.5) < kEps);
    }

    // --by adherence: at least 80 % of the planned sessions kept, under 80 %, no plan apart; the
    // comparison of the first two. Adherence itself from the plans and sessions in a database.
    void adherenceGroups()
    {
        QList<PatientRows> rows{patient(1, {{week(0), 100}, {week(12), 130}}),
                                patient(2, {{week(0), 100}, {week(12), 120}}),
                                patient(3, {{week(0), 100}, {week(12), 104}}),
                                patient(4, {{week(0), 100}, {week(12), 101}}),
                                patient(5, {{week(0), 100}, {week(12), 110}})};
        rows[0].adherence = 1.0;
        rows[1].adherence = 0.8; // exactly 80 %: at least
        rows[2].adherence = 0.79;
        rows[3].adherence = 0.5;
        Options o;
        o.by = QStringLiteral("adherence");
        QVERIFY(check(o).ok());
        const Outcomes out = compute(rows, o);
        QStringList groups;
        for (const GroupRow &r : out.rows)
            groups << QStringLiteral("%1=%2").arg(r.group).arg(r.patients);
        QCOMPARE(groups, (QStringList{QStringLiteral("at least 80%=2"),
                                      QStringLiteral("under 80%=2"), QStringLiteral("no plan=1"),
                                      QStringLiteral("at least 80% - under 80%=4")}));
        QVERIFY(out.rows[3].comparison);
        QVERIFY(std::abs(out.rows[3].comparison->difference - 22.5) < kEps);
        QCOMPARE(groupLabel(out.rows[0].group, o.by), QStringLiteral("Adherence at least 80 %"));

        test::TempDatabase t;
        const qint64 id = test::addPatient(*t);
        Measurement m;
        m.patientId = id;
        m.measuredOn = week(0);
        m.site = ScalpSite::Vertex;
        m.method = MeasurementMethod::Trichoscopy;
        m.density = HairDensity(100);
        QVERIFY(MeasurementRepository(*t).add(m).ok());
        m.id = 0;
        m.measuredOn = week(12);
        m.density = HairDensity(125);
        QVERIFY(MeasurementRepository(*t).add(m).ok());
        // Weekly, 4 sessions from week 0: kept at week 0 and week 1 (a day late); none near
        // week 2; day 30 is 9 days after week 3's: 2 of 4 kept.
        plan::Protocol weekly;
        weekly.name = QStringLiteral("Weekly");
        weekly.intervalDays = 7;
        weekly.sessions = 4;
        TreatmentPlan plan{0, id, 0, weekly, week(0), {}, 0};
        QVERIFY(PlanRepository(*t).savePlan(plan).ok());
        for (int day : {0, 8, 30}) {
            MicroneedlingSession s;
            s.patientId = id;
            s.performedAt = QDateTime(week(0, day), QTime(9, 0));
            s.device = Device::Dermaroller;
            s.needleLength = NeedleLength(1.5);
            s.zones = {ScalpSite::Vertex};
            QVERIFY(SessionRepository(*t).add(s).ok());
        }
        auto read = loadCohortRows(*t, o);
        QVERIFY2(read, read ? "" : qPrintable(read.error().message));
        QCOMPARE(read.value().size(), 1);
        QVERIFY(read.value()[0].adherence);
        QCOMPARE(*read.value()[0].adherence, 0.5);
        QCOMPARE(compute(read.value(), o).patients[0].group, QStringLiteral("under 80%"));
        // A tolerance of 9 days keeps the late one: 3 of 4.
        read = loadCohortRows(*t, o, plan::Tolerance{9, 14});
        QCOMPARE(*read.value()[0].adherence, 0.75);
    }

    void csvIsExact()
    {
        QLocale::setDefault(QLocale(QLocale::German)); // the CSV keeps its dot
        Options o;
        o.by = QStringLiteral("adjunct:minoxidil");
        using S = PatientRows::Session;
        const QList<PatientRows> rows{
            patient(1, {{week(0), 100}, {week(12), 112.5}},
                    {S{week(0), QStringLiteral("pen"), 1.5, {QStringLiteral("minoxidil")}}}),
            patient(2, {{week(0), 0}, {week(12), 3}}), patient(3, {{week(0), 100}})};
        const QList<QByteArray> lines = csv(compute(rows, o)).split('\n');
        QLocale::setDefault(QLocale::c());
        QCOMPARE(lines[0], QByteArray("group,patients,mean_baseline,mean_change,sd_change,ci95_low,"
                                      "ci95_high,mean_pct_change,responders,responder_rate_pct,"
                                      "responder_ci95_low_pct,responder_ci95_high_pct,p_value"));
        // One patient: SD and interval undefined, left empty.
        QCOMPARE(lines[1], QByteArray("with minoxidil,1,100.000000,12.500000,,,,12.500000,1,"
                                      "100.000000,20.654931,100.000000,"));
        // A zero baseline: no percent, no responder rate.
        QCOMPARE(lines[2], QByteArray("without minoxidil,1,0.000000,3.000000,,,,,,,,,"));
        QCOMPARE(lines[3], QByteArray("with minoxidil - without minoxidil,2,,,,,,,,,,,"));
        QCOMPARE(lines[4], QByteArray("excluded_no_followup,1"));
        QCOMPARE(lines[5], QByteArray("excluded_zero_baseline,1"));
    }

    void badOptionsAreNamed()
    {
        Options o;
        o.metric = QStringLiteral("hairiness");
        QVERIFY(check(o).error().message.contains(QStringLiteral("hairiness")));
        o = {};
        o.by = QStringLiteral("adjunct:garlic");
        QVERIFY(check(o).error().message.contains(QStringLiteral("garlic")));
        o = {};
        o.by = QStringLiteral("colour");
        QVERIFY(check(o).error().message.contains(QStringLiteral("colour")));
        o = {};
        o.windowWeeks = 12;
        QVERIFY(!check(o));
        o = {};
        o.from = QDate(2026, 5, 1);
        o.to = QDate(2026, 4, 1);
        QVERIFY(!check(o));
    }

    // The rows as storage reads them: every patient in one statement, sessions with adjuncts.
    void rowsFromTheDatabase()
    {
        test::TempDatabase t;
        Patient second = test::samplePatient();
        second.mrn = QStringLiteral("T-0002");
        const qint64 a = test::addPatient(*t), b = test::addPatient(*t, second);
        auto measure = [&](qint64 patient, QDate on, double density, ScalpSite site) {
            Measurement m;
            m.patientId = patient;
            m.measuredOn = on;
            m.site = site;
            m.method = MeasurementMethod::Trichoscopy;
            m.density = HairDensity(density);
            QVERIFY(MeasurementRepository(*t).add(m).ok());
        };
        measure(a, week(0), 120, ScalpSite::Vertex);
        measure(a, week(12, 2), 138, ScalpSite::Vertex);
        measure(a, week(12), 10, ScalpSite::Frontal); // another site
        measure(b, week(1), 90, ScalpSite::Vertex);
        MicroneedlingSession s;
        s.patientId = a;
        s.performedAt = QDateTime(week(1), QTime(10, 0));
        s.device = Device::Pen;
        s.needleLength = NeedleLength(1.0);
        s.zones = {ScalpSite::Vertex};
        s.adjuncts = {Adjunct{AdjunctType::Minoxidil, QStringLiteral("5%")}};
        QVERIFY(SessionRepository(*t).add(s).ok());
        Options o;
        o.by = QStringLiteral("adjunct:minoxidil");
        auto rows = loadCohortRows(*t, o);
        QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
        QCOMPARE(rows.value().size(), 2);
        QCOMPARE(rows.value()[0].values.size(), 2);
        QCOMPARE(rows.value()[0].sessions.size(), 1);
        QCOMPARE(rows.value()[0].sessions[0].adjuncts, QStringList{QStringLiteral("minoxidil")});
        QCOMPARE(rows.value()[0].sex, toKey(test::samplePatient().sex));
        QCOMPARE(rows.value()[0].birthDate, test::samplePatient().dateOfBirth);
        // The window's reads: the values alone, then the details attached.
        auto values = loadCohortValues(*t, o);
        QVERIFY(values && values.value()[0].sessions.isEmpty());
        const auto sessions = loadCohortSessions(*t);
        QVERIFY(sessions && sessions.value().value(a).size() == 1);
        attachCohortDetails(values.value(), &sessions.value(), nullptr);
        QCOMPARE(values.value()[0].sessions.size(), 1);
        const Outcomes out = compute(rows.value(), o);
        QCOMPARE(out.patients.size(), 1);
        QCOMPARE(out.patients[0].change(), 18.0);
        QCOMPARE(out.rows[0].patients, 1);
        QCOMPARE(out.excludedNoFollowUp, 1);
    }
};

QTEST_GUILESS_MAIN(TestCohort)
#include "tst_cohort.moc"
