#pragma once

#include "core/model/PatientReportedOutcome.h"

#include <QAbstractTableModel>

namespace tricholog {

class OutcomeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Date,
        GlobalAssessment,
        Shedding,
        Notes,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setOutcomes(const QList<PatientReportedOutcome> &outcomes);
    const PatientReportedOutcome *outcomeAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<PatientReportedOutcome> m_rows;
};

} // namespace tricholog
