// The tricholog executable run as a user or a clinic's script runs it, with no display.
#include "core/storage/Database.h"
#include "core/storage/MeasurementRepository.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/SessionRepository.h"
#include "tests/e2e/ProcessRun.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tricholog;

namespace {

using test::Run;

Run run(const QStringList &args)
{
    return test::runProcess(QStringLiteral(TRICHOLOG_BINARY), args);
}

QByteArray contentHash(const QString &path)
{
    // Everything but the created/updated timestamps, which record when the demo was written.
    auto db = Database::open(path);
    if (!db)
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery q(db.value()->connection());
    for (const char *sql :
         {"SELECT id, mrn, family_name, given_name, date_of_birth, sex, fitzpatrick FROM patient "
          "ORDER BY id",
          "SELECT * FROM diagnosis ORDER BY id", "SELECT * FROM session ORDER BY id",
          "SELECT * FROM session_adjunct ORDER BY id", "SELECT * FROM measurement ORDER BY id",
          "SELECT * FROM outcome ORDER BY id"}) {
        q.exec(QString::fromLatin1(sql));
        while (q.next()) {
            for (int i = 0; i < 32 && q.value(i).isValid(); ++i)
                hash.addData(QByteArray(q.value(i).toString().toUtf8() + '|'));
        }
    }
    return hash.result().toHex();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void version()
    {
        const auto r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(),
                 QStringLiteral("Tricholog %1").arg(QStringLiteral(TRICHOLOG_VERSION)));
    }

    void help()
    {
        const auto r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--database")));
        QVERIFY(r.out.contains(QStringLiteral("--demo")));
        QVERIFY(r.out.contains(QStringLiteral("tricholog demo --database PATH")));
    }

    void unknownVerb()
    {
        const auto r = run({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown command \"frobnicate\"")));
    }

    void demoCreatesDeterministicData()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.sqlite"));
        const QString b = dir.filePath(QStringLiteral("b.sqlite"));
        auto r = run({QStringLiteral("demo"), QStringLiteral("--database"), a,
                      QStringLiteral("--patients"), QStringLiteral("15"), QStringLiteral("--seed"),
                      QStringLiteral("99")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Created 15 patients")), qPrintable(r.out + r.err));
        r = run({QStringLiteral("demo"), QStringLiteral("--database"), b,
                 QStringLiteral("--patients"), QStringLiteral("15"), QStringLiteral("--seed"),
                 QStringLiteral("99")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(contentHash(a), contentHash(b));
        QVERIFY(!contentHash(a).isEmpty());

        auto db = Database::open(a);
        QVERIFY(db.ok());
        QCOMPARE(PatientRepository(*db.value()).count(true), 15);

        // Refuses to add demo patients to a database that has patients.
        r = run({QStringLiteral("demo"), QStringLiteral("--database"), a});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("already holds patients")));
    }

    void demoDefaultsToFortyPatients()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        const auto r = run({QStringLiteral("demo"), QStringLiteral("--database"), path});
        QCOMPARE(r.exitCode, 0);
        auto db = Database::open(path);
        QVERIFY(db.ok());
        const auto patients = PatientRepository(*db.value()).search({QString(), true, -1}).value();
        QCOMPARE(patients.size(), 40);
        int responders = 0, withAdverse = 0;
        for (const auto &p : patients) {
            const auto sessions = SessionRepository(*db.value()).forPatient(p.id).value();
            QVERIFY(sessions.size() >= 4 && sessions.size() <= 16);
            for (const auto &s : sessions)
                withAdverse += s.adverseEvents.isEmpty() ? 0 : 1;
            const auto ms = MeasurementRepository(*db.value()).forPatient(p.id).value();
            QVERIFY(!ms.isEmpty());
            double first = -1, last = -1;
            for (const auto &m : ms) {
                if (m.site == ScalpSite::Occipital || m.site == ScalpSite::TargetArea)
                    continue;
                if (first < 0)
                    first = m.density.value();
                last = m.density.value();
            }
            responders += last >= first * 1.10 ? 1 : 0;
        }
        QVERIFY2(responders > 5 && responders < 40, qPrintable(QString::number(responders)));
        QVERIFY(withAdverse > 0);
    }

    void demoOptionErrors()
    {
        QTemporaryDir dir;
        auto r = run({QStringLiteral("demo")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--database")));
        r = run({QStringLiteral("demo"), QStringLiteral("--database"),
                 dir.filePath(QStringLiteral("x.sqlite")), QStringLiteral("--patients"),
                 QStringLiteral("many")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("\"many\"")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.sqlite"))));
    }

    // An option given twice is a usage error (exit 2), nothing is written: which file was meant?
    void optionGivenTwiceIsAUsageError()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.sqlite"));
        const QString b = dir.filePath(QStringLiteral("b.sqlite"));
        auto r = run({QStringLiteral("demo"), QStringLiteral("--database"), a,
                      QStringLiteral("--database"), b});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--database is given 2 times")), qPrintable(r.err));
        QVERIFY(!QFile::exists(a) && !QFile::exists(b));
        r = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), a,
                 QStringLiteral("--database"), a});
        QCOMPARE(r.exitCode, 2);
    }

    void demoOnUnwritablePath()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const auto r = run({QStringLiteral("demo"), QStringLiteral("--database"),
                            dir.filePath(QStringLiteral("file/sub/demo.sqlite"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("tricholog: Cannot create the folder")),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
