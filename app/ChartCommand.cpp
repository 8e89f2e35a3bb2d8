#include "ChartCommand.h"

#include <cstdio>

namespace tricholog {

int runChart(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    std::fprintf(stderr, "tricholog: chart is not available in this build\n");
    return 1;
}

} // namespace tricholog
