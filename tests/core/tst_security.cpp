// Accounts, roles and the audit trail, through core: Argon2id hashes, slowed-down failures,
// core's own refusal of what a role may not do, and a tamper-evident, append-only trail.
#include "core/security/AuditLog.h"
#include "core/security/Sha256.h"
#include "core/security/UserRepository.h"
#include "core/storage/MeasurementRepository.h"
#include "core/storage/SessionRepository.h"
#include "tests/TestSupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <atomic>

using namespace tricholog;

namespace {

MicroneedlingSession sampleSession(qint64 patientId)
{
    MicroneedlingSession s;
    s.patientId = patientId;
    s.performedAt = QDateTime(QDate(2026, 6, 1), QTime(10, 0));
    s.device = Device::Pen;
    s.needleLength = NeedleLength(1.5);
    s.zones = {ScalpSite::Vertex};
    return s;
}

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

class TestSecurity : public QObject
{
    Q_OBJECT

private slots:
    // Sha256 (OpenSSL) gives QCryptographicHash's digests: in one piece and added in pieces of
    // every size around a block's 64 bytes, with result() read midway and after reset().
    void sha256IsQtsSha256()
    {
        QByteArray text;
        for (int i = 0; i < 1000; ++i)
            text += char(i * 37 + i / 7);
        for (const qsizetype size : {0, 1, 55, 56, 63, 64, 65, 127, 128, 129, 1000}) {
            const QByteArray part = text.first(size);
            const QByteArray expected = QCryptographicHash::hash(part, QCryptographicHash::Sha256);
            QCOMPARE(Sha256::hash(part), expected);
            QCOMPARE(Sha256::hex(part), expected.toHex());
            Sha256 pieces;
            for (qsizetype at = 0; at < size; at += 13)
                pieces.addData(part.mid(at, 13));
            QCOMPARE(pieces.result(), expected);
            QCOMPARE(pieces.result(), expected); // reading it leaves it as it was
            pieces.addData("more");
            QCOMPARE(pieces.result(), QCryptographicHash::hash(QByteArray(part + "more"),
                                                               QCryptographicHash::Sha256));
            pieces.reset();
            QCOMPARE(pieces.result(), QCryptographicHash::hash({}, QCryptographicHash::Sha256));
        }
        // A device read to its end in pieces (a file larger than one piece of 1 MiB).
        QByteArray large;
        for (int i = 0; i < 3 * 1024 * 1024 + 17; ++i)
            large += char(i % 251);
        QBuffer device(&large);
        QVERIFY(device.open(QIODevice::ReadOnly));
        Sha256 fromDevice;
        QVERIFY(fromDevice.addData(&device));
        QCOMPARE(fromDevice.result(), QCryptographicHash::hash(large, QCryptographicHash::Sha256));
        QBuffer closed;
        QVERIFY(!Sha256().addData(&closed)); // not open: refused, not the digest of nothing
        QCOMPARE(Sha256::hex("abc"),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void passwordsAreArgon2idAndFailuresSlowDown()
    {
        test::TempDatabase db;
        UserRepository users(*db);
        QVERIFY(
            !users.add(QStringLiteral("admin"), Role::Administrator, QStringLiteral("short")).ok());
        const auto admin = users.add(QStringLiteral("admin"), Role::Administrator,
                                     QStringLiteral("correct horse"));
        QVERIFY(admin.ok()); // the first account needs no one signed in
        QSqlQuery q(db.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT password_hash FROM app_user")) && q.next());
        QVERIFY(q.value(0).toString().startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!q.value(0).toString().contains(QStringLiteral("correct horse")));
        q.finish();
        // A second account needs an administrator signed in.
        const auto refused =
            users.add(QStringLiteral("eve"), Role::Clinician, QStringLiteral("12345678"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Permission);

        // Failures: the third locks for 1 s, the fourth for 2 s; the right password waits too.
        for (int i = 0; i < 3; ++i)
            QVERIFY(!users.signIn(QStringLiteral("admin"), QStringLiteral("wrong")).ok());
        const auto locked = users.signIn(QStringLiteral("admin"), QStringLiteral("correct horse"));
        QVERIFY(!locked.ok());
        QVERIFY2(locked.error().message.contains(QStringLiteral("try again")),
                 qPrintable(locked.error().message));
        db.clock->set(test::fixedNow().addSecs(2));
        const auto in = users.signIn(QStringLiteral("ADMIN"), QStringLiteral("correct horse"));
        QVERIFY2(in.ok(), qPrintable(in.ok() ? QString() : in.error().message));
        QCOMPARE(db.db->session()->role, Role::Administrator);
        QCOMPARE(db.db->auditUser(), QStringLiteral("admin"));

        // Every attempt is in the audit trail, good or failed.
        const auto trail = AuditLog(*db).query({}).value();
        int failed = 0, good = 0;
        for (const auto &r : trail) {
            failed += r.action == QLatin1String("login_failed");
            good += r.action == QLatin1String("login");
        }
        QCOMPARE(failed, 4);
        QCOMPARE(good, 1);
        QVERIFY(AuditLog(*db).verify().value().intact());
    }

    // Six wrong passwords for one account at the same time, each from its own workstation (its
    // own connection and thread): each is refused and logged, the count reaches three and the
    // account locks, and the three after the lock are not counted, as when tried in turn. (Read
    // before the transaction, the count stayed at 1 or 2 and nothing locked.) Then the right
    // password is refused too, until the lock ends.
    void wrongPasswordsTriedAtOnceEachCount()
    {
        test::TempDatabase db;
        UserRepository users(*db);
        QVERIFY(
            users.add(QStringLiteral("admin"), Role::Administrator, QStringLiteral("correct horse"))
                .ok());
        constexpr int kTries = 6;
        std::atomic<int> refused = 0;
        QStringList problems;
        QMutex problemsLock;
        QList<QThread *> threads;
        for (int i = 0; i < kTries; ++i)
            threads << QThread::create([&, i] {
                auto other = Database::open(db.path(), db.clock);
                if (!other) {
                    const QMutexLocker locked(&problemsLock);
                    problems << other.error().message;
                    return;
                }
                const auto in =
                    UserRepository(*other.value())
                        .signIn(QStringLiteral("admin"), QStringLiteral("wrong %1").arg(i));
                if (!in.ok() && in.error().kind == Error::Kind::Permission)
                    ++refused;
                else if (!in.ok()) {
                    const QMutexLocker locked(&problemsLock);
                    problems << in.error().message;
                }
            });
        for (QThread *t : std::as_const(threads))
            t->start();
        for (QThread *t : std::as_const(threads)) {
            QVERIFY(t->wait(QDeadlineTimer(120'000)));
            delete t;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(refused.load(), kTries);
        QSqlQuery q(db.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT failed_logins, locked_until FROM app_user")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        QVERIFY(!q.value(1).isNull());
        q.finish();
        const auto locked = users.signIn(QStringLiteral("admin"), QStringLiteral("correct horse"));
        QVERIFY(!locked.ok());
        QVERIFY2(locked.error().message.contains(QStringLiteral("try again")),
                 qPrintable(locked.error().message));
        int failed = 0;
        for (const auto &r : AuditLog(*db).query({}).value())
            failed += r.action == QLatin1String("login_failed");
        QCOMPARE(failed, kTries + 1);
        QVERIFY(AuditLog(*db).verify().value().intact());
    }

    // An unknown name costs the same Argon2id check as a known name with a wrong password, so
    // the answer's time does not tell which accounts exist (median of 10 tries each, ratio
    // between 0.7 and 1.4; the clock moves past any lock-out between tries).
    void signInTimeDoesNotRevealWhichAccountsExist()
    {
        test::TempDatabase db;
        UserRepository users(*db);
        QVERIFY(
            users.add(QStringLiteral("known"), Role::Administrator, QStringLiteral("correct horse"))
                .ok());
        (void)users.signIn(QStringLiteral("nobody-warm-up"), QStringLiteral("x")); // first use
        auto median = [](QList<qint64> v) {
            std::sort(v.begin(), v.end());
            return double(v.at(v.size() / 2));
        };
        QList<qint64> known, unknown;
        QElapsedTimer timer;
        for (int i = 0; i < 10; ++i) {
            db.clock->set(test::fixedNow().addSecs(3600 * (i + 1)));
            timer.start();
            QVERIFY(!users.signIn(QStringLiteral("known"), QStringLiteral("wrong one")).ok());
            known << timer.nsecsElapsed();
            timer.start();
            QVERIFY(!users.signIn(QStringLiteral("nobody-%1").arg(i), QStringLiteral("wrong one"))
                         .ok());
            unknown << timer.nsecsElapsed();
        }
        const double ratio = median(unknown) / median(known);
        QVERIFY2(ratio > 0.7 && ratio < 1.4,
                 qPrintable(QStringLiteral("unknown/known = %1 (%2 ms / %3 ms)")
                                .arg(ratio)
                                .arg(median(unknown) / 1e6)
                                .arg(median(known) / 1e6)));
    }

    void coreRefusesWhatARoleMayNotDo()
    {
        test::TempDatabase db;
        UserRepository users(*db);
        QVERIFY(
            users.add(QStringLiteral("admin"), Role::Administrator, QStringLiteral("admin-pass-1"))
                .ok());
        QVERIFY(users.signIn(QStringLiteral("admin"), QStringLiteral("admin-pass-1")).ok());
        QVERIFY(users.add(QStringLiteral("nurse"), Role::Assistant, QStringLiteral("nurse-pass-1"))
                    .ok());
        QVERIFY(
            users.add(QStringLiteral("doc"), Role::Clinician, QStringLiteral("doc-pass-1")).ok());
        const qint64 pid = test::addPatient(*db);

        // Nobody signed in: refused once accounts exist.
        db.db->setSession(std::nullopt);
        MicroneedlingSession anonymous = sampleSession(pid);
        QCOMPARE(SessionRepository(*db).add(anonymous).error().kind, Error::Kind::Permission);

        // The assistant enters sessions and measurements, nothing else.
        QVERIFY(users.signIn(QStringLiteral("nurse"), QStringLiteral("nurse-pass-1")).ok());
        MicroneedlingSession s = sampleSession(pid);
        QVERIFY(SessionRepository(*db).add(s).ok());
        Measurement m;
        m.patientId = pid;
        m.measuredOn = QDate(2026, 6, 1);
        m.site = ScalpSite::Vertex;
        m.density = HairDensity(150);
        QList<Measurement> ms{m};
        QVERIFY(MeasurementRepository(*db).addAll(ms).ok());
        Patient other = test::samplePatient(QStringLiteral("T-0002"));
        QCOMPARE(PatientRepository(*db).add(other).error().kind, Error::Kind::Permission);
        QCOMPARE(PatientRepository(*db).setArchived(pid, true).error().kind,
                 Error::Kind::Permission);
        QCOMPARE(SessionRepository(*db).remove(s.id).error().kind, Error::Kind::Permission);
        QVERIFY(!users.add(QStringLiteral("x"), Role::Assistant, QStringLiteral("12345678")).ok());
        QVERIFY(PatientRepository(*db).find(pid).ok()); // reading is fine

        // The clinician archives; managing accounts stays with the administrator.
        QVERIFY(users.signIn(QStringLiteral("doc"), QStringLiteral("doc-pass-1")).ok());
        QVERIFY(PatientRepository(*db).setArchived(pid, true).ok());
        QCOMPARE(users.setRole(1, Role::Assistant).error().kind, Error::Kind::Permission);
    }

    void everyWriteIsAuditedWithOldAndNewValues()
    {
        test::TempDatabase db;
        UserRepository users(*db);
        QVERIFY(
            users.add(QStringLiteral("doc"), Role::Clinician, QStringLiteral("doc-pass-1")).ok());
        QVERIFY(users.signIn(QStringLiteral("doc"), QStringLiteral("doc-pass-1")).ok());
        Patient p = test::samplePatient(QStringLiteral("AUD-1"));
        QVERIFY(PatientRepository(*db).add(p).ok());
        Patient edited = PatientRepository(*db).find(p.id).value();
        edited.phone = QStringLiteral("+41 44 555 00 00");
        QVERIFY(PatientRepository(*db).update(edited).ok());
        QVERIFY(PatientRepository(*db).setArchived(p.id, true).ok());
        MicroneedlingSession s = sampleSession(p.id);
        QVERIFY(SessionRepository(*db).add(s).ok());
        QVERIFY(SessionRepository(*db).remove(s.id).ok());

        AuditFilter filter;
        filter.patientId = p.id;
        const auto trail = AuditLog(*db).query(filter).value(); // newest first
        auto find = [&](const QString &table, const QString &action) {
            for (const auto &r : trail)
                if (r.table == table && r.action == action)
                    return r;
            return AuditRecord{};
        };
        const AuditRecord insert = find(QStringLiteral("patient"), QStringLiteral("insert"));
        QCOMPARE(insert.user, QStringLiteral("doc"));
        QCOMPARE(insert.recordId, p.id);
        QCOMPARE(json(insert.newValues).value(QStringLiteral("mrn")).toString(),
                 QStringLiteral("AUD-1"));
        QVERIFY(insert.oldValues.isEmpty());
        QVERIFY(!json(insert.newValues).contains(QStringLiteral("mrn_key")));
        QCOMPARE(insert.at, test::fixedNow().toUTC().toString(Qt::ISODateWithMs)); // the clock, UTC
        const AuditRecord update = find(QStringLiteral("patient"), QStringLiteral("update"));
        QCOMPARE(json(update.oldValues).value(QStringLiteral("phone")).toString(),
                 QStringLiteral("+49 30 555 0100"));
        QCOMPARE(json(update.newValues).value(QStringLiteral("phone")).toString(),
                 QStringLiteral("+41 44 555 00 00"));
        QCOMPARE(find(QStringLiteral("patient"), QStringLiteral("archive")).recordId, p.id);
        const AuditRecord removed = find(QStringLiteral("session"), QStringLiteral("delete"));
        QCOMPARE(removed.recordId, s.id);
        QCOMPARE(json(removed.oldValues).value(QStringLiteral("device")).toString(),
                 QStringLiteral("pen"));
        QVERIFY(removed.newValues.isEmpty());
        QVERIFY(find(QStringLiteral("session_zone"), QStringLiteral("insert")).recordId == s.id);
        // Filters and export.
        AuditFilter byUser;
        byUser.user = QStringLiteral("nobody");
        QCOMPARE(AuditLog(*db).query(byUser).value().size(), 0);
        QTemporaryDir dir;
        const auto exported =
            AuditLog(*db).exportCsv(filter, dir.filePath(QStringLiteral("audit.csv")));
        QVERIFY(exported.ok());
        QCOMPARE(exported.value(), int(trail.size()));
    }

    // Two workstations edit the same patient: the second save is refused, naming who saved
    // first and when; after reloading, the edit goes through.
    void aSecondSaveOfTheSameVersionIsRefused()
    {
        test::TempDatabase a;
        QVERIFY(UserRepository(*a)
                    .add(QStringLiteral("anna"), Role::Clinician, QStringLiteral("anna-pass-1"))
                    .ok());
        QVERIFY(
            UserRepository(*a).signIn(QStringLiteral("anna"), QStringLiteral("anna-pass-1")).ok());
        Patient p = test::samplePatient(QStringLiteral("LU-1"));
        QVERIFY(PatientRepository(*a).add(p).ok());
        auto other = Database::open(a.path(), a.clock);
        QVERIFY(other.ok());
        Database &b = *other.value();
        // The second workstation (same account here; who saved is what the message names).
        QVERIFY(
            UserRepository(b).signIn(QStringLiteral("anna"), QStringLiteral("anna-pass-1")).ok());

        Patient atA = PatientRepository(*a).find(p.id).value();
        Patient atB = PatientRepository(b).find(p.id).value();
        QCOMPARE(atA.rowVersion.value, 1);
        atA.phone = QStringLiteral("+1 555 0101");
        QVERIFY(PatientRepository(*a).update(atA).ok());
        atB.email = QStringLiteral("other@example.org");
        const auto refused = PatientRepository(b).update(atB);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QVERIFY2(refused.error().message.contains(QStringLiteral("anna saved this patient")),
                 qPrintable(refused.error().message));
        QCOMPARE(PatientRepository(b).find(p.id).value().phone, QStringLiteral("+1 555 0101"));
        // Reload, edit again: saved.
        Patient reloaded = PatientRepository(b).find(p.id).value();
        QCOMPARE(reloaded.rowVersion.value, 2);
        reloaded.email = QStringLiteral("other@example.org");
        QVERIFY(PatientRepository(b).update(reloaded).ok());
        QCOMPARE(PatientRepository(*a).find(p.id).value().rowVersion.value, 3);
    }

    void theTrailIsAppendOnlyAndTamperEvident()
    {
        test::TempDatabase db;
        for (int i = 0; i < 5; ++i)
            test::addPatient(*db, test::samplePatient(QStringLiteral("T-%1").arg(i)));
        QCOMPARE(AuditLog(*db).verify().value().records, 5);
        QVERIFY(AuditLog(*db).verify().value().intact());
        QSqlQuery q(db.db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET user_name = 'mallory' WHERE id = 2")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));

        // Someone with the file and the sqlite3 shell (or the server's owner) drops the guard and
        // edits an entry...
        const QString on = db.db->isServer() ? QStringLiteral(" ON audit_log") : QString();
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update") + on));
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET new_values = replace(new_values, "
                                      "'Müller', 'Miller') WHERE id = 3")));
        auto v = AuditLog(*db).verify().value();
        QCOMPARE(v.firstBrokenId, 3);
        QVERIFY(v.reason.contains(QStringLiteral("changed")));
        // ... or removes one: the next entry's link breaks.
        test::TempDatabase other;
        for (int i = 0; i < 4; ++i)
            test::addPatient(*other, test::samplePatient(QStringLiteral("U-%1").arg(i)));
        QSqlQuery r(other.db->connection());
        QVERIFY(r.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete") + on));
        QVERIFY(r.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
        v = AuditLog(*other).verify().value();
        QCOMPARE(v.firstBrokenId, 3);
        QVERIFY(v.reason.contains(QStringLiteral("does not link")));
    }
};

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
