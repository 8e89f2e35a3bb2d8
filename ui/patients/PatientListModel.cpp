#include "ui/patients/PatientListModel.h"

#include "core/clinical/MetricFormat.h"
#include "ui/widgets/DateText.h"

#include <QFont>
#include <QLocale>

namespace tricholog {

PatientListModel::PatientListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    reload();
}

int PatientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PatientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PatientListRow &p = m_rows.at(index.row());
    switch (role) {
    case PatientIdRole:
        return p.id;
    case Qt::FontRole:
        if (p.archived) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Age || index.column() == Sessions || index.column() == DensityChange)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Diagnosis)
            return QString(p.diagnosisLabel + QStringLiteral(" (") + p.diagnosis +
                           QLatin1Char(')'));
        if (index.column() == DensityChange)
            return tr("Density change since baseline at the main treated site");
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Mrn:
        return p.mrn;
    case Name:
        return p.archived ? tr("%1 (archived)").arg(p.name) : p.name;
    case Age:
        return p.age ? QVariant(*p.age) : QVariant();
    case Diagnosis:
        return p.diagnosis;
    case Sessions:
        return p.sessions;
    case LastVisit:
        return p.lastVisit.isValid() ? dateText(p.lastVisit) : QString();
    case DensityChange:
        return p.densityChangePercent ? formatPercentChange(p.densityChangePercent) : QString();
    }
    return {};
}

QVariant PatientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == DensityChange)
        return tr("Hair density change since baseline, in %: the mean over the treated sites "
                  "measured at least twice. Control sites (the occipital donor area) are left "
                  "out.");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Mrn:
        return tr("MRN");
    case Name:
        return tr("Name");
    case Age:
        return tr("Age");
    case Diagnosis:
        return tr("Main diagnosis");
    case Sessions:
        return tr("Sessions");
    case LastVisit:
        return tr("Last visit");
    case DensityChange:
        return tr("Density Δ");
    }
    return {};
}

void PatientListModel::sort(int column, Qt::SortOrder order)
{
    static const PatientSort sorts[] = {PatientSort::Mrn,          PatientSort::Name,
                                        PatientSort::Age,          PatientSort::Diagnosis,
                                        PatientSort::Sessions,     PatientSort::LastVisit,
                                        PatientSort::DensityChange};
    if (column < 0 || column >= ColumnCount)
        return;
    m_request.sort = sorts[column];
    m_request.descending = order == Qt::DescendingOrder;
    reload();
}

void PatientListModel::setFilter(const QString &text)
{
    if (text == m_request.text)
        return;
    m_request.text = text;
    reload();
}

void PatientListModel::setIncludeArchived(bool include)
{
    if (include == m_request.includeArchived)
        return;
    m_request.includeArchived = include;
    reload();
}

void PatientListModel::reload()
{
    const PatientListQuery query(m_db, m_request);
    const int cap = m_request.text.trimmed().isEmpty() ? std::numeric_limits<int>::max()
                                                       : PatientListQuery::kCountCap;
    auto total = query.count(cap);
    auto first = total ? query.page(0, kPageSize) : Result<QList<PatientListRow>>(total.error());
    // Nothing is fetched while the rows are replaced, nor by views answering the reset signal
    // (they ask for more once it is over).
    m_resetting = true;
    beginResetModel();
    m_rows = first ? first.value() : QList<PatientListRow>();
    m_exhausted = m_rows.size() < kPageSize;
    m_total = total ? std::max(total.value(), int(m_rows.size())) : int(m_rows.size());
    m_totalCapped = total && total.value() >= cap;
    m_error = !total ? total.error().message : (!first ? first.error().message : QString());
    endResetModel();
    m_resetting = false;
    emit reloaded();
}

bool PatientListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_resetting && !m_fetching;
}

void PatientListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto more = PatientListQuery(m_db, m_request).page(int(m_rows.size()), kPageSize);
    if (!more) {
        m_exhausted = true;
        m_error = more.error().message;
        return;
    }
    m_exhausted = more.value().size() < kPageSize;
    if (more.value().isEmpty())
        return;
    const int first = int(m_rows.size());
    m_fetching = true; // views answering the insertion do not fetch again inside it
    beginInsertRows({}, first, first + int(more.value().size()) - 1);
    m_rows.append(more.value());
    endInsertRows();
    m_fetching = false;
    m_total = std::max(m_total, int(m_rows.size()));
}

const PatientListRow *PatientListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PatientListModel::rowOf(qint64 patientId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == patientId)
            return int(i);
    }
    return -1;
}

} // namespace tricholog
