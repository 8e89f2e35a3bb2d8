#pragma once

#include "core/model/Diagnosis.h"

#include <QAbstractTableModel>

namespace tricholog {

class DiagnosisTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DiagnosedOn,
        Type,
        Icd10,
        Severity,
        Status,
        Onset,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setDiagnoses(const QList<Diagnosis> &diagnoses);
    const Diagnosis *diagnosisAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Diagnosis> m_rows;
};

} // namespace tricholog
