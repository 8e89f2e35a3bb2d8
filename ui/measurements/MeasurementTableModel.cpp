#include "ui/measurements/MeasurementTableModel.h"

#include "core/model/Keys.h"
#include "core/model/MeasurementFields.h"
#include "ui/widgets/DateText.h"

#include <QLocale>
#include <algorithm>

namespace tricholog {

namespace {
QVariant number(const std::optional<double> &v, int decimals)
{
    if (!v)
        return {};
    return QLocale().toString(*v, 'f', decimals);
}

int fieldCount()
{
    return int(measurementFields().size());
}

// The field shown in a column; nullptr for a column that is not a field's.
const MeasurementField *fieldAt(int column)
{
    const int i = column - MeasurementTableModel::FirstField;
    return i >= 0 && i < fieldCount() ? &measurementFields()[i] : nullptr;
}
} // namespace

int MeasurementTableModel::fieldColumn(QStringView key)
{
    for (int i = 0; i < fieldCount(); ++i)
        if (key == QLatin1StringView(measurementFields()[i].key))
            return FirstField + i;
    return -1;
}

int MeasurementTableModel::thicknessColumn()
{
    return FirstField + fieldCount();
}

bool MeasurementTableModel::isEmptyValueColumn(int column) const
{
    if (column < FirstField || column > thicknessColumn())
        return false;
    const auto *field = fieldAt(column);
    return std::none_of(m_rows.cbegin(), m_rows.cend(), [&](const Measurement &m) {
        return field ? field->get(m).has_value() : m.cumulativeThickness().isRecorded();
    });
}

void MeasurementTableModel::setMeasurements(const QList<Measurement> &measurements)
{
    beginResetModel();
    m_rows = measurements;
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Measurement &a, const Measurement &b) {
        if (a.measuredOn != b.measuredOn)
            return a.measuredOn > b.measuredOn;
        return int(a.site) < int(b.site);
    });
    endResetModel();
}

const Measurement *MeasurementTableModel::measurementAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int MeasurementTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeasurementTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : thicknessColumn() + 1;
}

QVariant MeasurementTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Measurement &m = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() >= FirstField)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    if (const auto *field = fieldAt(index.column()))
        return number(field->get(m), field->range.decimals);
    if (index.column() == thicknessColumn())
        return number(m.cumulativeThickness().toOptional(), 2);
    switch (index.column()) {
    case Date:
        return dateText(m.measuredOn);
    case Site:
        return m.siteLabel.isEmpty() ? label(m.site)
                                     : label(m.site) + QStringLiteral(": ") + m.siteLabel;
    case Method:
        return label(m.method);
    }
    return {};
}

QVariant MeasurementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (const auto *field = fieldAt(section))
        return QString(field->shortLabelText() + QStringLiteral("\n(") + field->unitText() +
                       QLatin1Char(')'));
    if (section == thicknessColumn())
        return tr("Cum. thickness\n(%1)").arg(CumulativeHairThickness::unitSymbol());
    switch (section) {
    case Date:
        return tr("Visit");
    case Site:
        return tr("Site");
    case Method:
        return tr("Method");
    }
    return {};
}

} // namespace tricholog
