// Validation edges: for each range of DOMAIN.md a value inside, on the bounds, and outside; every
// problem reported at once, each naming field, value and range.
#include "core/clinical/Salt.h"
#include "core/clinical/Validation.h"
#include "tests/TestSupport.h"

#include <QTest>

using namespace tricholog;

class TestValidation : public QObject
{
    Q_OBJECT

private:
    const QDate today{2026, 6, 15};
    Patient owner = test::samplePatient();

    Measurement measurement() const
    {
        Measurement m;
        m.patientId = 1;
        m.measuredOn = QDate(2026, 6, 1);
        m.site = ScalpSite::Vertex;
        m.density = HairDensity(180);
        return m;
    }
    MicroneedlingSession session() const
    {
        MicroneedlingSession s;
        s.patientId = 1;
        s.performedAt = QDateTime(QDate(2026, 6, 1), QTime(9, 0));
        s.device = Device::Pen;
        s.needleLength = NeedleLength(1.5);
        return s;
    }

private slots:
    void patientRequiredFields()
    {
        Patient p;
        const auto r = validatePatient(p, today);
        QVERIFY(r.hasIssueFor(u"mrn"));
        QVERIFY(r.hasIssueFor(u"family_name"));
        QVERIFY(r.hasIssueFor(u"given_name"));
        QCOMPARE(r.issues().size(), 3);
    }

    void patientMrnLength()
    {
        Patient p = test::samplePatient(QString(32, QLatin1Char('A')));
        QVERIFY(validatePatient(p, today).ok());
        p.mrn = QString(33, QLatin1Char('A'));
        const auto r = validatePatient(p, today);
        QCOMPARE(r.issues().size(), 1);
        QCOMPARE(r.issues().first().field, QStringLiteral("mrn"));
        QVERIFY(r.issues().first().message.contains(QStringLiteral("33")));
        QVERIFY(r.issues().first().message.contains(QStringLiteral("32")));
    }

    void patientBirthNotInFuture()
    {
        Patient p = test::samplePatient();
        p.dateOfBirth = today;
        QVERIFY(validatePatient(p, today).ok());
        p.dateOfBirth = today.addDays(1);
        const auto r = validatePatient(p, today);
        QVERIFY(r.hasIssueFor(u"date_of_birth"));
        QCOMPARE(r.issues().first().value, QStringLiteral("2026-06-16"));
    }

    void patientFitzpatrick_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("valid");
        QTest::newRow("0 below") << 0 << false;
        QTest::newRow("1 on lower bound") << 1 << true;
        QTest::newRow("4 inside") << 4 << true;
        QTest::newRow("6 on upper bound") << 6 << true;
        QTest::newRow("7 above") << 7 << false;
    }
    void patientFitzpatrick()
    {
        QFETCH(int, type);
        QFETCH(bool, valid);
        Patient p = test::samplePatient();
        p.fitzpatrick = type;
        const auto r = validatePatient(p, today);
        QCOMPARE(r.ok(), valid);
        if (!valid) {
            QCOMPARE(r.issues().first().field, QStringLiteral("fitzpatrick"));
            QCOMPARE(r.issues().first().allowed, QStringLiteral("1–6"));
            QVERIFY(r.issues().first().message.contains(QString::number(type)));
        }
    }

    void patientEmail_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty is not recorded") << QString() << true;
        QTest::newRow("plain") << QStringLiteral("anna.muller@example.org") << true;
        QTest::newRow("no at") << QStringLiteral("anna.example.org") << false;
        QTest::newRow("no domain dot") << QStringLiteral("anna@example") << false;
        QTest::newRow("space") << QStringLiteral("an na@example.org") << false;
    }
    void patientEmail()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        Patient p = test::samplePatient();
        p.email = email;
        QCOMPARE(validatePatient(p, today).ok(), valid);
    }

    void needleLength_data()
    {
        QTest::addColumn<double>("mm");
        QTest::addColumn<bool>("valid");
        QTest::newRow("0.09 below") << 0.09 << false;
        QTest::newRow("0.10 lower bound") << 0.10 << true;
        QTest::newRow("1.50 common") << 1.50 << true;
        QTest::newRow("3.00 upper bound") << 3.00 << true;
        QTest::newRow("3.01 above") << 3.01 << false;
    }
    void needleLength()
    {
        QFETCH(double, mm);
        QFETCH(bool, valid);
        auto s = session();
        s.needleLength = NeedleLength(mm);
        const auto r = validateSession(s, owner, QDateTime(today, QTime(18, 0)));
        QCOMPARE(r.ok(), valid);
        if (!valid) {
            QCOMPARE(r.issues().first().field, QStringLiteral("needle_mm"));
            QCOMPARE(r.issues().first().allowed, QStringLiteral("0.10–3.00 mm"));
            QVERIFY2(r.issues().first().message.contains(QStringLiteral("0.10–3.00 mm")),
                     qPrintable(r.issues().first().message));
        }
    }

    void needleLengthRequired()
    {
        auto s = session();
        s.needleLength = NeedleLength::notRecorded();
        QVERIFY(
            validateSession(s, owner, QDateTime(today, QTime(18, 0))).hasIssueFor(u"needle_mm"));
    }

    void pain_data()
    {
        QTest::addColumn<int>("pain");
        QTest::addColumn<bool>("valid");
        QTest::newRow("-1") << -1 << false;
        QTest::newRow("0") << 0 << true;
        QTest::newRow("5") << 5 << true;
        QTest::newRow("10") << 10 << true;
        QTest::newRow("11") << 11 << false;
    }
    void pain()
    {
        QFETCH(int, pain);
        QFETCH(bool, valid);
        auto s = session();
        s.pain = pain;
        QCOMPARE(validateSession(s, owner, QDateTime(today, QTime(18, 0))).ok(), valid);
    }

    void sessionDates()
    {
        auto s = session();
        const QDateTime now(today, QTime(18, 0));
        s.performedAt = QDateTime(owner.dateOfBirth.addDays(-1), QTime(9, 0));
        auto r = validateSession(s, owner, now);
        QVERIFY(r.hasIssueFor(u"date"));
        QVERIFY(r.issues().first().message.contains(QStringLiteral("1985-03-02")));
        s.performedAt = QDateTime(today.addDays(1), QTime(9, 0));
        QVERIFY(validateSession(s, owner, now).hasIssueFor(u"date"));
        s.performedAt = QDateTime(owner.dateOfBirth, QTime(9, 0));
        QVERIFY(validateSession(s, owner, now).ok());
    }

    void sessionZonesAndListItems()
    {
        auto s = session();
        s.zones = {ScalpSite::Vertex, ScalpSite::TargetArea};
        s.adjuncts = {{AdjunctType::Minoxidil, QStringLiteral("5%")},
                      {AdjunctType::Prp, QStringLiteral("4 ml")},
                      {AdjunctType::Other, QString()}};
        const auto r = validateSession(s, owner, QDateTime(today, QTime(18, 0)));
        QVERIFY(r.hasIssueFor(u"zones"));
        QVERIFY(r.hasIssueFor(u"adjuncts[3].dose"));
        QCOMPARE(r.issues().size(), 2);
        // A zone twice: named once, whichever zones lie between.
        s.zones = {ScalpSite::Vertex, ScalpSite::Frontal, ScalpSite::Occipital, ScalpSite::Frontal,
                   ScalpSite::Vertex};
        s.adjuncts.clear();
        const auto twice = validateSession(s, owner, QDateTime(today, QTime(18, 0)));
        QCOMPARE(twice.issues().size(), 1);
        QCOMPARE(twice.issues().first().field, QStringLiteral("zones"));
        QCOMPARE(twice.issues().first().message,
                 QStringLiteral("Treated zones: \"frontal\" is given twice."));
        s.zones = {ScalpSite::Vertex, ScalpSite::Frontal};
        QVERIFY(validateSession(s, owner, QDateTime(today, QTime(18, 0))).ok());
    }

    void density_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("-0.1") << -0.1 << false;
        QTest::newRow("0") << 0.0 << true;
        QTest::newRow("250") << 250.0 << true;
        QTest::newRow("800") << 800.0 << true;
        QTest::newRow("800.1") << 800.1 << false;
    }
    void density()
    {
        QFETCH(double, value);
        QFETCH(bool, valid);
        auto m = measurement();
        m.density = HairDensity(value);
        const auto r = validateMeasurement(m, owner, today);
        QCOMPARE(r.ok(), valid);
        if (!valid) {
            QCOMPARE(r.issues().first().field, QStringLiteral("density_per_cm2"));
            QCOMPARE(r.issues().first().allowed, QStringLiteral("0–800 hairs/cm²"));
        }
    }

    void diameter_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("4.9") << 4.9 << false;
        QTest::newRow("5") << 5.0 << true;
        QTest::newRow("70") << 70.0 << true;
        QTest::newRow("200") << 200.0 << true;
        QTest::newRow("200.5") << 200.5 << false;
    }
    void diameter()
    {
        QFETCH(double, value);
        QFETCH(bool, valid);
        auto m = measurement();
        m.meanDiameter = ShaftDiameter(value);
        const auto r = validateMeasurement(m, owner, today);
        QCOMPARE(r.ok(), valid);
        if (!valid)
            QVERIFY(r.issues().first().message.contains(QStringLiteral("µm")));
    }

    void percentages_data()
    {
        QTest::addColumn<double>("terminal");
        QTest::addColumn<double>("vellus");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("inside") << 60.0 << 30.0 << QStringList();
        QTest::newRow("sum exactly 100") << 70.0 << 30.0 << QStringList();
        QTest::newRow("bounds 0 and 100") << 0.0 << 100.0 << QStringList();
        QTest::newRow("sum over 100")
            << 70.0 << 30.5 << QStringList{QStringLiteral("terminal_vellus_sum")};
        QTest::newRow("negative") << -1.0 << 30.0 << QStringList{QStringLiteral("terminal_pct")};
        QTest::newRow("over 100") << 100.5 << 0.0
                                  << QStringList{QStringLiteral("terminal_pct"),
                                                 QStringLiteral("terminal_vellus_sum")};
    }
    void percentages()
    {
        QFETCH(double, terminal);
        QFETCH(double, vellus);
        QFETCH(QStringList, fields);
        auto m = measurement();
        m.terminal = Percentage(terminal);
        m.vellus = Percentage(vellus);
        const auto r = validateMeasurement(m, owner, today);
        QStringList got;
        for (const auto &issue : r.issues())
            got << issue.field;
        QCOMPARE(got, fields);
    }

    void anagenTelogenSum()
    {
        auto m = measurement();
        m.anagen = Percentage(85);
        m.telogen = Percentage(16);
        const auto r = validateMeasurement(m, owner, today);
        QCOMPARE(r.issues().size(), 1);
        QCOMPARE(r.issues().first().field, QStringLiteral("anagen_telogen_sum"));
        QCOMPARE(r.issues().first().value, QStringLiteral("101"));
    }

    void hairCountNeedsArea()
    {
        auto m = measurement();
        m.hairCount = 120;
        QVERIFY(validateMeasurement(m, owner, today).hasIssueFor(u"area_cm2"));
        m.area = AreaCm2(1.0);
        QVERIFY(validateMeasurement(m, owner, today).ok());
        m.area = AreaCm2(0.0);
        QVERIFY(validateMeasurement(m, owner, today).hasIssueFor(u"area_cm2"));
    }

    void everyProblemAtOnce()
    {
        auto m = measurement();
        m.density = HairDensity(900);
        m.meanDiameter = ShaftDiameter(2);
        m.terminal = Percentage(120);
        m.measuredOn = today.addDays(3);
        const auto r = validateMeasurement(m, owner, today);
        QStringList fields;
        for (const auto &issue : r.issues())
            fields << issue.field;
        QCOMPARE(fields,
                 (QStringList{QStringLiteral("date"), QStringLiteral("density_per_cm2"),
                              QStringLiteral("mean_diameter_um"), QStringLiteral("terminal_pct")}));
        for (const auto &issue : r.issues()) {
            QVERIFY(!issue.label.isEmpty());
            QVERIFY(!issue.value.isEmpty());
            QVERIFY(!issue.allowed.isEmpty());
            QVERIFY(issue.message.contains(issue.value));
        }
    }

    void emptyMeasurementRejected()
    {
        auto m = measurement();
        m.density = HairDensity::notRecorded();
        QVERIFY(validateMeasurement(m, owner, today).hasIssueFor(u"values"));
    }

    void diagnosisScaleFollowsType()
    {
        Diagnosis d;
        d.patientId = 1;
        d.type = DiagnosisType::AgaMale;
        d.icd10 = QStringLiteral("L64.9");
        d.diagnosedOn = QDate(2026, 1, 5);
        d.scale = Scale::NorwoodHamilton;
        d.grade = QStringLiteral("IIIv");
        QVERIFY(validateDiagnosis(d, owner, today).ok());
        d.grade = QStringLiteral("VIII");
        QVERIFY(validateDiagnosis(d, owner, today).hasIssueFor(u"grade"));
        d.scale = Scale::Ludwig;
        d.grade = QStringLiteral("II");
        QVERIFY(validateDiagnosis(d, owner, today).hasIssueFor(u"scale"));
        d.type = DiagnosisType::AgaFemale;
        d.icd10 = QStringLiteral("L64.8");
        QVERIFY(validateDiagnosis(d, owner, today).ok());
        d.icd10 = QStringLiteral("L63.0");
        QVERIFY(validateDiagnosis(d, owner, today).hasIssueFor(u"icd10"));
    }

    void sinclairAndSaltRegions()
    {
        Diagnosis d;
        d.patientId = 1;
        d.type = DiagnosisType::AgaFemale;
        d.icd10 = QStringLiteral("L64.8");
        d.diagnosedOn = QDate(2026, 1, 5);
        d.scale = Scale::Sinclair;
        d.grade = QStringLiteral("5");
        QVERIFY(validateDiagnosis(d, owner, today).ok());
        d.grade = QStringLiteral("6");
        QVERIFY(validateDiagnosis(d, owner, today).hasIssueFor(u"grade"));

        d.type = DiagnosisType::AlopeciaAreata;
        d.icd10 = QStringLiteral("L63.9");
        d.scale = Scale::Salt;
        d.salt = {Percentage(100), Percentage(0), Percentage(50), Percentage(100.1)};
        const auto r = validateDiagnosis(d, owner, today);
        QCOMPARE(r.issues().size(), 1);
        QCOMPARE(r.issues().first().field, QStringLiteral("salt_left"));
        d.salt.leftSide = Percentage::notRecorded();
        QVERIFY(validateDiagnosis(d, owner, today).hasIssueFor(u"salt"));

        // The SALT total alone (an imported record): a number 0-100. Any region recorded means
        // the regions count (and must be complete); the total is then ignored.
        d.salt = {};
        d.grade = QStringLiteral("27.8");
        QVERIFY(validateDiagnosis(d, owner, today).ok());
        QCOMPARE(saltOf(d)->score, 27.8);
        QCOMPARE(d.severityText(), QStringLiteral("SALT 27.8 (S2)"));
        for (const char *bad : {"100.5", "most", "inf"}) {
            d.grade = QString::fromLatin1(bad);
            const auto v = validateDiagnosis(d, owner, today);
            QCOMPARE(v.issues().size(), 1);
            QCOMPARE(v.issues().first().field, QStringLiteral("salt_total"));
            QVERIFY(!saltOf(d));
        }
        d.grade = QStringLiteral("27.8");
        d.salt.vertex = Percentage(10);
        const auto partial = validateDiagnosis(d, owner, today);
        QCOMPARE(partial.issues().size(), 1);
        QCOMPARE(partial.issues().first().field, QStringLiteral("salt"));
        QVERIFY(!saltOf(d));
    }

    void outcomeRanges()
    {
        PatientReportedOutcome o;
        o.patientId = 1;
        o.recordedOn = QDate(2026, 6, 1);
        o.globalAssessment = 3;
        o.sheddingScore = 1;
        QVERIFY(validateOutcome(o, owner, today).ok());
        o.globalAssessment = -4;
        o.sheddingScore = 7;
        const auto r = validateOutcome(o, owner, today);
        QVERIFY(r.hasIssueFor(u"global_assessment"));
        QVERIFY(r.hasIssueFor(u"shedding"));
        o.globalAssessment = -3;
        o.sheddingScore = 6;
        QVERIFY(validateOutcome(o, owner, today).ok());
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
