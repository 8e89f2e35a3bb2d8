// The audit trail as people read it: real entries written by the database's triggers, sign-ins
// and disclosures turned into sentences and field-level changes, patients named by name and MRN,
// times in local time; damaged or unknown entries shown as stored, never a crash.
#include "core/model/Keys.h"
#include "core/model/Quantity.h"
#include "core/security/AuditLog.h"
#include "core/security/AuditText.h"
#include "core/security/Disclosure.h"
#include "core/security/UserRepository.h"
#include "core/storage/MeasurementRepository.h"
#include "tests/TestSupport.h"

#include <QTest>

using namespace tricholog;

namespace {

// The newest entry of `table` with `action` (and record, when given).
AuditRecord entry(Database &db, const QString &table, const QString &action,
                  std::optional<qint64> recordId = std::nullopt)
{
    const auto trail = AuditLog(db).query({});
    if (!trail)
        return {};
    for (const auto &r : trail.value()) {
        if (r.table == table && r.action == action && (!recordId || r.recordId == recordId))
            return r;
    }
    return {};
}

AuditRecord synthetic(const QString &table, const QString &action, const QString &oldValues,
                      const QString &newValues)
{
    AuditRecord r;
    r.at = QStringLiteral("2026-03-12T09:14:03.123Z");
    r.user = QStringLiteral("someone");
    r.table = table;
    r.action = action;
    r.recordId = 7;
    r.oldValues = oldValues;
    r.newValues = newValues;
    return r;
}

} // namespace

class TestAuditText : public QObject
{
    Q_OBJECT

private slots:
    void measurementAddedChangedDeleted()
    {
        test::TempDatabase db;
        const qint64 pid = test::addPatient(*db);
        MeasurementRepository repo(*db);
        Measurement m;
        m.patientId = pid;
        m.measuredOn = QDate(2026, 3, 12);
        m.site = ScalpSite::Vertex;
        m.density = HairDensity(150);
        const auto added = repo.add(m);
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
        Measurement stored = repo.find(m.id).value();
        stored.density = HairDensity(160);
        const auto changed = repo.update(stored);
        QVERIFY2(changed.ok(), qPrintable(changed.ok() ? QString() : changed.error().message));
        QVERIFY(repo.remove(m.id).ok());

        const QString day = auditDateText(QDate(2026, 3, 12));
        QVERIFY(day.contains(QStringLiteral("2026")));
        const QString where = label(ScalpSite::Vertex) + QStringLiteral(", ") + day;
        const QString unit = HairDensity::unitSymbol();

        const AuditRecord insert =
            entry(*db, QStringLiteral("measurement"), QStringLiteral("insert"), m.id);
        QCOMPARE(insert.patientId, pid);
        QCOMPARE(auditSentence(insert), QString(QStringLiteral("Added a measurement at ") + where));
        const QStringList entered{
            QString(QStringLiteral("Measurement date: ") + day),
            QString(QStringLiteral("Site: ") + label(ScalpSite::Vertex)),
            QString(QStringLiteral("Method: ") + label(MeasurementMethod::Trichoscopy)),
            QString(QStringLiteral("Hair density: 150 ") + unit),
        };
        QCOMPARE(auditChanges(insert), entered); // no ids, row versions or empty fields

        const AuditRecord update =
            entry(*db, QStringLiteral("measurement"), QStringLiteral("update"), m.id);
        const QString change = QStringLiteral("Hair density: 150 → 160 ") + unit;
        QCOMPARE(auditChanges(update), QStringList{change}); // only what the user changed
        const QString sentence = auditSentence(update);
        QCOMPARE(sentence, QString(QStringLiteral("Changed the measurement at ") + where +
                                   QStringLiteral(" (") + change + QLatin1Char(')')));
        QVERIFY(sentence.contains(QStringLiteral("150")) &&
                sentence.contains(QStringLiteral("160")) &&
                sentence.contains(label(ScalpSite::Vertex)));

        const AuditRecord removed =
            entry(*db, QStringLiteral("measurement"), QStringLiteral("delete"), m.id);
        QCOMPARE(auditSentence(removed),
                 QString(QStringLiteral("Deleted the measurement at ") + where));
        QVERIFY(
            auditChanges(removed).contains(QString(QStringLiteral("Hair density: 160 ") + unit)));
    }

    void patientsByNameAndMrn()
    {
        test::TempDatabase db;
        Patient p = test::samplePatient(QStringLiteral("T-0001"));
        const qint64 pid = test::addPatient(*db, p);
        Patient edited = PatientRepository(*db).find(pid).value();
        edited.phone = QStringLiteral("+41 44 555 00 00");
        QVERIFY(PatientRepository(*db).update(edited).ok());
        QVERIFY(PatientRepository(*db).setArchived(pid, true).ok());
        // A patient whose creation was undone: the row is gone, the trail remains.
        const qint64 gone = test::addPatient(*db, test::samplePatient(QStringLiteral("T-0002")));
        const auto removed = PatientRepository(*db).remove(gone);
        QVERIFY2(removed.ok(), qPrintable(removed.ok() ? QString() : removed.error().message));

        const AuditRecord insert =
            entry(*db, QStringLiteral("patient"), QStringLiteral("insert"), pid);
        QCOMPARE(auditSentence(insert), QStringLiteral("Added the patient"));
        const QStringList entered = auditChanges(insert);
        QVERIFY(entered.contains(QStringLiteral("Record number (MRN): T-0001")));
        QVERIFY(entered.contains(QStringLiteral("Family name: Müller")));
        QVERIFY(entered.contains(QStringLiteral("Given name: Jonas")));
        QVERIFY(entered.contains(QString(QStringLiteral("Sex: ") + label(Sex::Male))));
        QVERIFY(entered.contains(QStringLiteral("Fitzpatrick skin type: III")));
        QVERIFY(entered.contains(QStringLiteral("Photo consent: yes")));
        QVERIFY(entered.contains(
            QString(QStringLiteral("Date of birth: ") + auditDateText(QDate(1985, 3, 2)))));
        for (const QString &line : entered) {
            QVERIFY2(!line.contains(QStringLiteral("_key")) &&
                         !line.startsWith(QStringLiteral("Archived")) &&
                         !line.startsWith(QStringLiteral("row_version")),
                     qPrintable(line));
        }

        const AuditRecord update =
            entry(*db, QStringLiteral("patient"), QStringLiteral("update"), pid);
        const QString phone = QStringLiteral("Phone: +49 30 555 0100 → +41 44 555 00 00");
        QCOMPARE(auditChanges(update), QStringList{phone});
        QCOMPARE(auditSentence(update), QString(QStringLiteral("Changed the patient's details (") +
                                                phone + QLatin1Char(')')));

        const AuditRecord archive =
            entry(*db, QStringLiteral("patient"), QStringLiteral("archive"), pid);
        QCOMPARE(auditSentence(archive), QStringLiteral("Archived the patient"));
        QVERIFY(auditChanges(archive).isEmpty());

        // Names looked up in bulk: each id once, a deleted patient said so.
        const auto patients = auditPatients(*db, {pid, gone, pid});
        QVERIFY(patients.ok());
        QCOMPARE(int(patients.value().size()), 2);
        const QString named = auditPatientText(archive, patients.value());
        QCOMPARE(named, QStringLiteral("Müller, Jonas (T-0001)"));
        QCOMPARE(auditSentence(archive, named),
                 QStringLiteral("Archived the patient Müller, Jonas (T-0001)"));
        const AuditRecord deleted =
            entry(*db, QStringLiteral("patient"), QStringLiteral("delete"), gone);
        QCOMPARE(auditSentence(deleted), QStringLiteral("Deleted the patient"));
        QCOMPARE(auditPatientText(deleted, patients.value()),
                 QStringLiteral("patient #%1 (deleted)").arg(gone));
        QCOMPARE(auditPatientText(deleted, {}), QStringLiteral("patient #%1").arg(gone));
        QVERIFY(auditChanges(deleted).contains(QStringLiteral("Record number (MRN): T-0002")));

        // Disclosures: what left the program, and where to.
        QVERIFY(recordDisclosure(*db, DisclosureKind::PdfReport, {pid},
                                 QStringLiteral("/srv/reports/T-0001.pdf"))
                    .ok());
        QVERIFY(
            recordDisclosureOfAll(*db, DisclosureKind::Csv, 2, QStringLiteral("/srv/export")).ok());
        const AuditRecord pdf =
            entry(*db, QStringLiteral("patient"), QStringLiteral("disclose"), pid);
        QCOMPARE(auditSentence(pdf),
                 QStringLiteral("Exported a PDF report to /srv/reports/T-0001.pdf"));
        QVERIFY(auditChanges(pdf).isEmpty());
        QCOMPARE(auditPatientText(pdf, patients.value()), named);
        const AuditRecord all =
            entry(*db, QStringLiteral("patient"), QStringLiteral("disclose")); // the newest
        QVERIFY(!all.patientId);
        QCOMPARE(auditSentence(all), QStringLiteral("Exported CSV files to /srv/export"));
        QCOMPARE(auditPatientText(all, patients.value()), QStringLiteral("all patients (2)"));
    }

    void accountsAndSignIns()
    {
        test::TempDatabase db;
        UserRepository users(*db);
        QVERIFY(
            users.add(QStringLiteral("chief"), Role::Administrator, QStringLiteral("chief-pass-1"))
                .ok());
        QVERIFY(!users.signIn(QStringLiteral("chief"), QStringLiteral("wrong-pass")).ok());
        QVERIFY(!users.signIn(QStringLiteral("nobody"), QStringLiteral("whatever")).ok());
        QVERIFY(users.signIn(QStringLiteral("chief"), QStringLiteral("chief-pass-1")).ok());
        const auto nurse =
            users.add(QStringLiteral("nurse"), Role::Assistant, QStringLiteral("nurse-pass-1"));
        QVERIFY(nurse.ok());
        QVERIFY(users.setRole(nurse.value(), Role::Clinician).ok());
        QVERIFY(users.setPassword(nurse.value(), QStringLiteral("nurse-pass-2")).ok());

        const AuditRecord added =
            entry(*db, QStringLiteral("app_user"), QStringLiteral("insert"), nurse.value());
        QCOMPARE(auditSentence(added), QStringLiteral("Added the account nurse"));
        const QStringList details = auditChanges(added);
        QVERIFY(details.contains(QStringLiteral("Name: nurse")));
        QVERIFY(details.contains(QString(QStringLiteral("Role: ") + roleLabel(Role::Assistant))));
        QVERIFY(details.contains(QStringLiteral("Active: yes")));
        for (const QString &line : details)
            QVERIFY2(!line.contains(QStringLiteral("password")), qPrintable(line));

        const AuditRecord role =
            entry(*db, QStringLiteral("app_user"), QStringLiteral("update"), nurse.value());
        // The newest update is the password's: nothing readable changed.
        QCOMPARE(auditSentence(role), QStringLiteral("Changed the password of the account nurse"));
        QVERIFY(auditChanges(role).isEmpty());
        const auto trail = AuditLog(*db).query({}).value();
        QString roleSentence;
        for (const auto &r : trail) {
            if (r.table == QLatin1String("app_user") && r.action == QLatin1String("update") &&
                auditChanges(r).size() == 1)
                roleSentence = auditSentence(r);
        }
        const QString expectedRole = QStringLiteral("Changed the account nurse (Role: ") +
                                     roleLabel(Role::Assistant) + QStringLiteral(" → ") +
                                     roleLabel(Role::Clinician) + QLatin1Char(')');
        QCOMPARE(roleSentence, expectedRole);

        int failed = 0, unknown = 0, good = 0;
        for (const auto &r : trail) {
            if (r.action == QLatin1String("login")) {
                QCOMPARE(auditSentence(r), QStringLiteral("Signed in"));
                ++good;
            } else if (r.action == QLatin1String("login_failed")) {
                if (r.recordId) {
                    QCOMPARE(auditSentence(r), QStringLiteral("Sign-in failed"));
                    ++failed;
                } else {
                    QCOMPARE(auditSentence(r),
                             QStringLiteral("Sign-in failed: no account has this name"));
                    ++unknown;
                }
            } else {
                continue;
            }
            QVERIFY(auditChanges(r).isEmpty());
            QVERIFY(auditPatientText(r, {}).isEmpty());
        }
        QCOMPARE(good, 1);
        QCOMPARE(failed, 1);
        QCOMPARE(unknown, 1);
    }

    void localTime()
    {
        const QDateTime utc(QDate(2026, 3, 12), QTime(9, 14, 3, 123), Qt::UTC);
        AuditRecord r;
        r.at = QStringLiteral("2026-03-12T09:14:03.123Z");
        QCOMPARE(auditTime(r), utc);
        QCOMPARE(auditTime(r).timeSpec(), Qt::LocalTime);
        r.at = QStringLiteral("2026-03-12T09:14:03.123"); // without the "Z": UTC all the same
        QCOMPARE(auditTime(r), utc);
        const QLocale c = QLocale::c();
        const QDateTime local = utc.toLocalTime();
        QCOMPARE(auditTimeText(r, c), QString(auditDateText(local.date(), c) + QLatin1Char(' ') +
                                              c.toString(local.time(), QLocale::ShortFormat)));
        QVERIFY(auditTimeText(r).contains(QString::number(local.date().year())));
        r.at = QStringLiteral("not a time");
        QVERIFY(!auditTime(r).isValid());
        QCOMPARE(auditTimeText(r), QStringLiteral("not a time"));
    }

    // Whatever the trail holds, the viewer shows something and never crashes.
    void damagedAndUnknownEntriesAreShownAsStored()
    {
        const AuditRecord broken =
            synthetic(QStringLiteral("measurement"), QStringLiteral("update"),
                      QStringLiteral("{not json"), QStringLiteral("[1,2"));
        QCOMPARE(auditSentence(broken), QStringLiteral("Changed: measurement"));
        QCOMPARE(auditChanges(broken), QStringList{QStringLiteral("[1,2")});

        const AuditRecord notAnObject =
            synthetic(QStringLiteral("measurement"), QStringLiteral("insert"), QString(),
                      QStringLiteral("42"));
        QCOMPARE(auditSentence(notAnObject), QStringLiteral("Added: measurement"));
        QCOMPARE(auditChanges(notAnObject), QStringList{QStringLiteral("42")});

        const AuditRecord unknownTable =
            synthetic(QStringLiteral("mystery"), QStringLiteral("insert"), QString(),
                      QStringLiteral(R"({"foo": 1, "bar": "x", "gone": null})"));
        QCOMPARE(auditSentence(unknownTable), QStringLiteral("Added: mystery"));
        QCOMPARE(auditChanges(unknownTable),
                 (QStringList{QStringLiteral("bar: x"), QStringLiteral("foo: 1")}));

        const AuditRecord unknownAction =
            synthetic(QStringLiteral("measurement"), QStringLiteral("frobnicate"), QString(),
                      QStringLiteral(R"({"a": true})"));
        QCOMPARE(auditSentence(unknownAction), QStringLiteral("frobnicate: measurement"));
        QCOMPARE(auditChanges(unknownAction), QStringList{QStringLiteral("a: yes")});

        // An unknown key of a known table: its own name; an unknown enumeration key: as stored.
        const AuditRecord odd = synthetic(
            QStringLiteral("measurement"), QStringLiteral("insert"), QString(),
            QStringLiteral(R"({"site": "crown", "measured_on": "2026-03-12", "sparkle": 3})"));
        QCOMPARE(auditSentence(odd), QString(QStringLiteral("Added a measurement at crown, ") +
                                             auditDateText(QDate(2026, 3, 12))));
        QVERIFY(auditChanges(odd).contains(QStringLiteral("Site: crown")));
        QVERIFY(auditChanges(odd).contains(QStringLiteral("sparkle: 3")));
        QCOMPARE(auditFieldLabel(QStringLiteral("measurement"), QStringLiteral("density")),
                 QStringLiteral("Hair density"));
        QCOMPARE(auditFieldLabel(QStringLiteral("measurement"), QStringLiteral("sparkle")),
                 QStringLiteral("sparkle"));

        const AuditRecord empty;
        QVERIFY(auditSentence(empty).isEmpty());
        QVERIFY(auditChanges(empty).isEmpty());
        QVERIFY(auditPatientText(empty, {}).isEmpty());
        QVERIFY(!auditTime(empty).isValid());

        const AuditRecord disclosure =
            synthetic(QStringLiteral("patient"), QStringLiteral("disclose"), QString(),
                      QStringLiteral("garbage"));
        QCOMPARE(auditSentence(disclosure),
                 QStringLiteral("Disclosed patient data (?) to an unnamed destination"));

        // Long text is cut for the Details column (the tooltip has it all).
        const QString notes(500, QLatin1Char('n'));
        const AuditRecord longNotes = synthetic(
            QStringLiteral("measurement"), QStringLiteral("update"),
            QStringLiteral(R"({"notes": ""})"), QStringLiteral(R"({"notes": "%1"})").arg(notes));
        const QStringList changes = auditChanges(longNotes);
        QCOMPARE(int(changes.size()), 1);
        QVERIFY(changes.first().startsWith(QStringLiteral("Notes: — → nnn")));
        QVERIFY(changes.first().size() < 120);
    }
};

QTEST_GUILESS_MAIN(TestAuditText)
#include "tst_audittext.moc"
