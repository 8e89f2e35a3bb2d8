#include "core/clinical/Course.h"

#include <QCoreApplication>
#include <algorithm>

namespace tricholog {

CourseStatus courseStatus(const QList<MicroneedlingSession> &sessions)
{
    CourseStatus status;
    status.sessionsDone = int(sessions.size());
    if (sessions.isEmpty())
        return status;
    QList<QDate> dates;
    for (const auto &s : sessions)
        dates << s.performedAt.date();
    std::sort(dates.begin(), dates.end());
    status.firstSession = dates.first();
    status.lastSession = dates.last();

    const MicroneedlingSession *latest = &sessions.first();
    for (const auto &s : sessions) {
        if (s.performedAt > latest->performedAt)
            latest = &s;
    }
    status.planned = latest->plannedSessions;
    if (latest->sessionNumber)
        status.sessionsDone = std::max(status.sessionsDone, *latest->sessionNumber);

    if (!status.complete() && dates.size() >= 2) {
        QList<qint64> intervals;
        for (qsizetype i = 1; i < dates.size(); ++i)
            intervals << dates.at(i - 1).daysTo(dates.at(i));
        std::sort(intervals.begin(), intervals.end());
        status.expectedNext = status.lastSession.addDays(intervals.at(intervals.size() / 2));
    }
    return status;
}

QString CourseStatus::text() const
{
    if (sessionsDone == 0)
        return QCoreApplication::translate("Keys", "no sessions yet");
    if (!planned)
        return QCoreApplication::translate("Keys", "%n session(s)", nullptr, sessionsDone);
    if (complete())
        return QCoreApplication::translate("Keys", "%1 of %2 sessions, course complete")
            .arg(sessionsDone)
            .arg(*planned);
    return QCoreApplication::translate("Keys", "session %1 of %2").arg(sessionsDone).arg(*planned);
}

} // namespace tricholog
