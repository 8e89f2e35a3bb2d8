#pragma once

#include "core/model/Enums.h"

#include <QColor>

namespace tricholog {

// One colour per scalp site, the same in every chart, table and report (Okabe-Ito palette,
// distinguishable with the common colour-vision deficiencies).
QColor siteColor(ScalpSite site);

} // namespace tricholog
