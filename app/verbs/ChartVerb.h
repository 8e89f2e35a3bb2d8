#pragma once

#include <QStringList>

namespace tricholog {

// `tricholog chart --database PATH --patient MRN --metric KEY [--percent] --output
// FILE.png|FILE.svg
// [--size WIDTHxHEIGHT]`: renders a patient's progress chart with no display.
// Returns the process exit code (0 ok, 1 failure, 2 usage error).
int runChart(const QStringList &arguments);

} // namespace tricholog
