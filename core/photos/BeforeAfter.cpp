#include "core/photos/BeforeAfter.h"

#include "core/model/Keys.h"

#include <algorithm>

namespace tricholog {

QList<BeforeAfter> beforeAfterByView(const QList<Photo> &photos, QDate from, QDate to)
{
    QList<Photo> inPeriod;
    for (const auto &p : photos) {
        const QDate d = p.takenAt.date();
        if ((!from.isValid() || d >= from) && (!to.isValid() || d <= to))
            inPeriod << p;
    }
    std::stable_sort(inPeriod.begin(), inPeriod.end(), [](const Photo &a, const Photo &b) {
        return a.takenAt < b.takenAt || (a.takenAt == b.takenAt && a.id < b.id);
    });
    QList<BeforeAfter> pairs;
    for (PhotoView view : allValues<PhotoView>()) {
        QList<std::optional<ScalpSite>> sites;
        for (const auto &p : std::as_const(inPeriod))
            if (p.view == view && !sites.contains(p.site))
                sites << p.site;
        std::sort(sites.begin(), sites.end());
        for (const auto &site : std::as_const(sites)) {
            BeforeAfter pair;
            pair.view = view;
            pair.site = site;
            bool any = false;
            for (const auto &p : std::as_const(inPeriod)) {
                if (p.view != view || p.site != site)
                    continue;
                if (!any)
                    pair.first = p;
                else
                    pair.latest = p;
                any = true;
            }
            pairs << pair;
        }
    }
    return pairs;
}

} // namespace tricholog
