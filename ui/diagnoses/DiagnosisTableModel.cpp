#include "ui/diagnoses/DiagnosisTableModel.h"

#include "core/model/Keys.h"
#include "ui/widgets/DateText.h"

#include <QLocale>

namespace tricholog {

void DiagnosisTableModel::setDiagnoses(const QList<Diagnosis> &diagnoses)
{
    beginResetModel();
    m_rows = diagnoses;
    endResetModel();
}

const Diagnosis *DiagnosisTableModel::diagnosisAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int DiagnosisTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DiagnosisTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosisTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::DisplayRole)
        return {};
    const Diagnosis &d = m_rows.at(index.row());
    switch (index.column()) {
    case DiagnosedOn:
        return dateText(d.diagnosedOn);
    case Type:
        return label(d.type);
    case Icd10:
        return d.icd10;
    case Severity:
        return d.severityText();
    case Status:
        return label(d.status);
    case Onset:
        return d.onset;
    }
    return {};
}

QVariant DiagnosisTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DiagnosedOn:
        return tr("Diagnosed");
    case Type:
        return tr("Diagnosis");
    case Icd10:
        return tr("ICD-10");
    case Severity:
        return tr("Severity");
    case Status:
        return tr("Status");
    case Onset:
        return tr("Onset");
    }
    return {};
}

} // namespace tricholog
