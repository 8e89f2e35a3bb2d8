#pragma once

#include "core/model/Photo.h"

#include <QDate>
#include <QList>
#include <optional>

namespace tricholog {

// The first and the latest photo of one view (a trichoscopic view per site), for the report's
// before/after page and the comparison's defaults.
struct BeforeAfter
{
    PhotoView view = PhotoView::GlobalVertex;
    std::optional<ScalpSite> site; // trichoscopic photos: one pair per site
    Photo first;
    std::optional<Photo> latest; // none when the view has a single photo
};

// In the standard order of views; only photos taken within [from, to] (invalid: open-ended).
QList<BeforeAfter> beforeAfterByView(const QList<Photo> &photos, QDate from = {}, QDate to = {});

} // namespace tricholog
