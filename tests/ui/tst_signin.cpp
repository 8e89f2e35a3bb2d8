// Signing in, the first administrator, role-dependent menus, the idle lock and the audit viewer,
// driven through the real widgets.
#include "core/demo/DemoGenerator.h"
#include "core/security/UserRepository.h"
#include "tests/TestSupport.h"
#include "tests/ui/GuiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/measurements/MeasurementGridDialog.h"
#include "ui/security/AuditDialog.h"
#include "ui/security/IdleLock.h"
#include "ui/security/SignInDialog.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>
#include <sys/mount.h>

using namespace tricholog;
using test::whenDialogOpens;

class TestSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TricholugSignIn"));
    }

    void firstStartCreatesTheAdministrator()
    {
        test::TempDatabase db;
        SignInDialog dialog(*db, SignInDialog::Mode::CreateAdministrator);
        dialog.show();
        QTest::keyClicks(dialog.nameField(), QStringLiteral("chief"));
        QTest::keyClicks(dialog.passwordField(), QStringLiteral("first-pass-1"));
        auto *repeat = test::field<QLineEdit>(&dialog, QStringLiteral("Password again"));
        QTest::keyClicks(repeat, QStringLiteral("first-pass-2"));
        QTest::keyClick(repeat, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("differ")));
        QCOMPARE(UserRepository(*db).count(), 0);
        repeat->clear();
        QTest::keyClicks(repeat, QStringLiteral("first-pass-1"));
        QTest::keyClick(repeat, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(UserRepository(*db).count(), 1);
        QCOMPARE(db.db->session()->name, QStringLiteral("chief"));
        QCOMPARE(db.db->session()->role, Role::Administrator);
    }

    void signInShowsTheReasonAndTheDemoAccounts()
    {
        test::TempDatabase db;
        DemoOptions demo;
        demo.patients = 2;
        QVERIFY(generateDemo(*db, demo).ok());
        SignInDialog dialog(*db, SignInDialog::Mode::SignIn);
        dialog.show();
        auto *hint = dialog.findChild<QLabel *>(QStringLiteral("demoHint"));
        QVERIFY(hint && hint->text().contains(QStringLiteral("tricholog-clinician")));
        QTest::keyClicks(dialog.nameField(), QStringLiteral("clinician"));
        QTest::keyClicks(dialog.passwordField(), QStringLiteral("not-it"));
        QTest::keyClick(dialog.passwordField(), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("wrong")));
        QVERIFY(dialog.passwordField()->text().isEmpty()); // what was typed is not kept
        QTest::keyClicks(dialog.passwordField(), QStringLiteral("tricholog-clinician"));
        QTest::keyClick(dialog.passwordField(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(db.db->session()->role, Role::Clinician);
    }

    void theAssistantSeesOnlyWhatTheRoleMayDo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roles.sqlite"));
        {
            auto db = Database::open(path);
            DemoOptions demo;
            demo.patients = 2;
            QVERIFY(generateDemo(*db.value(), demo).ok());
        }
        auto db = Database::open(path);
        QVERIFY(UserRepository(*db.value())
                    .signIn(QStringLiteral("assistant"), QStringLiteral("tricholog-assistant"))
                    .ok());
        MainWindow window(std::move(db).value());
        window.show();
        window.patientList()->selectRow(0);
        QVERIFY(!window.action(QStringLiteral("newPatient"))->isEnabled());
        QVERIFY(!window.action(QStringLiteral("archivePatient"))->isEnabled());
        QVERIFY(!window.action(QStringLiteral("users"))->isEnabled());
        QVERIFY(!window.action(QStringLiteral("importCsv"))->isEnabled());
        QVERIFY(!window.action(QStringLiteral("auditTrail"))->isEnabled());
        QVERIFY(window.action(QStringLiteral("newSession"))->isEnabled());
        QVERIFY(window.action(QStringLiteral("newMeasurements"))->isEnabled());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("databaseLabel"))
                    ->text()
                    .contains(QStringLiteral("signed in as assistant")));
    }

    void idleTimeLocksUntilThePasswordIsGiven()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lock.sqlite"));
        {
            auto db = Database::open(path);
            DemoOptions demo;
            demo.patients = 1;
            QVERIFY(generateDemo(*db.value(), demo).ok());
        }
        auto db = Database::open(path);
        QVERIFY(UserRepository(*db.value())
                    .signIn(QStringLiteral("clinician"), QStringLiteral("tricholog-clinician"))
                    .ok());
        MainWindow window(std::move(db).value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bool hiddenWhileLocked = false;
        bool refused = false;
        whenDialogOpens<SignInDialog>([&](SignInDialog *d) {
            hiddenWhileLocked = !window.centralWidget()->isVisible();
            QTest::keyClicks(d->passwordField(), QStringLiteral("wrong-one"));
            QTest::keyClick(d->passwordField(), Qt::Key_Return);
            refused = d->isVisible();
            QTest::keyClicks(d->passwordField(), QStringLiteral("tricholog-clinician"));
            QTest::keyClick(d->passwordField(), Qt::Key_Return);
        });
        window.idleLock()->setIdleLimitMs(100);
        QTRY_VERIFY_WITH_TIMEOUT(hiddenWhileLocked, 5000);
        QVERIFY(refused);
        QTRY_VERIFY(window.centralWidget()->isVisible());
        QVERIFY(window.isVisible()); // unlocked, not closed
        window.idleLock()->setMinutes(60);
    }

    // A German clinic types "150,5": the grid reads the locale's decimal separator.
    void entryFollowsTheLocalesDecimalSeparator()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        MeasurementGridDialog grid(1, {}, QDate(2026, 6, 1),
                                   [](const QList<Measurement> &) { return Result<void>(); });
        grid.show();
        const int vertex = grid.rowOf(ScalpSite::Vertex);
        grid.grid()->item(vertex, MeasurementGridDialog::Density)->setText(QStringLiteral("150,5"));
        QCOMPARE(grid.cellProblem(vertex, MeasurementGridDialog::Density), QString());
        const auto rows = grid.measurements();
        QLocale::setDefault(before);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().density.valueOr(0), 150.5);
    }

    // A database that cannot be written opens with a banner nobody can miss.
    void readOnlyDatabaseShowsItsBanner()
    {
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(mountPoint));
        const QByteArray where = mountPoint.toLocal8Bit();
        if (::mount("tmpfs", where.constData(), "tmpfs", 0, "size=4m") != 0)
            QSKIP("cannot mount a tmpfs here (needs root)");
        const QString path = mountPoint + QStringLiteral("/clinic.sqlite");
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            test::addPatient(*db.value());
        }
        QCOMPARE(::mount("tmpfs", where.constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, "size=4m"),
                 0);
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            MainWindow window(std::move(db).value());
            window.show();
            auto *banner = window.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
            QVERIFY(banner && banner->isVisible());
            QVERIFY(banner->text().contains(QStringLiteral("read-only")));
            QVERIFY(!window.action(QStringLiteral("newPatient"))->isEnabled());
            QVERIFY(window.action(QStringLiteral("exportFhir"))->isEnabled()); // reading is fine
            QVERIFY(window.action(QStringLiteral("exportFhirNdjson"))->isEnabled());
        }
        QVERIFY(::umount(where.constData()) == 0);
    }

    void auditViewerFiltersAndVerifies()
    {
        test::TempDatabase db;
        DemoOptions demo;
        demo.patients = 2;
        QVERIFY(generateDemo(*db, demo).ok());
        QVERIFY(UserRepository(*db)
                    .signIn(QStringLiteral("admin"), QStringLiteral("tricholog-admin"))
                    .ok());
        AuditDialog dialog(*db);
        QVERIFY(dialog.table()->rowCount() > 20);
        dialog.verify();
        QVERIFY2(dialog.status()->text().contains(QStringLiteral("intact")),
                 qPrintable(dialog.status()->text()));
        QTest::keyClicks(dialog.userFilter(), QStringLiteral("admin"));
        QTest::keyClick(dialog.userFilter(), Qt::Key_Return);
        QVERIFY(dialog.table()->rowCount() > 0);
        for (int r = 0; r < dialog.table()->rowCount(); ++r)
            QCOMPARE(dialog.table()->item(r, 1)->text(), QStringLiteral("admin"));
        dialog.userFilter()->clear();
        QTest::keyClicks(dialog.patientFilter(), QStringLiteral("DEMO-00001"));
        QTest::keyClick(dialog.patientFilter(), Qt::Key_Return);
        QVERIFY(dialog.table()->rowCount() > 0);
        // Columns: time, user, patient ("Family, Given (MRN)"), what happened, details.
        for (int r = 0; r < dialog.table()->rowCount(); ++r) {
            QVERIFY2(dialog.table()->item(r, 2)->text().endsWith(QStringLiteral(" (DEMO-00001)")),
                     qPrintable(dialog.table()->item(r, 2)->text()));
            QVERIFY(!dialog.table()->item(r, 3)->text().isEmpty());
        }
        // The main window opens the trail preset to the open patient.
        dialog.setPatientFilter(QStringLiteral("DEMO-00002"));
        QCOMPARE(dialog.patientFilter()->text(), QStringLiteral("DEMO-00002"));
        QVERIFY(dialog.table()->rowCount() > 0);
        for (int r = 0; r < dialog.table()->rowCount(); ++r)
            QVERIFY(dialog.table()->item(r, 2)->text().endsWith(QStringLiteral(" (DEMO-00002)")));
    }
};

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
