#pragma once

#include <QStringList>

namespace tricholog {

// `tricholog analyse --image FILE --um-per-px X [--field x,y,w,h | --circle cx,cy,r]
// [--terminal-from-um T] [--vellus-below-um V] --output FILE.json [--overlay FILE.png]`:
// finds every hair shaft in a trichoscopy image and writes them with the counts and widths.
// Needs no database and no sign-in. Returns the exit code (0 ok, 1 failure, 2 usage error);
// on any error no file is written.
int runAnalyse(const QStringList &arguments);

// `tricholog calibrate --image FILE --division-mm 0.1|1`: prints the micrometres per pixel found
// from a ruler image's tick spacing, with the fit's uncertainty. Needs no database.
int runCalibrate(const QStringList &arguments);

} // namespace tricholog
