#pragma once

#include "model/Enums.h"
#include "model/Measurement.h"

#include <QDate>
#include <QList>

#include <optional>

namespace tricholog {

inline constexpr double kDaysPerMonth = 30.4375;
inline constexpr double kDefaultResponderThresholdPercent = 10.0;

struct ProgressPoint
{
    QDate date;
    double value = 0;
    double change = 0;                   // value - baseline
    std::optional<double> percentChange; // undefined when the baseline is 0
};

enum class ResponderStatus {
    Responder,
    NonResponder,
    Undetermined // fewer than two visits, or a baseline of 0
};

// The progress of one metric at one site, in date order (DOMAIN.md "Progress").
struct ProgressSeries
{
    Metric metric = Metric::Density;
    ScalpSite site = ScalpSite::Vertex;
    QString siteLabel; // for named target areas
    QList<ProgressPoint> points;

    bool isEmpty() const { return points.isEmpty(); }
    bool hasProgress() const { return points.size() >= 2; }
    double baseline() const { return points.first().value; }
    const ProgressPoint &latest() const { return points.last(); }
    bool baselineIsZero() const { return !points.isEmpty() && points.first().value == 0.0; }
    // Least-squares slope of value against time in months (days / 30.4375); nullopt with fewer
    // than two distinct dates.
    std::optional<double> ratePerMonth;
};

// Builds the series of `metric` at `site` from a patient's measurements (any order; measurements
// of other sites or without the metric are skipped). Two measurements of the same site on the
// same day are averaged, so a repeated count does not create a second "visit".
ProgressSeries progressSeries(const QList<Measurement> &measurements, Metric metric, ScalpSite site,
                              const QString &siteLabel = {});

// One series per site that has the metric, in the site order of ScalpSite.
QList<ProgressSeries> progressBySite(const QList<Measurement> &measurements, Metric metric);

std::optional<double> leastSquaresSlopePerMonth(const QList<ProgressPoint> &points);

// Responder: percent change at the latest visit >= threshold (default 10 % density gain).
ResponderStatus responderStatus(const ProgressSeries &series,
                                double thresholdPercent = kDefaultResponderThresholdPercent);

QString responderText(ResponderStatus status);

// The series a headline quotes: the treated site followed longest (the occipital donor/reference
// site only when nothing else was measured). nullptr when there is none.
const ProgressSeries *primarySeries(const QList<ProgressSeries> &series);

// Percent change of density since baseline at the primary site; nullopt before a second visit
// or with a zero baseline.
std::optional<double> headlineDensityChange(const QList<Measurement> &measurements);

} // namespace tricholog
