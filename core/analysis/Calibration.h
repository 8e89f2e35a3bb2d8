#pragma once

#include "core/Result.h"

#include <QImage>

namespace tricholog::analysis {

// The scale of a device measured from an image of a millimetre ruler or a stage micrometer:
// the spacing of its tick marks, in pixels, against the known division.
struct ScaleMeasurement
{
    double umPerPx = 0;
    double uncertaintyUmPerPx = 0; // the standard error of the fitted spacing, carried over
    double spacingPx = 0;          // between neighbouring ticks
    double angleDegrees = 0;       // of the ruler's length against the image's x axis
    int ticks = 0;                 // tick marks the fit used
};

// Finds the ticks' period and direction from the image's spectrum, then fits every tick's
// position along the ruler (a straight line of position against tick number): its slope is the
// spacing, its standard error the uncertainty. `divisionMm` is the distance between neighbouring
// ticks (0.1 or 1). An error names what was not found (too few ticks, no regular pattern).
Result<ScaleMeasurement> measureScale(const QImage &image, double divisionMm);

// A generated ruler for tests and the demo: dark ticks every `divisionMm` (longer every fifth
// and tenth) on a light scale, turned by `angleDegrees`, at `umPerPx`, slightly blurred and
// noisy; the same arguments give the same image.
QImage makeRuler(int width, int height, double umPerPx, double divisionMm, double angleDegrees,
                 quint32 seed = 1);

} // namespace tricholog::analysis
