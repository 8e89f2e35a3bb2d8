#pragma once

#include <QList>
#include <optional>

// The statistics of clinic outcomes (docs/OUTCOMES.md): Student's t quantiles, means with their
// 95 % confidence intervals, Wilson score intervals for rates, and Welch's two-sample t-test.
// The distributions come from Boost.Math (Debian's libboost-math-dev), not from tables.
namespace tricholog::cohort {

struct Interval
{
    double low = 0;
    double high = 0;
};

// The quantile of Student's t distribution with `degreesOfFreedom` (> 0) at probability p.
double tQuantile(double p, double degreesOfFreedom);

// Mean, standard deviation (n - 1) and the 95 % confidence interval of the mean (mean plus or
// minus t(0.975, n - 1) x SD / sqrt(n)); SD and interval empty for fewer than two values.
struct MeanSummary
{
    int n = 0;
    double mean = 0;
    std::optional<double> sd;
    std::optional<Interval> ci95;
};
MeanSummary summarise(const QList<double> &values);

// The 95 % Wilson score interval of a proportion successes / n, in 0-1; empty for n = 0.
std::optional<Interval> wilson(int successes, int n);

// Welch's t-test of a against b: the difference of means (a - b), its 95 % confidence interval
// with Welch-Satterthwaite degrees of freedom, and the two-sided p-value. Empty when either
// sample has fewer than two values or both have no spread.
struct WelchResult
{
    double difference = 0;
    Interval ci95;
    double t = 0;
    double degreesOfFreedom = 0;
    double pValue = 1;
};
std::optional<WelchResult> welch(const QList<double> &a, const QList<double> &b);

// A box plot's five figures (Tukey): quartiles by linear interpolation between order statistics
// (Hyndman and Fan type 7, R's and NumPy's default), whiskers at the most extreme values within
// 1.5 x IQR of the box; values beyond them are outliers. Empty for no values.
struct BoxSummary
{
    double lowWhisker = 0, q1 = 0, median = 0, q3 = 0, highWhisker = 0;
    QList<double> outliers; // ascending
};
std::optional<BoxSummary> boxOf(QList<double> values);

} // namespace tricholog::cohort
