#pragma once

#include <QStringList>

namespace tricholog {

// `tricholog recall`: the recall list as CSV (README, "Treatment plans and recall").
int runRecall(const QStringList &arguments);
// `tricholog plan ics`: a patient's planned visits as an iCalendar file.
int runPlan(const QStringList &arguments);

} // namespace tricholog
