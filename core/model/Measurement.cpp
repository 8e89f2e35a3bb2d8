#include "core/model/Measurement.h"

#include "core/clinical/HairMaths.h"
#include "core/model/MeasurementFields.h"

namespace tricholog {

CumulativeHairThickness Measurement::cumulativeThickness() const
{
    return cumulativeHairThickness(density, meanDiameter);
}

std::optional<double> Measurement::value(Metric metric) const
{
    if (metric == Metric::CumulativeThickness)
        return cumulativeThickness().toOptional();
    const MeasurementField *field = measurementField(metric);
    return field ? field->get(*this) : std::nullopt;
}

} // namespace tricholog
