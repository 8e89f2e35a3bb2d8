#pragma once

#include "core/model/Enums.h"
#include "core/model/Measurement.h"

#include <QDate>
#include <QList>
#include <optional>

namespace tricholog {

inline constexpr double kDaysPerMonth = 30.4375;
inline constexpr double kDefaultResponderThresholdPercent = 10.0;
// The usual first end point of microneedling trials: no verdict before 12 weeks of follow-up.
inline constexpr int kDefaultMinFollowUpWeeks = 12;

struct ProgressPoint
{
    QDate date;
    double value = 0;
    double change = 0;                   // value - baseline
    std::optional<double> percentChange; // undefined when the baseline is 0
};

enum class ResponderStatus
{
    Responder,
    NonResponder,
    Undetermined, // fewer than two visits, or a baseline of 0
    TooEarly,     // followed for less than the minimum follow-up
    Control       // a control site (the untreated occipital donor area): no verdict
};

// How a site's response is judged: the threshold, the minimum follow-up before any verdict, and
// the control sites that get none and are left out of the patient's overall response.
struct VerdictRules
{
    double thresholdPercent = kDefaultResponderThresholdPercent;
    int minFollowUpWeeks = kDefaultMinFollowUpWeeks;
    QList<ScalpSite> controlSites{ScalpSite::Occipital};
    bool isControl(ScalpSite site) const { return controlSites.contains(site); }
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

// The verdict shown for a site: Control for a control site, TooEarly before the minimum
// follow-up (latest visit less than minFollowUpWeeks after the baseline), else responderStatus.
ResponderStatus siteVerdict(const ProgressSeries &series, const VerdictRules &rules);

QString responderText(ResponderStatus status);

// The series a headline quotes: the treated site followed longest (the occipital donor/reference
// site only when nothing else was measured). nullptr when there is none.
const ProgressSeries *primarySeries(const QList<ProgressSeries> &series);

// The patient's overall density response: the mean of the latest percent changes since baseline
// of the treated sites (every site with two visits and a baseline above 0, control sites left
// out). nullopt when no treated site has one. The patient list's density column shows it.
std::optional<double> headlineDensityChange(const QList<Measurement> &measurements,
                                            const QList<ScalpSite> &controlSites = {
                                                ScalpSite::Occipital});

} // namespace tricholog
