// The audit trail's own table under attack: its triggers untouched, the table itself altered so
// that entries are dropped without a gap in the chain. On SQLite, the table made again with a
// generated column under UNIQUE ... ON CONFLICT IGNORE (every disclosure after the first one
// silently not written), or an index added; on a server, a rule that drops the disclosures, a
// column or constraint added, row-level security switched on. Each is named when the database
// opens, which then opens read-only. Runs on SQLite and, with TRICHOLOG_TEST_PG_STATE, on the
// throwaway PostgreSQL cluster.
#include "core/security/Anchors.h"
#include "core/security/AuditLog.h"
#include "core/security/UserRepository.h"
#include "core/storage/Integrity.h"
#include "core/storage/Migrations.h"
#include "core/storage/PracticeRepository.h"
#include "tests/TestSupport.h"
#include "tests/core/AuditAttackSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

using namespace tricholog;
using namespace tricholog::test;

namespace {

QString joined(const QStringList &problems)
{
    return problems.join(QStringLiteral("; "));
}

} // namespace

class TestAttackTrail : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QFile::remove(anchors::defaultStorePath()); }

    void untouchedTrailTableHasNoFindings()
    {
        test::TempDatabase t;
        test::addPatient(*t);
        reopen(t);
        QVERIFY2(t.db->integrityProblems().isEmpty(),
                 qPrintable(joined(t.db->integrityProblems())));
        QVERIFY(!t.db->readOnly());
    }

    // The helper's attack on SQLite: the same columns, indexes and append-only triggers, word for
    // word, and one generated column more that is unique with ON CONFLICT IGNORE.
    void trailTableMadeAgainIsNamed()
    {
        test::TempDatabase t;
        if (t.db->isServer())
            QSKIP("SQLite's table; the server's attacks are below");
        test::addPatient(*t);
        QString create = sqliteAuditLogStatements().first();
        create.replace(QStringLiteral("hash TEXT NOT NULL)"),
                       QStringLiteral("hash TEXT NOT NULL, g TEXT GENERATED ALWAYS AS (CASE WHEN "
                                      "action = 'disclose' THEN 'D' ELSE hash END) VIRTUAL, "
                                      "UNIQUE (g) ON CONFLICT IGNORE)"));
        QStringList statements{QStringLiteral("PRAGMA legacy_alter_table = ON"),
                               QStringLiteral("ALTER TABLE audit_log RENAME TO old_log"), create,
                               QStringLiteral("INSERT INTO audit_log (id, at, user_name, action, "
                                              "table_name, record_id, patient_id, old_values, "
                                              "new_values, prev_hash, hash) SELECT id, at, "
                                              "user_name, action, table_name, record_id, "
                                              "patient_id, old_values, new_values, prev_hash, "
                                              "hash FROM old_log"),
                               QStringLiteral("DROP TABLE old_log")};
        statements << sqliteAuditLogStatements().mid(1);
        QSqlDatabase connection = t.db->connection();
        for (const QString &trigger : sqliteTriggerStatements(connection, t.db->schemaVersion()))
            if (trigger.contains(QLatin1String(" ON audit_log ")))
                statements << trigger;
        for (const QString &sql : std::as_const(statements))
            exec(*t, sql);
        reopen(t);
        const QStringList problems = t.db->integrityProblems();
        QVERIFY2(problems.contains(
                     QStringLiteral("the audit trail's table or index audit_log was altered")),
                 qPrintable(joined(problems)));
        QVERIFY2(problems.contains(QStringLiteral("the index or constraint "
                                                  "sqlite_autoindex_audit_log_1 on the audit "
                                                  "trail is not Tricholog's")),
                 qPrintable(joined(problems)));
        // Nothing else: the triggers are as they were.
        QCOMPARE(problems.size(), 2);
        QVERIFY(t.db->readOnly());
        QVERIFY(AuditLog(*t).verify().value().intact()); // the chain alone sees nothing
    }

    // An index added, one of the program's taken away: each named.
    void indexesOfTheTrailAreChecked()
    {
        test::TempDatabase t;
        test::addPatient(*t);
        exec(*t, QStringLiteral("CREATE UNIQUE INDEX evil ON audit_log(action, table_name)"));
        exec(*t, QStringLiteral("DROP INDEX audit_user"));
        reopen(t);
        const QStringList problems = t.db->integrityProblems();
        QVERIFY2(problems.contains(QStringLiteral(
                     "the index or constraint evil on the audit trail is not Tricholog's")),
                 qPrintable(joined(problems)));
        QVERIFY2(problems.contains(
                     QStringLiteral("the audit trail's table or index audit_user is missing")),
                 qPrintable(joined(problems)));
        QVERIFY(t.db->readOnly());
    }

    // On a server: a rule that drops the disclosures, a generated column and a constraint on the
    // trail, row-level security on a clinical table.
    void rulesColumnsConstraintsAndPoliciesOnAServerAreNamed()
    {
        test::TempDatabase t;
        if (!t.db->isServer())
            QSKIP("PostgreSQL's rules, columns and policies");
        test::addPatient(*t);
        exec(*t, QStringLiteral("CREATE RULE hide AS ON INSERT TO audit_log WHERE new.action = "
                                "'disclose' DO INSTEAD NOTHING"));
        exec(*t, QStringLiteral("ALTER TABLE patient ENABLE ROW LEVEL SECURITY"));
        reopen(t);
        QStringList problems = t.db->integrityProblems();
        QCOMPARE(problems, (QStringList{QStringLiteral("the rule hide on audit_log is not "
                                                       "Tricholog's"),
                                        QStringLiteral("row-level security on patient is not "
                                                       "Tricholog's")}));
        QVERIFY(t.db->readOnly());

        test::TempDatabase u;
        test::addPatient(*u);
        exec(*u, QStringLiteral("ALTER TABLE audit_log ADD COLUMN g text GENERATED ALWAYS AS "
                                "(hash) STORED"));
        exec(*u, QStringLiteral("ALTER TABLE audit_log ADD CONSTRAINT once CHECK (action <> "
                                "'disclose')"));
        exec(*u, QStringLiteral("ALTER TABLE audit_log ALTER COLUMN at DROP NOT NULL"));
        reopen(u);
        problems = u.db->integrityProblems();
        QVERIFY2(problems.contains(
                     QStringLiteral("the audit trail's table or index audit_log was altered")),
                 qPrintable(joined(problems)));
        QVERIFY2(problems.contains(QStringLiteral(
                     "the index or constraint once on the audit trail is not Tricholog's")),
                 qPrintable(joined(problems)));
        QCOMPARE(problems.size(), 2);
        QVERIFY(u.db->readOnly());
    }

    // The practice id changed behind the program (meta has no trigger): the store's anchors of
    // this database, now of "another practice", are named rather than skipped; a new database of
    // the practice recorded at the same place since (its first anchor) sets them aside, and an
    // anchor of another practice recorded after that is named again.
    void practiceIdChangedBehindTheAnchorsIsNamed()
    {
        test::TempDatabase t;
        test::addPatient(*t);
        QVERIFY(anchors::recordHead(*t, QStringLiteral("audit verify")).ok());
        const QString store = anchors::defaultStorePath();
        const auto problems = [&] {
            QStringList found;
            for (const auto &f :
                 anchors::check(*t, anchors::readFile(store).value(), store, false).value())
                if (!f.problem.isEmpty())
                    found << f.problem;
            return found;
        };
        QVERIFY2(problems().isEmpty(), qPrintable(joined(problems())));
        const QString before = PracticeRepository(*t).practiceId().value();
        const QString forged = QStringLiteral("11111111-2222-3333-4444-555555555555");
        exec(*t,
             QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'practice_id'").arg(forged));
        reopen(t);
        QStringList named = problems();
        QCOMPARE(named.size(), 1);
        QVERIFY2(
            named.first().contains(QStringLiteral("was recorded for another practice (%1; this "
                                                  "database is %2)")
                                       .arg(before, forged)) &&
                named.first().contains(QStringLiteral("its practice id was changed")),
            qPrintable(named.first()));

        QVERIFY(anchors::recordHead(*t, QString::fromLatin1(anchors::kCreated)).ok());
        QVERIFY2(problems().isEmpty(), qPrintable(joined(problems())));
        // An earlier version's anchor (no format: it recorded no new database's first anchor) of
        // another practice is not named: a file made anew here before the upgrade would be
        // named for good.
        Anchor other = anchors::head(*t, QStringLiteral("sign-out")).value();
        other.practiceId = before;
        other.format = 1;
        QVERIFY(anchors::record(store, other).ok());
        QVERIFY2(problems().isEmpty(), qPrintable(joined(problems())));
        // This version's is, after the created one. On a server, whoever it connected as: the
        // owner migrates, the workstations connect as the application role.
        other.format = 2;
        if (t.db->isServer()) {
            QVERIFY(other.database.contains(QLatin1Char('@')));
            other.database.replace(QRegularExpression(QStringLiteral("//[^@/]*@")),
                                   QStringLiteral("//the_owner@"));
        }
        QVERIFY(anchors::record(store, other).ok());
        named = problems();
        QCOMPARE(named.size(), 1);
        QVERIFY(named.first().contains(QStringLiteral("sign-out")));
    }

    // An account's role changed behind the program (its update trigger dropped and made again
    // word for word, or disabled and enabled on a server): the row check names the account and
    // the field. Failed sign-ins (not logged) are no change, nor a role or password changed
    // through the program.
    void anAccountChangedOutsideIsNamed()
    {
        test::TempDatabase t;
        UserRepository users(*t);
        QVERIFY(
            users.add(QStringLiteral("admin"), Role::Administrator, QStringLiteral("correct horse"))
                .ok());
        QVERIFY(users.signIn(QStringLiteral("admin"), QStringLiteral("correct horse")).ok());
        const auto eve =
            users.add(QStringLiteral("eve"), Role::Assistant, QStringLiteral("assistant pass"));
        QVERIFY(eve.ok());
        QVERIFY(users.setRole(eve.value(), Role::Clinician).ok());
        QVERIFY(users.setPassword(eve.value(), QStringLiteral("another pass")).ok());
        for (int i = 0; i < 2; ++i)
            QVERIFY(!users.signIn(QStringLiteral("eve"), QStringLiteral("wrong")).ok());
        QVERIFY(scalar(*t, QStringLiteral(
                               "SELECT failed_logins FROM app_user WHERE name = 'eve'")) == 2);
        const auto clean = integrity::rowsChangedOutside(*t);
        QVERIFY(clean.ok());
        QCOMPARE(clean.value().changes, 0);

        const QString update =
            QStringLiteral("UPDATE app_user SET role = 'administrator' WHERE name = 'eve'");
        if (t.db->isServer()) {
            exec(*t, QStringLiteral("ALTER TABLE app_user DISABLE TRIGGER audit_app_user_update"));
            exec(*t, update);
            exec(*t, QStringLiteral("ALTER TABLE app_user ENABLE TRIGGER audit_app_user_update"));
        } else {
            QSqlQuery q(t.db->connection());
            QVERIFY(q.exec(QStringLiteral(
                        "SELECT sql FROM sqlite_master WHERE name = 'audit_app_user_update'")) &&
                    q.next());
            const QString trigger = q.value(0).toString();
            q.finish();
            exec(*t, QStringLiteral("DROP TRIGGER audit_app_user_update"));
            exec(*t, update);
            exec(*t, trigger);
        }
        reopen(t);
        QVERIFY2(t.db->integrityProblems().isEmpty(),
                 qPrintable(joined(t.db->integrityProblems())));
        const auto found = integrity::rowsChangedOutside(*t);
        QVERIFY(found.ok());
        QCOMPARE(found.value().changes, 1);
        const auto &change = found.value().listed.first();
        QCOMPARE(change.table, QStringLiteral("app_user"));
        QCOMPARE(change.recordId, eve.value());
        QVERIFY(change.kind == integrity::OutsideChange::Kind::Changed);
        QCOMPARE(change.fields, QStringList{QStringLiteral("role")});
    }
};

QTEST_GUILESS_MAIN(TestAttackTrail)
#include "tst_attack_trail.moc"
