#include "core/clinical/CohortStats.h"

#include <algorithm>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>

namespace tricholog::cohort {

namespace {

double variance(const QList<double> &values, double mean)
{
    double squares = 0;
    for (double v : values)
        squares += (v - mean) * (v - mean);
    return squares / double(values.size() - 1);
}

double meanOf(const QList<double> &values)
{
    double sum = 0;
    for (double v : values)
        sum += v;
    return values.isEmpty() ? 0 : sum / double(values.size());
}

} // namespace

double tQuantile(double p, double degreesOfFreedom)
{
    return boost::math::quantile(boost::math::students_t_distribution<double>(degreesOfFreedom), p);
}

MeanSummary summarise(const QList<double> &values)
{
    MeanSummary s;
    s.n = int(values.size());
    s.mean = meanOf(values);
    if (s.n < 2)
        return s;
    s.sd = std::sqrt(variance(values, s.mean));
    const double half = tQuantile(0.975, s.n - 1) * *s.sd / std::sqrt(double(s.n));
    s.ci95 = Interval{s.mean - half, s.mean + half};
    return s;
}

std::optional<Interval> wilson(int successes, int n)
{
    if (n <= 0)
        return std::nullopt;
    const double z = boost::math::quantile(boost::math::normal_distribution<double>(), 0.975);
    const double p = double(successes) / n, z2 = z * z;
    const double centre = (p + z2 / (2.0 * n)) / (1 + z2 / n);
    const double half = z / (1 + z2 / n) * std::sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    return Interval{std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

std::optional<WelchResult> welch(const QList<double> &a, const QList<double> &b)
{
    if (a.size() < 2 || b.size() < 2)
        return std::nullopt;
    const double ma = meanOf(a), mb = meanOf(b);
    const double va = variance(a, ma) / double(a.size()), vb = variance(b, mb) / double(b.size());
    const double se2 = va + vb;
    if (se2 <= 0)
        return std::nullopt;
    WelchResult r;
    r.difference = ma - mb;
    r.degreesOfFreedom =
        se2 * se2 / (va * va / double(a.size() - 1) + vb * vb / double(b.size() - 1));
    const double se = std::sqrt(se2);
    r.t = r.difference / se;
    const boost::math::students_t_distribution<double> t(r.degreesOfFreedom);
    r.pValue = 2 * boost::math::cdf(boost::math::complement(t, std::abs(r.t)));
    const double half = boost::math::quantile(t, 0.975) * se;
    r.ci95 = Interval{r.difference - half, r.difference + half};
    return r;
}

std::optional<BoxSummary> boxOf(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    auto quantile = [&values](double p) {
        const double h = (values.size() - 1) * p; // type 7
        const auto lo = qsizetype(std::floor(h));
        const qsizetype hi = std::min(lo + 1, values.size() - 1);
        return values[lo] + (h - double(lo)) * (values[hi] - values[lo]);
    };
    BoxSummary b;
    b.q1 = quantile(0.25);
    b.median = quantile(0.5);
    b.q3 = quantile(0.75);
    const double reach = 1.5 * (b.q3 - b.q1);
    b.lowWhisker = b.q1;
    b.highWhisker = b.q3;
    for (double v : std::as_const(values)) {
        if (v < b.q1 - reach || v > b.q3 + reach) {
            b.outliers << v;
            continue;
        }
        b.lowWhisker = std::min(b.lowWhisker, v);
        b.highWhisker = std::max(b.highWhisker, v);
    }
    return b;
}

} // namespace tricholog::cohort
