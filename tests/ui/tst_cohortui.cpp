// Report > Clinic outcomes, driven as a clinic owner drives it: the table and the charts show
// core's figures for the choices made, filters narrow the patients, a bad choice is named and
// the figures stay, a clicked point opens that patient, the exports match the verb's CSV and
// are recorded; an assistant cannot open it.
#include "core/clinical/Cohort.h"
#include "core/demo/DemoGenerator.h"
#include "core/security/UserRepository.h"
#include "core/storage/CohortQuery.h"
#include "core/storage/Database.h"
#include "core/storage/PatientRepository.h"
#include "tests/TestSupport.h"
#include "tests/ui/GuiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/charts/CohortCharts.h"
#include "ui/cohort/ClinicOutcomesDialog.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QScatterSeries>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tricholog;
using test::whenDialogOpens;

namespace {

void choose(QComboBox *box, const QString &key)
{
    const int index = box->findData(key);
    QVERIFY2(index >= 0, qPrintable(key));
    box->setCurrentIndex(index);
}

} // namespace

class TestCohortUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database *m_db = nullptr;
    std::unique_ptr<MainWindow> m_window;

    // What core computes for the options, read afresh.
    cohort::Outcomes expected(const cohort::Options &o)
    {
        auto rows = loadCohortRows(*m_db, o);
        if (!rows)
            return {};
        return cohort::compute(rows.value(), o);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TricholugCohortTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        auto db = Database::open(m_dir.filePath(QStringLiteral("cohort.sqlite")),
                                 std::make_shared<FixedClock>(test::fixedNow()));
        QVERIFY(db.ok());
        m_db = db.value().get();
        DemoOptions demo;
        demo.patients = 80;
        demo.photoPatients = 0;
        QVERIFY(generateDemo(*m_db, demo).ok());
        QVERIFY(UserRepository(*m_db)
                    .signIn(QString::fromLatin1(kDemoClinician.name),
                            QString::fromLatin1(kDemoClinician.password))
                    .ok());
        m_window = std::make_unique<MainWindow>(std::move(db).value());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void windowShowsCoreFigures()
    {
        QAction *open = m_window->findChild<QAction *>(QStringLiteral("clinicOutcomes"));
        QVERIFY(open && open->isEnabled());
        const QString csv = m_dir.filePath(QStringLiteral("window.csv"));
        const QString pdf = m_dir.filePath(QStringLiteral("window.pdf"));
        bool ran = false;
        whenDialogOpens<ClinicOutcomesDialog>([&](ClinicOutcomesDialog *d) {
            auto *by = d->findChild<QComboBox *>(QStringLiteral("outcomeBy"));
            choose(by, QStringLiteral("device"));
            QVERIFY(d->refresh());
            cohort::Options o;
            o.by = QStringLiteral("device");
            o.responderPct = d->options().responderPct; // the settings' threshold
            const cohort::Outcomes core = expected(o);
            QVERIFY(core.patients.size() > 10);
            QCOMPARE(d->outcomes().patients.size(), core.patients.size());
            auto *table = d->findChild<QTableWidget *>(QStringLiteral("outcomesTable"));
            const QList<cohort::GroupRow> groups = cohortcharts::drawnGroups(core);
            QCOMPARE(table->rowCount(), groups.size());
            for (int r = 0; r < table->rowCount(); ++r) {
                QCOMPARE(table->item(r, 0)->text(), cohort::groupLabel(groups[r].group, o.by));
                QCOMPARE(table->item(r, 1)->text(), QString::number(groups[r].patients));
                QCOMPARE(table->item(r, 3)->text(),
                         (groups[r].change.mean > 0 ? QStringLiteral("+") : QString()) +
                             QLocale().toString(groups[r].change.mean, 'f', 1));
            }
            // The chart: one box per group, every patient a point, the published arms apart.
            auto *view = d->findChild<QChartView *>(QStringLiteral("changeChart"));
            qsizetype points = 0, marks = 0;
            for (QAbstractSeries *s : view->chart()->series())
                if (auto *scatter = qobject_cast<QScatterSeries *>(s))
                    (scatter->name() == QStringLiteral("Patients") ? points : marks) +=
                        scatter->count();
            QCOMPARE(points, core.patients.size());
            QCOMPARE(marks, cohort::referenceArms(o.metric).size());
            QVERIFY(d->findChild<QLabel *>(QStringLiteral("publishedArms"))
                        ->text()
                        .contains(QStringLiteral("Dhurat 2013")));

            // A filter and a threshold: core's figures for them, without reading again.
            choose(d->findChild<QComboBox *>(QStringLiteral("outcomeSex")),
                   QStringLiteral("female"));
            d->findChild<QDoubleSpinBox *>(QStringLiteral("outcomeResponder"))->setValue(5);
            QVERIFY(d->refresh());
            o.sex = QStringLiteral("female");
            o.responderPct = 5;
            const cohort::Outcomes women = expected(o);
            QVERIFY(women.patients.size() > 0 && women.patients.size() < core.patients.size());
            QCOMPARE(d->outcomes().patients.size(), women.patients.size());
            QCOMPARE(QString::fromUtf8(cohort::csv(d->outcomes())),
                     QString::fromUtf8(cohort::csv(women)));

            // A window as long as the time point: named, the figures stay, nothing is lost.
            d->findChild<QSpinBox *>(QStringLiteral("outcomeWindow"))->setValue(12);
            QVERIFY(!d->refresh());
            auto *problem = d->findChild<QLabel *>(QStringLiteral("outcomesError"));
            QVERIFY(problem->isVisible());
            QVERIFY2(problem->text().contains(QStringLiteral("window")),
                     qPrintable(problem->text()));
            QCOMPARE(d->outcomes().patients.size(), women.patients.size());
            d->findChild<QSpinBox *>(QStringLiteral("outcomeWindow"))->setValue(4);
            QVERIFY(d->refresh());
            QVERIFY(!problem->isVisible());

            // The exports: the verb's CSV, and the cohort report; both recorded.
            QVERIFY(d->exportCsvTo(csv).ok());
            QFile file(csv);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), cohort::csv(women));
            const auto pages = d->exportPdfTo(pdf);
            QVERIFY2(pages.ok(), pages ? "" : qPrintable(pages.error().message));
            QVERIFY(pages.value() >= 2);

            // A point clicked: the window gives way to that patient's file.
            QScatterSeries *first = nullptr;
            for (QAbstractSeries *s : view->chart()->series())
                if (auto *scatter = qobject_cast<QScatterSeries *>(s);
                    scatter && scatter->name() == QStringLiteral("Patients") && !first &&
                    scatter->count() > 0)
                    first = scatter;
            QVERIFY(first);
            const QString firstGroup = cohortcharts::drawnGroups(d->outcomes()).first().group;
            qint64 patient = 0;
            for (const cohort::PatientChange &c : d->outcomes().patients)
                if (c.group == firstGroup && patient == 0)
                    patient = c.patientId;
            emit first->clicked(first->at(0));
            QTRY_VERIFY(!d->isVisible());
            QCOMPARE(m_window->currentPatientId(), patient);
            ran = true;
        });
        open->trigger();
        QVERIFY(ran);

        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'disclose' "
                                      "AND (new_values LIKE '%window.csv%' OR new_values LIKE "
                                      "'%window.pdf%')")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);

        // Opened again: the choices kept.
        bool again = false;
        whenDialogOpens<ClinicOutcomesDialog>([&](ClinicOutcomesDialog *d) {
            QCOMPARE(d->options().by, QStringLiteral("device"));
            QCOMPARE(d->options().sex, QStringLiteral("female"));
            again = true;
            d->accept();
        });
        open->trigger();
        QVERIFY(again);
    }

    // An assistant enters data; the clinic's outcomes are not theirs to see: the menu entry is
    // off, and core refuses the rows to the window all the same.
    void assistantCannotOpenIt()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("cohort.sqlite")),
                                 std::make_shared<FixedClock>(test::fixedNow()));
        QVERIFY(db.ok());
        QVERIFY(UserRepository(*db.value())
                    .signIn(QString::fromLatin1(kDemoAssistant.name),
                            QString::fromLatin1(kDemoAssistant.password))
                    .ok());
        Database *assistantDb = db.value().get();
        MainWindow window(std::move(db).value());
        window.show();
        QAction *open = window.findChild<QAction *>(QStringLiteral("clinicOutcomes"));
        QVERIFY(open && !open->isEnabled());
        ClinicOutcomesDialog d(*assistantDb, AppSettings{});
        QVERIFY(!d.refresh());
        auto *problem = d.findChild<QLabel *>(QStringLiteral("outcomesError"));
        QVERIFY2(problem->text().contains(QStringLiteral("may not")), qPrintable(problem->text()));
        QVERIFY(d.outcomes().patients.isEmpty());
        QVERIFY(!d.exportCsvTo(m_dir.filePath(QStringLiteral("assistant.csv"))).ok());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("assistant.csv"))));
    }
};

QTEST_MAIN(TestCohortUi)
#include "tst_cohortui.moc"
