#include "core/analysis/Calibration.h"

#include "core/analysis/ImageMat.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <optional>
#include <vector>

namespace tricholog::analysis {

namespace {

constexpr double kPi = 3.14159265358979323846;

Error invalid(const QString &message)
{
    return Error{Error::Kind::Validation, message, {}};
}

struct Candidate
{
    double angle = 0;  // radians, of the wave vector: along the ruler
    double period = 0; // pixels
    double power = 0;
};

// The strongest periodic patterns of the image: maxima of its spectrum with a period of 3 px to
// a quarter of the image.
std::vector<Candidate> spectrumPeaks(const cv::Mat &darkness)
{
    cv::Mat d = darkness - cv::mean(darkness)[0];
    cv::Mat window;
    cv::createHanningWindow(window, d.size(), CV_32F);
    d = d.mul(window);
    // Padded with zeros to a size the transform is fast for (a prime side is very slow).
    cv::copyMakeBorder(d, d, 0, cv::getOptimalDFTSize(d.rows) - d.rows, 0,
                       cv::getOptimalDFTSize(d.cols) - d.cols, cv::BORDER_CONSTANT, 0);
    cv::Mat spectrum;
    cv::dft(d, spectrum, cv::DFT_COMPLEX_OUTPUT);
    std::vector<cv::Mat> parts;
    cv::split(spectrum, parts);
    cv::Mat power;
    cv::magnitude(parts[0], parts[1], power);
    const int w = d.cols, h = d.rows;
    const double longest = std::min(w, h) / 4.0;
    std::vector<Candidate> all;
    for (int v = 0; v < h; ++v)
        for (int u = 0; u <= w / 2; ++u) {
            const double fu = double(u) / w, fv = double(v <= h / 2 ? v : v - h) / h;
            const double f = std::hypot(fu, fv);
            if (f <= 0 || 1 / f < 3 || 1 / f > longest)
                continue;
            const float p = power.at<float>(v, u);
            // A local maximum among its eight neighbours.
            bool peak = true;
            for (int dv = -1; dv <= 1 && peak; ++dv)
                for (int du = -1; du <= 1 && peak; ++du) {
                    if (!du && !dv)
                        continue;
                    const int vv = (v + dv + h) % h, uu = u + du;
                    if (uu >= 0 && uu <= w / 2 && power.at<float>(vv, uu) > p)
                        peak = false;
                }
            if (peak)
                all.push_back({std::atan2(fv, fu), 1 / f, p});
        }
    std::sort(all.begin(), all.end(),
              [](const Candidate &a, const Candidate &b) { return a.power > b.power; });
    if (all.size() > 8)
        all.resize(8);
    return all;
}

struct Fit
{
    int ticks = 0;
    int expected = 0;
    double spacing = 0;
    double standardError = 0;
};

// The darkness along the ruler (every pixel projected on its axis, 0.25 px bins), then each
// tick's centre near where the period puts it, then a straight-line fit of centre on number.
// The darkness along a direction: every `step`-th pixel projected on it, averaged in bins.
struct Projection
{
    double t0 = 0;  // pixels along the direction at bin 0
    double bin = 0; // bin width in pixels
    std::vector<double> mean, count;
};

Projection project(const cv::Mat &darkness, double angle, double bin, int step)
{
    const double ax = std::cos(angle), ay = std::sin(angle);
    const double corners[] = {0, darkness.cols * ax, darkness.rows * ay,
                              darkness.cols * ax + darkness.rows * ay};
    Projection p;
    p.t0 = *std::min_element(std::begin(corners), std::end(corners));
    p.bin = bin;
    const double t1 = *std::max_element(std::begin(corners), std::end(corners));
    const size_t bins = size_t((t1 - p.t0) / bin) + 2;
    p.mean.assign(bins, 0);
    p.count.assign(bins, 0);
    for (int y = 0; y < darkness.rows; y += step) {
        const float *row = darkness.ptr<float>(y);
        for (int x = 0; x < darkness.cols; x += step) {
            const size_t k = size_t((x * ax + y * ay - p.t0) / bin);
            p.mean[k] += row[x];
            p.count[k] += 1;
        }
    }
    for (size_t k = 0; k < bins; ++k)
        if (p.count[k] > 0)
            p.mean[k] /= p.count[k];
    return p;
}

// The phase (in bins) at which ticks one period apart are darkest together.
double darkestPhase(const std::vector<double> &profile, double periodBins)
{
    double bestPhase = 0, bestSum = -1e300;
    for (int phase = 0; phase < int(std::lround(periodBins)); ++phase) {
        double s = 0;
        for (double k = phase; k < double(profile.size()); k += periodBins)
            s += profile[size_t(k)];
        if (s > bestSum) {
            bestSum = s;
            bestPhase = phase;
        }
    }
    return bestPhase;
}

Fit fitTicks(const cv::Mat &darkness, const Candidate &c)
{
    const Projection projection = project(darkness, c.angle, 0.25, 1);
    const std::vector<double> &profile = projection.mean, &count = projection.count;
    const double t0 = projection.t0, bin = projection.bin;
    const int bins = int(profile.size());
    const double bestPhase = darkestPhase(profile, c.period / bin);
    const int periodBins = int(std::lround(c.period / bin));
    // Noise: the spread of neighbouring differences.
    std::vector<double> diffs;
    for (size_t k = 1; k < profile.size(); ++k)
        if (count[k] > 20 && count[k - 1] > 20)
            diffs.push_back(std::abs(profile[k] - profile[k - 1]));
    std::nth_element(diffs.begin(), diffs.begin() + long(diffs.size() / 2), diffs.end());
    const double noise = diffs.empty() ? 0 : diffs[diffs.size() / 2] * 1.4826;
    // A tick stands out from the scale between the ticks: its darkest bin reaches a quarter of
    // the way from the profile's median to its darkest.
    std::vector<double> levels;
    for (size_t k = 0; k < profile.size(); ++k)
        if (count[k] > 20)
            levels.push_back(profile[k]);
    std::sort(levels.begin(), levels.end());
    const double median = levels.empty() ? 0 : levels[levels.size() / 2];
    const double darkest = levels.empty() ? 0 : levels[size_t(0.998 * double(levels.size() - 1))];
    const double tickLevel = median + 0.25 * (darkest - median);
    // The centre (pixels along the ruler) of a tick within `reach` bins of bin `at`, if one is
    // there.
    auto centreNear = [&](double at, int reach) -> std::optional<double> {
        const int from = int(at) - reach, to = int(at) + reach;
        if (from < 0 || to >= bins || count[size_t(at)] < 20)
            return std::nullopt;
        double low = 1e300, high = -1e300;
        for (int k = from; k <= to; ++k) {
            low = std::min(low, profile[size_t(k)]);
            high = std::max(high, profile[size_t(k)]);
        }
        if (high - low < std::max(4 * noise, 1e-4) || high < tickLevel)
            return std::nullopt;
        double weight = 0, moment = 0;
        for (int k = from; k <= to; ++k) {
            const double v = profile[size_t(k)] - (low + high) / 2;
            if (v > 0) {
                weight += v;
                moment += v * k;
            }
        }
        if (weight <= 0)
            return std::nullopt;
        return t0 + (moment / weight + 0.5) * bin;
    };
    Fit fit;
    std::vector<std::pair<double, double>> points; // (tick number, centre in pixels)
    const int reach = std::max(2, periodBins / 4);
    for (int n = 0;; ++n) {
        const double expectedBin = bestPhase + n * c.period / bin;
        if (expectedBin + reach >= bins)
            break;
        if (expectedBin - reach < 0 || count[size_t(expectedBin)] < 20)
            continue;
        ++fit.expected;
        if (const auto centre = centreNear(expectedBin, reach))
            points.emplace_back(n, *centre);
    }
    fit.ticks = int(points.size());
    if (fit.ticks < 4)
        return fit;
    // Ticks found only at every second (third...) position: the period was a fraction of the
    // spacing (a harmonic); numbered again, one number a tick.
    int step = 0;
    for (const auto &point : points)
        step = std::gcd(step, int(point.first - points.front().first));
    if (step > 1) {
        const double first = points.front().first;
        for (auto &point : points)
            point.first = (point.first - first) / step;
    }
    double mn = 0, snn = 0, mt = 0;
    auto line = [&] {
        mn = mt = snn = 0;
        for (const auto &[n, t] : points) {
            mn += n;
            mt += t;
        }
        mn /= double(points.size());
        mt /= double(points.size());
        double snt = 0;
        for (const auto &[n, t] : points) {
            snn += (n - mn) * (n - mn);
            snt += (n - mn) * (t - mt);
        }
        fit.spacing = snt / snn;
    };
    line();
    // Twice more, each tick looked for where the line puts it, in a window a quarter of the
    // spacing wide: a window off centre would pull the centre towards the expected place.
    for (int pass = 0; pass < 2; ++pass) {
        const int around = std::max(2, int(fit.spacing / bin / 4));
        for (auto &[n, t] : points)
            if (const auto centre =
                    centreNear((mt + fit.spacing * (n - mn) - t0) / bin - 0.5, around))
                t = *centre;
        line();
    }
    double residual = 0;
    for (const auto &[n, t] : points) {
        const double r = t - (mt + fit.spacing * (n - mn));
        residual += r * r;
    }
    fit.standardError = std::sqrt(residual / (fit.ticks - 2) / snn);
    return fit;
}

// The direction, within 4 degrees of the candidate's, in which the ticks' projection is
// sharpest (the largest variance of the darkness along the ruler; every fourth pixel).
double sharpestAngle(const cv::Mat &darkness, const Candidate &c)
{
    double best = c.angle, bestScore = -1;
    for (int step = -40; step <= 40; ++step) {
        const double a = c.angle + step * 0.1 * kPi / 180;
        const Projection p = project(darkness, a, 0.5, 4);
        double total = 0, squares = 0, n = 0;
        for (size_t k = 0; k < p.mean.size(); ++k) {
            total += p.mean[k] * p.count[k];
            squares += p.mean[k] * p.mean[k] * p.count[k];
            n += p.count[k];
        }
        const double score = squares / n - (total / n) * (total / n);
        if (score > bestScore) {
            bestScore = score;
            best = a;
        }
    }
    return best;
}

} // namespace

Result<ScaleMeasurement> measureScale(const QImage &image, double divisionMm)
{
    if (!(divisionMm == 0.1 || divisionMm == 1))
        return invalid(QCoreApplication::translate(
                           "Analysis", "The ruler's division must be 0.1 or 1 mm (given: %1).")
                           .arg(divisionMm));
    if (image.width() < 64 || image.height() < 64)
        return invalid(QCoreApplication::translate(
            "Analysis", "The ruler image is too small: at least 64 x 64 pixels are needed."));
    const cv::Mat darkness = 1 - detail::greyFloat(image);
    Fit best;
    Candidate chosen;
    for (const Candidate &c : spectrumPeaks(darkness)) {
        const Fit fit = fitTicks(darkness, c);
        // A multiple of the period finds fewer ticks; a fraction of it finds the same ones.
        if (fit.ticks < 4)
            continue;
        // The same ticks fitted at a fraction of their spacing are a harmonic: the fundamental
        // explains them with the largest spacing.
        if (fit.ticks > best.ticks || (fit.ticks == best.ticks && fit.spacing > best.spacing)) {
            best = fit;
            chosen = c;
        }
    }
    if (best.ticks < 4)
        return invalid(QCoreApplication::translate(
            "Analysis", "No regular tick marks were found: the image needs at least four ticks "
                        "of the ruler, in focus, across the field."));
    // The spectrum's bins make the direction coarse when the ticks are few: turned until the
    // ticks project sharpest, then fitted again.
    chosen.angle = sharpestAngle(darkness, chosen);
    if (const Fit refined = fitTicks(darkness, chosen); refined.ticks >= best.ticks)
        best = refined;
    ScaleMeasurement m;
    m.spacingPx = best.spacing;
    m.umPerPx = divisionMm * 1000 / best.spacing;
    m.uncertaintyUmPerPx = divisionMm * 1000 * best.standardError / (best.spacing * best.spacing);
    double degrees = chosen.angle * 180 / kPi;
    while (degrees <= -90)
        degrees += 180;
    while (degrees > 90)
        degrees -= 180;
    m.angleDegrees = degrees;
    m.ticks = best.ticks;
    return m;
}

QImage makeRuler(int width, int height, double umPerPx, double divisionMm, double angleDegrees,
                 quint32 seed)
{
    cv::RNG rng(0x51ED270B2718ULL ^ seed);
    const double period = divisionMm * 1000 / umPerPx;
    const double a = angleDegrees * kPi / 180;
    const double ax = std::cos(a), ay = std::sin(a);
    const double tickWidth = std::max(1.5, 12 / umPerPx * (divisionMm >= 1 ? 2 : 1));
    const double phase = rng.uniform(0.0, period);
    const double base = 0.1 * std::min(width, height);
    cv::Mat g(height, width, CV_32F);
    for (int y = 0; y < height; ++y) {
        float *row = g.ptr<float>(y);
        for (int x = 0; x < width; ++x) {
            // t along the ruler, s across it (from the scale's edge, near one side).
            const double t = (x - width / 2.0) * ax + (y - height / 2.0) * ay;
            const double s = -(x - width / 2.0) * ay + (y - height / 2.0) * ax + height / 2.0;
            const double n = std::round((t - phase) / period);
            const double off = std::abs(t - phase - n * period);
            const long k = long(n);
            const double length = base * (k % 10 == 0 ? 3.5 : k % 5 == 0 ? 2.5 : 1.5);
            const double cover = std::clamp(tickWidth / 2 - off + 0.5, 0.0, 1.0) *
                                 std::clamp(std::min(s - base, base + length - s) + 0.5, 0.0, 1.0);
            row[x] = float(0.86 + 0.04 * x / width - 0.7 * cover);
        }
    }
    cv::GaussianBlur(g, g, cv::Size(), 0.8);
    cv::Mat noise(g.size(), CV_32F);
    rng.fill(noise, cv::RNG::NORMAL, 0.0, 2.0 / 255);
    g += noise;
    QImage out(width, height, QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y) {
        const float *src = g.ptr<float>(y);
        uchar *dst = out.scanLine(y);
        for (int x = 0; x < width; ++x)
            dst[x] = uchar(std::clamp(std::lround(src[x] * 255), 0L, 255L));
    }
    return out;
}

} // namespace tricholog::analysis
