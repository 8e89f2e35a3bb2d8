// Repository round trips on a temporary file, uniqueness, search, archiving and all-or-nothing
// writes.
#include "core/demo/DemoGenerator.h"
#include "core/storage/DiagnosisRepository.h"
#include "core/storage/MeasurementRepository.h"
#include "core/storage/OutcomeRepository.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/SearchKey.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/SqlValues.h"
#include "tests/TestSupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace tricholog;

namespace {

int rowCount(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

MicroneedlingSession fullSession(qint64 patientId)
{
    MicroneedlingSession s;
    s.patientId = patientId;
    s.performedAt = QDateTime(QDate(2026, 6, 1), QTime(9, 45));
    s.sessionNumber = 3;
    s.plannedSessions = 8;
    s.operatorName = QStringLiteral("Dr. Test");
    s.device = Device::Dermaroller;
    s.needleLength = NeedleLength(1.5);
    s.needleCount = 192;
    s.passes = 4;
    s.direction = QStringLiteral("vertical, horizontal");
    s.zones = {ScalpSite::Frontal, ScalpSite::Vertex};
    s.endpoint = Endpoint::Erythema;
    s.anaestheticName = QStringLiteral("Lidocaine 5%");
    s.anaestheticMinutes = 30;
    s.adjuncts = {{AdjunctType::Minoxidil, QStringLiteral("5%")},
                  {AdjunctType::Prp, QStringLiteral("4 ml")},
                  {AdjunctType::Exosomes, QStringLiteral("2 ml")}};
    s.backgroundTherapy = QStringLiteral("Oral finasteride 1 mg");
    s.pain = 4;
    s.adverseEvents = {{AdverseEventType::Erythema, Severity::Mild, {}},
                       {AdverseEventType::Headache, Severity::Moderate, QStringLiteral("2 h")}};
    s.postCare = QStringLiteral("No washing for 24 h");
    s.notes = QStringLiteral("Tolerated well");
    return s;
}

// A trigger that refuses the third adjunct of a session (on either engine), or none.
bool refuseThirdAdjunct(Database &db, bool refuse)
{
    QSqlQuery q(db.connection());
    if (db.engine() == Engine::Sqlite)
        return q.exec(refuse ? QStringLiteral("CREATE TEMP TRIGGER refuse_third BEFORE INSERT ON "
                                              "session_adjunct WHEN NEW.position = 2 BEGIN SELECT "
                                              "RAISE(ABORT, 'simulated failure on the third "
                                              "adjunct'); END")
                             : QStringLiteral("DROP TRIGGER refuse_third"));
    if (!refuse)
        return q.exec(QStringLiteral("DROP TRIGGER refuse_third ON session_adjunct"));
    return q.exec(QStringLiteral(
               "CREATE OR REPLACE FUNCTION refuse_third() RETURNS trigger LANGUAGE plpgsql AS $$ "
               "BEGIN IF NEW.position = 2 THEN RAISE EXCEPTION 'simulated failure on the third "
               "adjunct'; END IF; RETURN NEW; END $$")) &&
           q.exec(QStringLiteral("CREATE TRIGGER refuse_third BEFORE INSERT ON session_adjunct "
                                 "FOR EACH ROW EXECUTE FUNCTION refuse_third()"));
}

} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    // A date is stored in the form Qt's ISO text gives, written without Qt for the years 1 to
    // 9999: every day of those years (3.65 million) the same text as Qt's, read back to the day.
    void aDateIsStoredAsQtWritesIt()
    {
        const QDate last(9999, 12, 31);
        qint64 days = 0;
        for (QDate d(1, 1, 1); d <= last; d = d.addDays(1), ++days) {
            const QVariant stored = sql::fromDate(d);
            if (stored.toString() != d.toString(Qt::ISODate) || sql::toDate(stored) != d)
                QFAIL(qPrintable(d.toString(Qt::ISODate) + QStringLiteral(" stored as ") +
                                 stored.toString()));
        }
        QCOMPARE(days, QDate(1, 1, 1).daysTo(last) + 1);
        for (const QDate d : {QDate(-1, 12, 31), QDate(-4713, 1, 1), QDate(10000, 1, 1)})
            QCOMPARE(sql::fromDate(d).toString(), d.toString(Qt::ISODate));
        QCOMPARE(sql::fromDate(QDate(2024, 2, 29)).toString(), QStringLiteral("2024-02-29"));
        QVERIFY(sql::fromDate(QDate()).isNull());
        QCOMPARE(sql::fromDate(QDate()).metaType(), QMetaType::fromType<QString>());
    }

    void patientRoundTrip()
    {
        test::TempDatabase t;
        PatientRepository repo(*t);
        Patient p = test::samplePatient();
        p.notes = QStringLiteral("Prefers morning visits");
        p.treatmentConsentDate = QDate(2026, 1, 10);
        p.dataProcessingConsent = true;
        p.dataProcessingConsentDate = QDate(2026, 1, 10);
        auto id = repo.add(p);
        QVERIFY(id.ok());
        QCOMPARE(p.id, id.value());
        auto loaded = repo.find(p.id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value(), p);
        QCOMPARE(loaded.value().ageOn(QDate(2026, 6, 15)), 41);

        p.fitzpatrick.reset();
        p.email.clear();
        p.familyName = QStringLiteral("Müller-Lüdenscheidt");
        QVERIFY(repo.update(p).ok());
        QCOMPARE(repo.find(p.id).value(), p);
        QCOMPARE(repo.findByMrn(QStringLiteral("T-0001")).value().id, p.id);
    }

    void mrnUnique()
    {
        test::TempDatabase t;
        PatientRepository repo(*t);
        test::addPatient(*t);
        Patient twin = test::samplePatient();
        twin.familyName = QStringLiteral("Other");
        auto r = repo.add(twin);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Validation);
        QCOMPARE(r.error().issues.size(), 1);
        QCOMPARE(r.error().issues.first().field, QStringLiteral("mrn"));
        QVERIFY(r.error().message.contains(QStringLiteral("T-0001")));
        QVERIFY(repo.isMrnTaken(QStringLiteral("T-0001")));
        QVERIFY(!repo.isMrnTaken(QStringLiteral("T-0001"), 1)); // its own MRN when editing
        QCOMPARE(repo.count(true), 1);
    }

    void invalidPatientReportsEverything()
    {
        test::TempDatabase t;
        Patient p;
        p.mrn = QString(40, QLatin1Char('X'));
        p.email = QStringLiteral("nope");
        p.dateOfBirth = QDate(2030, 1, 1);
        auto r = PatientRepository(*t).add(p);
        QVERIFY(!r.ok());
        QStringList fields;
        for (const auto &issue : r.error().issues)
            fields << issue.field;
        QCOMPARE(fields, (QStringList{QStringLiteral("mrn"), QStringLiteral("family_name"),
                                      QStringLiteral("given_name"), QStringLiteral("date_of_birth"),
                                      QStringLiteral("email")}));
        QCOMPARE(rowCount(*t, QStringLiteral("patient")), 0);
    }

    void searchIsAccentAndCaseInsensitive()
    {
        test::TempDatabase t;
        PatientRepository repo(*t);
        const struct
        {
            const char *mrn, *family, *given;
        } people[] = {{"A-100", "Müller", "Jonas"},
                      {"A-200", "O'Brien", "Seán"},
                      {"B-300", "Østergaard", "Åsa"},
                      {"B-310", "Weiß", "Jürgen"},
                      {"C-400", "Mullins", "Anna"}};
        for (const auto &person : people) {
            Patient p = test::samplePatient(QString::fromUtf8(person.mrn));
            p.familyName = QString::fromUtf8(person.family);
            p.givenName = QString::fromUtf8(person.given);
            QVERIFY(repo.add(p).ok());
        }
        auto names = [&](const QString &text) {
            QStringList out;
            for (const auto &p : repo.search({text, false, -1}).value())
                out << p.mrn;
            return out;
        };
        QCOMPARE(names(QStringLiteral("mul")),
                 (QStringList{QStringLiteral("A-100"), QStringLiteral("C-400")}));
        QCOMPARE(names(QStringLiteral("MÜLLER")), QStringList{QStringLiteral("A-100")});
        QCOMPARE(names(QStringLiteral("muller")), QStringList{QStringLiteral("A-100")});
        QCOMPARE(names(QStringLiteral("obri")), QStringList{QStringLiteral("A-200")});
        QCOMPARE(names(QStringLiteral("o'bri")), QStringList{QStringLiteral("A-200")});
        QCOMPARE(names(QStringLiteral("sean")), QStringList{QStringLiteral("A-200")});
        QCOMPARE(names(QStringLiteral("oster")), QStringList{QStringLiteral("B-300")});
        QCOMPARE(names(QStringLiteral("weiss")), QStringList{QStringLiteral("B-310")});
        QCOMPARE(names(QStringLiteral("b-3")),
                 (QStringList{QStringLiteral("B-300"), QStringLiteral("B-310")}));
        QCOMPARE(names(QStringLiteral("jonas mu")), QStringList{QStringLiteral("A-100")});
        QCOMPARE(names(QStringLiteral("mu anna")), QStringList{QStringLiteral("C-400")});
        QCOMPARE(names(QStringLiteral("zzz")), QStringList());
        QCOMPARE(names(QString()).size(), 5);

        // The query plan uses the search indexes, not a table scan (SQLite's plan; the server
        // plans a five-row table its own way).
        if (t.db->engine() != Engine::Sqlite)
            return;
        QSqlQuery q(t.db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT id FROM patient WHERE archived = 0 AND "
            "((mrn_key >= 'mu' AND mrn_key < 'mu\uFFFF') OR (family_key >= 'mu' "
            "AND family_key < 'mu\uFFFF') OR (given_key >= 'mu' AND given_key < 'mu\uFFFF'))")));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(plan.contains(QStringLiteral("patient_family_search")), qPrintable(plan));
        QVERIFY2(plan.contains(QStringLiteral("patient_mrn_search")), qPrintable(plan));
    }

    void archivingHidesButKeeps()
    {
        test::TempDatabase t;
        PatientRepository repo(*t);
        const qint64 id = test::addPatient(*t);
        QVERIFY(repo.setArchived(id, true).ok());
        QCOMPARE(repo.search({}).value().size(), 0);
        QCOMPARE(repo.search({QString(), true, -1}).value().size(), 1);
        QVERIFY(repo.find(id).value().archived);
        QVERIFY(repo.setArchived(id, false).ok());
        QCOMPARE(repo.search({}).value().size(), 1);
        QCOMPARE(repo.setArchived(4242, true).error().kind, Error::Kind::NotFound);
    }

    void diagnosisRoundTrip()
    {
        test::TempDatabase t;
        const qint64 pid = test::addPatient(*t);
        DiagnosisRepository repo(*t);
        Diagnosis d;
        d.patientId = pid;
        d.type = DiagnosisType::AlopeciaAreata;
        d.icd10 = QStringLiteral("L63.9");
        d.diagnosedOn = QDate(2026, 2, 1);
        d.onset = QStringLiteral("2025-11");
        d.scale = Scale::Salt;
        d.salt = {Percentage(50), Percentage(25), Percentage(10), Percentage(0)};
        d.findings = {TrichoscopyFinding::YellowDots, TrichoscopyFinding::ExclamationMarkHairs};
        d.notes = QStringLiteral("Two patches");
        QVERIFY(repo.add(d).ok());
        auto loaded = repo.find(d.id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value(), d);
        QCOMPARE(loaded.value().severityText(), QStringLiteral("SALT 27.8 (S2)"));

        Diagnosis aga;
        aga.patientId = pid;
        aga.type = DiagnosisType::AgaMale;
        aga.icd10 = QStringLiteral("L64.9");
        aga.diagnosedOn = QDate(2026, 3, 1);
        aga.scale = Scale::NorwoodHamilton;
        aga.grade = QStringLiteral("IIIv");
        QVERIFY(repo.add(aga).ok());
        const auto list = repo.forPatient(pid).value();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.first().id, aga.id); // newest first

        aga.status = DiagnosisStatus::InRemission;
        QVERIFY(repo.update(aga).ok());
        QCOMPARE(repo.find(aga.id).value().status, DiagnosisStatus::InRemission);
        QVERIFY(repo.remove(d.id).ok());
        QCOMPARE(repo.forPatient(pid).value().size(), 1);
    }

    void sessionRoundTripWithChildren()
    {
        test::TempDatabase t;
        const qint64 pid = test::addPatient(*t);
        SessionRepository repo(*t);
        auto s = fullSession(pid);
        QVERIFY(repo.add(s).ok());
        auto loaded = repo.find(s.id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value(), s);
        QCOMPARE(loaded.value().courseText(), QStringLiteral("3 of 8"));

        s.adjuncts.removeAt(1);
        s.zones = {ScalpSite::Midscalp};
        s.adverseEvents.clear();
        s.pain.reset();
        QVERIFY(repo.update(s).ok());
        QCOMPARE(repo.find(s.id).value(), s);
        QCOMPARE(rowCount(*t, QStringLiteral("session_adjunct")), 2);
        QCOMPARE(rowCount(*t, QStringLiteral("adverse_event")), 0);

        auto later = fullSession(pid);
        later.performedAt = later.performedAt.addDays(7);
        QVERIFY(repo.add(later).ok());
        QCOMPARE(repo.latestForPatient(pid).value().id, later.id);
        QCOMPARE(repo.forPatient(pid).value().first().id, later.id);

        QVERIFY(repo.remove(s.id).ok());
        QCOMPARE(rowCount(*t, QStringLiteral("session_zone")), 2); // only `later`'s zones remain
    }

    void sessionWithInvalidThirdAdjunctLeavesNoTrace()
    {
        test::TempDatabase t;
        const qint64 pid = test::addPatient(*t);
        auto s = fullSession(pid);
        s.adjuncts[2] = {AdjunctType::Other, QString()}; // "other" needs a description
        auto r = SessionRepository(*t).add(s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().issues.first().field, QStringLiteral("adjuncts[3].dose"));
        QCOMPARE(s.id, 0);
        for (const char *table : {"session", "session_zone", "session_adjunct", "adverse_event"})
            QCOMPARE(rowCount(*t, QString::fromLatin1(table)), 0);
    }

    void failureDuringWriteRollsBack()
    {
        // The database itself refuses the third adjunct (as a full disk or a crash would stop the
        // write half-way): the session and the rows written before it must vanish.
        test::TempDatabase t;
        const qint64 pid = test::addPatient(*t);
        QSqlQuery q(t.db->connection());
        QVERIFY(refuseThirdAdjunct(*t, true));
        auto s = fullSession(pid);
        auto r = SessionRepository(*t).add(s);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("simulated failure")),
                 qPrintable(r.error().message));
        for (const char *table : {"session", "session_zone", "session_adjunct", "adverse_event"})
            QCOMPARE(rowCount(*t, QString::fromLatin1(table)), 0);

        // An update that fails keeps the previous version whole.
        QVERIFY(refuseThirdAdjunct(*t, false));
        auto good = fullSession(pid);
        good.adjuncts.removeLast();
        QVERIFY(SessionRepository(*t).add(good).ok());
        QVERIFY(refuseThirdAdjunct(*t, true));
        auto changed = good;
        changed.adjuncts.append({AdjunctType::GrowthFactors, QStringLiteral("1 ml")});
        changed.pain = 7;
        QVERIFY(!SessionRepository(*t).update(changed).ok());
        QCOMPARE(SessionRepository(*t).find(good.id).value(), good);
    }

    void measurementsRoundTripAndGridIsAllOrNothing()
    {
        test::TempDatabase t;
        const qint64 pid = test::addPatient(*t);
        MeasurementRepository repo(*t);
        Measurement m;
        m.patientId = pid;
        m.measuredOn = QDate(2026, 6, 1);
        m.site = ScalpSite::TargetArea;
        m.siteLabel = QStringLiteral("tattoo vertex");
        m.method = MeasurementMethod::Phototrichogram;
        m.instrument = QStringLiteral("Camera");
        m.magnification = 40;
        m.density = HairDensity(150.5);
        m.hairCount = 150;
        m.area = AreaCm2(1.0);
        m.meanDiameter = ShaftDiameter(62.3);
        m.terminal = Percentage(70);
        m.vellus = Percentage(25);
        m.anagen = Percentage(80);
        m.telogen = Percentage(20);
        m.follicularUnits = FollicularUnitDensity(70);
        m.hairsPerFollicularUnit = HairsPerUnit(2.1);
        m.notes = QStringLiteral("baseline");
        QVERIFY(repo.add(m).ok());
        QCOMPARE(repo.find(m.id).value(), m);
        QVERIFY(qFuzzyCompare(repo.find(m.id).value().cumulativeThickness().value(),
                              150.5 * 62.3 / 1000));

        QList<Measurement> grid;
        for (auto site : {ScalpSite::Frontal, ScalpSite::Vertex, ScalpSite::Occipital}) {
            Measurement row;
            row.patientId = pid;
            row.measuredOn = QDate(2026, 6, 10);
            row.site = site;
            row.density = HairDensity(site == ScalpSite::Vertex ? 950 : 180); // vertex is wrong
            grid << row;
        }
        auto r = repo.addAll(grid);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().issues.size(), 1);
        QCOMPARE(r.error().issues.first().field, QStringLiteral("row2.density_per_cm2"));
        QCOMPARE(repo.forPatient(pid).value().size(), 1);
        grid[1].density = HairDensity(95);
        QVERIFY(repo.addAll(grid).ok());
        const auto all = repo.forPatient(pid).value();
        QCOMPARE(all.size(), 4);
        QVERIFY(grid[0].id > 0 && grid[2].id > 0);

        m.density = HairDensity(160);
        QVERIFY(repo.update(m).ok());
        QCOMPARE(repo.find(m.id).value().density.value(), 160.0);
        QVERIFY(repo.remove(m.id).ok());
        QCOMPARE(repo.find(m.id).error().kind, Error::Kind::NotFound);
    }

    void outcomeRoundTrip()
    {
        test::TempDatabase t;
        const qint64 pid = test::addPatient(*t);
        OutcomeRepository repo(*t);
        PatientReportedOutcome o;
        o.patientId = pid;
        o.recordedOn = QDate(2026, 6, 1);
        o.globalAssessment = 2;
        o.sheddingScore = 3;
        o.notes = QStringLiteral("less shedding");
        QVERIFY(repo.add(o).ok());
        QCOMPARE(repo.forPatient(pid).value(), QList<PatientReportedOutcome>{o});
        QCOMPARE(globalAssessmentLabel(2), QStringLiteral("+2 moderately better"));
        o.globalAssessment = 5;
        QCOMPARE(repo.update(o).error().kind, Error::Kind::Validation);
        QCOMPARE(repo.forPatient(pid).value().first().globalAssessment, 2);
    }

    void demoIsDeterministicAndRealistic()
    {
        test::TempDatabase a, b;
        DemoOptions options;
        options.patients = 12;
        options.seed = 7;
        QVERIFY(!isDemoDatabase(*a));
        const auto sa = generateDemo(*a, options);
        const auto sb = generateDemo(*b, options);
        QVERIFY2(sa.ok(), sa.ok() ? "" : qPrintable(sa.error().message));
        QVERIFY(isDemoDatabase(*a)); // the sign-in dialog then shows the demo accounts
        QCOMPARE(sa.value().patients, 12);
        QCOMPARE(sa.value().sessions, sb.value().sessions);
        QCOMPARE(sa.value().measurements, sb.value().measurements);
        QVERIFY(sa.value().sessions >= 12 * 4 && sa.value().sessions <= 12 * 16);

        PatientRepository pa(*a), pb(*b);
        const auto la = pa.search({QString(), true, -1}).value();
        const auto lb = pb.search({QString(), true, -1}).value();
        QCOMPARE(la, lb);
        for (const auto &p : la) {
            const auto ma = MeasurementRepository(*a).forPatient(p.id).value();
            const auto mb = MeasurementRepository(*b).forPatient(p.id).value();
            QCOMPARE(ma, mb);
            // 2-4 sites per measured visit
            QMap<QDate, int> sitesPerVisit;
            for (const auto &m : ma)
                if (m.site != ScalpSite::TargetArea)
                    ++sitesPerVisit[m.measuredOn];
            for (int n : sitesPerVisit)
                QVERIFY2(n >= 2 && n <= 4, qPrintable(QString::number(n)));
            const auto sessions = SessionRepository(*a).forPatient(p.id).value();
            QVERIFY(sessions.size() >= 4 && sessions.size() <= 16);
        }
        // A different seed gives different patients.
        test::TempDatabase c;
        options.seed = 8;
        QVERIFY(generateDemo(*c, options).ok());
        QVERIFY(PatientRepository(*c).search({QString(), true, -1}).value() != la);
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
