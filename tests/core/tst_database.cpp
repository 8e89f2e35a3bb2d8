// Opening, creating and migrating database files, and the errors for files we must not touch.
#include "core/storage/Database.h"
#include "core/storage/MeasurementRepository.h"
#include "core/storage/Migrations.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/PatientSummary.h"
#include "core/storage/SessionRepository.h"
#include "tests/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tricholog;

namespace {

QVariant pragma(Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return {};
    return q.value(0);
}

// Builds a file from an SQL script with a plain connection (no Tricholog code involved).
void buildFromScript(const QString &target, const QString &scriptPath)
{
    QFile script(scriptPath);
    QVERIFY2(script.open(QIODevice::ReadOnly), qPrintable(scriptPath));
    QStringList lines;
    for (const auto &line : QString::fromUtf8(script.readAll()).split(QLatin1Char('\n'))) {
        if (!line.trimmed().startsWith(QLatin1String("--")))
            lines << line;
    }
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(target);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        for (const auto &statement : lines.join(QLatin1Char('\n')).split(QStringLiteral(";\n"))) {
            if (statement.trimmed().isEmpty())
                continue;
            QVERIFY2(q.exec(statement), qPrintable(statement.left(80)));
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createsNewFileWithPragmas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/new.sqlite"));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QVERIFY(QFile::exists(path));
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(pragma(*db.value(), QStringLiteral("user_version")).toInt(),
                 Database::latestSchemaVersion());
        QCOMPARE(pragma(*db.value(), QStringLiteral("application_id")).toInt(),
                 Database::kApplicationId);
        QCOMPARE(pragma(*db.value(), QStringLiteral("foreign_keys")).toInt(), 1);
        QCOMPARE(pragma(*db.value(), QStringLiteral("journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(pragma(*db.value(), QStringLiteral("synchronous")).toInt(), 2); // FULL
        QCOMPARE(pragma(*db.value(), QStringLiteral("busy_timeout")).toInt(), 5000);
        QVERIFY(db.value()->migrationBackupPath().isEmpty()); // nothing to back up in a new file
    }

    void reopeningIsIdempotent()
    {
        test::TempDatabase t;
        test::addPatient(*t);
        const QString path = t.path();
        t.db.reset();
        auto again = Database::open(path);
        QVERIFY(again.ok());
        QVERIFY(again.value()->migrationBackupPath().isEmpty());
        QCOMPARE(PatientRepository(*again.value()).count(true), 1);
    }

    void emptyFileBecomesDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
    }

    void migratesSchemaOneFixture()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        buildFromScript(path, qEnvironmentVariable("TRICHOLOG_TEST_DATA") +
                                  QStringLiteral("/schema_v1.sql"));
        auto shared = std::make_shared<FixedClock>(test::fixedNow());
        auto db = Database::open(path, shared);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        Database &d = *db.value();
        QCOMPARE(d.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(pragma(d, QStringLiteral("user_version")).toInt(),
                 Database::latestSchemaVersion());

        // A backup of the version-1 file was kept beside it, and it is still version 1.
        const QString backup = d.migrationBackupPath();
        QVERIFY(backup.startsWith(path + QStringLiteral(".schema1-")));
        QVERIFY(QFile::exists(backup));
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
            raw.setDatabaseName(backup);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM patient")) && q.next());
            QCOMPARE(q.value(0).toInt(), 2);
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("backup"));

        // Old rows survived and the new search keys were backfilled: accent-free search works.
        PatientRepository patients(d);
        auto found = patients.search({QStringLiteral("ostergaard"), false, -1});
        QVERIFY(found.ok());
        QCOMPARE(found.value().size(), 1);
        QCOMPARE(found.value().first().givenName, QStringLiteral("Åsa"));
        QCOMPARE(found.value().first().notes, QStringLiteral("Migrated from schema 1"));
        auto archived = patients.search({QStringLiteral("obrien"), true, -1});
        QCOMPARE(archived.value().size(), 1);
        QVERIFY(archived.value().first().archived);
        auto sessions = SessionRepository(d).forPatient(1);
        QCOMPARE(sessions.value().size(), 1);
        QCOMPARE(sessions.value().first().needleLength.value(), 1.5);
        QCOMPARE(sessions.value().first().zones, QList<ScalpSite>{ScalpSite::Midscalp});
        QCOMPARE(sessions.value().first().adjuncts.first().dose, QStringLiteral("5%"));
        auto ms = MeasurementRepository(d).forPatient(1);
        QCOMPARE(ms.value().first().density.value(), 112.5);

        // The list's summaries (schema 5) with the recall list's days (schema 11) start stale
        // and are computed at the first read: the session's local day, the day measured.
        QSqlQuery q(d.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM patient_summary WHERE stale = 1")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        q.finish();
        QCOMPARE(patientsummary::refreshStale(d).value(), 2);
        QVERIFY(q.exec(QStringLiteral("SELECT session_days, measurement_days, stale FROM "
                                      "patient_summary WHERE patient_id = 1")) &&
                q.next());
        QCOMPARE(q.value(0).toString(),
                 sessions.value().first().performedAt.date().toString(Qt::ISODate));
        QCOMPARE(q.value(1).toString(), ms.value().first().measuredOn.toString(Qt::ISODate));
        QCOMPARE(q.value(2).toInt(), 0);
    }

    // Schema 12 is a server's step: a file at 11 passes through it to 13, whose quieter stale
    // triggers change the file, so a copy named after schema 11 is kept; a file whose missing
    // steps all have nothing to do in a file would get none (the decision, on the steps).
    void aStepWithNothingToDoInAFileMakesNoCopy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("eleven.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            test::addPatient(*db.value());
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 11")));
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE(db.value()->schemaVersion(), 15);
        QCOMPARE(pragma(*db.value(), QStringLiteral("user_version")).toInt(), 15);
        QVERIFY(db.value()->migrationBackupPath().contains(QLatin1String(".schema11-")));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files).size(), 1);
        QVERIFY(db.value()->integrityProblems().isEmpty());
        QCOMPARE(PatientRepository(*db.value()).count(true), 1);

        const QList<Migration> &steps = migrations();
        QVERIFY(!steps.at(11).changesStructure); // schema 12
        QVERIFY(upgradeChangesStructure(steps, 11));
        QVERIFY(upgradeChangesStructure(steps, 12));
        QVERIFY(!upgradeChangesStructure(steps, 13)); // 14 is a server's
        QVERIFY(!upgradeChangesStructure(steps, 14));
        QVERIFY(!upgradeChangesStructure(steps.mid(0, 12), 11)); // only 12 missing: no copy
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QStringLiteral("newer Tricholog")),
                 qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(QStringLiteral("99")));
    }

    void refusesFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Patient list, do not lose!\nline two\n");
        f.close();
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QStringLiteral("not a Tricholog database")),
                 qPrintable(db.error().message));
        // The file is left exactly as it was.
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("Patient list, do not lose!\nline two\n"));
    }

    void refusesOtherProgramsDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QStringLiteral("another program")),
                 qPrintable(db.error().message));
    }

    void unwritablePathIsClearError()
    {
        // A path below a regular file can never be created, even by root.
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("plainfile"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const QString path = blocker + QStringLiteral("/clinic/tricholog.sqlite");
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QStringLiteral("Cannot create the folder")),
                 qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(path));
    }

    void folderInsteadOfFile()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.path());
        QVERIFY(!db.ok());
        QVERIFY(db.error().message.contains(QStringLiteral("is a folder")));
    }

    void foreignKeysEnforced()
    {
        test::TempDatabase t;
        QSqlQuery q(t.db->connection());
        QVERIFY(
            !q.exec(QStringLiteral("INSERT INTO diagnosis (patient_id, type, icd10, diagnosed_on, "
                                   "status, scale) VALUES (999, 'aga_male', 'L64.9', "
                                   "'2026-01-01', 'active', 'none')")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("FOREIGN KEY")));
        // A patient with sessions cannot be deleted underneath them.
        const qint64 id = test::addPatient(*t);
        MicroneedlingSession s;
        s.patientId = id;
        s.performedAt = QDateTime(QDate(2026, 6, 1), QTime(9, 0));
        s.needleLength = NeedleLength(1.5);
        QVERIFY(SessionRepository(*t).add(s).ok());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM patient WHERE id = %1").arg(id)));
        QCOMPARE(PatientRepository(*t).count(true), 1);
    }

    void backupToCopiesLiveDatabase()
    {
        test::TempDatabase t;
        test::addPatient(*t);
        const QString target = t.dir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(t.db->backupTo(target).ok());
        auto copy = Database::open(target);
        QVERIFY(copy.ok());
        QCOMPARE(PatientRepository(*copy.value()).count(true), 1);
        QVERIFY(!t.db->backupTo(target).ok()); // never overwrites
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
