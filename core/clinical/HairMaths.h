#pragma once

#include "core/model/Quantity.h"

namespace tricholog {

// Cumulative hair thickness = density x mean diameter: hairs/cm² x µm / 1000 = mm/cm².
CumulativeHairThickness cumulativeHairThickness(HairDensity density, ShaftDiameter meanDiameter);

} // namespace tricholog
