#include "SiteProgressModel.h"

#include "SiteColors.h"
#include "clinical/MetricFormat.h"
#include "model/Keys.h"

#include <QLocale>

namespace tricholog {

void SiteProgressModel::setSeries(Metric metric, const QList<ProgressSeries> &series,
                                  double responderThreshold)
{
    beginResetModel();
    m_metric = metric;
    m_series = series;
    m_threshold = responderThreshold;
    endResetModel();
}

const ProgressSeries *SiteProgressModel::seriesAt(int row) const
{
    return row >= 0 && row < m_series.size() ? &m_series.at(row) : nullptr;
}

int SiteProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_series.size());
}

int SiteProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SiteProgressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProgressSeries &s = m_series.at(index.row());
    if (role == Qt::DecorationRole && index.column() == Site)
        return siteColor(s.site);
    if (role == Qt::TextAlignmentRole && index.column() != Site && index.column() != Responder)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const bool progress = s.hasProgress();
    switch (index.column()) {
    case Site:
        return s.siteLabel.isEmpty() ? label(s.site)
                                     : label(s.site) + QStringLiteral(": ") + s.siteLabel;
    case Baseline:
        return formatMetric(m_metric, s.baseline());
    case Latest:
        return formatMetric(m_metric, s.latest().value);
    case Change:
        return progress ? formatMetricChange(m_metric, s.latest().change) : tr("single visit");
    case PercentChange:
        return progress ? formatPercentChange(s.latest().percentChange) : QString();
    case RatePerMonth:
        return s.ratePerMonth ? formatRatePerMonth(m_metric, s.ratePerMonth) : QString();
    case Responder:
        return m_metric == Metric::Density ? responderText(responderStatus(s, m_threshold))
                                           : QString();
    }
    return {};
}

QVariant SiteProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Site:
        return tr("Site");
    case Baseline:
        return tr("Baseline");
    case Latest:
        return tr("Latest");
    case Change:
        return tr("Change");
    case PercentChange:
        return tr("% change");
    case RatePerMonth:
        return tr("Rate");
    case Responder:
        return tr("Response (density)");
    }
    return {};
}

} // namespace tricholog
