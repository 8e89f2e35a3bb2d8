#pragma once

#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QTransform>

namespace tricholog::analysis {

// Synthetic trichograms with known ground truth, for the accuracy benchmark and the tests (no
// image of a real scalp is needed or shipped). Clipped, dyed shafts of known width and length
// are drawn as slightly curved strokes leaving follicle openings (one to four hairs each) on skin
// with texture, pores and flakes, under uneven light and vignetting, then blurred, given sensor
// noise and, optionally, JPEG compression. The same options and seed give the same image.
struct SyntheticOptions
{
    quint32 seed = 1;
    int width = 2000;
    int height = 1500;
    double umPerPx = 5;
    double densityPerCm2 = 150; // hairs (not openings) per cm2 over the whole image
    double terminalShare = 0.6; // hairs drawn 45-110 um wide
    double vellusShare = 0.25;  // hairs drawn 10-28 um wide; the rest 31-39 um
    double minLengthUm = 500, maxLengthUm = 2000;
    double shaftContrast = 0.78; // darkness of a dyed shaft: 1 - shaft / skin
    double greyShare = 0;        // hairs left undyed (grey or blond): darkness greyContrast
    double greyContrast = 0.3;
    double blurSigmaPx = 0.8;
    double noiseSigma = 2.5; // grey levels (of 255)
    int jpegQuality = 90;    // 0: no compression
    double vignetting = 0.2; // brightness lost in the corners
    double lightGradient = 0.15;
    double poresPerCm2 = 60;
    double flakesPerCm2 = 20;
    // Hairs with less than this visible inside the image are not in the truth (the engine does
    // not count shorter streaks either: AnalysisOptions::minLengthUm).
    double minVisibleUm = 150;

    // Presets from 0 (ideal: sharp, clean, even light, PNG) to 3 (blurred, noisy, flaky, uneven
    // light, JPEG quality 75).
    static SyntheticOptions withDifficulty(int level, quint32 seed);
};

struct TruthHair
{
    QPointF a, b;        // the visible shaft's ends; `a` at the opening when it is visible
    double lengthUm = 0; // visible length
    double widthUm = 0;
    int opening = 0;
    int id = 0; // the same hair keeps its id in a follow-up of the same field
};

struct SyntheticImage
{
    QImage image; // RGB888
    SyntheticOptions options;
    QList<TruthHair> hairs; // those with at least minVisibleUm inside the image
    int openings = 0;       // openings with at least one such hair
};

SyntheticImage makeTrichogram(const SyntheticOptions &options);

// A follow-up of the same field: the scene moved (turned about the image's centre, then
// shifted, as a handheld dermatoscope lands slightly elsewhere), a share of the hairs gone and
// new ones grown; the skin's texture and noise are drawn anew.
struct FollowUpOptions
{
    double shiftX = 40, shiftY = -25; // pixels
    double rotationDegrees = 4;
    double removedShare = 0.1;
    double addedShare = 0.2;
};

struct SyntheticPair
{
    SyntheticImage baseline; // the same image as makeTrichogram(options)
    SyntheticImage followUp; // hairs keep their baseline ids; new hairs have new ones
    QTransform transform;    // baseline pixel -> follow-up pixel
};

SyntheticPair makePair(const SyntheticOptions &options, const FollowUpOptions &followUp = {});

// The truth as JSON: {"um_per_px", "hair_count", "density_per_cm2", "mean_diameter_um",
// "terminal_pct", "vellus_pct", "hairs": [{"x1", "y1", "x2", "y2", "length_um", "width_um",
// "opening", "id"}]} with the thresholds given.
QJsonObject truthJson(const SyntheticImage &image, double terminalFromUm = 40,
                      double vellusBelowUm = 30);

} // namespace tricholog::analysis
