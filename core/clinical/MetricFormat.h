#pragma once

#include "core/model/Enums.h"

#include <QLocale>
#include <QString>
#include <optional>

namespace tricholog {

// How every number of a progress metric is written, on screen and in the report alike:
// locale-formatted, with its unit.
QString metricUnit(Metric metric); // "hairs/cm²", "µm", "%", "hairs", "mm/cm²"
int metricDecimals(Metric metric);
// The number alone, for tables whose header carries the unit; `withSign` puts "+" on gains.
QString formatMetricNumber(Metric metric, double value, const QLocale &locale = QLocale(),
                           bool withSign = false);
QString formatMetric(Metric metric, double value, const QLocale &locale = QLocale());
QString formatMetricChange(Metric metric, double change,
                           const QLocale &locale = QLocale()); // signed
// "+60.9 %", or "undefined (baseline is 0)" when there is no percent change.
QString formatPercentChange(std::optional<double> percent, const QLocale &locale = QLocale());
QString formatRatePerMonth(Metric metric, std::optional<double> rate,
                           const QLocale &locale = QLocale());

} // namespace tricholog
