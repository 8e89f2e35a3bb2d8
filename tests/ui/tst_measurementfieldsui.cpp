// Every measurement field in the UI, one data row per field of measurementFields(): a column of
// the visit grid (header, prefill, read back), a column of the patient file's table, and, for a
// field with a progress metric, an entry of the chart's metric list.
#include "core/model/Keys.h"
#include "core/model/Measurement.h"
#include "core/model/MeasurementFields.h"
#include "tests/MeasurementFieldSamples.h"
#include "ui/charts/ProgressChartPanel.h"
#include "ui/measurements/MeasurementGridDialog.h"
#include "ui/measurements/MeasurementTableModel.h"

#include <QComboBox>
#include <QLocale>
#include <QTableWidget>
#include <QTest>

using namespace tricholog;
using test::addFieldRows;
using test::differences;
using test::kSampleVisit;
using test::measurementWith;
using test::sampleValue;
using test::valuesFor;

class TestMeasurementFieldsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void gridColumn_data() { addFieldRows(); }
    void gridColumn()
    {
        QFETCH(QString, key);
        const MeasurementField &field = *measurementFieldByKey(key);
        const int index = int(&field - measurementFields().data());
        MeasurementGridDialog dialog(1, {}, kSampleVisit,
                                     [](const auto &) { return Result<void>(); });
        QTableWidget *grid = dialog.grid();
        QCOMPARE(grid->columnCount(), int(measurementFields().size()));
        const int column = MeasurementGridDialog::columnOf(key);
        QCOMPARE(column, index);
        const QString header = grid->horizontalHeaderItem(column)->text();
        QVERIFY2(header.contains(field.shortLabelText()), qPrintable(header));
        QVERIFY2(header.contains(field.unitText()), qPrintable(header));

        // An existing measurement shows its value in this column, and reads back unchanged.
        const auto values = valuesFor(field, sampleValue(field));
        dialog.prefill(measurementWith(values));
        const int row = dialog.rowOf(ScalpSite::Vertex);
        QCOMPARE(grid->item(row, column)->text(),
                 QLocale().toString(values[key], 'g', QLocale::FloatingPointShortest));
        QVERIFY2(dialog.cellProblem(row, column).isEmpty(),
                 qPrintable(dialog.cellProblem(row, column)));
        const QList<Measurement> read = dialog.measurements();
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.first().site, ScalpSite::Vertex);
        QVERIFY2(differences(read.first(), values).isEmpty(),
                 qPrintable(differences(read.first(), values)));
    }

    void tableModelColumn_data() { addFieldRows(); }
    void tableModelColumn()
    {
        QFETCH(QString, key);
        const MeasurementField &field = *measurementFieldByKey(key);
        MeasurementTableModel model;
        const int column = MeasurementTableModel::fieldColumn(key);
        QCOMPARE(column,
                 MeasurementTableModel::FirstField + int(&field - measurementFields().data()));
        const QString header = model.headerData(column, Qt::Horizontal).toString();
        QVERIFY2(header.contains(field.shortLabelText()), qPrintable(header));
        QVERIFY2(header.contains(field.unitText()), qPrintable(header));

        const auto values = valuesFor(field, sampleValue(field));
        model.setMeasurements({measurementWith(values)});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, column)).toString(),
                 QLocale().toString(values[key], 'f', field.range.decimals));
        for (const MeasurementField &other : measurementFields()) {
            const QString cell =
                model.data(model.index(0, MeasurementTableModel::fieldColumn(other.keyText())))
                    .toString();
            QVERIFY2(cell.isEmpty() == !values.contains(other.keyText()),
                     qPrintable(QString(other.keyText() + QStringLiteral(": ") + cell)));
            // The file hides the columns no measurement of the patient fills.
            QCOMPARE(model.isEmptyValueColumn(MeasurementTableModel::fieldColumn(other.keyText())),
                     !values.contains(other.keyText()));
        }
        QVERIFY(!model.isEmptyValueColumn(MeasurementTableModel::Date));
    }

    void chartMetric_data() { addFieldRows(); }
    void chartMetric()
    {
        QFETCH(QString, key);
        const MeasurementField &field = *measurementFieldByKey(key);
        ProgressChartPanel panel;
        // Every charted field once, then the derived cumulative thickness.
        int charted = 0;
        for (const MeasurementField &f : measurementFields())
            charted += f.metric ? 1 : 0;
        QCOMPARE(panel.metricBox()->count(), charted + 1);
        if (!field.metric)
            return; // not charted: nothing of its own in the list
        const int item = panel.metricBox()->findData(toKey(*field.metric));
        QVERIFY2(item >= 0, qPrintable(toKey(*field.metric)));
        QCOMPARE(panel.metricBox()->itemText(item), label(*field.metric));
    }
};

QTEST_MAIN(TestMeasurementFieldsUi)
#include "tst_measurementfieldsui.moc"
