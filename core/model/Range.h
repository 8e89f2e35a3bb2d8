#pragma once

namespace tricholog {

// A valid range of a number, with the decimals it is written and entered with.
struct Range
{
    double min;
    double max;
    int decimals;
    constexpr bool contains(double v) const { return v >= min && v <= max; }
};

} // namespace tricholog
