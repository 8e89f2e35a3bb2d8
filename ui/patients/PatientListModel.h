#pragma once

#include "model/Patient.h"

#include <QAbstractTableModel>
#include <QList>

namespace tricholog {

class Database;

// The patient list: a thin table over PatientRepository::search (filtering and sorting in SQL).
class PatientListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Mrn, Name, Age, Sex, ColumnCount };
    enum Role { PatientIdRole = Qt::UserRole + 1 };

    explicit PatientListModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setFilter(const QString &text);
    void setIncludeArchived(bool include);
    void reload();

    const Patient *patientAt(int row) const;
    int rowOf(qint64 patientId) const;

private:
    Database &m_db;
    QString m_filter;
    bool m_includeArchived = false;
    QList<Patient> m_rows;
};

} // namespace tricholog
