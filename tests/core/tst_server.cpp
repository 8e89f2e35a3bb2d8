// What only a server has: two workstations on one database (lost updates refused, simultaneous
// adds both kept, the audit chain still one chain), a connection the server drops, addresses
// and passwords, moving a practice from its SQLite file to the server (tst_copyrows: the
// export's binary COPY reader). Runs against the throwaway PostgreSQL cluster of
// the test run (skipped without it).
#include "core/demo/DemoGenerator.h"
#include "core/io/CsvImporter.h"
#include "core/security/AuditLog.h"
#include "core/security/UserRepository.h"
#include "core/storage/CopyRows.h"
#include "core/storage/EngineCopy.h"
#include "core/storage/Integrity.h"
#include "core/storage/MeasurementRepository.h"
#include "core/storage/PatientListQuery.h"
#include "core/storage/PatientSummary.h"
#include "core/storage/PhotoRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/SqlDialect.h"
#include "tests/TestSupport.h"
#include "tests/e2e/ProcessRun.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <bit>
#include <limits>

using namespace tricholog;

namespace {

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

MicroneedlingSession session(qint64 patient, QDateTime at)
{
    MicroneedlingSession s;
    s.patientId = patient;
    s.performedAt = at;
    s.device = Device::Pen;
    s.needleLength = NeedleLength(1.0);
    s.zones = {ScalpSite::Vertex, ScalpSite::Frontal};
    return s;
}

// Into the practice's file: a CSV import and a measurement entered, each with numbers of 17
// significant digits (a density an analysis computed): SQLite's JSON writes 15 of them, the
// server's all 17.
void importAndEnter(Database &db, const QTemporaryDir &dir)
{
    QFile patients(dir.filePath(QStringLiteral("patients.csv")));
    QVERIFY(patients.open(QIODevice::WriteOnly));
    patients.write("mrn,family_name,given_name,date_of_birth,sex,fitzpatrick,phone,email,"
                   "photo_consent\nIMP-1,Imported,Ada,1980-05-01,female,2,,,no\n");
    patients.close();
    QFile measurements(dir.filePath(QStringLiteral("measurements.csv")));
    QVERIFY(measurements.open(QIODevice::WriteOnly));
    measurements.write("mrn,date,site,method,density_per_cm2,hair_count,area_cm2,"
                       "mean_diameter_um,terminal_pct,vellus_pct,anagen_pct,telogen_pct\n"
                       "IMP-1,2026-03-02,vertex,phototrichogram,150.5,,,55,80,20,,\n"
                       "IMP-1,2026-04-02,vertex,phototrichogram,214.28571428571428,,,"
                       "55.000000000000014,80,20,,\n");
    measurements.close();
    ImportFiles files;
    files.patients = patients.fileName();
    files.measurements = measurements.fileName();
    QVERIFY(UserRepository(db)
                .signIn(QString::fromLatin1(kDemoAdministrator.name),
                        QString::fromLatin1(kDemoAdministrator.password))
                .ok());
    const auto imported = CsvImporter(db).importFiles(files);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    // And one entered, logged by the trail row by row.
    Measurement entered;
    entered.patientId = scalar(db, QStringLiteral("SELECT min(id) FROM patient"));
    entered.measuredOn = QDate(2026, 5, 4);
    entered.site = ScalpSite::Vertex;
    entered.method = MeasurementMethod::Phototrichogram;
    entered.density = HairDensity(1500.0 / 7.0);
    entered.meanDiameter = ShaftDiameter(0.1 + 54.2);
    QVERIFY(MeasurementRepository(db).add(entered).ok());
}

// Runs statements as the cluster's superuser on one database of it (an administrator's work).
bool asSuperuser(const QString &databaseUrl, const QStringList &statements)
{
    bool ok = true;
    {
        const QUrl u(databaseUrl);
        auto c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("super"));
        c.setHostName(u.host());
        c.setPort(u.port());
        c.setUserName(QStringLiteral("postgres"));
        c.setPassword(test::TestServer::get().superuserPassword);
        c.setDatabaseName(u.path().mid(1));
        ok = c.open();
        QSqlQuery q(c);
        for (const QString &sql : statements)
            if (ok && !q.exec(sql)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                ok = false;
            }
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("super"));
    return ok;
}

// The first value a query gives, as text; empty when it gives none.
QString firstText(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

QString mrnIndexDefinition(Database &db)
{
    return firstText(db,
                     QStringLiteral("SELECT indexdef FROM pg_indexes WHERE tablename = 'patient' "
                                    "AND indexname = 'patient_mrn_trigrams'"));
}

// The MRNs the list finds for a text typed into the search.
QStringList found(Database &db, const QString &text)
{
    PatientListRequest request;
    request.text = text;
    QStringList mrns;
    for (const PatientListRow &row : PatientListQuery(db, request).page(0, 50).value())
        mrns << row.mrn;
    return mrns;
}

} // namespace

class TestServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!test::onServer())
            QSKIP("no PostgreSQL test server (TRICHOLOG_TEST_PG_STATE)");
    }

    void lostUpdatesAreRefusedAcrossWorkstations()
    {
        test::TempDatabase a;
        auto b = Database::open(a.path(), a.clock); // the second treatment room
        QVERIFY(b.ok());
        const qint64 pid = test::addPatient(*a);
        Patient inA = PatientRepository(*a).find(pid).value();
        Patient inB = PatientRepository(*b.value()).find(pid).value();
        inA.notes = QStringLiteral("Seen in room 1");
        QVERIFY(PatientRepository(*a).update(inA).ok());
        inB.notes = QStringLiteral("Seen in room 2");
        const auto refused = PatientRepository(*b.value()).update(inB);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QVERIFY2(refused.error().message.contains(QStringLiteral("reload")),
                 qPrintable(refused.error().message));
        QCOMPARE(PatientRepository(*b.value()).find(pid).value().notes,
                 QStringLiteral("Seen in room 1"));
    }

    void simultaneousAddsAllSucceedAndTheTrailStaysOneChain()
    {
        test::TempDatabase t;
        const qint64 pid = test::addPatient(*t);
        // Two workstations, each on its own connection (and thread), add sessions at once.
        QStringList errors;
        QMutex guard;
        auto room = [&](int number) {
            return QThread::create([&, number] {
                auto db = Database::open(t.path(), t.clock);
                if (!db) {
                    const QMutexLocker lock(&guard);
                    errors << db.error().message;
                    return;
                }
                for (int i = 0; i < 25; ++i) {
                    auto s = session(
                        pid, QDateTime(QDate(2026, 1, 1).addDays(i), QTime(8 + number, i % 60)));
                    if (auto r = SessionRepository(*db.value()).add(s); !r) {
                        const QMutexLocker lock(&guard);
                        errors << r.error().message;
                    }
                }
            });
        };
        std::unique_ptr<QThread> one(room(1)), two(room(2));
        one->start();
        two->start();
        QVERIFY(one->wait(120000) && two->wait(120000));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(SessionRepository(*t).forPatient(pid).value().size(), 50);
        const auto chain = AuditLog(*t).verify().value();
        QVERIFY2(chain.intact(), qPrintable(chain.reason));
        // The patient, 50 sessions and their 100 zones: every write has its entry.
        QCOMPARE(chain.records, 1 + 50 + 100);
        QCOMPARE(queryPatientList(*t, PatientListRequest{}).value().first().sessions, 50);
    }

    void aDroppedConnectionIsReportedAndOpenedAgain()
    {
        test::TempDatabase t;
        const qint64 backend = scalar(*t, QStringLiteral("SELECT pg_backend_pid()"));
        QVERIFY(backend > 0);
        // The server goes away under the connection (a restart, a network cut).
        QVERIFY(test::TestServer::get().terminateBackend(backend));
        Patient p = test::samplePatient(QStringLiteral("NET-1"));
        // pg_terminate_backend waited for the backend to end, so the first statement of the save
        // (the check that the MRN is free) meets the closed connection. The save's INSERT then
        // asks for the connection, which is opened again, and goes through: the user's save
        // succeeds, once, and the MRN's uniqueness still holds (the column's UNIQUE constraint).
        const auto saved = PatientRepository(*t).add(p);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QCOMPARE(t.db->reconnects(), 1);
        QVERIFY(scalar(*t, QStringLiteral("SELECT pg_backend_pid()")) != backend);
        // A read that is the first statement after a drop fails, in plain words; the next one
        // connects again.
        const qint64 second = scalar(*t, QStringLiteral("SELECT pg_backend_pid()"));
        QVERIFY(test::TestServer::get().terminateBackend(second));
        const auto lost = PatientRepository(*t).find(p.id);
        QVERIFY(!lost.ok());
        QVERIFY2(lost.error().message.contains(QStringLiteral("cannot be reached")),
                 qPrintable(lost.error().message));
        const auto again = PatientRepository(*t).find(p.id);
        QVERIFY(again.ok());
        QCOMPARE(again.value().mrn, QStringLiteral("NET-1"));
        QCOMPARE(t.db->reconnects(), 2);
        QCOMPARE(scalar(*t, QStringLiteral("SELECT count(*) FROM patient WHERE mrn = 'NET-1'")), 1);
    }

    void aServerThatStaysAwayIsReportedInPlainWords()
    {
        test::TempDatabase t;
        const QString name = QUrl(t.path()).path().mid(1);
        const qint64 backend = scalar(*t, QStringLiteral("SELECT pg_backend_pid()"));
        // The connection goes, and a new one is refused until the server takes connections again.
        QVERIFY(test::TestServer::get().admin(
            QStringLiteral("ALTER DATABASE \"%1\" WITH ALLOW_CONNECTIONS false").arg(name)));
        QVERIFY(test::TestServer::get().terminateBackend(backend));
        Patient first = test::samplePatient(QStringLiteral("NET-2"));
        const auto refused = PatientRepository(*t).add(first);
        QVERIFY(!refused.ok());
        const QString message = refused.error().message;
        QVERIFY2(message.contains(QStringLiteral("cannot be reached")), qPrintable(message));
        // With the server's reason, not libpq's "connection pointer is NULL".
        QVERIFY2(message.contains(QStringLiteral("not currently accepting connections")),
                 qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("pointer")), qPrintable(message));
        QVERIFY(test::TestServer::get().admin(
            QStringLiteral("ALTER DATABASE \"%1\" WITH ALLOW_CONNECTIONS true").arg(name)));
        Patient again = test::samplePatient(QStringLiteral("NET-2"));
        const auto saved = PatientRepository(*t).add(again);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QCOMPARE(scalar(*t, QStringLiteral("SELECT count(*) FROM patient WHERE mrn = 'NET-2'")), 1);
    }

    void addressesAreCheckedAndPasswordsStayOut()
    {
        const QString url = test::TestServer::get().newDatabase();
        const QUrl parsed(url);
        // A password in the address is refused, before any connection.
        QString withPassword = url;
        withPassword.replace(QStringLiteral("tricholog@"), QStringLiteral("tricholog:secret@"));
        auto refused = Database::open(withPassword);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("does not belong")),
                 qPrintable(refused.error().message));
        // A wrong password: the server's reason.
        auto wrong = Database::open(url, {}, QStringLiteral("not-the-password"));
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error().message.contains(QStringLiteral("password")),
                 qPrintable(wrong.error().message));
        QVERIFY(!Database::open(QStringLiteral("postgresql://nohost")).ok());
        // Another program's tables: refused, untouched.
        {
            auto c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("other"));
            c.setHostName(parsed.host());
            c.setPort(parsed.port());
            c.setUserName(parsed.userName());
            c.setPassword(test::TestServer::get().password);
            c.setDatabaseName(parsed.path().mid(1));
            QVERIFY(c.open());
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id int)")));
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        auto foreign = Database::open(url);
        QVERIFY(!foreign.ok());
        QVERIFY2(foreign.error().message.contains(QStringLiteral("another program")),
                 qPrintable(foreign.error().message));
        test::TestServer::get().dropDatabase(url);
        // And one of ours opens with its engine named for the status bar.
        test::TempDatabase ours;
        QVERIFY(ours.db->isServer());
        QVERIFY(ours.db->displayName().startsWith(QStringLiteral("PostgreSQL database t_")));
        QCOMPARE(ours.db->schemaVersion(), Database::latestSchemaVersion());
    }

    // Schema 12: the search indexes hold the patient's id, and digits typed into the search are
    // looked for anywhere in an MRN through a trigram index (pg_trgm), wherever the extension
    // lives; a server that refuses the extension still migrates, and finds the same patients.
    void digitsAnywhereInAnMrnAreReadFromTheTrigramIndex()
    {
        test::TempDatabase t;
        for (const char *mrn : {"C-012345", "C-012399", "C-112345", "X-9"})
            test::addPatient(*t, test::samplePatient(QLatin1String(mrn)));
        QVERIFY2(mrnIndexDefinition(*t).contains(QStringLiteral("gin_trgm_ops")),
                 qPrintable(mrnIndexDefinition(*t)));
        {
            // The list's search indexes hold the id, so a page in list order is read from them.
            QSqlQuery q(t.db->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE "
                                          "tablename = 'patient' AND indexname LIKE "
                                          "'patient_%_search' ORDER BY indexname")));
            QStringList covering;
            while (q.next())
                if (q.value(1).toString().endsWith(QStringLiteral("INCLUDE (id)")))
                    covering << q.value(0).toString();
            QCOMPARE(covering, (QStringList{QStringLiteral("patient_family_search"),
                                            QStringLiteral("patient_given_search"),
                                            QStringLiteral("patient_mrn_search")}));
        }
        QCOMPARE(found(*t, QStringLiteral("2345")),
                 (QStringList{QStringLiteral("C-012345"), QStringLiteral("C-112345")}));
        QCOMPARE(found(*t, QStringLiteral("0123")),
                 (QStringList{QStringLiteral("C-012345"), QStringLiteral("C-012399")}));
        {
            // Four rows are read faster by a scan; with scans priced out, the plan shows the
            // index serves the search's own condition.
            QSqlQuery q(t.db->connection());
            QVERIFY(q.exec(QStringLiteral("SET enable_seqscan = off")));
            QVERIFY(q.exec(QStringLiteral("EXPLAIN SELECT id FROM patient m WHERE m.mrn_key LIKE "
                                          "'%2345%' ESCAPE '!'")));
            QString plan;
            while (q.next())
                plan += q.value(0).toString() + QLatin1Char('\n');
            QVERIFY2(plan.contains(QStringLiteral("patient_mrn_trigrams")), qPrintable(plan));
            QVERIFY(q.exec(QStringLiteral("RESET enable_seqscan")));
        }

        // The extension put by an administrator into a schema of its own: the index names it.
        {
            const QString url = test::TestServer::get().newDatabase();
            QVERIFY(asSuperuser(url, {QStringLiteral("CREATE SCHEMA \"ext tools\""),
                                      QStringLiteral("GRANT USAGE ON SCHEMA \"ext tools\" TO "
                                                     "tricholog"),
                                      QStringLiteral("CREATE EXTENSION pg_trgm SCHEMA \"ext "
                                                     "tools\"")}));
            auto db = Database::open(url);
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
            QVERIFY2(mrnIndexDefinition(*db.value())
                         .contains(QStringLiteral("\"ext tools\".gin_trgm_ops")),
                     qPrintable(mrnIndexDefinition(*db.value())));
            db.value().reset();
            test::TestServer::get().dropDatabase(url);
        }

        // ... or into one the database's owner may not use: no index, and the reason said.
        {
            const QString url = test::TestServer::get().newDatabase();
            QVERIFY(asSuperuser(url, {QStringLiteral("CREATE SCHEMA locked"),
                                      QStringLiteral("CREATE EXTENSION pg_trgm SCHEMA locked")}));
            QTest::ignoreMessage(QtWarningMsg,
                                 QRegularExpression(QStringLiteral(
                                     "MRN search index was not built .*permission denied for "
                                     "schema locked")));
            auto db = Database::open(url);
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
            QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
            QCOMPARE(mrnIndexDefinition(*db.value()), QString());
            db.value().reset();
            test::TestServer::get().dropDatabase(url);
        }

        // The owner may not create extensions in this database: the schema is still made (and
        // says why the index is missing), and the search finds the same patients by reading.
        {
            const QString url = test::TestServer::get().newDatabase();
            const QString name = url.mid(url.lastIndexOf(QLatin1Char('/')) + 1);
            QVERIFY(asSuperuser(url, {QStringLiteral("REVOKE CREATE ON DATABASE %1 FROM PUBLIC, "
                                                     "tricholog")
                                          .arg(name)}));
            QTest::ignoreMessage(QtWarningMsg,
                                 QRegularExpression(QStringLiteral(
                                     "the MRN search index was not built \\(pg_trgm: .*permission "
                                     "denied")));
            auto db = Database::open(url);
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
            QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
            QCOMPARE(mrnIndexDefinition(*db.value()), QString());
            for (const char *mrn : {"C-012345", "C-012399", "C-112345"})
                test::addPatient(*db.value(), test::samplePatient(QLatin1String(mrn)));
            QCOMPARE(found(*db.value(), QStringLiteral("2345")),
                     (QStringList{QStringLiteral("C-012345"), QStringLiteral("C-112345")}));
            db.value().reset();
            test::TestServer::get().dropDatabase(url);
        }
    }

    // Schema 15 on a server made by the version before: the id trigger, the audit's insert
    // trigger on the tables an import writes and the summary's insert trigger are not called for
    // an import's rows (WHEN). A database with schema 14's triggers gets them, and the trigger
    // check, which found them changed, finds nothing.
    void aServerAtSchema14GetsTriggersThatSkipImportRows()
    {
        const QString url = test::TestServer::get().newDatabase();
        auto whenOf = [](Database &db, const char *trigger) {
            return firstText(db, QStringLiteral("SELECT coalesce(pg_get_triggerdef(oid), '') FROM "
                                                "pg_trigger WHERE tgname = '%1'")
                                     .arg(QLatin1String(trigger)));
        };
        {
            auto db = Database::open(url);
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
            QVERIFY(whenOf(*db.value(), "measurement_assign_id").contains(QLatin1String("WHEN")));
            QVERIFY(whenOf(*db.value(), "summary_session_insert")
                        .contains(QLatin1String("tricholog.importing")));
            QSqlQuery q(db.value()->connection());
            const QRegularExpression parts(
                QStringLiteral("^CREATE TRIGGER (\\w+) .* ON (\\w+) FOR"));
            for (const QString &statement : postgresTriggerStatements(15)) {
                const auto m = parts.match(statement);
                QVERIFY(m.hasMatch());
                QVERIFY2(
                    q.exec(
                        QStringLiteral("DROP TRIGGER %1 ON %2").arg(m.captured(1), m.captured(2))),
                    qPrintable(q.lastError().text()));
            }
            for (const QString &statement : postgresTriggerStatements(14))
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(
                QStringLiteral("UPDATE meta SET value = '14' WHERE key = 'schema_version'")));
            QCOMPARE(whenOf(*db.value(), "summary_session_insert"), QString());
            QSqlDatabase connection = db.value()->connection();
            const auto problems = integrity::triggerProblems(connection, Engine::Postgres, 15);
            QVERIFY(problems.ok());
            QVERIFY(problems.value().contains(
                QStringLiteral("the trigger measurement_assign_id was altered")));
            QVERIFY(problems.value().contains(
                QStringLiteral("the trigger summary_session_insert is missing")));
        }
        auto db = Database::open(url);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE(db.value()->schemaVersion(), 15);
        QVERIFY2(db.value()->integrityProblems().isEmpty(),
                 qPrintable(db.value()->integrityProblems().join(QLatin1Char('\n'))));
        QVERIFY(whenOf(*db.value(), "audit_measurement_insert")
                    .contains(QLatin1String("tricholog.importing")));
        QVERIFY(!whenOf(*db.value(), "summary_measurement").contains(QLatin1String("INSERT")));
        QVERIFY(whenOf(*db.value(), "summary_measurement").contains(QLatin1String("UPDATE")));
        db.value().reset();
        test::TestServer::get().dropDatabase(url);
    }

    // Schema 14 on a server made by the version before: its summary trigger (which marked the
    // summary for every row an import added) becomes the one that leaves that to the import;
    // the check of the functions finds nothing then, having found the old body altered.
    void aServerAtSchema13GetsTheImportAwareSummaryTrigger()
    {
        const QString url = test::TestServer::get().newDatabase();
        auto body = [](Database &db) {
            return firstText(db, QStringLiteral("SELECT prosrc FROM pg_proc WHERE proname = "
                                                "'tricholog_summary_stale'"));
        };
        {
            auto db = Database::open(url);
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
            QVERIFY(body(*db.value()).contains(QLatin1String("tricholog.importing")));
            QSqlQuery q(db.value()->connection());
            QVERIFY2(q.exec(QStringLiteral(
                         "CREATE OR REPLACE FUNCTION tricholog_summary_stale() RETURNS trigger "
                         "LANGUAGE plpgsql AS $$ BEGIN IF TG_OP <> 'INSERT' THEN UPDATE "
                         "patient_summary SET stale = 1 WHERE patient_id = OLD.patient_id; END "
                         "IF; IF TG_OP <> 'DELETE' THEN UPDATE patient_summary SET stale = 1 "
                         "WHERE patient_id = NEW.patient_id; END IF; RETURN NULL; END $$")),
                     qPrintable(q.lastError().text()));
            QVERIFY(q.exec(
                QStringLiteral("UPDATE meta SET value = '13' WHERE key = 'schema_version'")));
            QSqlDatabase connection = db.value()->connection();
            const auto problems = integrity::triggerProblems(connection, Engine::Postgres, 14);
            QVERIFY(problems.ok());
            QVERIFY(problems.value().contains(
                QStringLiteral("the function tricholog_summary_stale was altered")));
        }
        auto db = Database::open(url);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE(db.value()->schemaVersion(), 15);
        QVERIFY2(db.value()->integrityProblems().isEmpty(),
                 qPrintable(db.value()->integrityProblems().join(QLatin1Char('\n'))));
        QVERIFY(body(*db.value()).contains(QLatin1String("tricholog.importing")));
        db.value().reset();
        test::TestServer::get().dropDatabase(url);
    }

    void movingAPracticeCopiesEveryRowPhotoAndAuditEntry()
    {
        // The practice: a demo file with photos, accounts and its audit trail.
        QTemporaryDir dir;
        auto file = Database::open(dir.filePath(QStringLiteral("practice.sqlite")),
                                   std::make_shared<FixedClock>(test::fixedNow()));
        QVERIFY(file.ok());
        DemoOptions demo;
        demo.patients = 30;
        demo.photoPatients = 2;
        QVERIFY(generateDemo(*file.value(), demo).ok());
        QVERIFY(scalar(*file.value(), QStringLiteral("SELECT count(*) FROM photo")) > 0);
        // And a CSV import, logged by one entry whose digest must hold on the server too, and a
        // measurement entered, logged row by row.
        importAndEnter(*file.value(), dir);
        if (QTest::currentTestFailed())
            return;
        const auto before = integrity::rowsChangedOutside(*file.value());
        QVERIFY(before.ok());
        QCOMPARE(before.value().changes, 0);
        test::TempDatabase server;
        const auto copied = copyDatabase(*file.value(), *server);
        QVERIFY2(copied.ok(), qPrintable(copied.ok() ? QString() : copied.error().message));
        for (const char *table : {"patient", "diagnosis", "session", "session_zone", "measurement",
                                  "outcome", "photo", "photo_original", "app_user", "audit_log"})
            QCOMPARE(scalar(*server,
                            QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))),
                     scalar(*file.value(),
                            QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
        QCOMPARE(copied.value().auditEntries,
                 scalar(*file.value(), QStringLiteral("SELECT count(*) FROM audit_log")));
        // The trail and the measurements span several multi-row INSERTs (1,000 rows at most
        // each, fewer for wide tables) and a last, shorter one: every value arrives.
        QVERIFY(copied.value().auditEntries > 1000);
        for (const char *digest :
             {"SELECT count(*) FROM audit_log WHERE hash IS NOT NULL AND length(hash) = 64",
              "SELECT sum(id) FROM audit_log",
              "SELECT CAST(round(sum(density) * 10) AS bigint) "
              "FROM measurement",
              "SELECT sum(length(notes)) FROM measurement"})
            QCOMPARE(scalar(*server, QLatin1String(digest)),
                     scalar(*file.value(), QLatin1String(digest)));
        // The planner knows the copied tables' sizes at once (ANALYZE after the copy), rather
        // than guessing until autovacuum comes by: a table of 0 rows before the copy would
        // otherwise be read whole to open one patient.
        QCOMPARE(scalar(*server,
                        QStringLiteral("SELECT count(*) FROM pg_stat_user_tables WHERE relname IN "
                                       "('patient', 'session', 'session_zone', 'measurement', "
                                       "'audit_log') AND last_analyze IS NOT NULL")),
                 5);
        QCOMPARE(scalar(*server, QStringLiteral("SELECT reltuples::bigint FROM pg_class WHERE "
                                                "relname = 'measurement'")),
                 scalar(*file.value(), QStringLiteral("SELECT count(*) FROM measurement")));
        // Photos byte for byte.
        const qint64 photo = scalar(*file.value(), QStringLiteral("SELECT min(id) FROM photo"));
        QCOMPARE(PhotoRepository(*server).original(photo).value(),
                 PhotoRepository(*file.value()).original(photo).value());
        QVERIFY(PhotoRepository(*server).verify().value().isEmpty());
        // The same list, the same people, and the demo accounts sign in on the server.
        PatientListRequest all;
        all.includeArchived = true;
        QList<qint64> there, here;
        for (const auto &r : queryPatientList(*server, all).value())
            there << r.id;
        for (const auto &r : queryPatientList(*file.value(), all).value())
            here << r.id;
        QCOMPARE(there, here);
        QVERIFY(UserRepository(*server)
                    .signIn(QString::fromLatin1(kDemoClinician.name),
                            QString::fromLatin1(kDemoClinician.password))
                    .ok());
        // New rows get new ids after the copied ones, and the chain goes on.
        const qint64 pid = test::addPatient(*server, test::samplePatient(QStringLiteral("NEW-1")));
        QVERIFY(pid > here.last());
        QVERIFY(AuditLog(*server).verify().value().intact());
        // Every row, imported or not, still holds what the trail (copied entry by entry) says.
        const auto after = integrity::rowsChangedOutside(*server);
        QVERIFY2(after.ok(), qPrintable(after.ok() ? QString() : after.error().message));
        QStringList named;
        for (const auto &c : after.value().listed)
            named << integrity::describe(c);
        QVERIFY2(after.value().changes == 0, qPrintable(named.join(QLatin1Char('\n'))));
        // Only into an empty database.
        QVERIFY(!copyDatabase(*file.value(), *server).ok());
        // Stopped partway (the window's Cancel): nothing is kept, and the copy can run again.
        {
            test::TempDatabase stopped;
            int calls = 0;
            const auto cut =
                copyDatabase(*file.value(), *stopped, [&](qint64) { return ++calls < 2; });
            QVERIFY(!cut.ok());
            QVERIFY2(cut.error().message.contains(QStringLiteral("nothing was kept")),
                     qPrintable(cut.error().message));
            QCOMPARE(calls, 2);
            for (const char *table : {"patient", "measurement", "audit_log"})
                QCOMPARE(
                    scalar(*stopped,
                           QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))),
                    qint64(0));
            QVERIFY(copyDatabase(*file.value(), *stopped).ok());
            QCOMPARE(scalar(*stopped, QStringLiteral("SELECT count(*) FROM measurement")),
                     scalar(*file.value(), QStringLiteral("SELECT count(*) FROM measurement")));
        }

        // The verb, as clinic IT runs it.
        file.value().reset();
        test::TempDatabase target;
        const QString url = target.path();
        target.db.reset();
        QProcessEnvironment env;
        env.insert(QStringLiteral("TRICHOLOG_USER"), QString::fromLatin1(kDemoAdministrator.name));
        env.insert(QStringLiteral("TRICHOLOG_PASSWORD"),
                   QString::fromLatin1(kDemoAdministrator.password));
        env.insert(QStringLiteral("TRICHOLOG_DB_PASSWORD"), test::TestServer::get().password);
        const auto run = test::runProcess(QStringLiteral(TRICHOLOG_BINARY),
                                          {QStringLiteral("migrate"), QStringLiteral("--from"),
                                           dir.filePath(QStringLiteral("practice.sqlite")),
                                           QStringLiteral("--to"), url},
                                          env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("link up on the server")), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
