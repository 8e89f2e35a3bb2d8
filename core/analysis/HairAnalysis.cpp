#include "core/analysis/HairAnalysis.h"

#include "core/analysis/ImageMat.h"
#include "core/analysis/ShaftGraph.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>
#include <QLineF>
#include <algorithm>
#include <cmath>
#include <map>
#include <new>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <optional>
#include <set>
#include <tuple>

namespace tricholog::analysis {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kWidestShaftUm = 130; // the background estimate removes anything narrower

Error invalid(const QString &message)
{
    return Error{Error::Kind::Validation, message, {}};
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    const auto mid = v.begin() + v.size() / 2;
    std::nth_element(v.begin(), mid, v.end());
    if (v.size() % 2)
        return *mid;
    return (*mid + *std::max_element(v.begin(), mid)) / 2;
}

double quantile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    const auto at = v.begin() + std::min(v.size() - 1, size_t(q * double(v.size())));
    std::nth_element(v.begin(), at, v.end());
    return *at;
}

float bilinear(const cv::Mat &m, float x, float y)
{
    x = std::clamp(x, 0.0f, float(m.cols - 1.001));
    y = std::clamp(y, 0.0f, float(m.rows - 1.001));
    const int x0 = int(x), y0 = int(y);
    const float fx = x - float(x0), fy = y - float(y0);
    const float *r0 = m.ptr<float>(y0);
    const float *r1 = m.ptr<float>(y0 + 1);
    return (1 - fy) * ((1 - fx) * r0[x0] + fx * r0[x0 + 1]) +
           fy * ((1 - fx) * r1[x0] + fx * r1[x0 + 1]);
}

// The skin without the shafts: a closing (dark thin structures removed) at a quarter of the
// size, smoothed and scaled back. Darkness is then measured relative to it, which cancels
// uneven light and vignetting.
cv::Mat background(const cv::Mat &grey, double umPerPx)
{
    // A quarter of the size, or smaller still at a fine scale, so that the disc stays under
    // about 40 px (its cost grows with its area).
    const double disc = 2.5 * kWidestShaftUm / umPerPx;
    const int factor =
        grey.cols >= 400 && grey.rows >= 400 ? std::max(4, int(std::ceil(disc / 40))) : 1;
    cv::Mat small;
    cv::resize(grey, small,
               cv::Size(std::max(1, grey.cols / factor), std::max(1, grey.rows / factor)), 0, 0,
               cv::INTER_AREA);
    const int k = std::max(3, int(std::ceil(disc / factor)) | 1);
    cv::morphologyEx(small, small, cv::MORPH_CLOSE,
                     cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(k, k)));
    cv::GaussianBlur(small, small, cv::Size(), k / 6.0);
    cv::Mat out;
    cv::resize(small, out, grey.size(), 0, 0, cv::INTER_LINEAR);
    return out;
}

struct Profile
{
    double integral = 0; // darkness integrated across the shaft, in pixels
    double peak = 0;
};

// The darkness across the shaft at `p` (direction `n`, unit normal), integrated over the
// shaft and its blurred edges, minus the skin's level at both sides. Empty when something else
// dark lies at a side (another shaft crossing, a pore).
std::optional<Profile> crossProfile(const cv::Mat &contrast, const cv::Mat &mask, cv::Point2f p,
                                    cv::Point2f n, float halfWidth)
{
    const float reach = halfWidth + 6;
    const int steps = int(std::ceil(reach / 0.5f));
    for (float side : {-1.0f, 1.0f}) {
        const cv::Point2f q = p + n * (side * (reach + 0.5f));
        const int x = int(std::lround(q.x)), y = int(std::lround(q.y));
        if (x < 0 || y < 0 || x >= mask.cols || y >= mask.rows || mask.at<uchar>(y, x))
            return std::nullopt;
    }
    std::vector<float> values;
    values.reserve(size_t(2 * steps + 1));
    for (int i = -steps; i <= steps; ++i) {
        const cv::Point2f q = p + n * (0.5f * float(i));
        values.push_back(bilinear(contrast, q.x, q.y));
    }
    double base = 0;
    for (int i = 0; i < 4; ++i)
        base += values[size_t(i)] + values[values.size() - 1 - size_t(i)];
    base /= 8;
    Profile out;
    for (float v : values) {
        out.integral += (v - base) * 0.5;
        out.peak = std::max(out.peak, double(v) - base);
    }
    return out;
}

struct Measured
{
    std::vector<cv::Point2f> points;
    double lengthPx = 0;
    double integral = 0;
    double peak = 0;
    double halfWidth = 0;
    int unit = 0;
    bool freeStart = true, freeEnd = true;
};

// Lengthens a free end by the half width the thinning took off it.
void extendEnds(detail::ShaftPath &path, const cv::Mat &hw)
{
    auto &pts = path.points;
    if (pts.size() < 3)
        return;
    auto extend = [&](bool atStart) {
        const cv::Point2f end = atStart ? pts.front() : pts.back();
        const size_t k = std::min<size_t>(pts.size() - 1, 6);
        const cv::Point2f inner = atStart ? pts[k] : pts[pts.size() - 1 - k];
        cv::Point2f d = end - inner;
        const float len = std::hypot(d.x, d.y);
        if (len <= 0)
            return;
        const float by = hw.at<float>(int(std::lround(end.y)), int(std::lround(end.x)));
        cv::Point2f tip = end + d / len * by;
        tip.x = std::clamp(tip.x, 0.0f, float(hw.cols - 1));
        tip.y = std::clamp(tip.y, 0.0f, float(hw.rows - 1));
        if (atStart)
            pts.insert(pts.begin(), tip);
        else
            pts.push_back(tip);
    };
    if (path.freeStart)
        extend(true);
    if (path.freeEnd)
        extend(false);
}

// The outward direction at one end of a path, from the shaft a little inside (the last few
// points may bend into a crossing).
cv::Point2f endDirection(const std::vector<cv::Point2f> &pts, bool atStart)
{
    const size_t n = pts.size();
    const size_t near = std::min<size_t>(n - 1, 12), far = std::min<size_t>(n - 1, 32);
    const cv::Point2f a = atStart ? pts[near] : pts[n - 1 - near];
    const cv::Point2f b = atStart ? pts[far] : pts[n - 1 - far];
    const cv::Point2f d = a - b;
    const float len = std::hypot(d.x, d.y);
    return len > 0 ? d / len : cv::Point2f(0, 0);
}

// Joins pieces of one shaft that a crossing left apart: two ends close together, pointing at
// each other in a straight line.
void joinPieces(std::vector<detail::ShaftPath> &paths, const cv::Mat &hw)
{
    auto halfAt = [&](cv::Point2f p) {
        return hw.at<float>(std::clamp(int(std::lround(p.y)), 0, hw.rows - 1),
                            std::clamp(int(std::lround(p.x)), 0, hw.cols - 1));
    };
    for (int pass = 0; pass < 3; ++pass) {
        struct Candidate
        {
            float distance;
            int a, b;
            bool aStart, bStart;
        };
        std::vector<Candidate> candidates;
        for (int a = 0; a < int(paths.size()); ++a)
            for (int b = a + 1; b < int(paths.size()); ++b)
                for (bool aStart : {true, false})
                    for (bool bStart : {true, false}) {
                        const auto &pa = paths[size_t(a)].points, &pb = paths[size_t(b)].points;
                        if (pa.size() < 3 || pb.size() < 3)
                            continue;
                        const cv::Point2f ea = aStart ? pa.front() : pa.back();
                        const cv::Point2f eb = bStart ? pb.front() : pb.back();
                        const cv::Point2f v = eb - ea;
                        const float d = std::hypot(v.x, v.y);
                        const float half = std::max(halfAt(ea), halfAt(eb));
                        if (d > 2 * half + 20)
                            continue;
                        const cv::Point2f da = endDirection(pa, aStart);
                        const cv::Point2f db = endDirection(pb, bStart);
                        if (da.dot(db) > -0.9f)
                            continue;
                        // B's end lies on A's line, ahead of A's end (or just behind it).
                        const float along = v.dot(da);
                        const float aside = std::abs(v.x * da.y - v.y * da.x);
                        if (along < -(2 * half + 4) || aside > half + 3)
                            continue;
                        candidates.push_back({d, a, b, aStart, bStart});
                    }
        if (candidates.empty())
            return;
        std::stable_sort(
            candidates.begin(), candidates.end(),
            [](const Candidate &x, const Candidate &y) { return x.distance < y.distance; });
        std::vector<char> used(paths.size(), 0);
        for (const Candidate &c : candidates) {
            if (used[size_t(c.a)] || used[size_t(c.b)])
                continue;
            used[size_t(c.a)] = used[size_t(c.b)] = 1;
            detail::ShaftPath &a = paths[size_t(c.a)];
            detail::ShaftPath &b = paths[size_t(c.b)];
            if (c.aStart) {
                std::reverse(a.points.begin(), a.points.end());
                std::swap(a.freeStart, a.freeEnd);
            }
            if (!c.bStart) {
                std::reverse(b.points.begin(), b.points.end());
                std::swap(b.freeStart, b.freeEnd);
            }
            a.points.insert(a.points.end(), b.points.begin(), b.points.end());
            a.freeEnd = b.freeEnd;
            const int from = b.unit, to = a.unit;
            for (auto &p : paths)
                if (p.unit == from)
                    p.unit = to;
            b.points.clear();
        }
        paths.erase(std::remove_if(paths.begin(), paths.end(),
                                   [](const detail::ShaftPath &p) { return p.points.empty(); }),
                    paths.end());
    }
}

double polylineLength(const std::vector<cv::Point2f> &pts)
{
    // Every fourth point: the staircase of a thinned line would add about 8 %.
    double len = 0;
    size_t last = 0;
    for (size_t i = 4; i < pts.size() + 3; i += 4) {
        const size_t j = std::min(i, pts.size() - 1);
        if (j == last)
            break;
        len += std::hypot(pts[j].x - pts[last].x, pts[j].y - pts[last].y);
        last = j;
    }
    return len;
}

Measured measure(const detail::ShaftPath &path, const cv::Mat &contrast, const cv::Mat &mask,
                 const cv::Mat &hw)
{
    Measured m;
    m.points = path.points;
    m.unit = path.unit;
    m.freeStart = path.freeStart;
    m.freeEnd = path.freeEnd;
    m.lengthPx = polylineLength(m.points);
    const int n = int(m.points.size());
    std::vector<double> integrals, peaks, halves;
    const int margin = std::max(4, n / 5);
    for (int i = margin; i < n - margin; i += 2) {
        const cv::Point2f a = m.points[size_t(std::max(0, i - 3))];
        const cv::Point2f b = m.points[size_t(std::min(n - 1, i + 3))];
        cv::Point2f t = b - a;
        const float len = std::hypot(t.x, t.y);
        if (len <= 0)
            continue;
        t /= len;
        const cv::Point2f p = m.points[size_t(i)];
        const float half = hw.at<float>(std::clamp(int(std::lround(p.y)), 0, hw.rows - 1),
                                        std::clamp(int(std::lround(p.x)), 0, hw.cols - 1));
        const auto profile = crossProfile(contrast, mask, p, cv::Point2f(-t.y, t.x), half);
        if (!profile)
            continue;
        integrals.push_back(profile->integral);
        peaks.push_back(profile->peak);
        halves.push_back(half);
    }
    m.integral = median(integrals);
    m.peak = median(peaks);
    m.halfWidth = median(halves);
    if (integrals.empty()) {
        // Every profile touched something else: the mask's width stands in.
        for (int i = 0; i < n; ++i) {
            const cv::Point2f p = m.points[size_t(i)];
            halves.push_back(hw.at<float>(std::clamp(int(std::lround(p.y)), 0, hw.rows - 1),
                                          std::clamp(int(std::lround(p.x)), 0, hw.cols - 1)));
        }
        m.halfWidth = median(halves);
        m.integral = -1;
    }
    return m;
}

// The darkness of a whole shaft: the peak of the shafts wide enough for blur not to lower it.
double shaftContrast(const std::vector<Measured> &hairs, double fallback)
{
    std::vector<double> wide, all;
    for (const Measured &m : hairs) {
        if (m.integral < 0)
            continue;
        all.push_back(m.peak);
        if (m.halfWidth >= 3.5)
            wide.push_back(m.peak);
    }
    if (wide.size() >= 3)
        return median(wide);
    if (!all.empty())
        return quantile(all, 0.9);
    return fallback;
}

QPointF toQt(cv::Point2f p)
{
    // One decimal: the JSON and the overlay are the same on every machine.
    return QPointF(std::round(double(p.x) * 10) / 10, std::round(double(p.y) * 10) / 10);
}

} // namespace

bool AnalysisField::contains(QPointF p, QSize image) const
{
    switch (shape) {
    case Shape::Whole:
        return p.x() >= 0 && p.y() >= 0 && p.x() < image.width() && p.y() < image.height();
    case Shape::Rectangle:
        return p.x() >= rect.left() && p.y() >= rect.top() && p.x() < rect.right() &&
               p.y() < rect.bottom();
    case Shape::Circle:
        return std::hypot(p.x() - centre.x(), p.y() - centre.y()) <= radius;
    case Shape::Polygon:
        return polygon.containsPoint(p, Qt::OddEvenFill);
    }
    return false;
}

double AnalysisField::areaPx(QSize image) const
{
    switch (shape) {
    case Shape::Whole:
        return double(image.width()) * image.height();
    case Shape::Rectangle:
        return rect.width() * rect.height();
    case Shape::Circle:
        return kPi * radius * radius;
    case Shape::Polygon: {
        double twice = 0; // the shoelace formula
        for (qsizetype i = 0; i < polygon.size(); ++i) {
            const QPointF &p = polygon[i], &q = polygon[(i + 1) % polygon.size()];
            twice += p.x() * q.y() - q.x() * p.y();
        }
        return std::abs(twice) / 2;
    }
    }
    return 0;
}

QPainterPath AnalysisField::outline() const
{
    QPainterPath path;
    switch (shape) {
    case Shape::Whole:
        break;
    case Shape::Rectangle:
        path.addRect(rect);
        break;
    case Shape::Circle:
        path.addEllipse(centre, radius, radius);
        break;
    case Shape::Polygon:
        path.addPolygon(polygon);
        path.closeSubpath();
        break;
    }
    return path;
}

QPointF Hair::midpoint() const
{
    if (path.isEmpty())
        return (a + b) / 2;
    double total = 0;
    for (qsizetype i = 1; i < path.size(); ++i)
        total += QLineF(path[i - 1], path[i]).length();
    double walked = 0;
    for (qsizetype i = 1; i < path.size(); ++i) {
        const double step = QLineF(path[i - 1], path[i]).length();
        if (walked + step >= total / 2 && step > 0)
            return path[i - 1] + (path[i] - path[i - 1]) * ((total / 2 - walked) / step);
        walked += step;
    }
    return path.last();
}

Result<void> checkOptions(const AnalysisOptions &o, QSize size)
{
    if (size.isEmpty())
        return invalid(QCoreApplication::translate("Analysis", "The image is empty."));
    if (qint64(size.width()) * size.height() > kMaxPixels)
        return invalid(QCoreApplication::translate(
                           "Analysis", "The image has %1 megapixels; at most %2 can be analysed.")
                           .arg(double(size.width()) * size.height() / 1e6, 0, 'f', 1)
                           .arg(kMaxPixels / 1'000'000));
    if (!std::isfinite(o.umPerPx) || o.umPerPx < 0.2 || o.umPerPx > 50)
        return invalid(QCoreApplication::translate(
                           "Analysis",
                           "The scale must be between 0.2 and 50 micrometres per pixel (given: "
                           "%1).")
                           .arg(o.umPerPx));
    if (!(o.vellusBelowUm > 0 && o.terminalFromUm <= 300 && o.vellusBelowUm <= o.terminalFromUm))
        return invalid(QCoreApplication::translate(
                           "Analysis",
                           "The vellus threshold (%1 um) must be above 0 and at most the terminal "
                           "threshold (%2 um, at most 300).")
                           .arg(o.vellusBelowUm)
                           .arg(o.terminalFromUm));
    const QRectF image(0, 0, size.width(), size.height());
    switch (o.field.shape) {
    case AnalysisField::Shape::Whole:
        break;
    case AnalysisField::Shape::Rectangle:
        if (o.field.rect.width() < 1 || o.field.rect.height() < 1 || !image.contains(o.field.rect))
            return invalid(
                QCoreApplication::translate(
                    "Analysis", "The field %1,%2,%3,%4 does not lie inside the %5 x %6 image.")
                    .arg(o.field.rect.x())
                    .arg(o.field.rect.y())
                    .arg(o.field.rect.width())
                    .arg(o.field.rect.height())
                    .arg(size.width())
                    .arg(size.height()));
        break;
    case AnalysisField::Shape::Circle: {
        const QRectF box(o.field.centre.x() - o.field.radius, o.field.centre.y() - o.field.radius,
                         2 * o.field.radius, 2 * o.field.radius);
        if (o.field.radius < 1 || !image.contains(box))
            return invalid(QCoreApplication::translate(
                               "Analysis",
                               "The circle at %1,%2 with radius %3 does not lie inside the %4 x %5 "
                               "image.")
                               .arg(o.field.centre.x())
                               .arg(o.field.centre.y())
                               .arg(o.field.radius)
                               .arg(size.width())
                               .arg(size.height()));
        break;
    }
    case AnalysisField::Shape::Polygon:
        // Half a pixel of slack: a field carried from a baseline is clipped to the image.
        if (o.field.polygon.size() < 3 || o.field.areaPx(size) < 1 ||
            !image.adjusted(-0.5, -0.5, 0.5, 0.5).contains(o.field.polygon.boundingRect()))
            return invalid(QCoreApplication::translate(
                               "Analysis",
                               "The field's outline (%1 corners) does not enclose an area inside "
                               "the %2 x %3 image.")
                               .arg(o.field.polygon.size())
                               .arg(size.width())
                               .arg(size.height()));
        break;
    }
    return {};
}

Result<QImage> loadImage(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::notFound(
            QCoreApplication::translate("Analysis", "%1 does not exist.").arg(path));
    if (!info.isFile())
        return invalid(QCoreApplication::translate("Analysis", "%1 is not a file.").arg(path));
    QImageReader reader(path);
    reader.setAutoTransform(true);
    if (!reader.canRead())
        return invalid(QCoreApplication::translate(
                           "Analysis", "%1 is not an image that can be read (JPEG or PNG).")
                           .arg(path));
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > kMaxPixels)
        return invalid(QCoreApplication::translate(
                           "Analysis", "%1 has %2 megapixels; at most %3 can be analysed.")
                           .arg(path)
                           .arg(double(size.width()) * size.height() / 1e6, 0, 'f', 1)
                           .arg(kMaxPixels / 1'000'000));
    reader.setAllocationLimit(int(kMaxPixels * 4 / (1024 * 1024)) + 1);
    QImage image = reader.read();
    if (image.isNull())
        return invalid(QCoreApplication::translate("Analysis", "%1 could not be read: %2")
                           .arg(path, reader.errorString()));
    return image;
}

namespace {

Result<AnalysisResult> analyseImage(const QImage &image, const AnalysisOptions &o,
                                    const std::function<bool(int)> &progress);

} // namespace

Result<AnalysisResult> analyse(const QImage &image, const AnalysisOptions &o,
                               const std::function<bool(int)> &progress)
{
    // OpenCV reports a failed allocation or a broken precondition by an exception: a clear
    // error here, never an aborted program.
    try {
        return analyseImage(image, o, progress);
    } catch (const cv::Exception &e) {
        return Error::storage(QCoreApplication::translate("Analysis", "The analysis failed: %1")
                                  .arg(QString::fromStdString(e.what())));
    } catch (const std::bad_alloc &) {
        return Error::storage(QCoreApplication::translate(
            "Analysis", "The analysis needs more memory than this computer has free."));
    }
}

void summarise(AnalysisResult &r)
{
    const AnalysisOptions &o = r.options;
    r.fieldCm2 = o.field.areaPx(r.imageSize) * o.umPerPx * o.umPerPx / 1e8;
    r.hairCount = 0;
    r.meanDiameterUm = r.terminalPct = r.vellusPct = r.hairsPerUnit = 0;
    double widths = 0;
    int terminal = 0, vellus = 0;
    std::set<int> units;
    for (const Hair &h : std::as_const(r.hairs)) {
        if (!h.counted())
            continue;
        ++r.hairCount;
        widths += h.widthUm;
        terminal += h.widthUm >= o.terminalFromUm;
        vellus += h.widthUm < o.vellusBelowUm;
        units.insert(h.unit);
    }
    r.follicularUnits = int(units.size());
    if (r.hairCount > 0) {
        r.meanDiameterUm = widths / r.hairCount;
        r.terminalPct = 100.0 * terminal / r.hairCount;
        r.vellusPct = 100.0 * vellus / r.hairCount;
        r.hairsPerUnit = double(r.hairCount) / r.follicularUnits;
    }
    r.densityPerCm2 = r.fieldCm2 > 0 ? r.hairCount / r.fieldCm2 : 0;
}

struct ShaftMeter::Maps
{
    cv::Mat contrast, mask, halfWidth;
    double brightest = 0;
};

namespace {

// The darkness relative to the skin around (0 on skin, about 0.7-0.9 on a dyed shaft), the
// mask of what is dark enough to be a shaft and its half width. Empty maps when `step` cancels.
ShaftMeter::Maps darknessMaps(const QImage &image, double umPerPx,
                              const std::function<bool(int)> &step)
{
    ShaftMeter::Maps out;
    const cv::Mat grey = detail::greyFloat(image);
    if (!step(10))
        return out;
    const cv::Mat skin = background(grey, umPerPx);
    cv::Mat contrast = 1 - grey / cv::max(skin, 0.02);
    contrast = cv::max(contrast, 0);
    cv::GaussianBlur(contrast, contrast, cv::Size(), 0.8);
    if (!step(30))
        return out;
    std::vector<double> sample;
    for (int y = 0; y < contrast.rows; y += 3)
        for (int x = 0; x < contrast.cols; x += 3)
            sample.push_back(contrast.at<float>(y, x));
    out.brightest = std::max(0.2, quantile(sample, 0.995));
    cv::Mat mask = contrast > std::max(0.12, 0.22 * out.brightest);
    mask /= 255;
    cv::distanceTransform(mask, out.halfWidth, cv::DIST_L2, cv::DIST_MASK_PRECISE);
    out.mask = mask;
    out.contrast = contrast;
    return out;
}

// The width from a measured shaft: the darkness integral over the shaft's darkness (a shaft
// 10 px wide or more shows its own darkness whatever the blur; a narrower one is measured
// against the field's), or the mask's width when no cross-profile was clean.
std::pair<double, bool> widthOf(const Measured &m, double shaftContrast, double umPerPx)
{
    const double darkness =
        std::max(0.05, m.halfWidth >= 5 && m.peak > 0.05 ? m.peak : shaftContrast);
    const bool fromProfile = m.integral > 0;
    const double widthPx = fromProfile ? m.integral / darkness : 2 * m.halfWidth;
    return {std::round(std::max(0.0, widthPx) * umPerPx * 10) / 10, fromProfile};
}

} // namespace

ShaftMeter::ShaftMeter(const QImage &image, double umPerPx, double shaftContrast)
    : m_maps(std::make_unique<Maps>(darknessMaps(image, umPerPx, [](int) { return true; })))
    , m_umPerPx(umPerPx)
    , m_shaftContrast(shaftContrast)
{}

ShaftMeter::~ShaftMeter() = default;

std::optional<std::pair<double, bool>> ShaftMeter::widthUm(const QList<QPointF> &path) const
{
    const cv::Mat &hw = m_maps->halfWidth;
    detail::ShaftPath shaft;
    for (qsizetype i = 1; i < path.size(); ++i) {
        const QLineF line(path[i - 1], path[i]);
        const int steps = std::max(1, int(std::ceil(line.length())));
        for (int k = i == 1 ? 0 : 1; k <= steps; ++k) {
            const QPointF p = line.pointAt(double(k) / steps);
            if (p.x() < 0 || p.y() < 0 || p.x() > hw.cols - 1 || p.y() > hw.rows - 1)
                return std::nullopt;
            shaft.points.emplace_back(float(p.x()), float(p.y()));
        }
    }
    if (shaft.points.size() < 4)
        return std::nullopt;
    return widthOf(measure(shaft, m_maps->contrast, m_maps->mask, hw), m_shaftContrast, m_umPerPx);
}

namespace {

Result<AnalysisResult> analyseImage(const QImage &image, const AnalysisOptions &o,
                                    const std::function<bool(int)> &progress)
{
    if (auto ok = checkOptions(o, image.size()); !ok)
        return ok.error();
    auto step = [&](int percent) {
        return !progress || progress(percent);
    };
    const Error cancelled =
        Error{Error::Kind::Conflict,
              QCoreApplication::translate("Analysis", "The analysis was cancelled."),
              {}};

    ShaftMeter::Maps maps = darknessMaps(image, o.umPerPx, step);
    if (maps.contrast.empty())
        return cancelled;
    const cv::Mat &contrast = maps.contrast, &mask = maps.mask, &halfWidth = maps.halfWidth;
    const double brightest = maps.brightest;
    cv::Mat skeleton = mask.clone();
    detail::thin(skeleton);
    if (!step(60))
        return cancelled;

    auto paths = detail::tracePaths(skeleton, halfWidth, detail::GraphParameters{});
    joinPieces(paths, halfWidth);
    const double minLengthPx = o.minLengthUm / o.umPerPx;
    std::vector<Measured> measured;
    for (auto &path : paths) {
        extendEnds(path, halfWidth);
        Measured m = measure(path, contrast, mask, halfWidth);
        if (m.lengthPx >= minLengthPx)
            measured.push_back(std::move(m));
    }
    if (!step(90))
        return cancelled;

    AnalysisResult r;
    r.imageSize = image.size();
    r.options = o;
    r.shaftContrast = shaftContrast(measured, brightest);
    for (const Measured &m : measured) {
        Hair h;
        for (const cv::Point2f &p : m.points)
            h.path << toQt(p);
        // The end at an opening (where other hairs leave too) comes first when there is one.
        if (m.freeStart && !m.freeEnd)
            std::reverse(h.path.begin(), h.path.end());
        h.a = h.path.first();
        h.b = h.path.last();
        h.lengthUm = std::round(m.lengthPx * o.umPerPx * 10) / 10;
        // An undyed grey hair among dyed ones is fainter: a wide one shows its own darkness.
        std::tie(h.widthUm, h.fromProfile) = widthOf(m, r.shaftContrast, o.umPerPx);
        h.unit = m.unit;
        h.inField = o.field.contains(h.midpoint(), image.size());
        r.hairs << h;
    }
    // Numbered top to bottom, left to right, by midpoint.
    std::stable_sort(r.hairs.begin(), r.hairs.end(), [](const Hair &x, const Hair &y) {
        const QPointF a = x.midpoint(), b = y.midpoint();
        return std::pair(std::lround(a.y()), std::lround(a.x())) <
               std::pair(std::lround(b.y()), std::lround(b.x()));
    });
    std::map<int, int> unitNumber;
    for (Hair &h : r.hairs)
        h.unit = unitNumber.emplace(h.unit, int(unitNumber.size()) + 1).first->second;
    summarise(r);
    if (!step(100))
        return cancelled;
    return r;
}

} // namespace

} // namespace tricholog::analysis
