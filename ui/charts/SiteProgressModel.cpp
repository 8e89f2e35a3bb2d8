#include "ui/charts/SiteProgressModel.h"

#include "core/clinical/MetricFormat.h"
#include "core/model/Keys.h"
#include "ui/charts/SiteColors.h"

#include <QLocale>

namespace tricholog {

void SiteProgressModel::setSeries(Metric metric, const QList<ProgressSeries> &series,
                                  const VerdictRules &rules)
{
    beginResetModel();
    m_metric = metric;
    m_series = series;
    m_rules = rules;
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
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    // Cells hold numbers, the unit is in the header (the table stays narrow beside the chart);
    // the tooltip spells the value out with its unit.
    const bool tip = role == Qt::ToolTipRole;
    const bool progress = s.hasProgress();
    const QLocale l;
    switch (index.column()) {
    case Site: {
        const QString site = s.siteLabel.isEmpty()
                                 ? label(s.site)
                                 : label(s.site) + QStringLiteral(": ") + s.siteLabel;
        return m_rules.isControl(s.site) ? tr("%1 (control)").arg(site) : site;
    }
    case Baseline:
        return tip ? formatMetric(m_metric, s.baseline(), l)
                   : formatMetricNumber(m_metric, s.baseline(), l);
    case Latest:
        return tip ? formatMetric(m_metric, s.latest().value, l)
                   : formatMetricNumber(m_metric, s.latest().value, l);
    case Change:
        if (!progress)
            return tr("single visit");
        return tip ? formatMetricChange(m_metric, s.latest().change, l)
                   : formatMetricNumber(m_metric, s.latest().change, l, true);
    case PercentChange:
        return progress ? formatPercentChange(s.latest().percentChange, l) : QString();
    case RatePerMonth:
        if (!s.ratePerMonth)
            return QString();
        return tip ? formatRatePerMonth(m_metric, s.ratePerMonth, l)
                   : formatMetricNumber(m_metric, *s.ratePerMonth, l, true);
    case Responder:
        return m_metric == Metric::Density ? responderText(siteVerdict(s, m_rules)) : QString();
    }
    return {};
}

QVariant SiteProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QString unit = QLatin1Char('\n') + metricUnit(m_metric);
    switch (section) {
    case Site:
        return tr("Site");
    case Baseline:
        return QString(tr("Baseline") + unit);
    case Latest:
        return QString(tr("Latest") + unit);
    case Change:
        return QString(tr("Change") + unit);
    case PercentChange:
        return QString(tr("Change") + QStringLiteral("\n%"));
    case RatePerMonth:
        return QString(tr("Per month") + unit);
    case Responder:
        return tr("Response");
    }
    return {};
}

} // namespace tricholog
