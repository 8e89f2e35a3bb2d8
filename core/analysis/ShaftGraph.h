#pragma once

// Internal to the analysis engine (HairAnalysis.cpp): from the mask of dark shafts to one path
// per hair. Uses OpenCV types; not part of the engine's public interface.

#include <opencv2/core.hpp>
#include <vector>

namespace tricholog::analysis::detail {

// Thins a 0/1 mask (CV_8U) to one-pixel-wide lines (Zhang and Suen, 1984), in place.
void thin(cv::Mat &mask);

struct ShaftPath
{
    std::vector<cv::Point2f> points; // along the shaft, one pixel apart or so
    int unit = -1;                   // hairs leaving one opening share a unit (>= 0)
    bool freeStart = true;           // the path's first end is a free end (not at an opening)
    bool freeEnd = true;
};

struct GraphParameters
{
    float spurPx = 4;         // end branches shorter than this (plus the local half width) go
    float joinPx = 4;         // junctions closer than this (plus the half width) are one
    float straightCos = 0.8f; // two branches continue each other when cos(angle) <= -this
    float cornerDegrees = 50; // a path turning more than this is two hairs from one opening
};

// Splits a thinned mask into hair paths: branches meeting at a junction are joined when they
// continue each other in a straight line (a crossing is two hairs), and left apart when they
// leave it at an angle (hairs from one opening, which share a unit). `halfWidth` is the
// distance transform of the mask (half the local shaft width, in pixels).
std::vector<ShaftPath> tracePaths(const cv::Mat &skeleton, const cv::Mat &halfWidth,
                                  const GraphParameters &parameters);

} // namespace tricholog::analysis::detail
