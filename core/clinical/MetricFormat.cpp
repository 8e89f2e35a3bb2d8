#include "core/clinical/MetricFormat.h"

#include "core/model/MeasurementFields.h"
#include "core/model/Quantity.h"

#include <QCoreApplication>

namespace tricholog {

QString metricUnit(Metric metric)
{
    if (metric == Metric::CumulativeThickness)
        return CumulativeHairThickness::unitSymbol();
    const MeasurementField *field = measurementField(metric);
    return field ? field->unitText() : QString();
}

int metricDecimals(Metric metric)
{
    if (metric == Metric::CumulativeThickness)
        return 2;
    const MeasurementField *field = measurementField(metric);
    return field ? field->range.decimals : 1;
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
