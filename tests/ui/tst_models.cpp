// Every item model of the workspace over demo data: QAbstractItemModelTester, and the values.
#include "core/clinical/Progress.h"
#include "core/demo/BulkGenerator.h"
#include "core/demo/DemoGenerator.h"
#include "core/storage/PatientRecordLoader.h"
#include "core/storage/SearchKey.h"
#include "tests/TestSupport.h"
#include "ui/diagnoses/DiagnosisTableModel.h"
#include "ui/measurements/MeasurementTableModel.h"
#include "ui/outcomes/OutcomeTableModel.h"
#include "ui/patients/PatientListModel.h"
#include "ui/sessions/SessionTableModel.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace tricholog;

class TestModels : public QObject
{
    Q_OBJECT
    test::TempDatabase m_db;

private slots:
    void initTestCase()
    {
        DemoOptions options;
        options.patients = 15;
        options.seed = 11;
        QVERIFY(generateDemo(*m_db, options).ok());
    }

    void patientListModel()
    {
        PatientListModel model(*m_db);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int visible = model.rowCount();
        QVERIFY(visible > 0 && visible <= 15);
        model.setIncludeArchived(true);
        QCOMPARE(model.rowCount(), 15);

        // Sorted in SQL by each column, both ways.
        model.sort(PatientListModel::Sessions, Qt::DescendingOrder);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.rowAt(r - 1)->sessions >= model.rowAt(r)->sessions);
        model.sort(PatientListModel::Name, Qt::AscendingOrder);
        for (int r = 1; r < model.rowCount(); ++r) {
            // By family name as the search key folds it (accents and case aside).
            const QString before =
                searchKey(model.rowAt(r - 1)->name.section(QStringLiteral(", "), 0, 0));
            const QString after =
                searchKey(model.rowAt(r)->name.section(QStringLiteral(", "), 0, 0));
            QVERIFY2(before <= after, qPrintable(before + QStringLiteral(" > ") + after));
        }
        model.sort(PatientListModel::DensityChange, Qt::DescendingOrder);
        // The seeded demo has patients with and without a change: those with one come first,
        // largest first; those without, after them.
        int withChange = 0;
        while (withChange < model.rowCount() && model.rowAt(withChange)->densityChangePercent)
            ++withChange;
        QVERIFY2(withChange >= 5, qPrintable(QString::number(withChange)));
        for (int r = withChange; r < model.rowCount(); ++r)
            QVERIFY(!model.rowAt(r)->densityChangePercent);
        for (int r = 1; r < withChange; ++r)
            QVERIFY(*model.rowAt(r - 1)->densityChangePercent >=
                    *model.rowAt(r)->densityChangePercent);

        // The density change shown equals the core headline for that patient.
        const auto *row = model.rowAt(0);
        const auto record = loadPatientRecord(*m_db, row->id).value();
        QCOMPARE(row->densityChangePercent, headlineDensityChange(record.measurements));
        QCOMPARE(row->sessions, int(record.sessions.size()));
        QCOMPARE(model.data(model.index(0, PatientListModel::Mrn)).toString(), record.patient.mrn);
        QCOMPARE(model.data(model.index(0, PatientListModel::Sessions)).toInt(),
                 int(record.sessions.size()));

        model.setFilter(record.patient.mrn);
        QCOMPARE(model.rowCount(), 1);
        model.setFilter(QStringLiteral("no such patient"));
        QCOMPARE(model.rowCount(), 0);
    }

    void patientListPagesAsTheViewScrolls()
    {
        // More patients than a page: rows come a page at a time, the count is the whole list.
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("pages.sqlite")),
                                 std::make_shared<FixedClock>(test::fixedNow()));
        QVERIFY(db.ok());
        BulkOptions options;
        options.patients = 450;
        options.meanVisits = 3;
        QVERIFY(generateBulk(*db.value(), options).ok());
        {
            // Consistent while it grows (the tester itself fetches more on every change).
            PatientListModel checked(*db.value());
            QAbstractItemModelTester tester(&checked,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            checked.setIncludeArchived(true);
            while (checked.canFetchMore({}))
                checked.fetchMore({});
            QCOMPARE(checked.rowCount(), 450);
            checked.setFilter(QStringLiteral("c-0001"));
            QCOMPARE(checked.rowCount(), 100);
        }
        PatientListModel model(*db.value());
        model.setIncludeArchived(true);
        QCOMPARE(model.rowCount(), PatientListModel::kPageSize);
        QCOMPARE(model.totalCount(), 450);
        QVERIFY(!model.totalIsAtLeast());
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * PatientListModel::kPageSize);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
        QSet<qint64> seen;
        for (int r = 0; r < model.rowCount(); ++r)
            seen.insert(model.rowAt(r)->id);
        QCOMPARE(seen.size(), 450); // each patient once
        // A search that matches everyone counts only up to the cap, and says so.
        model.setFilter(QStringLiteral("c-0"));
        QCOMPARE(model.rowCount(), PatientListModel::kPageSize);
        QCOMPARE(model.totalCount(), 450);
        model.setFilter(QStringLiteral("C-000123"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowAt(0)->mrn, QStringLiteral("C-000123"));
        QVERIFY(!model.canFetchMore({}));
    }

    void recordModels()
    {
        PatientListModel list(*m_db);
        const auto record = loadPatientRecord(*m_db, list.rowAt(0)->id).value();

        DiagnosisTableModel diagnoses;
        QAbstractItemModelTester t1(&diagnoses,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        diagnoses.setDiagnoses(record.diagnoses);
        QCOMPARE(diagnoses.rowCount(), int(record.diagnoses.size()));
        QCOMPARE(diagnoses.data(diagnoses.index(0, DiagnosisTableModel::Icd10)).toString(),
                 record.diagnoses.first().icd10);

        SessionTableModel sessions;
        QAbstractItemModelTester t2(&sessions,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        sessions.setSessions(record.sessions);
        QCOMPARE(sessions.rowCount(), int(record.sessions.size()));
        QCOMPARE(sessions.data(sessions.index(0, SessionTableModel::Needle)).toString(),
                 QLocale().toString(record.sessions.first().needleLength.value(), 'f', 2) +
                     QStringLiteral(" mm"));
        QCOMPARE(sessions.sessionAt(0)->id, record.sessions.first().id); // newest first

        MeasurementTableModel measurements;
        QAbstractItemModelTester t3(&measurements,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        measurements.setMeasurements(record.measurements);
        QCOMPARE(measurements.rowCount(), int(record.measurements.size()));
        QCOMPARE(measurements.measurementAt(0)->measuredOn,
                 record.measurements.last().measuredOn); // newest first
        // The first row with a density (the seeded demo has some), shown with one decimal.
        int withDensity = 0;
        while (withDensity < measurements.rowCount() &&
               !measurements.measurementAt(withDensity)->density.isRecorded())
            ++withDensity;
        QVERIFY(withDensity < measurements.rowCount());
        const Measurement *m = measurements.measurementAt(withDensity);
        QCOMPARE(measurements.data(measurements.index(withDensity, MeasurementTableModel::Density))
                     .toString(),
                 QLocale().toString(m->density.value(), 'f', 1));

        OutcomeTableModel outcomes;
        QAbstractItemModelTester t4(&outcomes,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        outcomes.setOutcomes(record.outcomes);
        QCOMPARE(outcomes.rowCount(), int(record.outcomes.size()));
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
