#pragma once

#include "core/Result.h"
#include "core/analysis/HairAnalysis.h"

#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QTransform>
#include <functional>
#include <optional>

namespace tricholog::analysis {

// How a follow-up photo lies on its baseline (the same skin photographed again at a later visit):
// the similarity (shift, rotation, scale) taking a baseline pixel to the follow-up pixel that
// shows the same skin, and how well the two photos agree under it (docs/IMAGE_ANALYSIS.md,
// "Follow-up of the same field").
struct Registration
{
    enum class Method
    {
        Automatic, // found by registerFollowUp
        Manual     // from points matched by hand
    };
    QTransform transform; // baseline pixel -> follow-up pixel
    // The correlation of the two photos' hair patterns where they overlap once aligned (ECC's
    // coefficient, -1 to 1): about 0.5 and more for the same field, under 0.2 for another one.
    double quality = 0;
    Method method = Method::Automatic;
    double residualPx = 0; // Manual: the root-mean-square distance left between matched points

    double rotationDegrees() const; // the follow-up turned counter-clockwise as seen
    double scale() const;           // follow-up pixels per baseline pixel
    bool trusted() const;
};

// A registration under this quality is not used without the clinician's look (the window says
// so and offers the manual alignment).
inline constexpr double kTrustedRegistration = 0.25;

// Finds the follow-up's registration on its baseline: a search over every rotation (3-degree
// steps) by phase correlation on reduced copies, refined by ECC alignment (OpenCV's video
// module) and kept as a similarity. `followUpPxPerBaselinePx` is the scale expected from the two
// photos' calibration (1 for the same device and magnification). `progress` (0-100) may return
// false to cancel. An error when the photos are empty or too small to register (under 64 px).
Result<Registration> registerFollowUp(const QImage &baseline, const QImage &followUp,
                                      double followUpPxPerBaselinePx = 1,
                                      const std::function<bool(int)> &progress = {});

// The registration from points matched by hand (at least three pairs, baseline -> follow-up):
// the least-squares similarity, its residual and its quality. An error naming what is wrong:
// too few points, points too close together or on one line.
Result<Registration> registrationFromPoints(const QImage &baseline, const QImage &followUp,
                                            const QList<QPointF> &inBaseline,
                                            const QList<QPointF> &inFollowUp);

// The baseline's field carried onto the follow-up: a circle stays a circle while it fits, a
// rectangle or the whole image becomes a polygon; what falls outside the follow-up is cut off.
// `inView` (when given) receives the share of the carried field's area inside the follow-up.
AnalysisField carryField(const AnalysisField &field, QSize baseline, const Registration &r,
                         QSize followUp, double *inView = nullptr);

// The baseline photo drawn in the follow-up's frame (for a ghost overlay), at `scale` of the
// follow-up's size; transparent where the baseline does not reach.
QImage ghostOf(const QImage &baseline, const Registration &r, QSize followUp, double scale);

// Kept with the follow-up's stored analysis: {"method": "automatic"|"manual", "quality",
// "residual_px", "matrix": [m11, m12, m21, m22, dx, dy]}.
QJsonObject registrationJson(const Registration &r);
std::optional<Registration> registrationFromJson(const QJsonObject &json);

} // namespace tricholog::analysis
