#pragma once

#include "core/model/Range.h"

namespace tricholog {

// Valid ranges, in one place for validation, entry widgets and import. The clinical ranges come
// from docs/DOMAIN.md; those marked "plausibility" are limits this program sets where the
// domain gives none, wide enough for any real record. The ranges of a measurement's values are
// in core/model/MeasurementFields.cpp, with everything else about each value.
namespace ranges {
inline constexpr int kMrnMaxLength = 32;
// Free text: notes hold a few pages (longer text is refused, never cut silently); short fields
// (operator, background therapy) a line.
inline constexpr int kNotesMaxLength = 20000;
inline constexpr int kShortTextMaxLength = 500;
inline constexpr Range kFitzpatrick{1, 6, 0};
inline constexpr Range kNeedleLengthMm{0.10, 3.00, 2};
inline constexpr Range kNeedleCount{1, 1000, 0};       // plausibility
inline constexpr Range kPasses{1, 30, 0};              // plausibility
inline constexpr Range kAnaestheticMinutes{0, 180, 0}; // plausibility
inline constexpr Range kPain{0, 10, 0};
inline constexpr Range kSessionNumber{1, 500, 0};  // plausibility
inline constexpr Range kMagnification{1, 1000, 0}; // plausibility
inline constexpr Range kSaltRegion{0, 100, 1};
inline constexpr Range kGlobalAssessment{-3, 3, 0};
inline constexpr Range kShedding{1, 6, 0};
inline constexpr Range kSinclair{1, 5, 0};
} // namespace ranges

} // namespace tricholog
