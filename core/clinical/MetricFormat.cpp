#include "core/clinical/MetricFormat.h"

#include "core/model/Quantity.h"

#include <QCoreApplication>

namespace tricholog {

QString metricUnit(Metric metric)
{
    switch (metric) {
    case Metric::Density:
        return HairDensity::unitSymbol();
    case Metric::MeanDiameter:
        return ShaftDiameter::unitSymbol();
    case Metric::TerminalPercent:
    case Metric::VellusPercent:
    case Metric::AnagenPercent:
    case Metric::TelogenPercent:
        return Percentage::unitSymbol();
    case Metric::HairCount:
        return QCoreApplication::translate("Keys", "hairs");
    case Metric::CumulativeThickness:
        return CumulativeHairThickness::unitSymbol();
    }
    return {};
}

int metricDecimals(Metric metric)
{
    switch (metric) {
    case Metric::HairCount:
        return 0;
    case Metric::CumulativeThickness:
        return 2;
    default:
        return 1;
    }
}

static QString withUnit(const QString &number, const QString &unit)
{
    if (unit == QLatin1String("%"))
        return number + QStringLiteral(" %");
    return number + QLatin1Char(' ') + unit;
}

QString formatMetricNumber(Metric metric, double value, const QLocale &locale, bool withSign)
{
    const QString sign = withSign && value > 0 ? QStringLiteral("+") : QString();
    return sign + locale.toString(value, 'f', metricDecimals(metric));
}

QString formatMetric(Metric metric, double value, const QLocale &locale)
{
    return withUnit(formatMetricNumber(metric, value, locale, false), metricUnit(metric));
}

QString formatMetricChange(Metric metric, double change, const QLocale &locale)
{
    return withUnit(formatMetricNumber(metric, change, locale, true), metricUnit(metric));
}

QString formatPercentChange(std::optional<double> percent, const QLocale &locale)
{
    if (!percent)
        return QCoreApplication::translate("Keys", "undefined (baseline is 0)");
    const QString sign = *percent > 0 ? QStringLiteral("+") : QString();
    return sign + locale.toString(*percent, 'f', 1) + QStringLiteral(" %");
}

QString formatRatePerMonth(Metric metric, std::optional<double> rate, const QLocale &locale)
{
    if (!rate)
        return QCoreApplication::translate("Keys", "needs two visits");
    return QCoreApplication::translate("Keys", "%1 per month")
        .arg(formatMetricChange(metric, *rate, locale));
}

} // namespace tricholog
