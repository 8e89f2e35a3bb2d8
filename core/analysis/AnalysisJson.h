#pragma once

#include "core/analysis/HairAnalysis.h"

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace tricholog::analysis {

// The image an analysis was made of, as its result names it.
struct ImageSource
{
    QString file;   // the file name as given
    QString sha256; // of the file's bytes, hex
    // Where the scale came from, written as "calibration": {"source": "option"} or the device
    // profile's {"source": "profile", "profile", "magnification", "um_per_px",
    // "uncertainty_um_per_px", "calibrated_on", "method"}. Empty: not written.
    QJsonObject calibration;
};

// The result as the `analyse` verb writes it (keys in README "Image analysis"): image, scale,
// field, counts and percentages, every hair, and the algorithm with its parameters. Numbers are
// rounded (0.1 px, 0.1 um, 0.01 %) so that the same result gives the same bytes.
QJsonObject toJson(const AnalysisResult &result, const ImageSource &source);

// The scales the engine's accuracy was measured at (README "Image analysis"), um per pixel.
inline constexpr double kMeasuredUmPerPx[2] = {4, 8};

// Stable keys of what makes a result less certain: "no_hairs", "scale_outside_measured_range"
// (outside kMeasuredUmPerPx), "faint_shafts" (a whole shaft under 0.25 darker than the skin),
// "widths_from_mask" (over a fifth of the counted hairs without a clean cross-profile).
QJsonArray warnings(const AnalysisResult &result);
QByteArray toJsonBytes(const AnalysisResult &result, const ImageSource &source);

// A field as the results write it ({"shape": "image" | "rectangle" | "circle", ...}), and back
// (an unknown shape reads as the whole image; checkOptions then judges the numbers).
QJsonObject fieldJson(const AnalysisField &field, QSize image);
AnalysisField fieldFromJson(const QJsonObject &json);

// The colour of a hair's class on overlays: terminal cyan, intermediate pink, vellus yellow.
QColor classColour(double widthUm, const AnalysisOptions &options);

// The image with the field and every hair drawn over it: terminal hairs in one colour,
// intermediate and vellus in others, hairs outside the field dotted, removed hairs left out, each
// with its number.
QImage drawOverlay(const QImage &image, const AnalysisResult &result);

// SHA-256 of a file's bytes, hex; empty when it cannot be read.
QString fileSha256(const QString &path);

} // namespace tricholog::analysis
