#include "core/analysis/Synthetic.h"

#include <QBuffer>
#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace tricholog::analysis {

namespace {

constexpr double kPi = 3.14159265358979323846;

struct Shaft
{
    std::vector<cv::Point2d> points; // from the opening outwards
    double widthPx = 0;
    double widthUm = 0;
    double contrast = 0;
    int opening = 0;
};

double clamp01(double v)
{
    return std::clamp(v, 0.0, 1.0);
}

// Coverage (0-1) of a shaft of width w along `pts` with flat cut ends, drawn into `canvas` by
// darkening it.
void drawShaft(cv::Mat &canvas, const Shaft &s)
{
    const double half = s.widthPx / 2;
    double minX = 1e9, minY = 1e9, maxX = -1e9, maxY = -1e9;
    for (const auto &p : s.points) {
        minX = std::min(minX, p.x);
        maxX = std::max(maxX, p.x);
        minY = std::min(minY, p.y);
        maxY = std::max(maxY, p.y);
    }
    const cv::Rect box =
        cv::Rect(int(std::floor(minX - half - 2)), int(std::floor(minY - half - 2)),
                 int(std::ceil(maxX - minX + 2 * half + 5)),
                 int(std::ceil(maxY - minY + 2 * half + 5))) &
        cv::Rect(0, 0, canvas.cols, canvas.rows);
    if (box.empty())
        return;
    cv::Mat cover(box.size(), CV_32F, cv::Scalar(0));
    const size_t n = s.points.size();
    for (size_t i = 0; i + 1 < n; ++i) {
        const cv::Point2d a = s.points[i], b = s.points[i + 1];
        const cv::Point2d d = b - a;
        const double len = std::hypot(d.x, d.y);
        const cv::Point2d u = d / len;
        const int x0 = std::max(box.x, int(std::floor(std::min(a.x, b.x) - half - 2)));
        const int x1 =
            std::min(box.x + box.width - 1, int(std::ceil(std::max(a.x, b.x) + half + 2)));
        const int y0 = std::max(box.y, int(std::floor(std::min(a.y, b.y) - half - 2)));
        const int y1 =
            std::min(box.y + box.height - 1, int(std::ceil(std::max(a.y, b.y) + half + 2)));
        for (int y = y0; y <= y1; ++y) {
            float *row = cover.ptr<float>(y - box.y);
            for (int x = x0; x <= x1; ++x) {
                const cv::Point2d p(x + 0.5 - a.x, y + 0.5 - a.y);
                const double t = p.dot(u);
                double across, endCover = 1;
                if (t < 0 && i == 0) {
                    across = std::abs(p.x * u.y - p.y * u.x);
                    endCover = clamp01(0.5 + t);
                } else if (t > len && i + 2 == n) {
                    across = std::abs(p.x * u.y - p.y * u.x);
                    endCover = clamp01(0.5 - (t - len));
                } else {
                    const double tc = std::clamp(t, 0.0, len);
                    across = std::hypot(p.x - tc * u.x, p.y - tc * u.y);
                }
                const double c = clamp01(half - across + 0.5) * endCover;
                float &cell = row[x - box.x];
                cell = std::max(cell, float(c));
            }
        }
    }
    cv::Mat region = canvas(box);
    region = region.mul(1 - s.contrast * cover);
}

std::vector<cv::Point2d> curve(cv::Point2d start, double angle, double length, double bend)
{
    const cv::Point2d dir(std::cos(angle), std::sin(angle));
    const cv::Point2d perp(-dir.y, dir.x);
    const cv::Point2d end = start + dir * length;
    const cv::Point2d control = (start + end) * 0.5 + perp * (bend * length);
    const int steps = std::max(8, int(length / 4));
    std::vector<cv::Point2d> pts;
    for (int i = 0; i <= steps; ++i) {
        const double t = double(i) / steps;
        pts.push_back((1 - t) * (1 - t) * start + 2 * (1 - t) * t * control + t * t * end);
    }
    return pts;
}

double shaftWidthUm(cv::RNG &rng, const SyntheticOptions &o)
{
    const double pick = rng.uniform(0.0, 1.0);
    if (pick < o.terminalShare)
        return std::clamp(72 + 14 * rng.gaussian(1.0), 45.0, 110.0);
    if (pick < o.terminalShare + o.vellusShare)
        return rng.uniform(10.0, 28.0);
    return rng.uniform(31.0, 39.0);
}

int hairsInOpening(cv::RNG &rng)
{
    const double pick = rng.uniform(0.0, 1.0);
    return pick < 0.55 ? 1 : pick < 0.85 ? 2 : pick < 0.97 ? 3 : 4;
}

// What is on the skin, as geometry: rendering it twice, moved, gives a follow-up of the same
// field.
struct Spot
{
    cv::Point2d centre;
    double radius = 0, strength = 0;
};

struct Flake
{
    cv::Point2d centre;
    cv::Size2d axes;
    double angle = 0, brightness = 0;
};

struct Scene
{
    std::vector<Shaft> shafts;
    std::vector<Spot> openings, pores;
    std::vector<Flake> flakes;
    double lightAngle = 0;
    int lastOpening = 0;
};

void addOpenings(Scene &scene, cv::RNG &rng, const SyntheticOptions &o, int hairs, double grain)
{
    const double reach = o.maxLengthUm / o.umPerPx;
    const size_t wanted = scene.shafts.size() + size_t(std::max(0, hairs));
    while (scene.shafts.size() < wanted) {
        const cv::Point2d at(rng.uniform(-reach, o.width + reach),
                             rng.uniform(-reach, o.height + reach));
        const int k = hairsInOpening(rng);
        const double angle = grain + rng.gaussian(20.0) * kPi / 180;
        const double spread = rng.uniform(14.0, 30.0) * kPi / 180;
        const int opening = ++scene.lastOpening;
        scene.openings.push_back({at, rng.uniform(20.0, 45.0) / o.umPerPx, 0});
        for (int i = 0; i < k; ++i) {
            Shaft s;
            s.widthUm = shaftWidthUm(rng, o);
            s.widthPx = s.widthUm / o.umPerPx;
            const bool grey = o.greyShare > 0 && rng.uniform(0.0, 1.0) < o.greyShare;
            s.contrast = std::clamp((grey ? o.greyContrast : o.shaftContrast) + rng.gaussian(0.015),
                                    0.05, 0.95);
            s.opening = opening;
            const double length = rng.uniform(o.minLengthUm, o.maxLengthUm) / o.umPerPx;
            s.points =
                curve(at, angle + (i - (k - 1) / 2.0) * spread, length, rng.uniform(-0.08, 0.08));
            scene.shafts.push_back(std::move(s));
        }
    }
}

Scene makeScene(cv::RNG &rng, const SyntheticOptions &o)
{
    Scene scene;
    // Openings anywhere within reach of the image, so that some hairs are cut by its edge.
    const double reach = o.maxLengthUm / o.umPerPx;
    const double areaCm2 = o.width * o.height * o.umPerPx * o.umPerPx / 1e8;
    const double reachCm2 =
        (o.width + 2 * reach) * (o.height + 2 * reach) * o.umPerPx * o.umPerPx / 1e8;
    const double grain = rng.uniform(0.0, 2 * kPi);
    addOpenings(scene, rng, o, int(std::lround(o.densityPerCm2 * reachCm2)), grain);
    const int pores = int(std::lround(o.poresPerCm2 * areaCm2));
    for (int i = 0; i < pores; ++i)
        scene.pores.push_back(
            {cv::Point2d(rng.uniform(0.0, double(o.width)), rng.uniform(0.0, double(o.height))),
             rng.uniform(15.0, 35.0) / o.umPerPx, rng.uniform(0.12, 0.25)});
    const int flakes = int(std::lround(o.flakesPerCm2 * areaCm2));
    for (int i = 0; i < flakes; ++i)
        scene.flakes.push_back(
            {cv::Point2d(rng.uniform(0.0, double(o.width)), rng.uniform(0.0, double(o.height))),
             cv::Size2d(rng.uniform(30.0, 150.0) / o.umPerPx, rng.uniform(15.0, 60.0) / o.umPerPx),
             rng.uniform(0.0, 180.0), rng.uniform(0.08, 0.18)});
    scene.lightAngle = rng.uniform(0.0, 2 * kPi);
    return scene;
}

cv::Mat skin(cv::RNG &rng, const Scene &scene, const SyntheticOptions &o)
{
    const cv::Size size(o.width, o.height);
    cv::Mat coarse(o.height / 48 + 2, o.width / 48 + 2, CV_32F);
    rng.fill(coarse, cv::RNG::UNIFORM, -1.0, 1.0);
    cv::Mat g;
    cv::resize(coarse, g, size, 0, 0, cv::INTER_CUBIC);
    g = 0.76 + 0.035 * g;
    cv::Mat fine(size, CV_32F);
    rng.fill(fine, cv::RNG::NORMAL, 0.0, 1.0);
    cv::GaussianBlur(fine, fine, cv::Size(), 1.5);
    g += 0.02 * fine;
    for (const Spot &p : scene.pores) {
        const cv::Point2d c = p.centre;
        const double r = p.radius;
        const int x0 = std::max(0, int(c.x - r - 2)), x1 = std::min(o.width - 1, int(c.x + r + 2));
        const int y0 = std::max(0, int(c.y - r - 2)), y1 = std::min(o.height - 1, int(c.y + r + 2));
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x) {
                const double d = std::hypot(x + 0.5 - c.x, y + 0.5 - c.y);
                g.at<float>(y, x) *=
                    float(1 - p.strength * clamp01(r - d + 0.5) * (1 - 0.5 * d / r));
            }
    }
    if (!scene.flakes.empty()) {
        cv::Mat layer(size, CV_32F, cv::Scalar(0));
        for (const Flake &f : scene.flakes)
            cv::ellipse(layer, cv::Point(int(f.centre.x), int(f.centre.y)),
                        cv::Size(int(f.axes.width), int(f.axes.height)), f.angle, 0, 360,
                        cv::Scalar(f.brightness), cv::FILLED, cv::LINE_AA);
        cv::GaussianBlur(layer, layer, cv::Size(), 1.5);
        g += layer;
    }
    return g;
}

void light(cv::Mat &g, double phi, const SyntheticOptions &o)
{
    const double cx = o.width / 2.0, cy = o.height / 2.0, rMax = std::hypot(cx, cy);
    for (int y = 0; y < o.height; ++y) {
        float *row = g.ptr<float>(y);
        for (int x = 0; x < o.width; ++x) {
            const double dx = x - cx, dy = y - cy;
            const double along = (dx * std::cos(phi) + dy * std::sin(phi)) / rMax;
            const double r = std::hypot(dx, dy) / rMax;
            row[x] *= float((1 + o.lightGradient * along) * (1 - o.vignetting * r * r));
        }
    }
}

QImage toImage(const cv::Mat &g, const SyntheticOptions &o)
{
    QImage image(o.width, o.height, QImage::Format_RGB888);
    static constexpr double tint[] = {1.0, 0.82, 0.72};
    for (int y = 0; y < o.height; ++y) {
        const float *src = g.ptr<float>(y);
        uchar *dst = image.scanLine(y);
        for (int x = 0; x < o.width; ++x)
            for (int c = 0; c < 3; ++c)
                dst[3 * x + c] = uchar(std::clamp(std::lround(src[x] * tint[c] * 255), 0L, 255L));
    }
    if (o.jpegQuality > 0) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPG", o.jpegQuality);
        image = QImage::fromData(bytes, "JPG").convertToFormat(QImage::Format_RGB888);
    }
    return image;
}

// The truth: the visible part of each shaft (ids: 1 + index in the scene, or `ids`).
QList<TruthHair> truthOf(const Scene &scene, const SyntheticOptions &o, const std::vector<int> &ids,
                         int *openings)
{
    QList<TruthHair> out;
    QList<int> seenOpenings;
    for (size_t k = 0; k < scene.shafts.size(); ++k) {
        const Shaft &s = scene.shafts[k];
        int first = -1, last = -1;
        double visible = 0;
        for (int i = 0; i < int(s.points.size()); ++i) {
            const auto &p = s.points[size_t(i)];
            if (p.x < 0 || p.y < 0 || p.x >= o.width || p.y >= o.height)
                continue;
            if (first < 0)
                first = i;
            else if (last == i - 1)
                visible +=
                    std::hypot(p.x - s.points[size_t(i - 1)].x, p.y - s.points[size_t(i - 1)].y);
            last = i;
        }
        if (first < 0 || visible * o.umPerPx < o.minVisibleUm)
            continue;
        TruthHair t;
        t.a = QPointF(s.points[size_t(first)].x, s.points[size_t(first)].y);
        t.b = QPointF(s.points[size_t(last)].x, s.points[size_t(last)].y);
        t.lengthUm = visible * o.umPerPx;
        t.widthUm = s.widthUm;
        t.opening = s.opening;
        t.id = ids.empty() ? int(k) + 1 : ids[k];
        out << t;
        if (!seenOpenings.contains(s.opening))
            seenOpenings << s.opening;
    }
    *openings = int(seenOpenings.size());
    return out;
}

// Draws the scene: skin (its texture from `rng`), openings, shafts, light, blur, noise, JPEG.
QImage render(const Scene &scene, cv::RNG &rng, const SyntheticOptions &o)
{
    cv::Mat g = skin(rng, scene, o);
    // The openings: a slightly darker round spot under the hairs that leave it.
    for (const Spot &opening : scene.openings)
        cv::circle(
            g, cv::Point(int(std::lround(opening.centre.x)), int(std::lround(opening.centre.y))),
            int(std::lround(opening.radius)), cv::Scalar(0.62), cv::FILLED, cv::LINE_AA);
    for (const Shaft &s : scene.shafts)
        drawShaft(g, s);
    light(g, scene.lightAngle, o);
    if (o.blurSigmaPx > 0)
        cv::GaussianBlur(g, g, cv::Size(), o.blurSigmaPx);
    cv::Mat noise(g.size(), CV_32F);
    rng.fill(noise, cv::RNG::NORMAL, 0.0, o.noiseSigma / 255.0);
    g += noise;
    return toImage(g, o);
}

cv::Point2d moved(cv::Point2d p, const cv::Matx23d &m)
{
    return {m(0, 0) * p.x + m(0, 1) * p.y + m(0, 2), m(1, 0) * p.x + m(1, 1) * p.y + m(1, 2)};
}

} // namespace

SyntheticOptions SyntheticOptions::withDifficulty(int level, quint32 seed)
{
    SyntheticOptions o;
    o.seed = seed;
    level = std::clamp(level, 0, 3);
    static constexpr double blur[] = {0.5, 0.8, 1.2, 1.6};
    static constexpr double noise[] = {1.0, 2.0, 3.0, 4.0};
    static constexpr int jpeg[] = {0, 92, 85, 75};
    static constexpr double vignetting[] = {0, 0.15, 0.25, 0.35};
    static constexpr double gradient[] = {0, 0.1, 0.2, 0.3};
    static constexpr double pores[] = {30, 60, 90, 120};
    static constexpr double flakes[] = {0, 10, 25, 40};
    o.blurSigmaPx = blur[level];
    o.noiseSigma = noise[level];
    o.jpegQuality = jpeg[level];
    o.vignetting = vignetting[level];
    o.lightGradient = gradient[level];
    o.poresPerCm2 = pores[level];
    o.flakesPerCm2 = flakes[level];
    return o;
}

SyntheticImage makeTrichogram(const SyntheticOptions &o)
{
    cv::RNG rng(0x9E3779B97F4A7C15ULL ^ o.seed);
    const Scene scene = makeScene(rng, o);
    SyntheticImage out;
    out.options = o;
    out.image = render(scene, rng, o);
    out.hairs = truthOf(scene, o, {}, &out.openings);
    return out;
}

SyntheticPair makePair(const SyntheticOptions &o, const FollowUpOptions &f)
{
    cv::RNG rng(0x9E3779B97F4A7C15ULL ^ o.seed);
    const Scene scene = makeScene(rng, o);
    SyntheticPair pair;
    pair.baseline.options = o;
    pair.baseline.image = render(scene, rng, o);
    pair.baseline.hairs = truthOf(scene, o, {}, &pair.baseline.openings);

    // The same field again: turned about the image's centre and shifted; some hairs gone (shed),
    // some new (regrowth).
    cv::RNG change(0xC2B2AE3D27D4EB4FULL ^ o.seed);
    cv::Matx23d m = cv::getRotationMatrix2D_(
        cv::Point2f(float(o.width / 2.0), float(o.height / 2.0)), f.rotationDegrees, 1.0);
    m(0, 2) += f.shiftX;
    m(1, 2) += f.shiftY;
    Scene next;
    next.lightAngle = scene.lightAngle;
    next.lastOpening = scene.lastOpening;
    std::vector<int> ids;
    for (size_t k = 0; k < scene.shafts.size(); ++k) {
        if (change.uniform(0.0, 1.0) < f.removedShare)
            continue;
        Shaft s = scene.shafts[k];
        for (auto &p : s.points)
            p = moved(p, m);
        next.shafts.push_back(std::move(s));
        ids.push_back(int(k) + 1);
    }
    for (Spot spot : scene.openings) {
        spot.centre = moved(spot.centre, m);
        next.openings.push_back(spot);
    }
    for (Spot spot : scene.pores) {
        spot.centre = moved(spot.centre, m);
        next.pores.push_back(spot);
    }
    for (Flake flake : scene.flakes) {
        flake.centre = moved(flake.centre, m);
        flake.angle -= f.rotationDegrees;
        next.flakes.push_back(flake);
    }
    const size_t before = next.shafts.size();
    addOpenings(next, change, o, int(std::lround(f.addedShare * double(scene.shafts.size()))),
                change.uniform(0.0, 2 * kPi));
    for (size_t k = before; k < next.shafts.size(); ++k)
        ids.push_back(int(scene.shafts.size() + k - before) + 1);
    pair.followUp.options = o;
    pair.followUp.image = render(next, change, o);
    pair.followUp.hairs = truthOf(next, o, ids, &pair.followUp.openings);
    pair.transform = QTransform(m(0, 0), m(1, 0), m(0, 1), m(1, 1), m(0, 2), m(1, 2));
    return pair;
}

QJsonObject truthJson(const SyntheticImage &image, double terminalFromUm, double vellusBelowUm)
{
    QJsonArray hairs;
    double widths = 0;
    int terminal = 0, vellus = 0;
    for (const TruthHair &h : image.hairs) {
        hairs.append(QJsonObject{{QStringLiteral("x1"), h.a.x()},
                                 {QStringLiteral("y1"), h.a.y()},
                                 {QStringLiteral("x2"), h.b.x()},
                                 {QStringLiteral("y2"), h.b.y()},
                                 {QStringLiteral("length_um"), h.lengthUm},
                                 {QStringLiteral("width_um"), h.widthUm},
                                 {QStringLiteral("opening"), h.opening},
                                 {QStringLiteral("id"), h.id}});
        widths += h.widthUm;
        terminal += h.widthUm >= terminalFromUm;
        vellus += h.widthUm < vellusBelowUm;
    }
    const auto &o = image.options;
    const double areaCm2 = o.width * o.height * o.umPerPx * o.umPerPx / 1e8;
    const qsizetype n = image.hairs.size();
    return QJsonObject{{QStringLiteral("um_per_px"), o.umPerPx},
                       {QStringLiteral("field_cm2"), areaCm2},
                       {QStringLiteral("hair_count"), int(n)},
                       {QStringLiteral("openings"), image.openings},
                       {QStringLiteral("density_per_cm2"), n / areaCm2},
                       {QStringLiteral("mean_diameter_um"), n ? widths / n : 0.0},
                       {QStringLiteral("terminal_pct"), n ? 100.0 * terminal / n : 0.0},
                       {QStringLiteral("vellus_pct"), n ? 100.0 * vellus / n : 0.0},
                       {QStringLiteral("hairs"), hairs}};
}

} // namespace tricholog::analysis
