#include "core/clinical/HairMaths.h"

namespace tricholog {

CumulativeHairThickness cumulativeHairThickness(HairDensity density, ShaftDiameter meanDiameter)
{
    if (!density.isRecorded() || !meanDiameter.isRecorded())
        return CumulativeHairThickness::notRecorded();
    return CumulativeHairThickness(density.value() * meanDiameter.value() / 1000.0);
}

} // namespace tricholog
