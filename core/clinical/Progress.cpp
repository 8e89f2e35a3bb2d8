#include "core/clinical/Progress.h"

#include <QCoreApplication>
#include <algorithm>
#include <map>

namespace tricholog {

ProgressSeries progressSeries(const QList<Measurement> &measurements, Metric metric, ScalpSite site,
                              const QString &siteLabel)
{
    ProgressSeries series;
    series.metric = metric;
    series.site = site;
    series.siteLabel = siteLabel;

    std::map<QDate, std::pair<double, int>> byDate; // sum, count
    for (const auto &m : measurements) {
        if (m.site != site || !m.measuredOn.isValid())
            continue;
        if (site == ScalpSite::TargetArea && m.siteLabel != siteLabel)
            continue;
        const auto v = m.value(metric);
        if (!v)
            continue;
        auto &slot = byDate[m.measuredOn];
        slot.first += *v;
        slot.second += 1;
    }
    if (byDate.empty())
        return series;

    const double baseline = byDate.begin()->second.first / byDate.begin()->second.second;
    for (const auto &[date, acc] : byDate) {
        ProgressPoint p;
        p.date = date;
        p.value = acc.first / acc.second;
        p.change = p.value - baseline;
        if (baseline != 0.0)
            p.percentChange = 100.0 * p.change / baseline;
        series.points.append(p);
    }
    series.ratePerMonth = leastSquaresSlopePerMonth(series.points);
    return series;
}

QList<ProgressSeries> progressBySite(const QList<Measurement> &measurements, Metric metric)
{
    QList<ProgressSeries> result;
    // Named target areas each get their own series.
    QStringList targetLabels;
    for (const auto &m : measurements) {
        if (m.site == ScalpSite::TargetArea && !targetLabels.contains(m.siteLabel))
            targetLabels << m.siteLabel;
    }
    for (ScalpSite site :
         {ScalpSite::Frontal, ScalpSite::Midscalp, ScalpSite::Vertex, ScalpSite::TemporalLeft,
          ScalpSite::TemporalRight, ScalpSite::Occipital}) {
        auto series = progressSeries(measurements, metric, site);
        if (!series.isEmpty())
            result.append(series);
    }
    for (const auto &labelText : std::as_const(targetLabels)) {
        auto series = progressSeries(measurements, metric, ScalpSite::TargetArea, labelText);
        if (!series.isEmpty())
            result.append(series);
    }
    return result;
}

std::optional<double> leastSquaresSlopePerMonth(const QList<ProgressPoint> &points)
{
    if (points.size() < 2)
        return std::nullopt;
    const QDate origin = points.first().date;
    double sumX = 0, sumY = 0;
    for (const auto &p : points) {
        sumX += origin.daysTo(p.date) / kDaysPerMonth;
        sumY += p.value;
    }
    const double n = double(points.size());
    const double meanX = sumX / n;
    const double meanY = sumY / n;
    double sxx = 0, sxy = 0;
    for (const auto &p : points) {
        const double dx = origin.daysTo(p.date) / kDaysPerMonth - meanX;
        sxx += dx * dx;
        sxy += dx * (p.value - meanY);
    }
    if (sxx <= 0.0)
        return std::nullopt;
    return sxy / sxx;
}

ResponderStatus responderStatus(const ProgressSeries &series, double thresholdPercent)
{
    if (!series.hasProgress() || !series.latest().percentChange)
        return ResponderStatus::Undetermined;
    return *series.latest().percentChange >= thresholdPercent ? ResponderStatus::Responder
                                                              : ResponderStatus::NonResponder;
}

ResponderStatus siteVerdict(const ProgressSeries &series, const VerdictRules &rules)
{
    if (rules.isControl(series.site))
        return ResponderStatus::Control;
    if (series.hasProgress() && rules.minFollowUpWeeks > 0 &&
        series.points.first().date.daysTo(series.latest().date) < 7 * rules.minFollowUpWeeks)
        return ResponderStatus::TooEarly;
    return responderStatus(series, rules.thresholdPercent);
}

QString responderText(ResponderStatus status)
{
    switch (status) {
    case ResponderStatus::TooEarly:
        return QCoreApplication::translate("Keys", "Too early to judge");
    case ResponderStatus::Control:
        return QCoreApplication::translate("Keys", "Control site");
    case ResponderStatus::Responder:
        return QCoreApplication::translate("Keys", "Responder");
    case ResponderStatus::NonResponder:
        return QCoreApplication::translate("Keys", "Non-responder");
    case ResponderStatus::Undetermined:
        return QCoreApplication::translate("Keys", "Not yet determined");
    }
    return {};
}

const ProgressSeries *primarySeries(const QList<ProgressSeries> &series)
{
    const ProgressSeries *best = nullptr;
    for (const auto &s : series) {
        if (s.site == ScalpSite::Occipital)
            continue;
        if (!best || s.points.size() > best->points.size())
            best = &s;
    }
    if (!best) {
        for (const auto &s : series) {
            if (s.site == ScalpSite::Occipital)
                return &s;
        }
    }
    return best;
}

std::optional<double> headlineDensityChange(const QList<Measurement> &measurements,
                                            const QList<ScalpSite> &controlSites)
{
    double sum = 0;
    int sites = 0;
    for (const auto &s : progressBySite(measurements, Metric::Density)) {
        if (controlSites.contains(s.site) || !s.hasProgress() || !s.latest().percentChange)
            continue;
        sum += *s.latest().percentChange;
        ++sites;
    }
    if (sites == 0)
        return std::nullopt;
    return sum / sites;
}

} // namespace tricholog
