#include "ui/outcomes/OutcomeTableModel.h"

#include "ui/widgets/DateText.h"

#include <QLocale>

namespace tricholog {

void OutcomeTableModel::setOutcomes(const QList<PatientReportedOutcome> &outcomes)
{
    beginResetModel();
    m_rows = outcomes;
    endResetModel();
}

const PatientReportedOutcome *OutcomeTableModel::outcomeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int OutcomeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutcomeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutcomeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::DisplayRole)
        return {};
    const PatientReportedOutcome &o = m_rows.at(index.row());
    switch (index.column()) {
    case Date:
        return dateText(o.recordedOn);
    case GlobalAssessment:
        return o.globalAssessment ? globalAssessmentLabel(*o.globalAssessment) : QString();
    case Shedding:
        return o.sheddingScore ? QString::number(*o.sheddingScore) : QString();
    case Notes:
        return o.notes;
    }
    return {};
}

QVariant OutcomeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case GlobalAssessment:
        return tr("Global self-assessment");
    case Shedding:
        return tr("Shedding (1-6)");
    case Notes:
        return tr("Notes");
    }
    return {};
}

} // namespace tricholog
