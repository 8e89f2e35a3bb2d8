// Every measurement field in the UI, one data row per field of measurementFields(): a column of
// the visit grid (header, prefill, read back), a column of the patient file's table, and, for a
// field with a progress metric, an entry of the chart's metric list.
#include "core/model/Keys.h"
#include "core/model/Measurement.h"
#include "core/model/MeasurementFields.h"
#include "ui/charts/ProgressChartPanel.h"
#include "ui/measurements/MeasurementGridDialog.h"
#include "ui/measurements/MeasurementTableModel.h"

#include <QComboBox>
#include <QLocale>
#include <QMap>
#include <QTableWidget>
#include <QTest>
#include <cmath>

using namespace tricholog;

namespace {

const QDate kVisit{2026, 3, 12};

// A valid value inside the field's range that is not a bound, at the field's decimals.
double sampleValue(const MeasurementField &field)
{
    const double scale = std::pow(10.0, field.range.decimals);
    const double raw = field.range.min + (field.range.max - field.range.min) * 0.37;
    return std::round(raw * scale) / scale;
}

// The field's value, and what a valid row needs besides it (a count's area; a value that counts
// when the field does not).
QMap<QString, double> valuesFor(const MeasurementField &field)
{
    QMap<QString, double> out{{field.keyText(), sampleValue(field)}};
    if (field.keyText() == QLatin1String("hair_count"))
        out.insert(QStringLiteral("area_cm2"), sampleValue(*measurementFieldByKey(u"area_cm2")));
    if (!field.countsAsValue)
        out.insert(QStringLiteral("density_per_cm2"),
                   sampleValue(*measurementFieldByKey(u"density_per_cm2")));
    return out;
}

Measurement measurementWith(const QMap<QString, double> &values)
{
    Measurement m;
    m.patientId = 1;
    m.measuredOn = kVisit;
    m.site = ScalpSite::Vertex;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        measurementFieldByKey(it.key())->set(m, it.value());
    return m;
}

QString differences(const Measurement &m, const QMap<QString, double> &expected)
{
    QStringList out;
    for (const MeasurementField &field : measurementFields()) {
        const std::optional<double> want = expected.contains(field.keyText())
                                               ? std::optional<double>(expected[field.keyText()])
                                               : std::nullopt;
        const std::optional<double> have = field.get(m);
        if (want != have)
            out << QString(field.keyText() + QStringLiteral(": ") +
                           (have ? QString::number(*have, 'g', 17) : QStringLiteral("-")) +
                           QStringLiteral(" instead of ") +
                           (want ? QString::number(*want, 'g', 17) : QStringLiteral("-")));
    }
    return out.join(QStringLiteral("; "));
}

} // namespace

class TestMeasurementFieldsUi : public QObject
{
    Q_OBJECT

    static void fieldRows()
    {
        QTest::addColumn<QString>("key");
        for (const MeasurementField &field : measurementFields())
            QTest::newRow(field.key) << field.keyText();
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void gridColumn_data() { fieldRows(); }
    void gridColumn()
    {
        QFETCH(QString, key);
        const MeasurementField &field = *measurementFieldByKey(key);
        const int index = int(&field - measurementFields().data());
        MeasurementGridDialog dialog(1, {}, kVisit, [](const auto &) { return Result<void>(); });
        QTableWidget *grid = dialog.grid();
        QCOMPARE(grid->columnCount(), int(measurementFields().size()));
        const int column = MeasurementGridDialog::columnOf(key);
        QCOMPARE(column, index);
        const QString header = grid->horizontalHeaderItem(column)->text();
        QVERIFY2(header.contains(field.shortLabelText()), qPrintable(header));
        QVERIFY2(header.contains(field.unitText()), qPrintable(header));

        // An existing measurement shows its value in this column, and reads back unchanged.
        const auto values = valuesFor(field);
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

    void tableModelColumn_data() { fieldRows(); }
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

        const auto values = valuesFor(field);
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

    void chartMetric_data() { fieldRows(); }
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
