// The audit trail's verbs under attack, as a hostile user with the file and an assistant's
// account would try them (issue 18, items 1, 2 and 4): tricholog audit verify, backup, restore
// and report, run as a clinic's script runs them.
#include "core/demo/DemoGenerator.h"
#include "core/security/UserRepository.h"
#include "core/storage/Database.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/PracticeRepository.h"
#include "tests/e2e/ProcessRun.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tricholog;

namespace {

const QString kAdmin = QStringLiteral("boss");
const QString kPassword = QStringLiteral("correct horse battery");

} // namespace

class TestAttackAuditCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    test::Run app(const QStringList &args, const QString &user = kAdmin,
                  const QString &password = kPassword) const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("TRICHOLOG_USER"), user);
        env.insert(QStringLiteral("TRICHOLOG_PASSWORD"), password);
        // The anchor store and settings of this test only.
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        return test::runProcess(QStringLiteral(TRICHOLOG_BINARY), args, env);
    }

    static void sql(const QString &file, const QStringList &statements)
    {
        const QString name = QStringLiteral("attack");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            for (const QString &statement : statements) {
                QSqlQuery q(raw);
                QVERIFY2(q.exec(statement), qPrintable(statement));
            }
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    QString freshCopy(const QString &name) const
    {
        const QString copy = path(name);
        QFile::remove(copy);
        QFile::copy(m_db, copy);
        return copy;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = path(QStringLiteral("clinic.sqlite"));
        auto r = app({QStringLiteral("demo"), QStringLiteral("--database"), m_db,
                      QStringLiteral("--patients"), QStringLiteral("6"), QStringLiteral("--admin"),
                      kAdmin});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void verifyReportsEveryPartAndRecordsTheHead()
    {
        const auto r = app({QStringLiteral("audit"), QStringLiteral("verify"),
                            QStringLiteral("--database"), freshCopy(QStringLiteral("a.sqlite"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("The audit trail is intact")));
        QVERIFY(r.out.contains(QStringLiteral("Tricholog's own, unchanged")));
        QVERIFY(r.out.contains(QStringLiteral("each holds what the trail last logged")));
        QVERIFY(r.out.contains(QStringLiteral("Head recorded as an anchor")));
        const QString store = path(QStringLiteral("data/Tricholog/Tricholog/audit-anchors.jsonl"));
        QVERIFY(QFileInfo::exists(store));
        QCOMPARE(QFileInfo(store).permissions() & 0x0077, QFileDevice::Permissions());
    }

    // Item 2: the practice id changed in the file (meta has no trigger): the anchors recorded
    // for this file under its former id are named, not set aside as another practice's; a new
    // database made at the same path by init (its first anchor) sets them aside.
    void aChangedPracticeIdIsNamedByTheFilesAnchors()
    {
        // A practice of its own (the demo's copies share one, and their trails part).
        const QString db = path(QStringLiteral("p.sqlite"));
        auto r = app({QStringLiteral("init"), QStringLiteral("--database"), db,
                      QStringLiteral("--admin"), kAdmin});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = app(
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        sql(db, {QStringLiteral("UPDATE meta SET value = '11111111-2222-3333-4444-555555555555' "
                                "WHERE key = 'practice_id'")});
        r = app(
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("was recorded for another practice")) &&
                     r.err.contains(QStringLiteral("its practice id was changed")) &&
                     r.err.contains(QStringLiteral("11111111-2222-3333-4444-555555555555")),
                 qPrintable(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("Head recorded")));

        QVERIFY(QFile::remove(db));
        r = app({QStringLiteral("init"), QStringLiteral("--database"), db,
                 QStringLiteral("--admin"), kAdmin});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = app(
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    // Item 1: a dropped trigger and the edit it let through; writes are refused meanwhile.
    void droppedTriggerIsNamedAndWritesAreRefused()
    {
        const QString db = freshCopy(QStringLiteral("b.sqlite"));
        sql(db, {QStringLiteral("DROP TRIGGER audit_measurement_update"),
                 QStringLiteral("UPDATE measurement SET density = density + 40 WHERE id = 2")});
        auto r = app(
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("the trigger audit_measurement_update is missing")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("measurement 2 (patient ")) &&
                     r.err.contains(QStringLiteral("density changed outside Tricholog")),
                 qPrintable(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("Head recorded")));

        QFile csv(path(QStringLiteral("patients.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("mrn,family_name,given_name,sex\nNEW-1,Neu,Nina,female\n");
        csv.close();
        r = app({QStringLiteral("import"), QStringLiteral("--database"), db,
                 QStringLiteral("--patients"), csv.fileName()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("audit_measurement_update")), qPrintable(r.err));
    }

    // Item 2: entries cut behind an anchor, seen through the store and through a backup given
    // with --anchor (twice: the option may repeat).
    void truncationIsSeenThroughAnchors()
    {
        const QString db = freshCopy(QStringLiteral("c.sqlite"));
        const QString kept = path(QStringLiteral("c-backup.sqlite"));
        QCOMPARE(app({QStringLiteral("backup"), QStringLiteral("--database"), db,
                      QStringLiteral("--out"), kept})
                     .exitCode,
                 0);
        sql(db, {QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                 QStringLiteral("DELETE FROM audit_log WHERE id > (SELECT max(id) - 5 FROM "
                                "audit_log)"),
                 QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                                "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); "
                                "END")});
        const auto r =
            app({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"),
                 db, QStringLiteral("--anchor"), kept, QStringLiteral("--anchor"), kept});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QStringLiteral("The audit trail is intact"))); // the chain alone
        QVERIFY2(r.err.contains(QStringLiteral("entries were removed")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("anchor from ") + kept), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("audit-anchors.jsonl")), qPrintable(r.err));
    }

    // Item 4: restore is an administrator's; another practice's file needs its id named.
    void restoreNeedsAnAdministratorAndThePractice()
    {
        const QString db = freshCopy(QStringLiteral("d.sqlite"));
        {
            auto opened = Database::open(db);
            QVERIFY(opened.ok());
            UserRepository users(*opened.value());
            QVERIFY(users.signIn(kAdmin, kPassword).ok());
            QVERIFY(users
                        .add(QStringLiteral("helper"), Role::Assistant,
                             QStringLiteral("assistant pass 1"))
                        .ok());
        }
        const QString other = path(QStringLiteral("other.sqlite"));
        QCOMPARE(app({QStringLiteral("demo"), QStringLiteral("--database"), other,
                      QStringLiteral("--patients"), QStringLiteral("3"), QStringLiteral("--seed"),
                      QStringLiteral("7"), QStringLiteral("--admin"), QStringLiteral("helper")},
                     QStringLiteral("helper"), QStringLiteral("assistant pass 1"))
                     .exitCode,
                 0);
        const QString otherBackup = path(QStringLiteral("other-backup.sqlite"));
        QCOMPARE(app({QStringLiteral("backup"), QStringLiteral("--database"), other,
                      QStringLiteral("--out"), otherBackup},
                     QStringLiteral("helper"), QStringLiteral("assistant pass 1"))
                     .exitCode,
                 0);
        QString ours;
        {
            auto opened = Database::open(db);
            ours = PracticeRepository(*opened.value()).practiceId().value();
        }
        // The assistant (administrator of the other file) may not restore here.
        auto r = app({QStringLiteral("restore"), QStringLiteral("--database"), db,
                      QStringLiteral("--from"), otherBackup},
                     QStringLiteral("helper"), QStringLiteral("assistant pass 1"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("may not do this")), qPrintable(r.err));
        // The administrator is told whose file it is.
        r = app({QStringLiteral("restore"), QStringLiteral("--database"), db,
                 QStringLiteral("--from"), otherBackup});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("another practice")), qPrintable(r.err));
        QString theirs;
        {
            auto opened = Database::open(otherBackup);
            theirs = PracticeRepository(*opened.value()).practiceId().value();
        }
        QVERIFY(r.err.contains(QStringLiteral("--other-practice ") + theirs));
        {
            // Both refusals left the database as it was (its sign-ins aside).
            auto opened = Database::open(db);
            QCOMPARE(PracticeRepository(*opened.value()).practiceId().value(), ours);
            QCOMPARE(PatientRepository(*opened.value()).count(true), 6);
        }
        r = app({QStringLiteral("restore"), QStringLiteral("--database"), db,
                 QStringLiteral("--from"), otherBackup, QStringLiteral("--other-practice"), theirs},
                QStringLiteral("helper"), QStringLiteral("assistant pass 1"));
        QCOMPARE(r.exitCode, 1); // still not the assistant's to do
        r = app({QStringLiteral("restore"), QStringLiteral("--database"), db,
                 QStringLiteral("--from"), otherBackup, QStringLiteral("--other-practice"),
                 theirs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto restored = Database::open(db);
        QVERIFY(restored.ok());
        QSqlQuery q(restored.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT user_name, new_values FROM audit_log WHERE "
                                      "action = 'restore'")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), kAdmin);
        QVERIFY(q.value(1).toString().contains(QStringLiteral("\"sha256\":\"")));
    }

    // Item 2: paper is an anchor: the report's footer carries the trail's head.
    void reportFooterCarriesTheHead()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString db = freshCopy(QStringLiteral("e.sqlite"));
        QString mrn;
        {
            auto opened = Database::open(db);
            QSqlQuery q(opened.value()->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT mrn FROM patient ORDER BY id LIMIT 1")) &&
                    q.next());
            mrn = q.value(0).toString();
        }
        const QString pdf = path(QStringLiteral("report.pdf"));
        auto r = app({QStringLiteral("report"), QStringLiteral("--database"), db,
                      QStringLiteral("--patient"), mrn, QStringLiteral("--output"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto text = test::runProcess(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY2(text.out.contains(QStringLiteral("audit entry ")),
                 qPrintable(text.out.right(400)));
    }
};

QTEST_GUILESS_MAIN(TestAttackAuditCli)
#include "tst_attack_auditcli.moc"
