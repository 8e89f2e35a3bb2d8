// The image-analysis engine's accuracy and speed on generated trichograms with known truth
// (README "Image analysis"). Run on demand:
//   bench_analysis [--images N] [--seed S] [--keep DIR] [--width W --height H] [--difficulty D]
//                  [--long-hair] [--undyed] [--grey-share S]
// Each image spans 50-300 hairs/cm2, 4-8 um per pixel and difficulties 0-3 (blur, noise, JPEG,
// flakes, uneven light); the engine's time excludes making the image.

#include "core/analysis/AnalysisJson.h"
#include "core/analysis/HairAnalysis.h"
#include "core/analysis/Synthetic.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace tricholog::analysis;

namespace {

double memoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    return 0;
}

// Per hair: each drawn hair matched to the found hair whose midpoint is nearest (within a
// quarter of its length) and which runs the same way; the width errors of those pairs.
std::vector<double> matchedWidthErrors(const QJsonArray &truth, const AnalysisResult &r)
{
    std::vector<double> errors;
    std::vector<char> taken(size_t(r.hairs.size()), 0);
    for (const QJsonValue &v : truth) {
        const QJsonObject t = v.toObject();
        const QPointF a(t.value(QStringLiteral("x1")).toDouble(),
                        t.value(QStringLiteral("y1")).toDouble());
        const QPointF b(t.value(QStringLiteral("x2")).toDouble(),
                        t.value(QStringLiteral("y2")).toDouble());
        const QPointF mid = (a + b) / 2, dir = b - a;
        const double len = std::hypot(dir.x(), dir.y());
        int best = -1;
        double bestDistance = 0.25 * len;
        for (qsizetype i = 0; i < r.hairs.size(); ++i) {
            const Hair &h = r.hairs[i];
            if (taken[size_t(i)] || !h.inField)
                continue;
            const QPointF d = h.b - h.a;
            const double dl = std::hypot(d.x(), d.y());
            if (dl <= 0 || std::abs(QPointF::dotProduct(d, dir)) / (dl * len) < 0.9)
                continue;
            const QPointF m = h.midpoint() - mid;
            const double distance = std::hypot(m.x(), m.y());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = int(i);
            }
        }
        if (best >= 0) {
            taken[size_t(best)] = 1;
            errors.push_back(r.hairs[best].widthUm -
                             t.value(QStringLiteral("width_um")).toDouble());
        }
    }
    return errors;
}

double quantile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(std::lround(q * double(v.size() - 1))))];
}

// Writes the image, its truth, the result and the overlay for a look.
void keepImage(const QString &dir, int i, const SyntheticImage &made, const QJsonObject &truth,
               const AnalysisResult &r)
{
    const QString base = dir + QStringLiteral("/img%1").arg(i, 3, 10, QLatin1Char('0'));
    made.image.save(base + QStringLiteral(".png"));
    QFile t(base + QStringLiteral("-truth.json"));
    if (t.open(QIODevice::WriteOnly))
        t.write(QJsonDocument(truth).toJson());
    QFile f(base + QStringLiteral("-result.json"));
    if (f.open(QIODevice::WriteOnly))
        f.write(toJsonBytes(r, {base + QStringLiteral(".png"), {}}));
    drawOverlay(made.image, r).save(base + QStringLiteral("-overlay.png"));
}

void printSummary(int n, const std::vector<double> &countErr, const std::vector<double> &diamErr,
                  const std::vector<double> &hairWidthErr, double matchedShare,
                  const std::vector<double> &termErr, const std::vector<double> &vellErr,
                  const std::vector<double> &seconds)
{
    const auto over12 =
        std::count_if(countErr.begin(), countErr.end(), [](double e) { return e > 12; });
    std::printf("\nsummary over %d images (targets in brackets)\n", n);
    std::printf(
        "count error, median |%%|: %.1f (<= 5), max: %.1f (<= 12), images over 12 %%: %lld\n",
        quantile(countErr, 0.5), quantile(countErr, 1), static_cast<long long>(over12));
    std::printf("mean-diameter error, median |um|: %.1f (<= 4), p95: %.1f\n",
                quantile(diamErr, 0.5), quantile(diamErr, 0.95));
    std::printf("per hair (%.0f %% of drawn hairs matched): width error median %+.1f um, "
                "p5 %+.1f, p95 %+.1f\n",
                100 * matchedShare, quantile(hairWidthErr, 0.5), quantile(hairWidthErr, 0.05),
                quantile(hairWidthErr, 0.95));
    std::printf("terminal %% error, median |points|: %.1f (<= 5); vellus: %.1f (<= 5)\n",
                quantile(termErr, 0.5), quantile(vellErr, 0.5));
    std::printf("time per image: median %.2f s, p95 %.2f s (< 1 s at 2000 x 1500)\n",
                quantile(seconds, 0.5), quantile(seconds, 0.95));
    std::printf("peak memory: %.0f MiB (< 300)\n", memoryMiB());
}

} // namespace

int main(int argc, char **argv)
{
    // The overlay's numbers are drawn with fonts: a GUI application on the offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures the image-analysis engine on generated trichograms with known truth."));
    parser.addHelpOption();
    const QCommandLineOption images(QStringLiteral("images"), QStringLiteral("Images (120)."),
                                    QStringLiteral("N"), QStringLiteral("120"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("First seed (1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  QStringLiteral("Write each image, its truth, the result and the "
                                                 "overlay into DIR."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption width(QStringLiteral("width"), QStringLiteral("Width (2000)."),
                                   QStringLiteral("W"), QStringLiteral("2000"));
    const QCommandLineOption height(QStringLiteral("height"), QStringLiteral("Height (1500)."),
                                    QStringLiteral("H"), QStringLiteral("1500"));
    const QCommandLineOption difficulty(QStringLiteral("difficulty"),
                                        QStringLiteral("Only this difficulty (0-3)."),
                                        QStringLiteral("D"));
    const QCommandLineOption longHair(
        QStringLiteral("long-hair"),
        QStringLiteral("Unclipped hair: shafts 5-20 mm long (the engine is not made for it)."));
    const QCommandLineOption undyed(
        QStringLiteral("undyed"),
        QStringLiteral("Grey or blond undyed hair: shafts 0.3 darker than the skin, not 0.78."));
    const QCommandLineOption grey(
        QStringLiteral("grey-share"),
        QStringLiteral(
            "This share of the hairs undyed (0.3 darker than the skin) among dyed ones."),
        QStringLiteral("S"));
    parser.addOptions({images, seed, keep, width, height, difficulty, longHair, undyed, grey});
    parser.process(app);
    const int n = parser.value(images).toInt();
    const QString dir = parser.value(keep);
    if (!dir.isEmpty())
        QDir().mkpath(dir);

    std::vector<double> countErr, diamErr, termErr, vellErr, seconds, hairWidthErr;
    double matchedShare = 0;
    std::printf("%4s %4s %5s %6s %6s %6s %8s %8s %7s %7s %7s %6s\n", "img", "diff", "um/px", "dens",
                "truth", "found", "count%", "diam_um", "term_pt", "vell_pt", "hpu", "s");
    for (int i = 0; i < n; ++i) {
        const int level = parser.isSet(difficulty) ? parser.value(difficulty).toInt() : i % 4;
        SyntheticOptions o =
            SyntheticOptions::withDifficulty(level, quint32(parser.value(seed).toInt() + i));
        o.width = parser.value(width).toInt();
        o.height = parser.value(height).toInt();
        // Spread over the ranges without aligning with the difficulty's cycle.
        o.densityPerCm2 = 50 + 250 * std::fmod(i * 0.618034, 1.0);
        o.umPerPx = 4 + 4 * std::fmod(i * 0.414214 + 0.5, 1.0);
        if (parser.isSet(longHair)) {
            o.minLengthUm = 5000;
            o.maxLengthUm = 20000;
        }
        if (parser.isSet(undyed))
            o.shaftContrast = 0.3;
        o.greyShare = parser.value(grey).toDouble();
        const SyntheticImage made = makeTrichogram(o);
        const QJsonObject truth = truthJson(made);

        AnalysisOptions options;
        options.umPerPx = o.umPerPx;
        QElapsedTimer clock;
        clock.start();
        const auto result = analyse(made.image, options);
        const double s = clock.nsecsElapsed() / 1e9;
        if (!result) {
            std::fprintf(stderr, "image %d: %s\n", i, qPrintable(result.error().message));
            return 1;
        }
        const AnalysisResult &r = result.value();
        const int truthCount = truth.value(QStringLiteral("hair_count")).toInt();
        const double ce = truthCount ? 100.0 * (r.hairCount - truthCount) / truthCount : 0;
        const double de =
            r.meanDiameterUm - truth.value(QStringLiteral("mean_diameter_um")).toDouble();
        const double te = r.terminalPct - truth.value(QStringLiteral("terminal_pct")).toDouble();
        const double ve = r.vellusPct - truth.value(QStringLiteral("vellus_pct")).toDouble();
        const auto perHair = matchedWidthErrors(truth.value(QStringLiteral("hairs")).toArray(), r);
        hairWidthErr.insert(hairWidthErr.end(), perHair.begin(), perHair.end());
        matchedShare += truthCount ? double(perHair.size()) / truthCount / n : 0;
        countErr.push_back(std::abs(ce));
        diamErr.push_back(std::abs(de));
        termErr.push_back(std::abs(te));
        vellErr.push_back(std::abs(ve));
        seconds.push_back(s);
        std::printf("%4d %4d %5.2f %6.0f %6d %6d %+8.1f %+8.1f %+7.1f %+7.1f %7.2f %6.2f\n", i,
                    level, o.umPerPx, o.densityPerCm2, truthCount, r.hairCount, ce, de, te, ve,
                    r.hairsPerUnit, s);
        std::fflush(stdout);
        if (!dir.isEmpty())
            keepImage(dir, i, made, truth, r);
    }
    printSummary(n, countErr, diamErr, hairWidthErr, matchedShare, termErr, vellErr, seconds);
    return 0;
}
