// Trust on a shared workstation, split from tst_safety: the lock screen, signing out and
// changing one's own password, the practice kept in the database, and reports refused to
// assistants with every export written to the audit trail as a disclosure.
#include "core/clinical/Validation.h"
#include "core/demo/DemoGenerator.h"
#include "core/io/CsvExporter.h"
#include "core/model/Keys.h"
#include "core/security/Anchors.h"
#include "core/security/AuditLog.h"
#include "core/security/UserRepository.h"
#include "core/storage/MeasurementRepository.h"
#include "core/storage/PracticeRepository.h"
#include "core/storage/SessionRepository.h"
#include "tests/TestSupport.h"
#include "tests/ui/GuiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/RecordEditor.h"
#include "ui/charts/SiteColors.h"
#include "ui/diagnoses/DiagnosisDialog.h"
#include "ui/measurements/MeasurementGridDialog.h"
#include "ui/patients/PatientDialog.h"
#include "ui/patients/PatientFileWidget.h"
#include "ui/patients/PatientListModel.h"
#include "ui/report/ReportActions.h"
#include "ui/security/ChangePasswordDialog.h"
#include "ui/security/SignInDialog.h"
#include "ui/sessions/SessionDialog.h"
#include "ui/settings/PracticeDialog.h"
#include "ui/widgets/DateText.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/NumberField.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/widgets/PatientBand.h"

#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoCommand>
#include <QUndoStack>
#include <array>
#include <cmath>

using namespace tricholog;
using test::field;
using test::retype;
using test::whenDialogOpens;

namespace {
// Presses the button with this text in the next message box that opens.
void answerNextMessageBox(const QString &buttonText, QString *seenTitle = nullptr,
                          QString *seenText = nullptr)
{
    whenDialogOpens<QMessageBox>([=](QMessageBox *box) {
        if (seenTitle)
            *seenTitle = box->windowTitle();
        if (seenText)
            *seenText = box->text();
        for (QAbstractButton *b : box->buttons()) {
            if (b->text().remove(QLatin1Char('&')) == buttonText) {
                b->click();
                return;
            }
        }
        box->reject();
    });
}
} // namespace

// 7. Shared workstations: the lock says why it locked, another person can sign in from it, and
// the Account menu signs out and changes the own password.
class TestSharedWorkstation : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> demoWindow(QTemporaryDir &dir)
    {
        const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
        {
            auto db = Database::open(path);
            DemoOptions demo;
            demo.patients = 2;
            demo.photoPatients = 0;
            if (!generateDemo(*db.value(), demo).ok())
                return {};
        }
        auto db = Database::open(path);
        if (!db || !UserRepository(*db.value())
                        .signIn(QStringLiteral("clinician"), QStringLiteral("tricholog-clinician"))
                        .ok())
            return {};
        auto window = std::make_unique<MainWindow>(std::move(db).value());
        window->show();
        return window;
    }

private slots:
    void lockSaysWhyAndAnotherPersonCanSignIn()
    {
        QTemporaryDir dir;
        auto window = demoWindow(dir);
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        // Something the clinician did, on the undo stack.
        window->undoStack().push(new QUndoCommand(QStringLiteral("an edit")));
        QString byHand;
        bool switched = false;
        whenDialogOpens<SignInDialog>([&](SignInDialog *d) {
            byHand = d->introLabel()->text();
            auto *other = d->findChild<QPushButton *>(QStringLiteral("switchUser"));
            QVERIFY(other);
            other->click();
            QVERIFY(!d->nameField()->isReadOnly());
            // A wrong password keeps the clinician's session (still locked).
            QTest::keyClicks(d->nameField(), QStringLiteral("admin"));
            QTest::keyClicks(d->passwordField(), QStringLiteral("not-the-password"));
            QTest::keyClick(d->passwordField(), Qt::Key_Return);
            QVERIFY(d->isVisible());
            QCOMPARE(window->database().session()->name, QStringLiteral("clinician"));
            QTest::keyClicks(d->passwordField(), QStringLiteral("tricholog-admin"));
            QTest::keyClick(d->passwordField(), Qt::Key_Return);
            switched = d->switchedUser();
        });
        window->lock();
        QVERIFY2(byHand.contains(QStringLiteral("Locked by clinician")), qPrintable(byHand));
        QVERIFY(switched);
        QCOMPARE(window->database().session()->name, QStringLiteral("admin"));
        QVERIFY(window->centralWidget()->isVisible());
        QCOMPARE(window->undoStack().count(), 0); // the clinician's edits are not the admin's
        QVERIFY(window->action(QStringLiteral("users"))->isEnabled()); // the admin's menus

        // The idle lock says it locked for idle time.
        QString idle;
        whenDialogOpens<SignInDialog>([&](SignInDialog *d) {
            idle = d->introLabel()->text();
            QTest::keyClicks(d->passwordField(), QStringLiteral("tricholog-admin"));
            QTest::keyClick(d->passwordField(), Qt::Key_Return);
        });
        window->lockFor(SignInDialog::LockReason::Idle);
        QVERIFY2(idle.contains(QStringLiteral("without use")), qPrintable(idle));
    }

    void signOutAndChangeOwnPassword()
    {
        QTemporaryDir dir;
        auto window = demoWindow(dir);
        QVERIFY(window);
        // Change my password: the current one is checked first.
        bool refused = false;
        whenDialogOpens<ChangePasswordDialog>([&](ChangePasswordDialog *d) {
            QTest::keyClicks(d->currentField(), QStringLiteral("wrong-password"));
            QTest::keyClicks(d->newField(), QStringLiteral("a-new-secret-1"));
            QTest::keyClicks(d->repeatField(), QStringLiteral("a-new-secret-1"));
            d->accept();
            refused = d->isVisible() && d->errorLabel()->text().contains(QStringLiteral("wrong"));
            d->currentField()->setText(QStringLiteral("tricholog-clinician"));
            d->accept();
        });
        window->action(QStringLiteral("changePassword"))->trigger();
        QVERIFY(refused);
        QVERIFY(UserRepository(window->database()).verifyCurrent(QStringLiteral("a-new-secret-1")));

        // Sign out: the sign-in form; the trail records the sign-out.
        bool asked = false;
        whenDialogOpens<SignInDialog>([&](SignInDialog *d) {
            asked = !window->centralWidget()->isVisible() && !window->database().session();
            QTest::keyClicks(d->nameField(), QStringLiteral("assistant"));
            QTest::keyClicks(d->passwordField(), QStringLiteral("tricholog-assistant"));
            QTest::keyClick(d->passwordField(), Qt::Key_Return);
        });
        window->action(QStringLiteral("signOut"))->trigger();
        QVERIFY(asked);
        QCOMPARE(window->database().session()->name, QStringLiteral("assistant"));
        QVERIFY(!window->action(QStringLiteral("exportReport"))->isEnabled());
        bool loggedOut = false;
        for (const auto &e : AuditLog(window->database()).query({}).value())
            loggedOut = loggedOut || (e.action == QLatin1String("logout") &&
                                      e.user == QLatin1String("clinician"));
        QVERIFY(loggedOut);
        // The head the clinician saw is remembered outside the database (issue 18, item 2).
        const auto stored = anchors::readFile(anchors::defaultStorePath());
        QVERIFY(stored.ok());
        const QString practice = PracticeRepository(window->database()).practiceId().value();
        bool anchored = false;
        for (const Anchor &a : stored.value())
            anchored = anchored || (a.source == QLatin1String("sign-out") &&
                                    a.practiceId == practice && a.entryId > 0);
        QVERIFY(anchored);
    }
};

// 6. The practice's details live in the database: administrators set them, everyone's reports
// carry them; no made-up clinic name.
class TestPractice : public QObject
{
    Q_OBJECT

private slots:
    void practiceIsKeptInTheDatabaseForEveryWorkstation()
    {
        test::TempDatabase t;
        UserRepository users(*t);
        QVERIFY(
            users
                .add(QStringLiteral("boss"), Role::Administrator, QStringLiteral("boss-password-1"))
                .ok());
        QVERIFY(users.signIn(QStringLiteral("boss"), QStringLiteral("boss-password-1")).ok());
        QVERIFY(
            users.add(QStringLiteral("dr.lee"), Role::Clinician, QStringLiteral("lee-password-1"))
                .ok());
        QVERIFY(!PracticeRepository(*t).load().value().isSetUp());

        Practice empty;
        const auto refused = PracticeRepository(*t).save(empty);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Validation);

        QImage logo(40, 20, QImage::Format_RGB32);
        logo.fill(Qt::darkCyan);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        logo.save(&buffer, "PNG");
        Practice practice;
        practice.name = QStringLiteral("Sampletown Hair & Scalp");
        practice.address = QStringLiteral("2 Sample Road\nSampletown");
        practice.logo = png;
        practice.paperSize = QStringLiteral("Letter");
        QVERIFY(PracticeRepository(*t).save(practice).ok());
        // Another workstation: the same database, opened again.
        auto again = Database::open(t.path());
        QVERIFY(again.ok());
        const Practice loaded = PracticeRepository(*again.value()).load().value();
        QCOMPARE(loaded.name, practice.name);
        QCOMPARE(loaded.address, practice.address);
        QCOMPARE(loaded.paperSize, QStringLiteral("Letter"));
        QCOMPARE(QImage::fromData(loaded.logo).size(), QSize(40, 20));
        AppSettings settings;
        settings.applyPractice(loaded);
        QCOMPARE(settings.clinicName, practice.name);
        QCOMPARE(settings.effectivePaperSize(), QStringLiteral("Letter"));

        // The window's File > Practice details edits it (administrators).
        {
            auto adminDb = Database::open(t.path());
            QVERIFY(adminDb.ok());
            QVERIFY(UserRepository(*adminDb.value())
                        .signIn(QStringLiteral("boss"), QStringLiteral("boss-password-1"))
                        .ok());
            MainWindow window(std::move(adminDb).value());
            QVERIFY(window.action(QStringLiteral("practice"))->isEnabled());
            whenDialogOpens<PracticeDialog>([](PracticeDialog *d) {
                retype(d->nameField(), QStringLiteral("Sampletown Hair Centre"));
                d->trySave();
            });
            window.action(QStringLiteral("practice"))->trigger();
            QCOMPARE(PracticeRepository(window.database()).load().value().name,
                     QStringLiteral("Sampletown Hair Centre"));
        }
        // Clinicians read it but may not change it.
        QVERIFY(users.signIn(QStringLiteral("dr.lee"), QStringLiteral("lee-password-1")).ok());
        QCOMPARE(PracticeRepository(*t).save(practice).error().kind, Error::Kind::Permission);
    }
};

// 5. Assistants may not export or print reports: core refuses, the menus follow; an export by a
// clinician is in the audit trail as a disclosure.
class TestReportPermission : public QObject
{
    Q_OBJECT

private slots:
    void assistantsCannotExportReportsAndExportsAreDisclosed()
    {
        test::TempDatabase t;
        UserRepository users(*t);
        QVERIFY(
            users
                .add(QStringLiteral("boss"), Role::Administrator, QStringLiteral("boss-password-1"))
                .ok());
        QVERIFY(users.signIn(QStringLiteral("boss"), QStringLiteral("boss-password-1")).ok());
        QVERIFY(
            users.add(QStringLiteral("asha"), Role::Assistant, QStringLiteral("asha-password-1"))
                .ok());
        QVERIFY(
            users.add(QStringLiteral("dr.lee"), Role::Clinician, QStringLiteral("lee-password-1"))
                .ok());
        const qint64 id = test::addPatient(*t);
        QVERIFY(users.signIn(QStringLiteral("asha"), QStringLiteral("asha-password-1")).ok());
        QVERIFY(!t.db->require(Permission::ExportReports).ok());
        QVERIFY(!t.db->require(Permission::ExportData).ok());

        {
            MainWindow window(std::move(t.db));
            window.selectPatient(id);
            for (const char *name :
                 {"exportReport", "printReport", "previewReport", "exportListedReports",
                  "exportCsv", "exportFhir", "exportFhirNdjson"})
                QVERIFY2(!window.action(QString::fromLatin1(name))->isEnabled(), name);
            // Even when reached another way, the report action refuses, naming the role.
            QString refusal;
            answerNextMessageBox(QStringLiteral("OK"), nullptr, &refusal);
            ReportActions reports(window.database(), &window);
            QVERIFY(!reports.exportPdf(id));
            QVERIFY2(refusal.contains(QStringLiteral("Assistant")), qPrintable(refusal));
        }
    }

    void csvExportIsWrittenToTheTrail()
    {
        test::TempDatabase t;
        const qint64 id = test::addPatient(*t);
        QTemporaryDir out;
        const auto one = exportCsv(*t, out.path(), QStringLiteral("T-0001"));
        QVERIFY2(one.ok(), qPrintable(one ? QString() : one.error().message));
        QVERIFY(exportCsv(*t, out.filePath(QStringLiteral("all")), QString()).ok());
        const auto entries = AuditLog(*t).query({}).value();
        QList<AuditRecord> disclosures;
        for (const auto &e : entries)
            if (e.action == QLatin1String("disclose"))
                disclosures << e;
        QCOMPARE(disclosures.size(), 2);
        // Newest first: the export of everyone, then the one patient's.
        QVERIFY(!disclosures.at(0).patientId.has_value());
        QVERIFY(disclosures.at(0).newValues.contains(QStringLiteral("all (1)")));
        QCOMPARE(disclosures.at(1).patientId.value_or(0), id);
        QVERIFY(disclosures.at(1).newValues.contains(QStringLiteral("\"csv\"")));
        QVERIFY(disclosures.at(1).newValues.contains(out.path()));
        QVERIFY(AuditLog(*t).verify().value().intact());
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the anchor store of the tests, not the user's
    int status = 0;
    {
        TestReportPermission permission;
        status |= QTest::qExec(&permission, argc, argv);
    }
    {
        TestSharedWorkstation shared;
        status |= QTest::qExec(&shared, argc, argv);
    }
    {
        TestPractice practice;
        status |= QTest::qExec(&practice, argc, argv);
    }
    return status;
}

#include "tst_workstation.moc"
