// The clinician's workspace driven as a user drives it: real dialogs, typed input, shortcuts,
// undo; the database is then read back through core to check what was stored.
#include "core/storage/Backup.h"
#include "core/storage/DiagnosisRepository.h"
#include "core/storage/MeasurementRepository.h"
#include "core/storage/OutcomeRepository.h"
#include "core/storage/SessionRepository.h"
#include "tests/TestSupport.h"
#include "tests/ui/GuiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/RecordEditor.h"
#include "ui/charts/ProgressChartPanel.h"
#include "ui/charts/ProgressChartView.h"
#include "ui/diagnoses/DiagnosisDialog.h"
#include "ui/io/DataActions.h"
#include "ui/io/ImportDialog.h"
#include "ui/measurements/MeasurementGridDialog.h"
#include "ui/outcomes/OutcomeDialog.h"
#include "ui/patients/PatientDialog.h"
#include "ui/patients/PatientFileWidget.h"
#include "ui/patients/PatientListModel.h"
#include "ui/sessions/SessionDialog.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/ItemListEditor.h"
#include "ui/widgets/NumberField.h"
#include "ui/widgets/OptionalDateEdit.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSlider>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace tricholog;
using test::field;
using test::retype;
using test::whenDialogOpens;

class TestWorkspace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    Database *m_db = nullptr;
    std::shared_ptr<FixedClock> m_clock = std::make_shared<FixedClock>(test::fixedNow());

    // A shortcut typed in the main window, as after closing a dialog: activate it first.
    void shortcut(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::ControlModifier)
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), key, modifiers);
    }

    qint64 patientId(const QString &mrn)
    {
        auto p = PatientRepository(*m_db).findByMrn(mrn);
        return p ? p.value().id : 0;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TricholugTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        auto db = Database::open(m_dir.filePath(QStringLiteral("ws.sqlite")), m_clock);
        QVERIFY(db.ok());
        m_db = db.value().get();
        m_window = std::make_unique<MainWindow>(std::move(db).value());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    // Shortcuts reach only the active window; a closed dialog leaves activation to the platform.
    void init()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void createPatientByKeyboard()
    {
        whenDialogOpens<PatientDialog>([](PatientDialog *d) {
            QTest::keyClicks(field<QLineEdit>(d, QStringLiteral("MRN")), QStringLiteral("GUI-001"));
            test::typeText(field<QLineEdit>(d, QStringLiteral("Family name")),
                           QStringLiteral("Zürcher"));
            QTest::keyClicks(field<QLineEdit>(d, QStringLiteral("Given name(s)")),
                             QStringLiteral("Lea"));
            field<OptionalDateEdit>(d, QStringLiteral("Date of birth"))
                ->setOptionalDate(QDate(1988, 4, 9));
            auto *sex = field<QComboBox>(d, QStringLiteral("Sex at birth"));
            sex->setFocus();
            QTest::keyClick(sex, Qt::Key_Home); // female is first
            QTest::keyClicks(field<QLineEdit>(d, QStringLiteral("E-mail")),
                             QStringLiteral("lea@example.org"));
            QTest::keyClick(field<QCheckBox>(d, QStringLiteral("Photo consent")), Qt::Key_Space);
            QTest::keyClick(field<QCheckBox>(d, QStringLiteral("Data-processing consent")),
                            Qt::Key_Space);
            QCOMPARE(d->mrnStatus()->text(), QStringLiteral("available"));
            QTest::keyClick(d, Qt::Key_Return, Qt::ControlModifier);
        });
        shortcut(Qt::Key_N, Qt::ControlModifier);

        const auto stored = PatientRepository(*m_db).findByMrn(QStringLiteral("GUI-001"));
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().familyName, QStringLiteral("Zürcher"));
        QCOMPARE(stored.value().givenName, QStringLiteral("Lea"));
        QCOMPARE(stored.value().dateOfBirth, QDate(1988, 4, 9));
        QCOMPARE(stored.value().sex, Sex::Female);
        QCOMPARE(stored.value().email, QStringLiteral("lea@example.org"));
        QVERIFY(stored.value().photoConsent);
        QCOMPARE(stored.value().photoConsentDate, test::fixedNow().date());
        // The new patient is selected and shown.
        QCOMPARE(m_window->currentPatientId(), stored.value().id);
        QCOMPARE(m_window->patientFile()->patientId(), stored.value().id);
    }

    void invalidPatientKeepsInputAndStoresNothing()
    {
        const int before = PatientRepository(*m_db).count(true);
        bool checked = false;
        whenDialogOpens<PatientDialog>([&](PatientDialog *d) {
            QTest::keyClicks(field<QLineEdit>(d, QStringLiteral("MRN")), QStringLiteral("GUI-001"));
            QCOMPARE(d->mrnStatus()->text(), QStringLiteral("already used"));
            QTest::keyClicks(field<QLineEdit>(d, QStringLiteral("E-mail")),
                             QStringLiteral("not-an-address"));
            QTest::keyClick(d, Qt::Key_Return, Qt::ControlModifier);
            QVERIFY(d->isVisible()); // still open
            QVERIFY(d->errors()
                        .messageFor(QStringLiteral("mrn"))
                        .contains(QStringLiteral("already used")));
            QVERIFY(d->errors()
                        .messageFor(QStringLiteral("family_name"))
                        .contains(QStringLiteral("required")));
            QVERIFY(d->errors()
                        .messageFor(QStringLiteral("email"))
                        .contains(QStringLiteral("not-an-address")));
            QCOMPARE(field<QLineEdit>(d, QStringLiteral("E-mail"))->text(),
                     QStringLiteral("not-an-address"));
            checked = true;
            d->reject();
        });
        shortcut(Qt::Key_N, Qt::ControlModifier);
        QVERIFY(checked);
        QCOMPARE(PatientRepository(*m_db).count(true), before);
    }

    // A SALT total imported alone (no regions) is shown and kept by the form until the regions
    // are entered, which replace it.
    void saltTotalAloneStaysUntilRegionsAreEntered()
    {
        Diagnosis imported;
        imported.patientId = patientId(QStringLiteral("GUI-001"));
        imported.type = DiagnosisType::AlopeciaAreata;
        imported.icd10 = QStringLiteral("L63.9");
        imported.diagnosedOn = QDate(2026, 1, 5);
        imported.scale = Scale::Salt;
        imported.grade = QStringLiteral("27.8");
        DiagnosisDialog d(imported, [](const Diagnosis &) -> Result<void> { return {}; });
        QVERIFY2(d.saltResult()->text().contains(QStringLiteral("SALT 27.8")),
                 qPrintable(d.saltResult()->text()));
        QCOMPARE(d.diagnosis().grade, QStringLiteral("27.8"));
        QVERIFY(d.diagnosis().salt.isEmpty());
        for (const char *region :
             {"Vertex (40 %)", "Posterior (24 %)", "Right side (18 %)", "Left side (18 %)"})
            retype(field<NumberField>(&d, QString::fromUtf8(region)), QStringLiteral("10"));
        QVERIFY2(d.saltResult()->text().contains(QStringLiteral("SALT 10")),
                 qPrintable(d.saltResult()->text()));
        QCOMPARE(d.diagnosis().grade, QString());
        QVERIFY(d.diagnosis().salt.isComplete());
    }

    void diagnosisWithSaltCalculator()
    {
        const qint64 pid = patientId(QStringLiteral("GUI-001"));
        m_window->selectPatient(pid);
        bool checked = false;
        whenDialogOpens<DiagnosisDialog>([&](DiagnosisDialog *d) {
            auto *type = field<QComboBox>(d, QStringLiteral("Type"));
            type->setCurrentIndex(type->findData(QStringLiteral("alopecia_areata")));
            QCOMPARE(field<QComboBox>(d, QStringLiteral("ICD-10 code"))->currentText(),
                     QStringLiteral("L63.9"));
            QCOMPARE(
                field<QComboBox>(d, QStringLiteral("Severity scale"))->currentData().toString(),
                QStringLiteral("salt"));
            retype(field<NumberField>(d, QStringLiteral("Vertex (40 %)")), QStringLiteral("50"));
            retype(field<NumberField>(d, QStringLiteral("Posterior (24 %)")), QStringLiteral("25"));
            retype(field<NumberField>(d, QStringLiteral("Right side (18 %)")),
                   QStringLiteral("10"));
            retype(field<NumberField>(d, QStringLiteral("Left side (18 %)")), QStringLiteral("0"));
            const QString live = d->saltResult()->text();
            QVERIFY2(live.contains(QStringLiteral("SALT 27.8")), qPrintable(live));
            QVERIFY(live.contains(QStringLiteral("band S2")));
            QVERIFY(live.contains(QStringLiteral("AA-IGA 2 moderate")));
            checked = true;
            QTest::keyClick(d, Qt::Key_Return, Qt::ControlModifier);
        });
        shortcut(Qt::Key_D, Qt::ControlModifier);
        QVERIFY(checked);
        const auto list = DiagnosisRepository(*m_db).forPatient(pid).value();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().type, DiagnosisType::AlopeciaAreata);
        QCOMPARE(list.first().icd10, QStringLiteral("L63.9"));
        QCOMPARE(list.first().scale, Scale::Salt);
        QCOMPARE(list.first().salt.vertex.value(), 50.0);
        QCOMPARE(list.first().severityText(), QStringLiteral("SALT 27.8 (S2)"));
        QVERIFY(m_window->patientFile()->overview()->toPlainText().contains(
            QStringLiteral("SALT 27.8 (S2)")));
    }

    void sessionByKeyboardAndDefaultsForTheNext()
    {
        const qint64 pid = patientId(QStringLiteral("GUI-001"));
        m_window->selectPatient(pid);
        whenDialogOpens<SessionDialog>([](SessionDialog *d) {
            auto *device = field<QComboBox>(d, QStringLiteral("Device"));
            device->setCurrentIndex(device->findData(QStringLiteral("dermaroller")));
            retype(d->needleLength(), QStringLiteral("1.5"));
            QCheckBox *vertex = nullptr;
            for (auto *box : d->findChildren<QCheckBox *>())
                if (box->text() == QStringLiteral("Vertex"))
                    vertex = box;
            QVERIFY(vertex);
            QVERIFY(!vertex->isChecked());
            vertex->setFocus();
            QTest::keyClick(vertex, Qt::Key_Space);
            QTest::mouseClick(d->adjuncts()->addButton(), Qt::LeftButton);
            QTest::keyClicks(d->adjuncts()->textAt(0), QStringLiteral("5%"));
            d->pain()->setFocus();
            for (int i = 0; i < 5; ++i) // from "not recorded" (-1) to 4
                QTest::keyClick(d->pain(), Qt::Key_Right);
            QTest::mouseClick(d->adverseEvents()->addButton(), Qt::LeftButton);
            QTest::keyClick(d, Qt::Key_Return, Qt::ControlModifier);
        });
        shortcut(Qt::Key_T, Qt::ControlModifier);
        auto sessions = SessionRepository(*m_db).forPatient(pid).value();
        QCOMPARE(sessions.size(), 1);
        const auto &s = sessions.first();
        QCOMPARE(s.device, Device::Dermaroller);
        QCOMPARE(s.needleLength.value(), 1.5);
        QCOMPARE(s.zones, QList<ScalpSite>{ScalpSite::Vertex});
        QCOMPARE(s.adjuncts.size(), 1);
        QCOMPARE(s.adjuncts.first().type, AdjunctType::Minoxidil);
        QCOMPARE(s.adjuncts.first().dose, QStringLiteral("5%"));
        QCOMPARE(s.pain, 4);
        QCOMPARE(s.adverseEvents.size(), 1);
        QCOMPARE(s.adverseEvents.first().type, AdverseEventType::Erythema);
        QCOMPARE(s.sessionNumber, 1);
        QCOMPARE(s.performedAt, test::fixedNow());

        // The next session starts from this one.
        bool checked = false;
        whenDialogOpens<SessionDialog>([&](SessionDialog *d) {
            const auto proposed = d->session();
            QCOMPARE(proposed.device, Device::Dermaroller);
            QCOMPARE(proposed.needleLength.value(), 1.5);
            QCOMPARE(proposed.zones, QList<ScalpSite>{ScalpSite::Vertex});
            QCOMPARE(proposed.adjuncts.size(), 1);
            QCOMPARE(proposed.sessionNumber, 2);
            QVERIFY(proposed.adverseEvents.isEmpty());
            QVERIFY(!proposed.pain.has_value());
            checked = true;
            d->reject();
        });
        shortcut(Qt::Key_T, Qt::ControlModifier);
        QVERIFY(checked);
    }

    void invalidSessionShowsErrorAndStoresNothing()
    {
        const qint64 pid = patientId(QStringLiteral("GUI-001"));
        const auto before = SessionRepository(*m_db).forPatient(pid).value().size();
        bool checked = false;
        whenDialogOpens<SessionDialog>([&](SessionDialog *d) {
            QTest::mouseClick(d->adjuncts()->addButton(), Qt::LeftButton);
            auto *kind = d->adjuncts()->choiceAt(1);
            kind->setCurrentIndex(
                kind->findData(QStringLiteral("other"))); // "other" needs a description
            QTest::keyClick(d, Qt::Key_Return, Qt::ControlModifier);
            QVERIFY(d->isVisible());
            QVERIFY2(d->errors()
                         .messageFor(QStringLiteral("adjuncts"))
                         .contains(QStringLiteral("Adjunct 2")),
                     qPrintable(d->errors().messageFor(QStringLiteral("adjuncts"))));
            QCOMPARE(d->adjuncts()->rowCount(), 2); // what was typed is still there
            checked = true;
            d->reject();
        });
        shortcut(Qt::Key_T, Qt::ControlModifier);
        QVERIFY(checked);
        QCOMPARE(SessionRepository(*m_db).forPatient(pid).value().size(), before);
    }

    void measurementGridTypedLikeASpreadsheet()
    {
        const qint64 pid = patientId(QStringLiteral("GUI-001"));
        bool checked = false;
        whenDialogOpens<MeasurementGridDialog>([&](MeasurementGridDialog *d) {
            QTableWidget *grid = d->grid();
            grid->setFocus();
            grid->setCurrentCell(d->rowOf(ScalpSite::Vertex), MeasurementGridDialog::Density);
            // density, count, area, diameter, terminal, vellus: Tab moves right
            test::typeFocused(QStringLiteral("900"));
            test::pressFocused(Qt::Key_Tab);
            test::pressFocused(Qt::Key_Tab);
            test::pressFocused(Qt::Key_Tab);
            test::typeFocused(QStringLiteral("62.5"));
            test::pressFocused(Qt::Key_Tab);
            test::typeFocused(QStringLiteral("70"));
            test::pressFocused(Qt::Key_Tab);
            test::typeFocused(QStringLiteral("25"));
            test::pressFocused(Qt::Key_Return);
            const int vertex = d->rowOf(ScalpSite::Vertex);
            QVERIFY(d->cellProblem(vertex, MeasurementGridDialog::Density)
                        .contains(QStringLiteral("0–800")));
            // Enter moved down to the next site, same column.
            QCOMPARE(grid->currentRow(), vertex + 1);
            QCOMPARE(grid->currentColumn(), int(MeasurementGridDialog::Vellus));
            QTest::keyClick(d, Qt::Key_Return, Qt::ControlModifier);
            QVERIFY(d->isVisible()); // refused
            QCOMPARE(MeasurementRepository(*m_db).forPatient(pid).value().size(), 0);

            // Fix the density and add the occipital reference site.
            grid->setCurrentCell(vertex, MeasurementGridDialog::Density);
            test::typeFocused(QStringLiteral("150"));
            test::pressFocused(Qt::Key_Return);
            QVERIFY(d->cellProblem(vertex, MeasurementGridDialog::Density).isEmpty());
            grid->setCurrentCell(d->rowOf(ScalpSite::Occipital), MeasurementGridDialog::Density);
            test::typeFocused(QStringLiteral("210"));
            test::pressFocused(Qt::Key_Return);
            checked = true;
            QTest::keyClick(d, Qt::Key_Return, Qt::ControlModifier);
        });
        shortcut(Qt::Key_M, Qt::ControlModifier);
        QVERIFY(checked);
        const auto stored = MeasurementRepository(*m_db).forPatient(pid).value();
        QCOMPARE(stored.size(), 2);
        const Measurement *vertex = nullptr;
        for (const auto &m : stored)
            if (m.site == ScalpSite::Vertex)
                vertex = &m;
        QVERIFY(vertex);
        QCOMPARE(vertex->density.value(), 150.0);
        QCOMPARE(vertex->meanDiameter.value(), 62.5);
        QCOMPARE(vertex->terminal.value(), 70.0);
        QCOMPARE(vertex->vellus.value(), 25.0);
        QVERIFY(!vertex->anagen.isRecorded());
        QCOMPARE(vertex->measuredOn, test::fixedNow().date());
        QVERIFY(vertex->sessionId.has_value()); // linked to today's session
        QCOMPARE(m_window->patientFile()->measurementsView()->model()->rowCount(), 2);
    }

    void outcomeDialog()
    {
        const qint64 pid = patientId(QStringLiteral("GUI-001"));
        whenDialogOpens<OutcomeDialog>([](OutcomeDialog *d) {
            d->globalAssessment()->setCurrentIndex(d->globalAssessment()->findData(2));
            d->shedding()->setCurrentIndex(d->shedding()->findData(3));
            QTest::keyClick(d, Qt::Key_Return, Qt::ControlModifier);
        });
        shortcut(Qt::Key_R, Qt::ControlModifier);
        const auto outcomes = OutcomeRepository(*m_db).forPatient(pid).value();
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().globalAssessment, 2);
        QCOMPARE(outcomes.first().sheddingScore, 3);
    }

    void undoAndRedoRestoreTheDatabase()
    {
        const qint64 pid = patientId(QStringLiteral("GUI-001"));
        QUndoStack &stack = m_window->undoStack();
        // Undo the outcome, the measurements and the session, one by one.
        shortcut(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(OutcomeRepository(*m_db).forPatient(pid).value().size(), 0);
        // The chart is built when looked at (chartView() brings it up to date).
        auto chart = [this] {
            return m_window->patientFile()->progressPanel()->chartView();
        };
        QCOMPARE(chart()->data().series.size(), 2); // two sites measured
        shortcut(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(MeasurementRepository(*m_db).forPatient(pid).value().size(), 0);
        QCOMPARE(chart()->data().series.size(), 0); // the chart follows the undo
        const auto sessions = SessionRepository(*m_db).forPatient(pid).value();
        QVERIFY(!sessions.isEmpty()); // an earlier test that failed left none
        const qint64 sessionId = sessions.first().id;
        shortcut(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(SessionRepository(*m_db).forPatient(pid).value().size(), 0);
        QCOMPARE(m_window->patientFile()->sessionsView()->model()->rowCount(), 0);
        // Redo brings them back with the same ids, links intact.
        shortcut(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        shortcut(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        const auto redone = SessionRepository(*m_db).forPatient(pid).value();
        QCOMPARE(redone.size(), 1);
        QCOMPARE(redone.first().id, sessionId);
        const auto ms = MeasurementRepository(*m_db).forPatient(pid).value();
        QCOMPARE(ms.size(), 2);
        QCOMPARE(ms.first().sessionId, sessionId);
        QCOMPARE(m_window->patientFile()->measurementsView()->model()->rowCount(), 2);
        QCOMPARE(chart()->data().series.size(), 2);
        QVERIFY(stack.canRedo()); // the outcome
        stack.redo();
        QCOMPARE(OutcomeRepository(*m_db).forPatient(pid).value().size(), 1);
    }

    void deleteSessionAndUndoRelinks()
    {
        const qint64 pid = patientId(QStringLiteral("GUI-001"));
        const auto sessions = SessionRepository(*m_db).forPatient(pid).value();
        QVERIFY(!sessions.isEmpty()); // an earlier test that failed left none
        const auto session = sessions.first();
        whenDialogOpens<QMessageBox>(
            [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        QVERIFY(m_window->editor().removeSession(session));
        QCOMPARE(SessionRepository(*m_db).forPatient(pid).value().size(), 0);
        for (const auto &m : MeasurementRepository(*m_db).forPatient(pid).value())
            QVERIFY(!m.sessionId.has_value());
        m_window->undoStack().undo();
        QCOMPARE(SessionRepository(*m_db).find(session.id).value(), session);
        for (const auto &m : MeasurementRepository(*m_db).forPatient(pid).value())
            QCOMPARE(m.sessionId, session.id);
    }

    void archiveAndUndo()
    {
        const qint64 pid = patientId(QStringLiteral("GUI-001"));
        m_window->selectPatient(pid);
        m_window->action(QStringLiteral("archivePatient"))->trigger();
        QVERIFY(PatientRepository(*m_db).find(pid).value().archived);
        QCOMPARE(m_window->patientModel()->rowOf(pid), -1); // hidden from the list
        m_window->undoStack().undo();
        QVERIFY(!PatientRepository(*m_db).find(pid).value().archived);
        QVERIFY(m_window->patientModel()->rowOf(pid) >= 0);
    }

    void searchAsYouType()
    {
        Patient other = test::samplePatient(QStringLiteral("GUI-002"));
        QVERIFY(PatientRepository(*m_db).add(other).ok());
        m_window->patientModel()->reload();
        QCOMPARE(m_window->patientModel()->rowCount(), 2);
        shortcut(Qt::Key_F, Qt::ControlModifier);
        QVERIFY(m_window->searchField()->hasFocus());
        QTest::keyClicks(m_window->searchField(), QStringLiteral("zurch"));
        QCOMPARE(m_window->patientModel()->rowCount(), 1);
        QCOMPARE(m_window->patientModel()->rowAt(0)->mrn, QStringLiteral("GUI-001"));
        m_window->searchField()->clear();
        QTest::keyClicks(m_window->searchField(), QStringLiteral("gui-00"));
        QCOMPARE(m_window->patientModel()->rowCount(), 2);
        m_window->searchField()->clear();
        // Next / previous patient by keyboard.
        m_window->patientList()->selectRow(0);
        const qint64 first = m_window->currentPatientId();
        shortcut(Qt::Key_PageDown, Qt::ControlModifier);
        QVERIFY(m_window->currentPatientId() != first);
        shortcut(Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(m_window->currentPatientId(), first);
    }

    // File > Import CSV: the preview shows the detected columns; a bad file is refused with its
    // line listed and nothing stored; a good one lands and the list shows it at once.
    void importCsvFromTheFileMenu()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        const QString good = dir.filePath(QStringLiteral("good.csv"));
        const QByteArray header = "mrn;family_name;given_name;date_of_birth;sex;fitzpatrick;phone;"
                                  "email;photo_consent\n";
        for (const auto &[path, row] :
             {std::pair{bad, QByteArray("IMP-1;Åström;Eva;2030-01-01;female;;;;no\n")},
              // The good file as Excel saves "CSV": Windows-1252 (Å C5, ö F6).
              std::pair{good, QByteArray("IMP-1;\xC5str\xF6m;Eva;1971-01-01;female;III;;;yes\n"
                                         "IMP-2;D'Souza;Ravi;1969-12-24;male;;;;no\n")}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(header + row);
        }
        const int before = PatientRepository(*m_db).count(true);
        bool sawProblems = false;
        whenDialogOpens<ImportDialog>([&](ImportDialog *d) {
            d->setFile(CsvKind::Patients, bad);
            QVERIFY(d->previewInfo()->text().contains(QStringLiteral("semicolon")));
            QVERIFY(d->previewInfo()->text().contains(QStringLiteral("UTF-8")));
            QCOMPARE(d->preview()->columnCount(), 9);
            QCOMPARE(d->preview()->rowCount(), 1);
            QCOMPARE(d->preview()->item(0, 1)->text(), QStringLiteral("Åström"));
            d->runImport();
            QVERIFY(d->isVisible()); // refused: the dialog stays, with the problem listed
            sawProblems = d->problems()->isVisible() &&
                          d->problems()->toPlainText().contains(
                              QStringLiteral("bad.csv, line 2, column date_of_birth"));
            QCOMPARE(PatientRepository(*m_db).count(true), before);
            d->setFile(CsvKind::Patients, good);
            QVERIFY2(d->previewInfo()->text().contains(QStringLiteral("Windows-1252")),
                     qPrintable(d->previewInfo()->text()));
            QCOMPARE(d->preview()->item(0, 1)->text(), QStringLiteral("Åström"));
            QTest::keyClick(d, Qt::Key_Return); // "Check and import" is the default button
        });
        whenDialogOpens<QMessageBox>([](QMessageBox *box) { box->accept(); });
        shortcut(Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(sawProblems);
        QCOMPARE(PatientRepository(*m_db).count(true), before + 2);
        QVERIFY(m_window->patientModel()->rowOf(patientId(QStringLiteral("IMP-2"))) >= 0);
        QCOMPARE(PatientRepository(*m_db).findByMrn(QStringLiteral("IMP-1")).value().fitzpatrick,
                 3);
        QCOMPARE(PatientRepository(*m_db).findByMrn(QStringLiteral("IMP-1")).value().familyName,
                 QStringLiteral("Åström"));
    }

    void automaticBackupOnExitKeepsTheNewest()
    {
        QTemporaryDir dir;
        AppSettings settings;
        settings.backupsToKeep = 2;
        settings.backupFolder = dir.path();
        DataActions actions(*m_db, m_window->notifier(), m_window.get());
        actions.setSettings(settings);
        // Copies are named by the second of the database's clock: it moves on a second each time.
        const auto stopped = qScopeGuard([this] { m_clock->set(test::fixedNow()); });
        for (int i = 0; i < 3; ++i) {
            QVERIFY(actions.backupOnExit());
            m_clock->set(m_clock->now().addSecs(1));
        }
        const QStringList copies =
            QDir(dir.path()).entryList({QStringLiteral("tricholog-*.sqlite")});
        QCOMPARE(copies.size(), 2);
        // The newest two, named by the database's clock (fixedNow, then a second, two seconds).
        QCOMPARE(copies, (QStringList{QStringLiteral("tricholog-20260615-103001.sqlite"),
                                      QStringLiteral("tricholog-20260615-103002.sqlite")}));
        QVERIFY(backup::verify(QDir(dir.path()).filePath(copies.last())).ok());
        settings.backupsToKeep = 0; // off
        actions.setSettings(settings);
        QVERIFY(actions.backupOnExit());
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("tricholog-*.sqlite")}).size(), 2);
    }

    // Forms open with the cursor in their first field; Tab walks the fields in form order and
    // reaches Save and Cancel last.
    void formsOpenOnTheirFirstFieldAndTabInOrder()
    {
        QStringList visited;
        QString firstButton;
        whenDialogOpens<PatientDialog>([&](PatientDialog *d) {
            QTRY_VERIFY(d->focusWidget() != nullptr);
            for (int i = 0; i < 40 && firstButton.isEmpty(); ++i) {
                QWidget *w = QApplication::focusWidget();
                if (auto *button = qobject_cast<QPushButton *>(w))
                    firstButton = button->text().remove(QLatin1Char('&'));
                else if (!w->accessibleName().isEmpty() && !visited.contains(w->accessibleName()))
                    visited << w->accessibleName();
                QTest::keyClick(w, Qt::Key_Tab);
            }
            d->reject();
        });
        shortcut(Qt::Key_N, Qt::ControlModifier);
        QVERIFY2(visited.size() >= 8, qPrintable(visited.join(QStringLiteral(", "))));
        QCOMPARE(visited.mid(0, 3),
                 (QStringList{QStringLiteral("MRN"), QStringLiteral("Family name"),
                              QStringLiteral("Given name(s)")}));
        QVERIFY(visited.indexOf(QStringLiteral("E-mail")) >
                visited.indexOf(QStringLiteral("Phone")));
        QCOMPARE(visited.last(), QStringLiteral("Notes"));
        QCOMPARE(firstButton, QStringLiteral("Save"));
    }

    void editPatientThenUndo()
    {
        const qint64 pid = patientId(QStringLiteral("GUI-001"));
        m_window->selectPatient(pid);
        whenDialogOpens<PatientDialog>([](PatientDialog *d) {
            auto *phone = field<QLineEdit>(d, QStringLiteral("Phone"));
            retype(phone, QStringLiteral("+41 44 555 01 02"));
            QTest::keyClick(d, Qt::Key_Return, Qt::ControlModifier);
        });
        shortcut(Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(PatientRepository(*m_db).find(pid).value().phone,
                 QStringLiteral("+41 44 555 01 02"));
        QCOMPARE(PatientRepository(*m_db).find(pid).value().familyName, QStringLiteral("Zürcher"));
        shortcut(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(PatientRepository(*m_db).find(pid).value().phone, QString());
        shortcut(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(PatientRepository(*m_db).find(pid).value().phone,
                 QStringLiteral("+41 44 555 01 02"));
    }

    // Notes being typed survive a reload of the file (a session added meanwhile) and are saved,
    // through the undo stack, when the clinician moves to another patient.
    void typedNotesAreNeverLost()
    {
        const qint64 pid = patientId(QStringLiteral("GUI-001"));
        const qint64 other = patientId(QStringLiteral("GUI-002"));
        m_window->selectPatient(pid);
        auto *file = m_window->patientFile();
        file->tabs()->setCurrentIndex(PatientFileWidget::Notes);
        file->notesEditor()->setFocus();
        QTest::keyClicks(file->notesEditor(), QStringLiteral("Scalp calm; continue 1.5 mm."));
        QVERIFY(file->notesEdited());
        file->reload(); // as after any change to this patient
        QCOMPARE(file->notesEditor()->toPlainText(),
                 QStringLiteral("Scalp calm; continue 1.5 mm."));
        m_window->selectPatient(other);
        QCOMPARE(PatientRepository(*m_db).find(pid).value().notes,
                 QStringLiteral("Scalp calm; continue 1.5 mm."));
        m_window->undoStack().undo();
        QCOMPARE(PatientRepository(*m_db).find(pid).value().notes, QString());
    }
};

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
