#pragma once

#include "storage/PatientListQuery.h"

#include <QAbstractTableModel>
#include <QList>

namespace tricholog {

class Database;

// The patient list: a thin table over queryPatientList (filter and sort run in SQL).
class PatientListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Mrn,
        Name,
        Age,
        Diagnosis,
        Sessions,
        LastVisit,
        DensityChange,
        ColumnCount
    };
    enum Role
    {
        PatientIdRole = Qt::UserRole + 1
    };

    explicit PatientListModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const QString &text);
    void setIncludeArchived(bool include);
    bool includeArchived() const { return m_request.includeArchived; }
    void reload();

    const PatientListRow *rowAt(int row) const;
    int rowOf(qint64 patientId) const;
    QString lastError() const { return m_error; }

signals:
    void reloaded();

private:
    Database &m_db;
    PatientListRequest m_request;
    QList<PatientListRow> m_rows;
    QString m_error;
};

} // namespace tricholog
