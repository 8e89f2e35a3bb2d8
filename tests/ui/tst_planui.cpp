// Treatment plans in the windows (issue 24), driven as the clinic drives them: a clinician
// applies a template in the patient file (the plan's copy edited for the patient, a refused
// week named and the form kept), the visits take their states from the sessions, the overview
// says what is due, changing and stopping are undone and redone; an assistant works the recall
// list by keyboard (two keys a call), exports and prints it; templates are edited and a second
// template of the same name is refused.
#include "core/demo/DemoGenerator.h"
#include "core/security/UserRepository.h"
#include "core/storage/Database.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/RecallQuery.h"
#include "core/storage/SessionRepository.h"
#include "tests/TestSupport.h"
#include "tests/ui/GuiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/RecordEditor.h"
#include "ui/commands/ChangeNotifier.h"
#include "ui/patients/PatientFileWidget.h"
#include "ui/plans/PlanDialog.h"
#include "ui/plans/PlanTab.h"
#include "ui/plans/ProtocolForm.h"
#include "ui/plans/RecallDialog.h"
#include "ui/plans/TemplatesDialog.h"
#include "ui/report/ProgressReport.h"
#include "ui/report/ReportOptions.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

using namespace tricholog;
using test::whenDialogOpens;

class TestPlanUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("plans.sqlite")); }

    std::unique_ptr<MainWindow> openAs(const DemoAccount &account)
    {
        auto db = Database::open(path(), std::make_shared<FixedClock>(test::fixedNow()));
        if (!db.ok())
            return {};
        if (!UserRepository(*db.value())
                 .signIn(QString::fromLatin1(account.name), QString::fromLatin1(account.password))
                 .ok())
            return {};
        auto window = std::make_unique<MainWindow>(std::move(db).value());
        window->show();
        return window;
    }

    static int auditCount(Database &db, const QString &where)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE ") + where) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    // The plan in the progress report (read back with pdftotext) and the file's calendar.
    void reportAndCalendarShowThePlan(MainWindow &window, const QString &planName)
    {
        Database &db = window.database();
        PatientFileWidget *file = window.patientFile();
        PlanTab *tab = file->planTab();
        ReportOptions options;
        options.reportDate = db.clock().today();
        options.locale = QLocale(QLocale::English);
        readImagesFrom(options, db);
        const QString pdf = m_dir.filePath(QStringLiteral("plan-report.pdf"));
        QVERIFY(ProgressReport(file->record(), options).writePdf(pdf).ok());
        if (const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
            !pdftotext.isEmpty()) {
            QProcess text;
            text.start(pdftotext, {pdf, QStringLiteral("-")});
            QVERIFY(text.waitForFinished(30000));
            const QString report = QString::fromUtf8(text.readAllStandardOutput());
            QVERIFY2(report.contains(QStringLiteral("Treatment plan")), qPrintable(report));
            QVERIFY(report.contains(planName.left(20)));
            QVERIFY(report.contains(QStringLiteral("(1 of ")));
            QVERIFY(report.contains(QStringLiteral("session 2 of 6 due")));
        }
        const QString ics = m_dir.filePath(QStringLiteral("plan.ics"));
        auto written = window.editor().plans().writeCalendar(tab->plans().first(), ics);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        QVERIFY(written.value() >= 3);
        QFile f(ics);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("BEGIN:VCALENDAR\r\n"));
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TricholugPlanTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        auto db = Database::open(path(), std::make_shared<FixedClock>(test::fixedNow()));
        QVERIFY(db.ok());
        DemoOptions demo;
        demo.patients = 40;
        demo.photoPatients = 0;
        QVERIFY(generateDemo(*db.value(), demo).ok());
    }

    void applyTemplateInThePatientFile()
    {
        auto window = openAs(kDemoClinician);
        QVERIFY(window);
        Database &db = window->database();
        const QDate today = db.clock().today();
        Patient p = test::samplePatient(QStringLiteral("PLAN-1"));
        const qint64 id = test::addPatient(db, p);
        window->selectPatient(id);
        PatientFileWidget *file = window->patientFile();
        file->tabs()->setCurrentIndex(PatientFileWidget::Plan);
        PlanTab *tab = file->planTab();
        QVERIFY(tab->plans().isEmpty());
        QVERIFY(tab->summary()->text().contains(QStringLiteral("No treatment plan")));

        const auto templates = PlanRepository(db).templates();
        QVERIFY(templates.ok() && templates.value().size() == 3);
        const ProtocolTemplate &chosen = templates.value().at(1);
        bool ran = false;
        whenDialogOpens<PlanDialog>([&](PlanDialog *d) {
            QCOMPARE(d->templateBox()->count(), 3);
            d->templateBox()->setCurrentIndex(1);
            QCOMPARE(d->protocolForm()->nameEdit()->text(), chosen.protocol.name);
            d->findChild<QSpinBox *>(QStringLiteral("protocolSessions"))->setValue(6);
            // Another template after a change: asked first; No keeps the choice and the change.
            bool asked = false;
            whenDialogOpens<QMessageBox>([&asked](QMessageBox *box) {
                asked = true;
                box->button(QMessageBox::No)->click();
            });
            d->templateBox()->setCurrentIndex(2);
            QVERIFY(asked);
            QCOMPARE(d->templateBox()->currentIndex(), 1);
            QCOMPARE(d->protocolForm()->nameEdit()->text(), chosen.protocol.name);
            QCOMPARE(d->findChild<QSpinBox *>(QStringLiteral("protocolSessions"))->value(), 6);
            d->startEdit()->setDate(today.addDays(-30));
            // A week that is not a number: named, nothing saved, the form kept.
            d->protocolForm()->weeksEdit()->setText(QStringLiteral("0, twelve"));
            d->trySave();
            QVERIFY(d->isVisible());
            QVERIFY2(d->generalError()->text().contains(QStringLiteral("twelve")),
                     qPrintable(d->generalError()->text()));
            QCOMPARE(d->findChild<QSpinBox *>(QStringLiteral("protocolSessions"))->value(), 6);
            d->protocolForm()->weeksEdit()->setText(QStringLiteral("0, 12"));
            d->trySave();
            QVERIFY(!d->isVisible());
            ran = true;
        });
        tab->applyButton()->click();
        QVERIFY(ran);

        auto plans = PlanRepository(db).plansOf(id);
        QVERIFY(plans.ok());
        QCOMPARE(plans.value().size(), 1);
        const TreatmentPlan stored = plans.value().first();
        QCOMPARE(stored.templateId, chosen.id);
        QCOMPARE(stored.start, today.addDays(-30));
        QCOMPARE(stored.protocol.sessions, 6);
        QCOMPARE(stored.protocol.measurementWeeks, (QList<int>{0, 12}));
        QCOMPARE(stored.protocol.device, chosen.protocol.device);
        QCOMPARE(stored.protocol.intervalDays, chosen.protocol.intervalDays);
        QCOMPARE(stored.protocol.adjuncts, chosen.protocol.adjuncts);
        // The template itself is unchanged: the plan holds a copy.
        QCOMPARE(PlanRepository(db).templates().value().at(1).protocol.sessions,
                 chosen.protocol.sessions);

        // The tab: 6 sessions and 2 measurement visits; nothing recorded, so the first visits
        // are missed.
        QCOMPARE(tab->visitsTable()->rowCount(), 8);
        QCOMPARE(tab->visitsTable()->item(0, 2)->text(), QStringLiteral("missed"));
        QVERIFY(tab->summary()->text().contains(QStringLiteral("0 % (0 of")));

        // A session on the start day fulfils session 1.
        MicroneedlingSession s;
        s.patientId = id;
        s.performedAt = QDateTime(today.addDays(-29), QTime(9, 0));
        s.device = stored.protocol.device;
        s.needleLength = NeedleLength(stored.protocol.needleMm);
        s.zones = {ScalpSite::Vertex};
        QVERIFY(SessionRepository(db).add(s).ok());
        emit window->notifier().sessionsChanged(id);
        int doneRow = -1;
        for (int r = 0; r < tab->visitsTable()->rowCount(); ++r)
            if (tab->visitsTable()->item(r, 0)->text() ==
                QStringLiteral("Microneedling session 1 of 6"))
                doneRow = r;
        QVERIFY(doneRow >= 0);
        QCOMPARE(tab->visitsTable()->item(doneRow, 2)->text(), QStringLiteral("done"));
        QVERIFY(tab->summary()->text().contains(QStringLiteral("Adherence")));
        file->tabs()->setCurrentIndex(PatientFileWidget::Overview);
        const QString overview = file->overview()->toPlainText();
        QVERIFY2(overview.contains(QStringLiteral("Due next")), qPrintable(overview));
        QVERIFY2(overview.contains(QStringLiteral("session 2 of 6 due")), qPrintable(overview));

        // Undo removes the plan, redo brings it back under its id.
        QUndoStack &undo = window->undoStack();
        undo.undo();
        QVERIFY(PlanRepository(db).plansOf(id).value().isEmpty());
        QVERIFY(tab->plans().isEmpty());
        undo.redo();
        QCOMPARE(PlanRepository(db).plansOf(id).value().first().id, stored.id);
        QCOMPARE(tab->plans().size(), 1);

        // Stopped today: the visits after today are cancelled, the calendar button is off;
        // undone: the plan runs again.
        QVERIFY(window->editor().plans().savePlanStopped(tab->plans().first().plan, today).ok());
        QCOMPARE(PlanRepository(db).plansOf(id).value().first().stoppedOn, std::optional(today));
        int cancelled = 0;
        for (int r = 0; r < tab->visitsTable()->rowCount(); ++r)
            cancelled += tab->visitsTable()->item(r, 2)->text() == QStringLiteral("cancelled");
        QVERIFY(cancelled >= 3);
        QCOMPARE(tab->stopButton()->text(), QStringLiteral("Restart p&lan"));
        undo.undo();
        QVERIFY(!PlanRepository(db).plansOf(id).value().first().stoppedOn);
        QCOMPARE(tab->stopButton()->text(), QStringLiteral("Stop p&lan…"));
        // Every write in the audit trail: insert, delete (undo), insert (redo), two updates.
        QCOMPARE(auditCount(db, QStringLiteral("table_name = 'treatment_plan' AND patient_id = ") +
                                    QString::number(id)),
                 5);

        reportAndCalendarShowThePlan(*window, chosen.protocol.name);
    }

    void assistantWorksTheRecallListByKeyboard()
    {
        auto window = openAs(kDemoAssistant);
        QVERIFY(window);
        Database &db = window->database();
        QVERIFY(!window->action(QStringLiteral("applyPlan"))->isEnabled());
        QVERIFY(!window->patientFile()->planTab()->applyButton()->isEnabled());
        QAction *open = window->action(QStringLiteral("recallList"));
        QVERIFY(open && open->isEnabled());
        RecallOptions o;
        o.today = db.clock().today();
        const auto expected = loadRecall(db, o);
        QVERIFY(expected.ok());
        QVERIFY2(expected.value().size() >= 3, "the demo clinic has patients to call");
        const QString csv = m_dir.filePath(QStringLiteral("recall.csv"));
        const QString pdf = m_dir.filePath(QStringLiteral("recall.pdf"));
        bool ran = false;
        whenDialogOpens<RecallDialog>([&](RecallDialog *d) {
            QCOMPARE(d->rows().size(), expected.value().size());
            for (int i = 0; i < d->rows().size(); ++i)
                QCOMPARE(d->rows().at(i).patientId, expected.value().at(i).patientId);
            QTableView *table = d->table();
            QCOMPARE(table->currentIndex().row(), 0);
            const qint64 first = d->rows().at(0).patientId;
            // Two keys: 2 (no answer), Enter.
            QTest::keyClick(table, Qt::Key_2);
            QCOMPARE(d->pendingOutcome(), std::optional(ContactOutcome::NoAnswer));
            QTest::keyClick(table, Qt::Key_Return);
            QVERIFY(!d->pendingOutcome());
            QCOMPARE(table->currentIndex().row(), 1);
            QCOMPARE(table->model()->index(0, 10).data().toString(), QStringLiteral("No answer"));
            auto contacts = PlanRepository(db).contactsOf(first);
            QVERIFY(contacts.ok());
            QCOMPARE(contacts.value().size(), 1);
            QCOMPARE(contacts.value().first().outcome, ContactOutcome::NoAnswer);
            QCOMPARE(contacts.value().first().by, QString::fromLatin1(kDemoAssistant.name));
            // With a note: 4 (booked), the note, Enter in the note.
            const qint64 second = d->rows().at(1).patientId;
            QTest::keyClick(table, Qt::Key_4);
            d->noteEdit()->setFocus();
            QTest::keyClicks(d->noteEdit(), QStringLiteral("Thursday 10:00"));
            QTest::keyClick(d->noteEdit(), Qt::Key_Return);
            contacts = PlanRepository(db).contactsOf(second);
            QCOMPARE(contacts.value().size(), 1);
            QCOMPARE(contacts.value().first().outcome, ContactOutcome::Booked);
            QCOMPARE(contacts.value().first().note, QStringLiteral("Thursday 10:00"));
            // A call recorded by mistake: Ctrl+Z takes it back, Ctrl+Shift+Z records it again
            // under the same id; the row shows the calls as they stand.
            const qint64 booked = contacts.value().first().id;
            QVERIFY(d->undoCallAction()->isEnabled());
            QVERIFY(!d->redoCallAction()->isEnabled());
            table->setFocus();
            QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
            QVERIFY(PlanRepository(db).contactsOf(second).value().isEmpty());
            QVERIFY(table->model()->index(1, 10).data().toString().isEmpty());
            QVERIFY2(d->status()->text().contains(QStringLiteral("Taken back")),
                     qPrintable(d->status()->text()));
            QVERIFY(d->redoCallAction()->isEnabled());
            QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            contacts = PlanRepository(db).contactsOf(second);
            QCOMPARE(contacts.value().size(), 1);
            QCOMPARE(contacts.value().first().id, booked);
            QCOMPARE(contacts.value().first().note, QStringLiteral("Thursday 10:00"));
            QCOMPARE(table->model()->index(1, 10).data().toString(), QStringLiteral("Booked"));
            QCOMPARE(auditCount(db, QStringLiteral("table_name = 'contact_attempt' AND action = "
                                                   "'delete'")),
                     1);
            // Two calls back, and no further: the step before them is not the list's.
            QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
            QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
            QVERIFY(PlanRepository(db).contactsOf(first).value().isEmpty());
            QVERIFY(!d->undoCallAction()->isEnabled());
            QTest::keyClick(table, Qt::Key_Y, Qt::ControlModifier);
            QTest::keyClick(table, Qt::Key_Y, Qt::ControlModifier);
            QCOMPARE(PlanRepository(db).contactsOf(first).value().size(), 1);
            QCOMPARE(PlanRepository(db).contactsOf(second).value().size(), 1);
            // Esc drops a choice without recording it.
            QTest::keyClick(table, Qt::Key_5);
            QTest::keyClick(table, Qt::Key_Escape);
            QVERIFY(!d->pendingOutcome());
            QVERIFY(d->isVisible());

            QVERIFY(d->exportCsvTo(csv).ok());
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(pdf);
            QVERIFY(d->printTo(printer).ok());
            ran = true;
            d->accept();
        });
        open->trigger();
        QVERIFY(ran);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readLine(), QByteArray("mrn,family_name,given_name,phone,email,plan,next_due,"
                                          "days_overdue,last_session,last_contact,"
                                          "last_contact_outcome\r\n"));
        QVERIFY(f.readAll().contains(",no_answer\r\n"));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        const int rows = int(expected.value().size());
        QCOMPARE(auditCount(db, QStringLiteral("action = 'disclose' AND new_values LIKE "
                                               "'%recall.csv%'")),
                 rows);
        QCOMPARE(auditCount(db, QStringLiteral("action = 'disclose' AND new_values LIKE "
                                               "'%recall.pdf%'")),
                 rows);
        // Two calls, one taken back and recorded again, then both: 5 inserts, 3 deletes.
        QCOMPARE(auditCount(db, QStringLiteral("table_name = 'contact_attempt' AND action = "
                                               "'insert'")),
                 5);
        QCOMPARE(auditCount(db, QStringLiteral("table_name = 'contact_attempt' AND action = "
                                               "'delete'")),
                 3);
    }

    void templatesAreEditedAndNamesStayUnique()
    {
        auto window = openAs(kDemoClinician);
        QVERIFY(window);
        Database &db = window->database();
        TemplatesDialog d(db);
        QCOMPARE(d.list()->count(), 3);
        d.newTemplate();
        d.form()->nameEdit()->setText(QStringLiteral("Pen 1.0 mm monthly"));
        d.form()->weeksEdit()->setText(QStringLiteral("0, 8, 16"));
        QVERIFY(d.saveCurrent());
        auto all = PlanRepository(db).templates().value();
        QCOMPARE(all.size(), 4);
        const auto made = std::find_if(all.cbegin(), all.cend(), [](const ProtocolTemplate &t) {
            return t.protocol.name == QStringLiteral("Pen 1.0 mm monthly");
        });
        QVERIFY(made != all.cend());
        QCOMPARE(made->protocol.measurementWeeks, (QList<int>{0, 8, 16}));
        // The same name again (any case): refused and named, the form kept.
        d.newTemplate();
        d.form()->nameEdit()->setText(QStringLiteral("pen 1.0 MM monthly"));
        QVERIFY(!d.saveCurrent());
        QVERIFY2(d.message()->text().contains(QStringLiteral("exists")),
                 qPrintable(d.message()->text()));
        QCOMPARE(d.form()->nameEdit()->text(), QStringLiteral("pen 1.0 MM monthly"));
        QCOMPARE(PlanRepository(db).templates().value().size(), 4);
        QCOMPARE(auditCount(db, QStringLiteral("table_name = 'protocol_template' AND action = "
                                               "'insert'")),
                 4); // the three of the demo, and this one
        // An assistant sees them and cannot change them (and core refuses all the same).
        window.reset();
        auto assistant = openAs(kDemoAssistant);
        QVERIFY(assistant);
        TemplatesDialog read(assistant->database());
        QCOMPARE(read.list()->count(), 4);
        QVERIFY(!read.form()->isEnabled());
        ProtocolTemplate t = PlanRepository(assistant->database()).templates().value().first();
        t.protocol.sessions = 2;
        QVERIFY(!PlanRepository(assistant->database()).saveTemplate(t).ok());
    }

    // Fields typed into a template and not saved are never dropped without asking: choosing
    // another template, a new one or closing asks Save, Discard or Cancel.
    void templateChangesAreNotDroppedSilently()
    {
        auto window = openAs(kDemoClinician);
        QVERIFY(window);
        Database &db = window->database();
        TemplatesDialog d(db);
        d.show();
        QCOMPARE(d.list()->currentRow(), 0);
        const QList<ProtocolTemplate> stored = PlanRepository(db).templates().value();
        QVERIFY(!d.hasUnsavedChanges());
        auto answer = [](QMessageBox::StandardButton button) {
            test::whenDialogOpens<QMessageBox>(
                [button](QMessageBox *box) { box->button(button)->click(); });
        };
        d.form()->weeksEdit()->setText(QStringLiteral("0, 6"));
        QVERIFY(d.hasUnsavedChanges());
        answer(QMessageBox::Cancel); // stays on the template, the weeks typed kept
        d.list()->setCurrentRow(1);
        QCOMPARE(d.list()->currentRow(), 0);
        QCOMPARE(d.form()->weeksEdit()->text(), QStringLiteral("0, 6"));
        answer(QMessageBox::Discard); // the other one shown, the first unchanged
        d.list()->setCurrentRow(1);
        QCOMPARE(d.list()->currentRow(), 1);
        QCOMPARE(d.form()->nameEdit()->text(), stored.at(1).protocol.name);
        QCOMPARE(PlanRepository(db).templates().value().at(0).protocol.measurementWeeks,
                 stored.at(0).protocol.measurementWeeks);
        d.form()->weeksEdit()->setText(QStringLiteral("0, 10"));
        answer(QMessageBox::Save); // written, then the one chosen is shown
        d.list()->setCurrentRow(2);
        QCOMPARE(d.form()->nameEdit()->text(), stored.at(2).protocol.name);
        QCOMPARE(PlanRepository(db).templates().value().at(1).protocol.measurementWeeks,
                 (QList<int>{0, 10}));
        QVERIFY(!d.hasUnsavedChanges());
        d.form()->weeksEdit()->setText(QStringLiteral("0, three"));
        answer(QMessageBox::Save); // refused and named: the dialog and the text stay
        d.reject();
        QVERIFY(d.isVisible());
        QVERIFY2(d.message()->text().contains(QStringLiteral("three")),
                 qPrintable(d.message()->text()));
        answer(QMessageBox::Discard);
        d.newTemplate();
        QVERIFY(d.form()->nameEdit()->text().isEmpty());
        QVERIFY(!d.hasUnsavedChanges());
        d.reject(); // nothing typed: closes without asking
        QVERIFY(!d.isVisible());
        QCOMPARE(PlanRepository(db).templates().value().at(2).protocol, stored.at(2).protocol);
    }

    // A clinic without templates (the demo's removed; last, since the demo file is shared) opens
    // on a blank template without asking about changes nobody made.
    void templatesOfAnEmptyClinicOpenWithoutAsking()
    {
        auto window = openAs(kDemoClinician);
        QVERIFY(window);
        Database &db = window->database();
        for (const ProtocolTemplate &t : PlanRepository(db).templates().value())
            QVERIFY(PlanRepository(db).removeTemplate(t.id).ok());
        bool asked = false;
        auto *watch = new QTimer; // a question would block the constructor: answered and noted
        watch->setInterval(20);
        QObject::connect(watch, &QTimer::timeout, watch, [&asked] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                asked = true;
                box->button(QMessageBox::Discard)->click();
            }
        });
        watch->start();
        {
            TemplatesDialog d(db);
            QCOMPARE(d.list()->count(), 0);
            QVERIFY(!d.hasUnsavedChanges());
            QCOMPARE(d.form()->weeksEdit()->text(), QStringLiteral("0, 12, 24"));
            d.show();
            d.reject(); // nothing typed: closes without asking
            QVERIFY(!d.isVisible());
        }
        QTest::qWait(60);
        delete watch;
        QVERIFY(!asked);
    }
};

QTEST_MAIN(TestPlanUi)
#include "tst_planui.moc"
