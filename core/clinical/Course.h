#pragma once

#include "core/model/MicroneedlingSession.h"

#include <QDate>
#include <QList>
#include <optional>

namespace tricholog {

// Where a patient stands in the treatment course.
struct CourseStatus
{
    int sessionsDone = 0;
    std::optional<int> planned; // from the latest session that records it
    QDate firstSession;
    QDate lastSession;
    QDate expectedNext; // last + median interval while sessions remain; invalid when complete
    bool complete() const { return planned && sessionsDone >= *planned; }
    QString text() const; // "session 5 of 8", "8 sessions, course complete", "no sessions yet"
};

CourseStatus courseStatus(const QList<MicroneedlingSession> &sessions);

} // namespace tricholog
