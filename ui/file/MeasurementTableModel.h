#pragma once

#include "core/model/Measurement.h"

#include <QAbstractTableModel>

namespace tricholog {

// Measurements per visit and site, newest visit first.
class MeasurementTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Date,
        Site,
        Method,
        Density,
        Diameter,
        Thickness,
        Terminal,
        Vellus,
        Anagen,
        Telogen,
        Count,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setMeasurements(const QList<Measurement> &measurements); // any order
    const Measurement *measurementAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Measurement> m_rows;
};

} // namespace tricholog
