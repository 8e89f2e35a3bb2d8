#include "ui/charts/SiteColors.h"

namespace tricholog {

QColor siteColor(ScalpSite site)
{
    switch (site) {
    case ScalpSite::Frontal:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case ScalpSite::Midscalp:
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    case ScalpSite::Vertex:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case ScalpSite::TemporalLeft:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    case ScalpSite::TemporalRight:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    case ScalpSite::Occipital:
        return QColor(0x00, 0x72, 0xB2); // blue
    case ScalpSite::TargetArea:
        return QColor(0x33, 0x33, 0x33); // near black
    }
    return Qt::gray;
}

} // namespace tricholog
