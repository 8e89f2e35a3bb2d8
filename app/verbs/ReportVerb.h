#pragma once

#include <QStringList>

namespace tricholog {

// `tricholog report --database PATH --patient MRN --output FILE.pdf [--from DATE] [--to DATE]`
// Returns the process exit code (0 ok, 1 failure, 2 usage error).
int runReport(const QStringList &arguments);

} // namespace tricholog
