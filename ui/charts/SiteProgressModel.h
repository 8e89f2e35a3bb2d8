#pragma once

#include "core/clinical/Progress.h"

#include <QAbstractTableModel>

namespace tricholog {

// Per site: baseline, latest, change, % change, rate per month and responder status, straight
// from the core progress functions (the same ones the report prints).
class SiteProgressModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Site,
        Baseline,
        Latest,
        Change,
        PercentChange,
        RatePerMonth,
        Responder,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setSeries(Metric metric, const QList<ProgressSeries> &series, const VerdictRules &rules);
    const ProgressSeries *seriesAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Metric m_metric = Metric::Density;
    QList<ProgressSeries> m_series;
    VerdictRules m_rules;
};

} // namespace tricholog
