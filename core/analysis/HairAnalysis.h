#pragma once

#include "core/Result.h"

#include <QImage>
#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace tricholog::analysis {

// The engine's name and version, written with every result. The version changes whenever the
// results of the same image and parameters can change (docs/IMAGE_ANALYSIS.md).
inline constexpr const char *kAlgorithmName = "tricholog-shafts";
inline constexpr const char *kAlgorithmVersion = "1.0.0";

// Images larger than this are refused (a 100-megapixel image is 400 MB as 32-bit pixels).
inline constexpr qint64 kMaxPixels = 100'000'000;

// Where hairs are counted: the whole image, a rectangle, a circle or a polygon (a baseline's
// field carried onto a follow-up photo turned against it), in pixels. A hair counts when the
// midpoint of its visible shaft lies inside.
struct AnalysisField
{
    enum class Shape
    {
        Whole,
        Rectangle,
        Circle,
        Polygon
    };
    Shape shape = Shape::Whole;
    QRectF rect;    // Rectangle
    QPointF centre; // Circle
    double radius = 0;
    QPolygonF polygon; // Polygon: its corners, not closed

    static AnalysisField whole() { return {}; }
    static AnalysisField rectangle(const QRectF &r) { return {Shape::Rectangle, r, {}, 0, {}}; }
    static AnalysisField circle(QPointF c, double r) { return {Shape::Circle, {}, c, r, {}}; }
    static AnalysisField polygonOf(const QPolygonF &p) { return {Shape::Polygon, {}, {}, 0, p}; }
    bool contains(QPointF p, QSize image) const;
    double areaPx(QSize image) const;
    // The field's outline for drawing: empty for the whole image.
    QPainterPath outline() const;
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
    // Where a hair in a result came from: the engine, drawn by hand, or one of the two parts a
    // detection was split into by hand (docs/IMAGE_ANALYSIS.md, "Corrections").
    enum class Origin
    {
        Detected,
        Added,
        Split
    };
    QPointF a, b;
    QList<QPointF> path;
    double lengthUm = 0;
    double widthUm = 0;
    int unit = 0;        // the follicular unit (hairs leaving one opening share it), 1-based
    bool inField = true; // counted: its midpoint lies in the field
    // The width from the darkness across the shaft; false: every cross-profile touched another
    // shaft, and the width is the mask's (less exact).
    bool fromProfile = true;
    Origin origin = Origin::Detected;
    bool removed = false;     // taken out by hand (or split): drawn, never counted
    bool widthEdited = false; // the width was set by hand
    QPointF midpoint() const;
    bool counted() const { return inField && !removed; }
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

// Sets a result's figures (count, density, mean diameter, terminal and vellus shares, units)
// from its hairs: those in the field and not removed. `fieldCm2` is recomputed from the field.
void summarise(AnalysisResult &result);

// Measures the width of a shaft along a path drawn by hand, the way the engine measures the
// shafts it finds (the darkness integrated across the shaft, over the shaft's darkness). Made
// once per image: it holds the image's darkness map (three floats a pixel).
class ShaftMeter
{
public:
    ShaftMeter(const QImage &image, double umPerPx, double shaftContrast);
    ~ShaftMeter();
    ShaftMeter(const ShaftMeter &) = delete;
    ShaftMeter &operator=(const ShaftMeter &) = delete;
    // The width in micrometres (0.1 um), and whether it came from a clean cross-profile;
    // nullopt when the path is shorter than 3 px or leaves the image.
    std::optional<std::pair<double, bool>> widthUm(const QList<QPointF> &path) const;

    struct Maps; // the engine's maps of the image (HairAnalysis.cpp)

private:
    std::unique_ptr<Maps> m_maps;
    double m_umPerPx;
    double m_shaftContrast;
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
