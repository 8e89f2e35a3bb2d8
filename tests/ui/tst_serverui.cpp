// The workspace on a PostgreSQL server: the status bar names it, and a form being saved when
// the server has dropped the connection loses nothing: the save goes through on the connection
// opened again, or the form stays open with everything typed and the reason. Runs against the
// throwaway cluster of the test run (skipped without it).
#include "tests/TestSupport.h"
#include "tests/ui/GuiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/RecordEditor.h"
#include "ui/patients/PatientDialog.h"
#include "ui/widgets/OptionalDateEdit.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace tricholog;
using test::field;
using test::whenDialogOpens;

class TestServerUi : public QObject
{
    Q_OBJECT

private slots:
    void aDroppedConnectionLosesNothingTyped()
    {
        if (!test::onServer())
            QSKIP("no PostgreSQL test server (TRICHOLOG_TEST_PG_STATE)");
        test::TempDatabase t;
        auto db = Database::open(t.path(), t.clock);
        QVERIFY(db.ok());
        Database *raw = db.value().get();
        MainWindow window(std::move(db).value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("databaseLabel"))
                    ->text()
                    .startsWith(QStringLiteral("PostgreSQL database t_")));

        QSqlQuery q(raw->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next());
        const qint64 backend = q.value(0).toLongLong();
        q.finish();
        bool typed = false;
        QString shownError;
        whenDialogOpens<PatientDialog>([&](PatientDialog *d) {
            QTest::keyClicks(field<QLineEdit>(d, QStringLiteral("MRN")), QStringLiteral("SRV-1"));
            QTest::keyClicks(field<QLineEdit>(d, QStringLiteral("Family name")),
                             QStringLiteral("Server"));
            QTest::keyClicks(field<QLineEdit>(d, QStringLiteral("Given name(s)")),
                             QStringLiteral("Ana"));
            // Birth date and consent recorded: saving asks nothing more.
            field<OptionalDateEdit>(d, QStringLiteral("Date of birth"))
                ->setOptionalDate(QDate(1990, 1, 2));
            field<QCheckBox>(d, QStringLiteral("Data-processing consent"))->setChecked(true);
            typed = true;
            // The server drops the connection while the form is open.
            QVERIFY(test::TestServer::get().terminateBackend(backend));
            d->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(d));
            QTest::keyClick(d, Qt::Key_Return, Qt::ControlModifier);
            if (d->isVisible()) { // refused with the reason: what was typed is still there
                shownError = d->findChild<QLabel *>(QStringLiteral("generalError"))->text();
                QCOMPARE(field<QLineEdit>(d, QStringLiteral("MRN"))->text(),
                         QStringLiteral("SRV-1"));
                QTest::keyClick(d, Qt::Key_Return, Qt::ControlModifier); // and again
            }
        });
        QVERIFY(window.editor().newPatient());
        QVERIFY(typed);
        if (!shownError.isEmpty())
            QVERIFY2(shownError.contains(QStringLiteral("cannot be reached")),
                     qPrintable(shownError));
        const auto saved = PatientRepository(window.database()).findByMrn(QStringLiteral("SRV-1"));
        QVERIFY(saved.ok());
        QCOMPARE(saved.value().familyName, QStringLiteral("Server"));
        QVERIFY(window.database().reconnects() >= 1);
    }

    void aServerThatStaysAwayKeepsTheFormOpenWithTheReason()
    {
        if (!test::onServer())
            QSKIP("no PostgreSQL test server (TRICHOLOG_TEST_PG_STATE)");
        test::TempDatabase t;
        const QString name = QUrl(t.path()).path().mid(1);
        auto db = Database::open(t.path(), t.clock);
        QVERIFY(db.ok());
        Database *raw = db.value().get();
        MainWindow window(std::move(db).value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSqlQuery q(raw->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next());
        const qint64 backend = q.value(0).toLongLong();
        q.finish();
        QString shownError;
        QString keptMrn;
        bool savedOnRetry = false;
        whenDialogOpens<PatientDialog>([&](PatientDialog *d) {
            QTest::keyClicks(field<QLineEdit>(d, QStringLiteral("MRN")), QStringLiteral("SRV-2"));
            QTest::keyClicks(field<QLineEdit>(d, QStringLiteral("Family name")),
                             QStringLiteral("Away"));
            QTest::keyClicks(field<QLineEdit>(d, QStringLiteral("Given name(s)")),
                             QStringLiteral("Eva"));
            // Birth date and consent recorded: saving asks nothing more.
            field<OptionalDateEdit>(d, QStringLiteral("Date of birth"))
                ->setOptionalDate(QDate(1990, 1, 2));
            field<QCheckBox>(d, QStringLiteral("Data-processing consent"))->setChecked(true);
            // The server goes and does not take the connection back yet.
            QVERIFY(test::TestServer::get().admin(
                QStringLiteral("ALTER DATABASE \"%1\" WITH ALLOW_CONNECTIONS false").arg(name)));
            QVERIFY(test::TestServer::get().terminateBackend(backend));
            d->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(d));
            QTest::keyClick(d, Qt::Key_Return, Qt::ControlModifier);
            QVERIFY(d->isVisible()); // refused: the form stays
            shownError = d->findChild<QLabel *>(QStringLiteral("generalError"))->text();
            keptMrn = field<QLineEdit>(d, QStringLiteral("MRN"))->text();
            // The server is back: the same form, saved again.
            QVERIFY(test::TestServer::get().admin(
                QStringLiteral("ALTER DATABASE \"%1\" WITH ALLOW_CONNECTIONS true").arg(name)));
            QTest::keyClick(d, Qt::Key_Return, Qt::ControlModifier);
            savedOnRetry = !d->isVisible();
        });
        QVERIFY(window.editor().newPatient());
        QVERIFY2(shownError.contains(QStringLiteral("cannot be reached")), qPrintable(shownError));
        QVERIFY2(shownError.contains(QStringLiteral("not currently accepting connections")),
                 qPrintable(shownError));
        QCOMPARE(keptMrn, QStringLiteral("SRV-2"));
        QVERIFY(savedOnRetry);
        const auto saved = PatientRepository(window.database()).findByMrn(QStringLiteral("SRV-2"));
        QVERIFY(saved.ok());
        QCOMPARE(saved.value().givenName, QStringLiteral("Eva"));
    }
};

QTEST_MAIN(TestServerUi)
#include "tst_serverui.moc"
