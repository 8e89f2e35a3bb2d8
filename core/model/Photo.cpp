#include "Photo.h"

#include "Keys.h"

namespace tricholog {

QString Photo::viewText() const
{
    QString text = label(view);
    if (site)
        text += QStringLiteral(", ") + label(*site);
    if (magnification)
        text += QStringLiteral(", %1×").arg(*magnification);
    return text;
}

} // namespace tricholog
