// The audit trail under attack (issue 18, items 1, 2, 4 and 10): someone with the database file,
// the sqlite3 shell (or psql as the tables' owner) and an account drops or alters triggers,
// changes rows behind the program's back, cuts the newest entries or writes the chain anew, and
// restores another practice's file. Each attack must be seen. Runs on SQLite and, with
// TRICHOLOG_TEST_PG_STATE, on the throwaway PostgreSQL cluster.
#include "core/io/CsvImporter.h"
#include "core/security/Anchors.h"
#include "core/security/AuditLog.h"
#include "core/security/AuditText.h"
#include "core/security/Restore.h"
#include "core/security/UserRepository.h"
#include "core/storage/Backup.h"
#include "core/storage/DeviceProfileRepository.h"
#include "core/storage/Integrity.h"
#include "core/storage/IntegritySql.h"
#include "core/storage/MeasurementRepository.h"
#include "core/storage/Migrations.h"
#include "core/storage/PatientListQuery.h"
#include "core/storage/PracticeRepository.h"
#include "core/storage/ServerRoles.h"
#include "core/storage/Transaction.h"
#include "tests/TestSupport.h"
#include "tests/core/AuditAttackSupport.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace tricholog;

using namespace tricholog::test;

class TestAttackAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QFile::remove(anchors::defaultStorePath()); }

    void untouchedDatabaseHasNoFindings()
    {
        test::TempDatabase t;
        const qint64 id = test::addPatient(*t);
        Patient p = PatientRepository(*t).find(id).value();
        p.notes = QStringLiteral("seen");
        QVERIFY(PatientRepository(*t).update(p).ok());
        reopen(t);
        QVERIFY2(t.db->integrityProblems().isEmpty(),
                 qPrintable(t.db->integrityProblems().join(QStringLiteral("; "))));
        QVERIFY(!t.db->readOnly());
        const auto rows = integrity::rowsChangedOutside(*t);
        QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().message));
        QCOMPARE(rows.value().changes, 0);
        QVERIFY(rows.value().rowsCompared >= 1);
    }

    // 1(a) and 1(b): a dropped update trigger, then an edit nobody logged.
    void droppedTriggerAndUnloggedEditAreNamed()
    {
        test::TempDatabase t;
        const qint64 id = test::addPatient(*t);
        exec(*t, dropTrigger(t, "audit_patient_update", "patient"));
        exec(*t, QStringLiteral("UPDATE patient SET notes = 'forged', phone = '000' WHERE id = %1")
                     .arg(id));
        reopen(t);
        QCOMPARE(t.db->integrityProblems(),
                 QStringList{QStringLiteral("the trigger audit_patient_update is missing")});
        // Read-only until an administrator restores: no write goes unlogged.
        QVERIFY(t.db->readOnly());
        Patient other = test::samplePatient(QStringLiteral("T-0002"));
        const auto added = PatientRepository(*t).add(other);
        QVERIFY(!added.ok());
        QVERIFY(added.error().message.contains(QStringLiteral("audit_patient_update")));
        QVERIFY(AuditLog(*t).verify().value().intact()); // the chain alone sees nothing

        const auto rows = integrity::rowsChangedOutside(*t);
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().changes, 1);
        const auto &change = rows.value().listed.first();
        QCOMPARE(change.kind, integrity::OutsideChange::Kind::Changed);
        QCOMPARE(change.table, QStringLiteral("patient"));
        QCOMPARE(change.recordId, id);
        QCOMPARE(change.patientId, std::optional<qint64>(id));
        QCOMPARE(change.fields, (QStringList{QStringLiteral("notes"), QStringLiteral("phone")}));
        QVERIFY(integrity::describe(change).contains(QStringLiteral("notes, phone")));
    }

    // Device calibration profiles (schema 8): every change logged; a scale changed behind the
    // program's back, with its trigger dropped, is named.
    void deviceProfileChangesAreLoggedAndForgeriesNamed()
    {
        test::TempDatabase t;
        DeviceProfileRepository profiles(*t);
        DeviceProfile p;
        p.name = QStringLiteral("Dermatoscope A, 20x");
        p.magnification = 20;
        p.umPerPx = 5.012;
        p.uncertaintyUmPerPx = 0.004;
        p.calibratedOn = t.clock->today();
        QVERIFY(profiles.save(p).ok());
        p.umPerPx = 5.02;
        QVERIFY(profiles.save(p).ok());
        QCOMPARE(p.rowVersion, 2);
        // Another of the same name, whatever its case, and a stale version are refused.
        DeviceProfile twin = p;
        twin.id = 0;
        twin.name = QStringLiteral("dermatoscope a, 20X");
        QCOMPARE(profiles.save(twin).error().kind, Error::Kind::Conflict);
        DeviceProfile stale = p;
        stale.rowVersion = 1;
        QVERIFY(!profiles.save(stale).ok());
        DeviceProfile wrong = p;
        wrong.umPerPx = 0;
        QVERIFY(profiles.check(wrong).error().message.contains(QStringLiteral("scale")));
        QCOMPARE(profiles.find(QStringLiteral("DERMATOSCOPE A, 20X")).value().umPerPx, 5.02);
        int logged = 0;
        for (const auto &e : AuditLog(*t).query({}).value())
            logged += e.table == QLatin1String("device_profile");
        QCOMPARE(logged, 2);
        auto rows = integrity::rowsChangedOutside(*t);
        QVERIFY2(rows.ok(), qPrintable(rows ? QString() : rows.error().message));
        QCOMPARE(rows.value().changes, 0);

        exec(*t, dropTrigger(t, "audit_device_profile_update", "device_profile"));
        exec(*t,
             QStringLiteral("UPDATE device_profile SET um_per_px = 7.5 WHERE id = %1").arg(p.id));
        reopen(t);
        QCOMPARE(t.db->integrityProblems(),
                 QStringList{QStringLiteral("the trigger audit_device_profile_update is missing")});
        rows = integrity::rowsChangedOutside(*t);
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().changes, 1);
        QCOMPARE(rows.value().listed.first().table, QStringLiteral("device_profile"));
        QCOMPARE(rows.value().listed.first().recordId, p.id);
        QCOMPARE(rows.value().listed.first().fields, QStringList{QStringLiteral("um_per_px")});
    }

    // A measurement column a later schema adds (README, "Adding a measurement field"): the
    // triggers made again log it, and rows the trail logged before it existed are not "changed".
    void laterMeasurementColumnKeepsTheChecksQuiet()
    {
        test::TempDatabase t;
        const qint64 patient = test::addPatient(*t);
        Measurement m;
        m.patientId = patient;
        m.measuredOn = t.clock->today().addDays(-3);
        m.density = HairDensity(140.0);
        QVERIFY(MeasurementRepository(*t).add(m).ok());
        QSqlDatabase connection = t.db->connection();
        if (t.db->isServer())
            exec(*t,
                 QStringLiteral("ALTER TABLE measurement ADD COLUMN extra_pct double precision"));
        else
            QVERIFY(addSqliteMeasurementColumn(
                        connection,
                        QStringLiteral("extra_pct REAL CHECK (extra_pct BETWEEN 0 AND 100)"))
                        .ok());
        reopen(t);
        QVERIFY2(t.db->integrityProblems().isEmpty(),
                 qPrintable(t.db->integrityProblems().join(QStringLiteral("; "))));
        auto rows = integrity::rowsChangedOutside(*t);
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().changes, 0);

        exec(*t, QStringLiteral("UPDATE measurement SET extra_pct = 12.5 WHERE id = %1").arg(m.id));
        QSqlQuery logged(t.db->connection());
        QVERIFY(logged.exec(QStringLiteral("SELECT new_values FROM audit_log WHERE table_name = "
                                           "'measurement' AND action = 'update'")));
        QVERIFY(logged.next());
        QVERIFY2(logged.value(0).toString().contains(QStringLiteral("\"extra_pct\"")),
                 qPrintable(logged.value(0).toString()));
        rows = integrity::rowsChangedOutside(*t);
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().changes, 0);
        QVERIFY(AuditLog(*t).verify().value().intact());
    }

    // An import after a dropped insert trigger: the rows are there, the trail never saw them.
    void rowsAddedAndRemovedBehindTheProgram()
    {
        test::TempDatabase t;
        const qint64 first = test::addPatient(*t);
        const qint64 second = test::addPatient(*t, test::samplePatient(QStringLiteral("T-0002")));
        exec(*t, dropTrigger(t, "audit_patient_insert", "patient"));
        exec(*t, dropTrigger(t, "audit_patient_delete", "patient"));
        exec(*t, QStringLiteral("INSERT INTO patient (id, mrn, family_name, given_name, sex, "
                                "created_at, updated_at, family_key, given_key, mrn_key) VALUES "
                                "(900, 'X-900', 'Ghost', 'Row', 'other', '2026-01-01', "
                                "'2026-01-01', 'ghost', 'row', 'x900')"));
        exec(*t, QStringLiteral("DELETE FROM patient_summary WHERE patient_id = %1").arg(second));
        exec(*t, QStringLiteral("DELETE FROM patient WHERE id = %1").arg(second));
        reopen(t);
        QCOMPARE(t.db->integrityProblems().size(), 2);
        const auto rows = integrity::rowsChangedOutside(*t);
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().changes, 2);
        QCOMPARE(rows.value().listed.at(0).recordId, second);
        QCOMPARE(rows.value().listed.at(0).kind, integrity::OutsideChange::Kind::Removed);
        QCOMPARE(rows.value().listed.at(1).recordId, qint64(900));
        QCOMPARE(rows.value().listed.at(1).kind, integrity::OutsideChange::Kind::Added);
        Q_UNUSED(first);
    }

    // An import is logged by one entry (its files' SHA-256, the ids it wrote, the rows' digest);
    // the rows check then holds it against the rows as a whole, also after they were edited and
    // deleted in the program.
    void importIsLoggedOnceAndCheckedAsAWhole()
    {
        test::TempDatabase t;
        importSample(*t);
        QCOMPARE(
            scalar(*t, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import'")),
            qint64(1));
        QCOMPARE(scalar(*t, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                           "'insert' AND table_name IN ('patient', 'session', "
                                           "'measurement', 'session_zone')")),
                 qint64(0));
        QSqlQuery entry(t.db->connection());
        QVERIFY(
            entry.exec(QStringLiteral("SELECT new_values FROM audit_log WHERE action = 'import'")));
        QVERIFY(entry.next());
        const QString logged = entry.value(0).toString();
        for (const char *part : {"\"patients.csv\"", "\"sha256\"", "\"measurement\"", "\"ranges\"",
                                 "\"session_zone\"", "\"adverse_event\""})
            QVERIFY2(logged.contains(QLatin1String(part)), qPrintable(logged));
        QVERIFY(AuditLog(*t).verify().value().intact());
        auto rows = integrity::rowsChangedOutside(*t);
        QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().message));
        QCOMPARE(rows.value().changes, 0);
        // For people: one sentence, and each file with its SHA-256.
        const auto records = AuditLog(*t).query({});
        QVERIFY(records.ok());
        const auto import =
            std::find_if(records.value().cbegin(), records.value().cend(),
                         [](const AuditRecord &r) { return r.action == QLatin1String("import"); });
        QVERIFY(import != records.value().cend());
        QCOMPARE(auditSentence(*import, QString()),
                 QStringLiteral("Imported patients.csv, sessions.csv, measurements.csv (10 row(s) "
                                "added)"));
        const QStringList details = auditChanges(*import);
        QCOMPARE(details.size(), 3 + 6); // three files; six tables (no diagnoses)
        QVERIFY(details.first().startsWith(QStringLiteral("patients.csv: SHA-256 ")));
        QVERIFY(details.contains(QStringLiteral("measurement: 3 row(s) added")));

        // Edited and deleted in the program: logged per row, and still adding up.
        const qint64 first = scalar(*t, QStringLiteral("SELECT min(id) FROM measurement"));
        Measurement m = MeasurementRepository(*t).find(first).value();
        m.density = HairDensity(151.0);
        QVERIFY(MeasurementRepository(*t).update(m).ok());
        const qint64 last = scalar(*t, QStringLiteral("SELECT max(id) FROM measurement"));
        QVERIFY(MeasurementRepository(*t).remove(last).ok());
        reopen(t);
        QVERIFY(t.db->integrityProblems().isEmpty());
        rows = integrity::rowsChangedOutside(*t);
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().changes, 0);

        // A second import takes ids after every id the first used, deleted ones included (on
        // SQLite, which would give the deleted last id again), and both add up.
        importSample(*t, 'J');
        QVERIFY(scalar(*t, QStringLiteral("SELECT min(m.id) FROM measurement m JOIN patient p ON "
                                          "p.id = m.patient_id WHERE p.mrn LIKE 'J-%'")) > last);
        rows = integrity::rowsChangedOutside(*t);
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().changes, 0);
    }

    // An imported row changed with its trigger off (and put back, so the trigger check is
    // quiet), and a row inserted in "importing" mode outside an import: both are named.
    void importedRowsChangedOrAddedOutsideAreNamed()
    {
        test::TempDatabase t;
        importSample(*t);
        const qint64 entry =
            scalar(*t, QStringLiteral("SELECT id FROM audit_log WHERE action = 'import'"));
        const qint64 id = scalar(*t, QStringLiteral("SELECT min(id) FROM measurement"));
        updateUnlogged(t, {id});
        reopen(t);
        QVERIFY2(t.db->integrityProblems().isEmpty(),
                 qPrintable(t.db->integrityProblems().join(QStringLiteral("; "))));
        auto rows = integrity::rowsChangedOutside(*t);
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().changes, 1);
        const auto &change = rows.value().listed.first();
        QCOMPARE(change.kind, integrity::OutsideChange::Kind::Imported);
        QCOMPARE(change.table, QStringLiteral("measurement"));
        QCOMPARE(change.recordId, entry);
        QVERIFY(integrity::describe(change).contains(QStringLiteral("trail entry %1").arg(entry)));

        // The importing mode, switched on by someone with the program's own connection.
        // (On a server the mode holds for one transaction.)
        qint64 ghost = 0;
        {
            Transaction tx(*t);
            QVERIFY(t.db->setImporting(true).ok());
            ghost = test::addPatient(*t, test::samplePatient(QStringLiteral("G-1")));
            QVERIFY(t.db->setImporting(false).ok());
            QVERIFY(tx.commit());
        }
        rows = integrity::rowsChangedOutside(*t);
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().changes, 2);
        bool named = false;
        for (const auto &c : rows.value().listed)
            named = named || (c.kind == integrity::OutsideChange::Kind::Added &&
                              c.table == QLatin1String("patient") && c.recordId == ghost);
        QVERIFY(named);
    }

    // An import recorded on a server before 5 Dec 2026 hashed the server's numbers with all
    // their digits (today's digest rounds them to SQLite's 15): its rows still hold what it
    // recorded, and a row changed since is still named, by its block.
    void anImportRecordedWithAllDigitsStillHolds()
    {
        if (!test::onServer())
            QSKIP("SQLite's JSON has one form of numbers");
        test::TempDatabase t;
        QTemporaryDir dir;
        ImportFiles files;
        files.patients = dir.filePath(QStringLiteral("patients.csv"));
        files.measurements = dir.filePath(QStringLiteral("measurements.csv"));
        for (const auto &[path, data] :
             {std::pair{files.patients,
                        QByteArray("mrn,family_name,given_name,date_of_birth,sex,fitzpatrick,"
                                   "phone,email,photo_consent\nD-1,Digits,Ada,1980-05-01,female,"
                                   "2,,,no\n")},
              std::pair{files.measurements,
                        QByteArray("mrn,date,site,method,density_per_cm2,hair_count,area_cm2,"
                                   "mean_diameter_um,terminal_pct,vellus_pct,anagen_pct,"
                                   "telogen_pct\nD-1,2026-03-02,vertex,phototrichogram,"
                                   "214.28571428571428,,,55,,,,\nD-1,2026-04-02,vertex,"
                                   "phototrichogram,150,,,55,,,,\n")}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(data) == data.size());
        }
        QVERIFY(CsvImporter(*t).importFiles(files).ok());
        const auto recorded = integrity::recordedImports(*t);
        QVERIFY(recorded.ok());
        const integrity::RecordedImport entry = recorded.value().first();
        const auto scope =
            std::find_if(entry.scopes.cbegin(), entry.scopes.cend(),
                         [](const auto &s) { return s.table == QLatin1String("measurement"); });
        QVERIFY(scope != entry.scopes.cend());
        // The entry as such an import wrote it: its digests of the numbers with all digits.
        const auto earlier = integrity::detail::importDigestAs(
            *t, scope->table, scope->ranges, entry.entryId, integrity::detail::Numbers::AsFloat8);
        QVERIFY(earlier.ok());
        QVERIFY(earlier.value().sha256 != scope->sha256);
        QString value = QStringLiteral("new_values");
        value = QStringLiteral("replace(%1, '%2', '%3')")
                    .arg(value, scope->sha256, earlier.value().sha256);
        for (qsizetype i = 0; i < scope->blocks.size(); ++i)
            value = QStringLiteral("replace(%1, '%2', '%3')")
                        .arg(value, scope->blocks.at(i), earlier.value().blocks.at(i));
        exec(*t, QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update"));
        exec(*t, QStringLiteral("UPDATE audit_log SET new_values = %1 WHERE id = %2")
                     .arg(value)
                     .arg(entry.entryId));
        exec(*t, QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update"));
        const auto held = integrity::rowsChangedOutside(*t);
        QVERIFY(held.ok());
        QStringList named;
        for (const auto &c : held.value().listed)
            named << integrity::describe(c);
        QVERIFY2(held.value().changes == 0, qPrintable(named.join(QLatin1Char('\n'))));
        updateUnlogged(t, {scope->ranges.first().last});
        const auto changed = integrity::rowsChangedOutside(*t);
        QVERIFY(changed.ok());
        QCOMPARE(changed.value().changes, qint64(1));
        QCOMPARE(changed.value().listed.first().kind, integrity::OutsideChange::Kind::Imported);
        QCOMPARE(changed.value().listed.first().recordId, entry.entryId);
    }

    // In a large import, rows changed outside are named by their block of ids: each change in
    // its own block, not the import as a whole.
    void importedRowsChangedOutsideAreNamedByTheirBlock()
    {
        test::TempDatabase t;
        QTemporaryDir dir;
        QByteArray measurements = "mrn,date,site,method,density_per_cm2,hair_count,area_cm2,"
                                  "mean_diameter_um,terminal_pct,vellus_pct,anagen_pct,"
                                  "telogen_pct\n";
        for (int day = 0; day < 2500; ++day)
            measurements += "B-1," +
                            QDate(2010, 1, 1).addDays(day).toString(Qt::ISODate).toLatin1() +
                            ",vertex,phototrichogram,150,,,55,,,,\n";
        ImportFiles files;
        files.patients = dir.filePath(QStringLiteral("patients.csv"));
        files.measurements = dir.filePath(QStringLiteral("measurements.csv"));
        for (const auto &[path, data] :
             {std::pair{
                  files.patients,
                  QByteArray("mrn,family_name,given_name,date_of_birth,sex,fitzpatrick,phone,"
                             "email,photo_consent\nB-1,Block,Ada,1980-05-01,female,2,,,no\n")},
              std::pair{files.measurements, measurements}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(data) == data.size());
        }
        QVERIFY(CsvImporter(*t).importFiles(files).ok());
        const qint64 entry =
            scalar(*t, QStringLiteral("SELECT id FROM audit_log WHERE action = 'import'"));
        const qint64 first = scalar(*t, QStringLiteral("SELECT min(id) FROM measurement"));
        const qint64 last = scalar(*t, QStringLiteral("SELECT max(id) FROM measurement"));
        QCOMPARE(last - first, qint64(2499));
        const QList<qint64> changed{first + 10, first + 2000};
        updateUnlogged(t, changed);
        reopen(t);
        const auto rows = integrity::rowsChangedOutside(*t);
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().changes, qint64(2));
        for (qsizetype i = 0; i < changed.size(); ++i) {
            const auto &change = rows.value().listed.at(i);
            QCOMPARE(change.kind, integrity::OutsideChange::Kind::Imported);
            QCOMPARE(change.recordId, entry);
            QVERIFY(change.ids.first <= changed[i] && changed[i] <= change.ids.last);
            QVERIFY(change.ids.first >= first && change.ids.last <= last);
            QVERIFY(change.ids.last - change.ids.first < integrity::kImportBlockIds);
            QVERIFY2(integrity::describe(change).startsWith(QStringLiteral("measurement %1 to %2")
                                                                .arg(change.ids.first)
                                                                .arg(change.ids.last)),
                     qPrintable(integrity::describe(change)));
        }

        // A row deleted outside is named by its id (then its block, whose other rows may have
        // changed too); one deleted through Tricholog (its deletion logged) is not.
        const qint64 removed = first + 1500;
        const qint64 deletedInApp = first + 1600;
        // In one block: its digest differs, and the deletion the trail logged must be told apart.
        QCOMPARE(removed / integrity::kImportBlockIds, deletedInApp / integrity::kImportBlockIds);
        withoutTrigger(t, QStringLiteral("audit_measurement_delete"),
                       {QStringLiteral("DELETE FROM measurement WHERE id = %1").arg(removed)});
        reopen(t);
        QVERIFY(MeasurementRepository(*t).remove(deletedInApp).ok());
        const auto after = integrity::rowsChangedOutside(*t);
        QVERIFY(after.ok());
        QStringList named;
        for (const auto &c : after.value().listed)
            named << integrity::describe(c);
        QCOMPARE(after.value().changes, qint64(after.value().listed.size()));
        QList<qint64> removedIds;
        bool blockNamed = false;
        for (const auto &c : after.value().listed) {
            if (c.kind == integrity::OutsideChange::Kind::Removed)
                removedIds << c.recordId;
            blockNamed = blockNamed || (c.kind == integrity::OutsideChange::Kind::Imported &&
                                        c.ids.first <= removed && removed <= c.ids.last);
        }
        QCOMPARE(removedIds, QList<qint64>{removed});
        QVERIFY(blockNamed);
        QVERIFY2(named.contains(
                     QStringLiteral("measurement %1: removed outside Tricholog (no deletion was "
                                    "logged)")
                         .arg(removed)),
                 qPrintable(named.join(QLatin1Char('\n'))));
    }

    // An altered trigger (it logs nothing) and a trigger that swallows every new entry.
    void alteredAndForeignTriggersAreNamed()
    {
        test::TempDatabase t;
        test::addPatient(*t);
        if (t.db->isServer()) {
            exec(*t, QStringLiteral("ALTER TABLE session DISABLE TRIGGER audit_session_insert"));
            exec(*t, QStringLiteral("CREATE OR REPLACE FUNCTION tricholog_append_only() RETURNS "
                                    "trigger LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END $$"));
            exec(*t, QStringLiteral("CREATE FUNCTION swallow() RETURNS trigger LANGUAGE plpgsql "
                                    "AS $$ BEGIN RETURN NULL; END $$"));
            exec(*t, QStringLiteral("CREATE TRIGGER evil BEFORE INSERT ON audit_log FOR EACH ROW "
                                    "EXECUTE FUNCTION swallow()"));
        } else {
            exec(*t, dropTrigger(t, "audit_session_insert", "session"));
            exec(*t, QStringLiteral("CREATE TRIGGER audit_session_insert AFTER INSERT ON session "
                                    "BEGIN SELECT 1; END"));
            exec(*t, QStringLiteral("CREATE TRIGGER evil BEFORE INSERT ON audit_log BEGIN "
                                    "SELECT RAISE(IGNORE); END"));
        }
        reopen(t);
        const QStringList problems = t.db->integrityProblems();
        QVERIFY2(problems.contains(QStringLiteral("the trigger evil is not Tricholog's")),
                 qPrintable(problems.join(QStringLiteral("; "))));
        if (t.db->isServer()) {
            QVERIFY(problems.contains(QStringLiteral("the trigger audit_session_insert is "
                                                     "disabled")));
            QVERIFY(problems.contains(QStringLiteral("the function tricholog_append_only was "
                                                     "altered")));
        } else {
            QVERIFY(problems.contains(QStringLiteral("the trigger audit_session_insert was "
                                                     "altered")));
        }
        QVERIFY(t.db->readOnly());
    }

    // 2: the newest entries cut (append-only guard dropped and made again): the chain that is
    // left verifies, the anchor does not.
    void truncationBehindAnAnchorIsSeen()
    {
        test::TempDatabase t;
        for (int i = 0; i < 3; ++i)
            test::addPatient(*t, test::samplePatient(QStringLiteral("T-%1").arg(i)));
        const auto anchored = anchors::recordHead(*t, QStringLiteral("audit verify"));
        QVERIFY(anchored.ok());
        const qint64 head = anchored.value().entryId;
        QVERIFY(head >= 3);
        QVERIFY(anchors::head(*t, {}).value().practiceId ==
                PracticeRepository(*t).practiceId().value());

        exec(*t, dropTrigger(t, "audit_log_no_delete", "audit_log"));
        exec(*t, QStringLiteral("DELETE FROM audit_log WHERE id > %1").arg(head - 2));
        exec(*t, t.db->isServer()
                     ? QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON "
                                      "audit_log FOR EACH ROW EXECUTE FUNCTION "
                                      "tricholog_append_only()")
                     : QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON "
                                      "audit_log BEGIN SELECT RAISE(ABORT, 'the audit trail is "
                                      "append-only'); END"));
        reopen(t);
        QVERIFY(t.db->integrityProblems().isEmpty()); // the guard is back, word for word
        QVERIFY(AuditLog(*t).verify().value().intact());
        const auto stored = anchors::readFile(anchors::defaultStorePath());
        QVERIFY(stored.ok());
        const auto findings = anchors::check(*t, stored.value(), QStringLiteral("store"), false);
        QVERIFY(findings.ok());
        QCOMPARE(findings.value().size(), 1);
        QVERIFY2(findings.value().first().problem.contains(QStringLiteral("entries were removed")),
                 qPrintable(findings.value().first().problem));
    }

    // 2: one entry forged and every later hash computed again: the chain verifies, the anchor
    // (and a backup made before) do not.
    void rewrittenChainIsSeenByAnchorsAndBackups()
    {
        if (test::onServer())
            QSKIP("backups are SQLite files");
        test::TempDatabase t;
        test::addPatient(*t);
        test::addPatient(*t, test::samplePatient(QStringLiteral("T-0002")));
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("before.sqlite"));
        QVERIFY(backup::create(*t, copy).ok());
        const auto anchored = anchors::head(*t, QStringLiteral("report"));
        QVERIFY(anchored.ok());

        // Forge: change entry 1's user, then chain every entry again.
        exec(*t, QStringLiteral("DROP TRIGGER audit_log_no_update"));
        const auto entries = AuditLog(*t).query({}).value();
        QString previous = QStringLiteral(""); // the first entry links to "" (not NULL)
        for (qsizetype i = entries.size() - 1; i >= 0; --i) {
            AuditRecord r = entries.at(i);
            if (r.id == 1)
                r.user = QStringLiteral("someone else");
            r.prevHash = previous;
            r.hash = AuditLog::hashOf(r);
            QSqlQuery q(t.db->connection());
            q.prepare(QStringLiteral(
                "UPDATE audit_log SET user_name = ?, prev_hash = ?, hash = ? WHERE id = ?"));
            q.addBindValue(r.user);
            q.addBindValue(r.prevHash);
            q.addBindValue(r.hash);
            q.addBindValue(r.id);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            previous = r.hash;
        }
        exec(*t, QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                                "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); "
                                "END"));
        reopen(t);
        QVERIFY(AuditLog(*t).verify().value().intact());
        QVERIFY(t.db->integrityProblems().isEmpty());

        const auto paper = anchors::check(*t, {anchored.value()}, QStringLiteral("paper"), true);
        QVERIFY(paper.ok());
        QVERIFY(paper.value().first().problem.contains(QStringLiteral("written anew")));
        const auto fromBackup = anchors::readFile(copy);
        QVERIFY(fromBackup.ok());
        const auto checked = anchors::check(*t, fromBackup.value(), copy, true);
        QVERIFY(checked.ok());
        QVERIFY(!checked.value().isEmpty());
        for (const auto &f : checked.value())
            QVERIFY2(!f.problem.isEmpty(), qPrintable(f.anchor.shortText()));
    }

    // 2: an anchor of another practice given on purpose is a finding, not silently skipped.
    void anchorOfAnotherPracticeIsNamed()
    {
        test::TempDatabase a;
        test::TempDatabase b;
        test::addPatient(*a);
        const auto other = anchors::head(*b, QStringLiteral("backup"));
        QVERIFY(other.ok());
        QVERIFY(other.value().practiceId != anchors::head(*a, {}).value().practiceId);
        const auto given = anchors::check(*a, {other.value()}, QStringLiteral("file"), true);
        QVERIFY(given.value().first().problem.contains(QStringLiteral("another practice")));
        const auto stored = anchors::check(*a, {other.value()}, QStringLiteral("store"), false);
        QVERIFY(stored.value().isEmpty());
    }

    // 4: a backup of another practice is refused; named explicitly, it is restored, and the
    // restore is in the restored trail with the file's SHA-256.
    void restoreChecksPracticeTrailAndRecordsItself()
    {
        if (test::onServer())
            QSKIP("restore replaces an SQLite file");
        test::TempDatabase ours;
        test::TempDatabase theirs;
        test::addPatient(*theirs, test::samplePatient(QStringLiteral("THEIRS-1")));
        QTemporaryDir dir;
        const QString foreign = dir.filePath(QStringLiteral("theirs.sqlite"));
        QVERIFY(backup::create(*theirs, foreign).ok());
        const QString theirId = PracticeRepository(*theirs).practiceId().value();
        const QString ourId = PracticeRepository(*ours).practiceId().value();
        const QString path = ours.location;
        ours.db.reset();

        restore::Request request;
        request.databasePath = path;
        request.from = foreign;
        request.user = QStringLiteral("admin");
        request.currentPracticeId = ourId;
        request.now = test::fixedNow();
        auto refused = restore::run(request);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(theirId));
        QVERIFY(refused.error().message.contains(QStringLiteral("--other-practice")));
        QVERIFY(QFileInfo::exists(path));
        {
            auto still = Database::open(path);
            QCOMPARE(PracticeRepository(*still.value()).practiceId().value(), ourId);
        }

        request.acceptPractice = theirId;
        auto restored = restore::run(request);
        QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().message));
        auto db = Database::open(path);
        QVERIFY(db.ok());
        const auto newest = AuditLog(*db.value()).query({}).value();
        QCOMPARE(newest.first().action, QStringLiteral("restore"));
        QCOMPARE(newest.first().user, QStringLiteral("admin"));
        QVERIFY(newest.first().newValues.contains(QFileInfo(foreign).absoluteFilePath()));
        QFile file(foreign);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
        QVERIFY(newest.first().newValues.contains(sha));
        QVERIFY(AuditLog(*db.value()).verify().value().intact());
    }

    // 4: a backup whose trail or triggers do not verify is not restored.
    void restoreRefusesBackupsThatDoNotVerify()
    {
        if (test::onServer())
            QSKIP("restore replaces an SQLite file");
        test::TempDatabase ours;
        test::addPatient(*ours);
        QTemporaryDir dir;
        const QString broken = dir.filePath(QStringLiteral("broken.sqlite"));
        const QString unguarded = dir.filePath(QStringLiteral("unguarded.sqlite"));
        QVERIFY(backup::create(*ours, broken).ok());
        QVERIFY(backup::create(*ours, unguarded).ok());
        for (const auto &[file, sql] :
             {std::pair{broken, QStringLiteral("DROP TRIGGER audit_log_no_update; UPDATE "
                                               "audit_log SET user_name = 'x' WHERE id = 1; "
                                               "CREATE TRIGGER audit_log_no_update BEFORE "
                                               "UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, "
                                               "'the audit trail is append-only')| END")},
              std::pair{unguarded, QStringLiteral("DROP TRIGGER audit_log_no_delete")}}) {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), file);
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            for (QString statement : sql.split(QStringLiteral("; "))) {
                QSqlQuery q(raw);
                statement.replace(QStringLiteral("| END"), QStringLiteral("; END"));
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
            }
            raw.close();
        }
        for (const QString &file : {broken, unguarded})
            QSqlDatabase::removeDatabase(file);
        restore::Request request;
        request.databasePath = ours.location;
        request.user = QStringLiteral("admin");
        request.currentPracticeId = PracticeRepository(*ours).practiceId().value();
        request.now = test::fixedNow();
        ours.db.reset();
        request.from = broken;
        auto first = restore::check(request);
        QVERIFY(!first.ok());
        QVERIFY2(first.error().message.contains(QStringLiteral("broken at entry 1")),
                 qPrintable(first.error().message));
        request.from = unguarded;
        auto second = restore::check(request);
        QVERIFY(!second.ok());
        QVERIFY2(second.error().message.contains(QStringLiteral("audit_log_no_delete")),
                 qPrintable(second.error().message));
    }

    // 3: the workstations' role cannot switch the trail off; only the owner can.
    void applicationRoleCannotAlterTheTrail()
    {
        if (!test::onServer())
            QSKIP("roles are a server's");
        test::TempDatabase t;
        QVERIFY(serverroles::connectedAsOwner(*t).value()); // the tests' role made the tables
        const QString role =
            QStringLiteral("app_%1").arg(QRandomGenerator::global()->generate(), 0, 36);
        {
            const QUrl u(test::TestServer::get().url);
            auto c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("super"));
            c.setHostName(u.host());
            c.setPort(u.port());
            c.setUserName(QStringLiteral("postgres"));
            c.setPassword(test::TestServer::get().superuserPassword);
            c.setDatabaseName(QStringLiteral("postgres"));
            QVERIFY(c.open());
            QSqlQuery q(c);
            QVERIFY(
                q.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'app-secret-1'").arg(role)));
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("super"));
        QVERIFY(
            !serverroles::grantApplicationRole(*t, QStringLiteral("x; DROP TABLE patient")).ok());
        const auto granted = serverroles::grantApplicationRole(*t, role);
        QVERIFY2(granted.ok(), qPrintable(granted.ok() ? QString() : granted.error().message));

        QUrl asApp(t.location);
        asApp.setUserName(role);
        auto app = Database::open(asApp.toString(), t.clock, QStringLiteral("app-secret-1"));
        QVERIFY2(app.ok(), qPrintable(app.ok() ? QString() : app.error().message));
        Database &db = *app.value();
        QVERIFY(!serverroles::connectedAsOwner(db).value());
        QVERIFY(db.integrityProblems().isEmpty());
        const qint64 id = test::addPatient(db); // day-to-day work goes on, logged
        QVERIFY(id > 0);
        QVERIFY(AuditLog(db).verify().value().intact());
        {
            // The MRN's trigram index (schema 12) serves the application role's search too.
            PatientListRequest digits;
            digits.text = QStringLiteral("0001");
            const auto rows = PatientListQuery(db, digits).page(0, 10);
            QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().message));
            QCOMPARE(rows.value().size(), 1);
            QCOMPARE(rows.value().first().mrn, QStringLiteral("T-0001"));
        }
        for (const QString &attack :
             {QStringLiteral("ALTER TABLE patient DISABLE TRIGGER audit_patient_update"),
              QStringLiteral("DROP INDEX patient_mrn_trigrams"),
              QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER"),
              QStringLiteral("DROP TRIGGER audit_log_no_delete ON audit_log"),
              QStringLiteral("UPDATE audit_log SET user_name = 'x'"),
              QStringLiteral("DELETE FROM audit_log"), QStringLiteral("TRUNCATE audit_log"),
              QStringLiteral("DROP TABLE measurement"),
              QStringLiteral("ALTER TABLE patient ADD COLUMN forged text"),
              QStringLiteral("CREATE OR REPLACE FUNCTION tricholog_append_only() RETURNS "
                             "trigger LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END $$")}) {
            QSqlQuery q(db.connection());
            QVERIFY2(!q.exec(attack), qPrintable(attack));
            QVERIFY2(q.lastError().databaseText().contains(QStringLiteral("permission denied")) ||
                         q.lastError().databaseText().contains(QStringLiteral("must be owner")),
                     qPrintable(attack + QStringLiteral(": ") + q.lastError().databaseText()));
        }
        QVERIFY(AuditLog(db).verify().value().records > 0);
    }

    // 10: a name no account has is locked out after as many failures as an account.
    void unknownNamesLockOutLikeKnownOnes()
    {
        test::TempDatabase t;
        UserRepository users(*t);
        QVERIFY(users
                    .add(QStringLiteral("known"), Role::Administrator,
                         QStringLiteral("correct "
                                        "horse"))
                    .ok());
        QList<QString> known, unknown;
        for (int i = 0; i < 4; ++i) {
            known << users.signIn(QStringLiteral("known"), QStringLiteral("wrong")).error().message;
            unknown
                << users.signIn(QStringLiteral("nobody"), QStringLiteral("wrong")).error().message;
        }
        QCOMPARE(unknown, known);
        QVERIFY(known.at(3).startsWith(QStringLiteral("Too many failed attempts")));
        QVERIFY(!known.at(2).startsWith(QStringLiteral("Too many failed attempts")));
        // The lock ends as the account's does.
        t.clock->set(test::fixedNow().addSecs(2));
        QCOMPARE(users.signIn(QStringLiteral("NOBODY"), QStringLiteral("wrong")).error().message,
                 users.signIn(QStringLiteral("known"), QStringLiteral("wrong")).error().message);
    }
};

QTEST_GUILESS_MAIN(TestAttackAudit)
#include "tst_attack_audit.moc"
