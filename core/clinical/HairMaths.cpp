#include "HairMaths.h"

namespace tricholog {

CumulativeThickness cumulativeHairThickness(HairDensity density, ShaftDiameter meanDiameter)
{
    if (!density.isRecorded() || !meanDiameter.isRecorded())
        return CumulativeThickness::notRecorded();
    return CumulativeThickness(density.value() * meanDiameter.value() / 1000.0);
}

} // namespace tricholog
