#pragma once

#include <QStringList>

namespace tricholog {

// `tricholog outcomes --database PATH --metric KEY [--site KEY] [--at-weeks N] [--window-weeks W]
// [--by none|device|needle|diagnosis|adjunct:KEY] [--responder-pct P] [--from DATE] [--to DATE]
// --output FILE.csv`: the clinic's outcomes across patients (docs/OUTCOMES.md) as CSV.
// Returns the process exit code (0 ok, 1 failure, 2 usage error).
int runOutcomes(const QStringList &arguments);

} // namespace tricholog
