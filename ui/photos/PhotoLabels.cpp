#include "ui/photos/PhotoLabels.h"

#include "ui/widgets/DateText.h"

#include <QCoreApplication>

namespace tricholog::photolabels {

QString when(const QDateTime &at, const QLocale &locale)
{
    return minuteText(at, locale);
}

QString session(const MicroneedlingSession &s, const QLocale &locale)
{
    QString text = dateText(s.performedAt.date(), locale);
    Photo of;
    of.sessionId = s.id;
    if (const QString number = sessionNumber(of, {s}); !number.isEmpty())
        text += QStringLiteral(" · ") + number;
    return text;
}

QString sessionOf(const Photo &photo, const QList<MicroneedlingSession> &sessions,
                  const QLocale &locale)
{
    for (const auto &s : sessions)
        if (s.id == photo.sessionId)
            return session(s, locale);
    return dateText(photo.takenAt.date(), locale);
}

QString sessionNumber(const Photo &photo, const QList<MicroneedlingSession> &sessions)
{
    for (const auto &s : sessions) {
        if (s.id != photo.sessionId || !s.sessionNumber)
            continue;
        return s.plannedSessions
                   ? QCoreApplication::translate("PhotoLabels", "session %1 of %2")
                         .arg(*s.sessionNumber)
                         .arg(*s.plannedSessions)
                   : QCoreApplication::translate("PhotoLabels", "session %1").arg(*s.sessionNumber);
    }
    return {};
}

QString full(const Photo &photo, const QList<MicroneedlingSession> &sessions, const QLocale &locale)
{
    QString text = photo.viewText() + QStringLiteral(" · ") + when(photo.takenAt, locale);
    if (const QString number = sessionNumber(photo, sessions); !number.isEmpty())
        text += QStringLiteral(" · ") + number;
    return text;
}

} // namespace tricholog::photolabels
