// Benchmark, run on demand (not a test): image measurement of a 12-megapixel photo in the window.
//   build-tests/tests/bench_measure [--width W] [--height H] [--density D] [--no-hairs]
// It generates a trichogram of 4000 x 3000 px (12 MP) with its known hairs, analyses it as the
// window does (the engine on a worker thread is the same call), then draws the analysis view
// with every hair while zooming in ten steps and out again, and prints: the analysis time, the
// hairs found against those drawn, the alignment of the generator's follow-up of the same field
// on it (time, largest error against the true transform, quality), the slowest and median redraw
// of the view (photo and every hair), and the peak memory of the process (VmHWM).
#include "core/analysis/Corrections.h"
#include "core/analysis/HairAnalysis.h"
#include "core/analysis/Registration.h"
#include "core/analysis/Synthetic.h"
#include "tests/bench/BenchSupport.h"
#include "ui/analysis/AnalysisView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPainter>
#include <cstdio>

using namespace tricholog;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const char *name, double fallback) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1].toDouble() : fallback;
    };
    analysis::SyntheticOptions o = analysis::SyntheticOptions::withDifficulty(1, 3);
    o.width = int(option("--width", 4000));
    o.height = int(option("--height", 3000));
    o.umPerPx = 2.5;
    o.densityPerCm2 = option("--density", 150);
    o.jpegQuality = 0;
    const analysis::SyntheticPair pair = analysis::makePair(o);
    const analysis::SyntheticImage &made = pair.baseline;
    std::printf("image %d x %d (%.1f MP), %lld hairs drawn, %.0f MiB after generating\n", o.width,
                o.height, o.width * double(o.height) / 1e6,
                static_cast<long long>(made.hairs.size()), bench::memoryMiB("VmRSS:"));

    analysis::AnalysisOptions ao;
    ao.umPerPx = o.umPerPx;
    QElapsedTimer timer;
    timer.start();
    auto result = analysis::analyse(made.image, ao);
    if (!result) {
        std::fprintf(stderr, "analysis failed: %s\n", qPrintable(result.error().message));
        return 1;
    }
    std::printf("analysis: %.2f s, %d hairs counted\n", double(timer.elapsed()) / 1000,
                result.value().hairCount);
    analysis::CorrectedAnalysis corrected(result.value());

    timer.restart();
    auto aligned = analysis::registerFollowUp(made.image, pair.followUp.image);
    if (!aligned) {
        std::fprintf(stderr, "alignment failed: %s\n", qPrintable(aligned.error().message));
        return 1;
    }
    double worst = 0;
    for (const QPointF corner :
         {QPointF(0, 0), QPointF(o.width, 0), QPointF(0, o.height), QPointF(o.width, o.height)})
        worst = std::max(
            worst,
            QLineF(aligned.value().transform.map(corner), pair.transform.map(corner)).length());
    std::printf("follow-up alignment: %.2f s, largest error at a corner %.1f px, quality %.2f\n",
                double(timer.elapsed()) / 1000, worst, aligned.value().quality);

    AnalysisView view;
    view.resize(1100, 760);
    view.setImage(made.image);
    if (!args.contains(QStringLiteral("--no-hairs")))
        view.setResult(corrected.result());
    view.show();
    QApplication::processEvents();
    QImage target(view.size(), QImage::Format_RGB32);
    QList<double> frames;
    auto draw = [&] {
        view.render(&target);
        frames << view.lastPaintMs();
    };
    draw();
    for (int step = 0; step < 10; ++step) {
        view.setZoom(view.zoom() * 1.3, QPointF(550, 380));
        draw();
    }
    for (int step = 0; step < 10; ++step) {
        view.setZoom(view.zoom() / 1.3, QPointF(300, 200));
        draw();
    }
    for (double f : frames)
        std::printf("%.1f ", f);
    std::printf("\n");
    std::printf("view redraw with %lld hairs (1100 x 760, zooming in and out): median %.1f ms, "
                "slowest %.1f ms\n",
                static_cast<long long>(corrected.result().hairs.size()),
                bench::percentile(frames, 0.5), bench::percentile(frames, 1.0));
    std::printf("peak memory: %.0f MiB\n", bench::memoryMiB("VmHWM:"));
    return 0;
}
