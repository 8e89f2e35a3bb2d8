#pragma once

#include "core/model/MicroneedlingSession.h"
#include "core/model/Photo.h"

#include <QList>
#include <QLocale>
#include <QString>

namespace tricholog {

// How photos and their sessions are named on screen and in the report, in one place.
namespace photolabels {

// A time taken: the locale's short date and hours and minutes, no seconds.
QString when(const QDateTime &at, const QLocale &locale = QLocale());
// "12/03/2026 · session 3 of 10" (the number when recorded).
QString session(const MicroneedlingSession &session, const QLocale &locale = QLocale());
// The session of a photo among the patient's sessions, or the photo's date when it is not found.
QString sessionOf(const Photo &photo, const QList<MicroneedlingSession> &sessions,
                  const QLocale &locale = QLocale());
// "session 3 of 10" of the photo's session; empty when its number is not recorded.
QString sessionNumber(const Photo &photo, const QList<MicroneedlingSession> &sessions);
// "Global vertex · 12/03/2026 10:30 · session 3 of 10"
QString full(const Photo &photo, const QList<MicroneedlingSession> &sessions,
             const QLocale &locale = QLocale());

} // namespace photolabels

} // namespace tricholog
