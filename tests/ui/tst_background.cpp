// Long work off the UI thread: it runs on a thread of its own with a connection of its own, the
// window keeps painting meanwhile, Cancel stops it with nothing half-written; and the batch of
// reports of the listed patients.
#include "core/demo/DemoGenerator.h"
#include "core/security/UserRepository.h"
#include "core/storage/PatientListQuery.h"
#include "tests/TestSupport.h"
#include "tests/ui/GuiTestSupport.h"
#include "ui/report/ReportActions.h"
#include "ui/tasks/BackgroundTask.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QWidget>
#include <atomic>

using namespace tricholog;

class TestBackground : public QObject
{
    Q_OBJECT
    test::TempDatabase m_db;
    QWidget m_window;

private slots:
    void initTestCase()
    {
        DemoOptions demo;
        demo.patients = 6;
        demo.photoPatients = 1;
        QVERIFY(generateDemo(*m_db, demo).ok());
        m_window.resize(400, 300);
        m_window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_window));
    }

    void workRunsOnItsOwnThreadAndConnectionWhileTheWindowPaints()
    {
        std::atomic<int> ticks = 0; // counted on the UI thread, watched by the worker
        QTimer tick;
        tick.setInterval(10);
        connect(&tick, &QTimer::timeout, &tick, [&] { ++ticks; });
        tick.start();
        QThread *worker = nullptr;
        QString connection;
        int patients = 0;
        const auto done = runWithDatabase(
            &m_window, QStringLiteral("Test"), QStringLiteral("Counting…"), *m_db,
            [&](Database &own, TaskProgress &) -> Result<void> {
                worker = QThread::currentThread();
                connection = own.connectionName();
                // Busy until the event loop has run meanwhile (at most 10 s).
                for (QDeadlineTimer limit(10000); ticks < 10 && !limit.hasExpired();)
                    QThread::msleep(5);
                patients = PatientRepository(own).count(true);
                return {};
            });
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
        QVERIFY(worker && worker != QThread::currentThread());
        QVERIFY(connection != m_db.db->connectionName());
        QCOMPARE(patients, 6);
        QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks.load()))); // the UI was free
    }

    void cancelStopsALongStatementAndLeavesNoTrace()
    {
        const int before = PatientRepository(*m_db).count(true);
        // Cancel as a user would: the dialog's button, once it shows.
        bool clicked = false;
        QTimer watch;
        watch.setInterval(50);
        connect(&watch, &QTimer::timeout, this, [&] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *dialog = qobject_cast<QProgressDialog *>(w);
                    dialog && dialog->isVisible())
                    if (auto *button = dialog->findChild<QPushButton *>(); button && !clicked) {
                        clicked = true;
                        button->click();
                    }
        });
        watch.start();
        const auto done = runWithDatabase(
            &m_window, QStringLiteral("Test"), QStringLiteral("A long write…"), *m_db,
            [&](Database &own, TaskProgress &) -> Result<void> {
                QSqlQuery q(own.connection());
                if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
                    return Error::storage(q.lastError().text());
                q.exec(QStringLiteral("UPDATE patient SET notes = 'changed'"));
                // A statement that would run for minutes.
                if (!q.exec(QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT "
                                           "x + 1 FROM c WHERE x < 2000000000) SELECT count(*) "
                                           "FROM c"))) {
                    const QString why = q.lastError().text();
                    q.exec(QStringLiteral("ROLLBACK"));
                    return Error::storage(why);
                }
                q.exec(QStringLiteral("COMMIT"));
                return {};
            });
        watch.stop();
        QVERIFY(clicked); // the dialog showed, with its Cancel button
        QVERIFY(!done.ok());
        QVERIFY2(done.error().message.contains(QStringLiteral("Cancelled")),
                 qPrintable(done.error().message));
        QCOMPARE(PatientRepository(*m_db).count(true), before);
        QSqlQuery q(m_db.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM patient WHERE notes = 'changed'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0); // rolled back
    }

    void reportsOfTheListedPatients()
    {
        QTemporaryDir out;
        // Reports are for clinicians and administrators (the demo's accounts).
        QVERIFY(UserRepository(*m_db)
                    .signIn(QStringLiteral("clinician"), QStringLiteral("tricholog-clinician"))
                    .ok());
        ReportActions reports(*m_db, &m_window);
        whenDialogOpensAnswerInfo();
        PatientListRequest listed;
        listed.includeArchived = true;
        const int written = reports.exportListedInto(listed, out.path());
        QCOMPARE(written, 6);
        const QStringList pdfs = QDir(out.path()).entryList({QStringLiteral("*.pdf")});
        QCOMPARE(pdfs.size(), 6);
        m_db.db->setSession(std::nullopt);
        QVERIFY(pdfs.contains(QStringLiteral("DEMO-00001.pdf")));
        QFile first(QDir(out.path()).filePath(pdfs.first()));
        QVERIFY(first.open(QIODevice::ReadOnly));
        QVERIFY(first.read(5) == "%PDF-");
    }

private:
    // The summary at the end of the batch.
    void whenDialogOpensAnswerInfo()
    {
        test::whenDialogOpens<QMessageBox>([](QMessageBox *box) { box->accept(); });
    }
};

QTEST_MAIN(TestBackground)
#include "tst_background.moc"
