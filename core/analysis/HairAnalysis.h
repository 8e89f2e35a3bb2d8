#pragma once

#include "core/Result.h"

#include <QImage>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <functional>

namespace tricholog::analysis {

// The engine's name and version, written with every result. The version changes whenever the
// results of the same image and parameters can change (docs/IMAGE_ANALYSIS.md).
inline constexpr const char *kAlgorithmName = "tricholog-shafts";
inline constexpr const char *kAlgorithmVersion = "1.0.0";

// Images larger than this are refused (a 100-megapixel image is 400 MB as 32-bit pixels).
inline constexpr qint64 kMaxPixels = 100'000'000;

// Where hairs are counted: the whole image, a rectangle or a circle, in pixels. A hair counts
// when the midpoint of its visible shaft lies inside.
struct AnalysisField
{
    enum class Shape
    {
        Whole,
        Rectangle,
        Circle
    };
    Shape shape = Shape::Whole;
    QRectF rect;    // Rectangle
    QPointF centre; // Circle
    double radius = 0;

    static AnalysisField whole() { return {}; }
    static AnalysisField rectangle(const QRectF &r) { return {Shape::Rectangle, r, {}, 0}; }
    static AnalysisField circle(QPointF c, double r) { return {Shape::Circle, {}, c, r}; }
    bool contains(QPointF p, QSize image) const;
    double areaPx(QSize image) const;
};

struct AnalysisOptions
{
    double umPerPx = 0;         // the image's scale: micrometres per pixel (required)
    AnalysisField field;        // where hairs are counted
    double terminalFromUm = 40; // terminal: width at or above
    double vellusBelowUm = 30;  // vellus: width below
    double minLengthUm = 150;   // shorter dark streaks are not hairs (pores, specks)
};

// One hair shaft found: its two ends in pixels (`a` the end at the follicle opening when known),
// the path along the shaft, its visible length and its mean width across the shaft.
struct Hair
{
    QPointF a, b;
    QList<QPointF> path;
    double lengthUm = 0;
    double widthUm = 0;
    int unit = 0;        // the follicular unit (hairs leaving one opening share it), 1-based
    bool inField = true; // counted: its midpoint lies in the field
    // The width from the darkness across the shaft; false: every cross-profile touched another
    // shaft, and the width is the mask's (less exact).
    bool fromProfile = true;
    QPointF midpoint() const;
};

struct AnalysisResult
{
    QSize imageSize;
    AnalysisOptions options;
    double fieldCm2 = 0;
    QList<Hair> hairs; // every hair found, counted or not (inField)
    int hairCount = 0;
    double densityPerCm2 = 0;
    double meanDiameterUm = 0; // of the counted hairs; 0 without any
    double terminalPct = 0;
    double vellusPct = 0;
    int follicularUnits = 0;
    double hairsPerUnit = 0;
    double shaftContrast = 0; // the darkness of a whole shaft (1 - shaft/skin), estimated
};

// Checks the options against an image of `size`: a clear error naming what is wrong (the scale,
// the field, the thresholds, an image over kMaxPixels).
Result<void> checkOptions(const AnalysisOptions &options, QSize size);

// Reads an image for analysis (JPEG or PNG, any format QImageReader knows), refusing before it
// is decoded a file that is not there, not an image or over kMaxPixels.
Result<QImage> loadImage(const QString &path);

// Finds every hair shaft in `image` (dark hair on lighter skin). `progress` (0-100) may return
// false to cancel: the result is then an error saying so. Deterministic: the same image and
// options give the same result.
Result<AnalysisResult> analyse(const QImage &image, const AnalysisOptions &options,
                               const std::function<bool(int)> &progress = {});

} // namespace tricholog::analysis
