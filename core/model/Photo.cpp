#include "core/model/Photo.h"

#include "core/model/Keys.h"

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

QString minuteText(const QDateTime &at, const QLocale &locale)
{
    return locale.toString(at.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           locale.toString(at.time(),
                           locale.timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss")));
}

} // namespace tricholog
