#include "ui/file/MeasurementTableModel.h"

#include "core/model/Keys.h"
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
} // namespace

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
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeasurementTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Measurement &m = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() >= Density)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date:
        return dateText(m.measuredOn);
    case Site:
        return m.siteLabel.isEmpty() ? label(m.site)
                                     : label(m.site) + QStringLiteral(": ") + m.siteLabel;
    case Method:
        return label(m.method);
    case Density:
        return number(m.density.toOptional(), 1);
    case Diameter:
        return number(m.meanDiameter.toOptional(), 1);
    case Thickness:
        return number(m.cumulativeThickness().toOptional(), 2);
    case Terminal:
        return number(m.terminal.toOptional(), 1);
    case Vellus:
        return number(m.vellus.toOptional(), 1);
    case Anagen:
        return number(m.anagen.toOptional(), 1);
    case Telogen:
        return number(m.telogen.toOptional(), 1);
    case Count:
        if (!m.hairCount)
            return {};
        return tr("%1 in %2 cm²")
            .arg(*m.hairCount)
            .arg(QLocale().toString(m.area.valueOr(0), 'f', 2));
    }
    return {};
}

QVariant MeasurementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Visit");
    case Site:
        return tr("Site");
    case Method:
        return tr("Method");
    case Density:
        return tr("Density\n(%1)").arg(HairDensity::unitSymbol());
    case Diameter:
        return tr("Diameter\n(%1)").arg(ShaftDiameter::unitSymbol());
    case Thickness:
        return tr("Cum. thickness\n(%1)").arg(CumulativeHairThickness::unitSymbol());
    case Terminal:
        return tr("Terminal\n(%)");
    case Vellus:
        return tr("Vellus\n(%)");
    case Anagen:
        return tr("Anagen\n(%)");
    case Telogen:
        return tr("Telogen\n(%)");
    case Count:
        return tr("Hair count");
    }
    return {};
}

} // namespace tricholog
