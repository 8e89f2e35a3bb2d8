// The window's shortcuts typed while a text field has the focus. On X11 desktops Qt gives line
// edits some Emacs keys (Ctrl+E end of line, Ctrl+U delete the line), and a field claims those
// keys before any action sees them. CTest runs this suite twice: offscreen, and on the xcb
// platform under Xvfb (tst_keyboard_x11), where those bindings are live.
#include "core/storage/PatientRepository.h"
#include "tests/TestSupport.h"
#include "tests/ui/GuiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/diagnoses/DiagnosisDialog.h"
#include "ui/patients/PatientDialog.h"
#include "ui/patients/PatientFileWidget.h"
#include "ui/patients/PatientListModel.h"

#include <QGuiApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace tricholog;
using test::field;
using test::whenDialogOpens;

class TestKeyboard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::TempDatabase> m_t;
    std::unique_ptr<MainWindow> m_window;

    static bool onX11() { return QGuiApplication::platformName() == QLatin1String("xcb"); }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TricholugTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        m_t = std::make_unique<test::TempDatabase>();
        Patient one = test::samplePatient(QStringLiteral("KEY-1"));
        one.familyName = QStringLiteral("Keyes");
        QVERIFY(PatientRepository(**m_t).add(one).ok());
        Patient two = test::samplePatient(QStringLiteral("KEY-2"));
        two.familyName = QStringLiteral("Otherson");
        QVERIFY(PatientRepository(**m_t).add(two).ok());
        auto db = Database::open(m_t->path(), m_t->clock);
        QVERIFY(db.ok());
        m_window = std::make_unique<MainWindow>(std::move(db).value());
        m_window->resize(1200, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow(); // Xvfb has no window manager to do it
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        if (onX11()) // what makes the suite meaningful there: the field's own binding is live
            QVERIFY(QKeySequence::keyBindings(QKeySequence::MoveToEndOfLine)
                        .contains(QKeySequence(Qt::CTRL | Qt::Key_E)));
    }

    void ctrlEInTheFindFieldEditsThePatientFound()
    {
        QLineEdit *search = m_window->searchField();
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("Keyes"));
        QTRY_COMPARE(m_window->patientModel()->rowCount(), 1);
        QTest::keyClick(search, Qt::Key_Return); // to the list, first row selected
        QTRY_VERIFY(m_window->currentPatientId() > 0);
        search->setFocus();
        search->setCursorPosition(0);

        QString mrnShown;
        whenDialogOpens<PatientDialog>([&](PatientDialog *d) {
            mrnShown = field<QLineEdit>(d, QStringLiteral("MRN"))->text();
            auto *given = field<QLineEdit>(d, QStringLiteral("Given name(s)"));
            given->setFocus();
            given->selectAll();
            QTest::keyClicks(given, QStringLiteral("Edited"));
            QTest::keyClick(d, Qt::Key_Return, Qt::ControlModifier);
        });
        QTest::keyClick(search, Qt::Key_E, Qt::ControlModifier);
        QTRY_COMPARE(mrnShown, QStringLiteral("KEY-1"));
        // The field did not take the key: its cursor did not move to the end.
        QCOMPARE(search->text(), QStringLiteral("Keyes"));
        QCOMPARE(search->cursorPosition(), 0);
        QTRY_COMPARE(PatientRepository(m_window->database())
                         .findByMrn(QStringLiteral("KEY-1"))
                         .value()
                         .givenName,
                     QStringLiteral("Edited"));
        QCOMPARE(m_window->undoStack().count(), 1);
    }

    void editingKeysStayTheField()
    {
        // Ctrl+Z is also the window's Undo (now enabled): in the field it undoes the typing.
        QLineEdit *search = m_window->searchField();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        search->setFocus();
        search->end(false);
        QTest::keyClicks(search, QStringLiteral("zz"));
        QCOMPARE(search->text(), QStringLiteral("Keyeszz"));
        QTest::keyClick(search, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(search->text(), QStringLiteral("Keyes"));
        QCOMPARE(m_window->undoStack().index(), 1); // the patient's edit is not undone
        QCOMPARE(PatientRepository(m_window->database())
                     .findByMrn(QStringLiteral("KEY-1"))
                     .value()
                     .givenName,
                 QStringLiteral("Edited"));
    }

    void ctrlDInTheNotesOpensANewDiagnosis()
    {
        m_window->patientFile()->tabs()->setCurrentIndex(PatientFileWidget::Notes);
        QPlainTextEdit *notes = m_window->patientFile()->notesEditor();
        QTRY_VERIFY(notes->isVisible());
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("abc"));
        notes->moveCursor(QTextCursor::Start);
        bool opened = false;
        whenDialogOpens<DiagnosisDialog>([&](DiagnosisDialog *d) {
            opened = true;
            d->reject();
        });
        QTest::keyClick(notes, Qt::Key_D, Qt::ControlModifier);
        QTRY_VERIFY(opened);
        // The notes are as typed: the key went to the action, not into the text.
        QCOMPARE(notes->toPlainText(), QStringLiteral("abc"));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_t.reset();
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
