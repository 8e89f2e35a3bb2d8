#include "PatientListModel.h"

#include "model/Keys.h"
#include "storage/Database.h"
#include "storage/PatientRepository.h"

#include <QFont>

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
    const Patient &p = m_rows.at(index.row());
    if (role == PatientIdRole)
        return p.id;
    if (role == Qt::FontRole && p.archived) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Mrn:
        return p.mrn;
    case Name:
        return p.archived ? tr("%1 (archived)").arg(p.displayName()) : p.displayName();
    case Age:
        if (const auto age = p.ageOn(m_db.clock().today()))
            return *age;
        return {};
    case Sex:
        return label(p.sex);
    }
    return {};
}

QVariant PatientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Mrn:
        return tr("MRN");
    case Name:
        return tr("Name");
    case Age:
        return tr("Age");
    case Sex:
        return tr("Sex");
    }
    return {};
}

void PatientListModel::setFilter(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    reload();
}

void PatientListModel::setIncludeArchived(bool include)
{
    if (include == m_includeArchived)
        return;
    m_includeArchived = include;
    reload();
}

void PatientListModel::reload()
{
    beginResetModel();
    auto result = PatientRepository(m_db).search({m_filter, m_includeArchived, -1});
    m_rows = result ? result.value() : QList<Patient>();
    endResetModel();
}

const Patient *PatientListModel::patientAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row);
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
