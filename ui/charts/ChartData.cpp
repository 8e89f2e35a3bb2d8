#include "ui/charts/ChartData.h"

#include "core/clinical/MetricFormat.h"
#include "core/clinical/Progress.h"
#include "core/model/Keys.h"
#include "ui/sessions/SessionTableModel.h"
#include "ui/widgets/DateText.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace tricholog {

namespace {
// Axis titles must fit beside a short chart: compact names for the long metric labels.
QString axisName(Metric metric)
{
    switch (metric) {
    case Metric::MeanDiameter:
        return QCoreApplication::translate("ProgressChart", "Mean diameter");
    case Metric::CumulativeThickness:
        return QCoreApplication::translate("ProgressChart", "Cumulative thickness");
    default:
        return label(metric);
    }
}
} // namespace

double chartX(QDate date)
{
    return double(date.startOfDay().toMSecsSinceEpoch());
}

ChartData ChartData::build(const PatientRecord &record, Metric metric, bool percent, QDate today,
                           const QLocale &l, const QList<ScalpSite> &controlSites)
{
    ChartData data;
    data.metric = metric;
    data.percent = percent;
    data.locale = l;
    data.valueAxisTitle =
        // The metric is named in the percent view too: the density and diameter charts of the
        // pair would otherwise carry the same title.
        percent ? QCoreApplication::translate("ProgressChart", "%1: % change from baseline")
                      .arg(axisName(metric))
                : QStringLiteral("%1 (%2)").arg(axisName(metric), metricUnit(metric));

    double minY = 1e300, maxY = -1e300, minX = 1e300, maxX = -1e300;
    const auto all = progressBySite(record.measurements, metric);
    int visits = 0;
    QStringList zeroBaseline; // sites left out of the percent view
    for (const auto &s : all) {
        Series out;
        out.site = s.site;
        out.name = s.siteLabel.isEmpty() ? label(s.site)
                                         : label(s.site) + QStringLiteral(": ") + s.siteLabel;
        if (controlSites.contains(s.site))
            out.name = QCoreApplication::translate("ProgressChart", "%1 (control)").arg(out.name);
        out.baseline = percent ? 0.0 : s.baseline();
        for (const auto &p : s.points) {
            if (percent && !p.percentChange)
                continue; // baseline 0: no percent change to plot
            const double y = percent ? *p.percentChange : p.value;
            out.points << QPointF(chartX(p.date), y);
            out.tooltips << QCoreApplication::translate("ProgressChart",
                                                        "%1, %2\n%3\nChange from baseline: %4 (%5)")
                                .arg(out.name, dateText(p.date, l),
                                     formatMetric(metric, p.value, l),
                                     formatMetricChange(metric, p.change, l),
                                     formatPercentChange(p.percentChange, l));
            minY = std::min({minY, y, out.baseline});
            maxY = std::max({maxY, y, out.baseline});
            minX = std::min(minX, chartX(p.date));
            maxX = std::max(maxX, chartX(p.date));
        }
        visits = std::max(visits, int(s.points.size()));
        if (!out.points.isEmpty())
            data.series << out;
        else if (percent)
            zeroBaseline << out.name;
    }
    for (auto it = record.sessions.crbegin(); it != record.sessions.crend(); ++it) {
        const auto &s = *it;
        Marker m;
        m.when = s.performedAt.date().startOfDay();
        const QString adjuncts = SessionTableModel::adjunctsText(s);
        const QString when = dateText(s.performedAt.date(), l);
        const QString head =
            s.courseText().isEmpty()
                ? QCoreApplication::translate("ProgressChart", "Session on %1").arg(when)
                : QCoreApplication::translate("ProgressChart", "Session %1 on %2")
                      .arg(s.courseText(), when);
        m.tooltip =
            head + QLatin1Char('\n') +
            QCoreApplication::translate("ProgressChart", "%1, needle %2 mm")
                .arg(label(s.device), l.toString(s.needleLength.valueOr(0), 'f', 2)) +
            QLatin1Char('\n') +
            QCoreApplication::translate("ProgressChart", "Adjuncts: %1")
                .arg(adjuncts.isEmpty() ? QCoreApplication::translate("ProgressChart", "none")
                                        : adjuncts);
        data.sessions << m;
        minX = std::min(minX, double(m.when.toMSecsSinceEpoch()));
        maxX = std::max(maxX, double(m.when.toMSecsSinceEpoch()));
    }

    if (data.series.isEmpty()) {
        data.message = QCoreApplication::translate("ProgressChart", "No measurements of %1 yet.")
                           .arg(label(metric).toLower());
        minY = 0;
        maxY = percent ? 10 : 100;
        if (percent && !all.isEmpty())
            data.message = QCoreApplication::translate(
                               "ProgressChart", "No percent change: the baseline of %1 is 0.")
                               .arg(label(metric).toLower());
    } else if (visits < 2) {
        data.message = QCoreApplication::translate(
            "ProgressChart", "Baseline recorded: progress needs a second visit.");
    } else if (!zeroBaseline.isEmpty()) {
        data.message = QCoreApplication::translate(
                           "ProgressChart", "Not shown: %1 (baseline is 0, so no percent change).")
                           .arg(zeroBaseline.join(QStringLiteral(", ")));
    }
    if (minX > maxX) { // nothing dated at all
        minX = chartX(today) - 15 * 86400000.0;
        maxX = chartX(today) + 15 * 86400000.0;
    }
    // Pad the axes: a week either side, 10 % above and below (at least a few units).
    const double pad = std::max(7 * 86400000.0, (maxX - minX) * 0.04);
    data.minX = minX - pad;
    data.maxX = maxX + pad;
    const double span = std::max(maxY - minY, percent ? 10.0 : std::max(1.0, std::abs(maxY) * 0.1));
    data.minY = minY - span * 0.18; // room for the session markers at the bottom
    data.maxY = maxY + span * 0.1;
    if (!percent && minY >= 0 && data.minY < 0)
        data.minY = -span * 0.12; // markers sit just below zero
    return data;
}

} // namespace tricholog
