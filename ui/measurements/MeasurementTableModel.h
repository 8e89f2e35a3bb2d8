#pragma once

#include "core/model/Measurement.h"

#include <QAbstractTableModel>
#include <QStringView>

namespace tricholog {

// Measurements per visit and site, newest visit first, with every recorded value.
class MeasurementTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The visit's columns, then one column per measurement field in the order of
    // measurementFields() (the grid's order), then the cumulative thickness derived from them.
    enum Column
    {
        Date,
        Site,
        Method,
        FirstField
    };
    // The column of the field with this key; -1 for an unknown key.
    static int fieldColumn(QStringView key);
    static int thicknessColumn();
    static inline const int Density = fieldColumn(u"density_per_cm2");

    using QAbstractTableModel::QAbstractTableModel;

    void setMeasurements(const QList<Measurement> &measurements); // any order
    const Measurement *measurementAt(int row) const;
    // True for a value column no listed measurement has a value in (the view hides it).
    bool isEmptyValueColumn(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Measurement> m_rows;
};

} // namespace tricholog
