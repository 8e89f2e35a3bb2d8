#include "core/model/Measurement.h"

#include "core/clinical/HairMaths.h"

namespace tricholog {

CumulativeHairThickness Measurement::cumulativeThickness() const
{
    return cumulativeHairThickness(density, meanDiameter);
}

std::optional<double> Measurement::value(Metric metric) const
{
    switch (metric) {
    case Metric::Density:
        return density.toOptional();
    case Metric::MeanDiameter:
        return meanDiameter.toOptional();
    case Metric::TerminalPercent:
        return terminal.toOptional();
    case Metric::VellusPercent:
        return vellus.toOptional();
    case Metric::AnagenPercent:
        return anagen.toOptional();
    case Metric::TelogenPercent:
        return telogen.toOptional();
    case Metric::HairCount:
        if (!hairCount)
            return std::nullopt;
        return double(*hairCount);
    case Metric::CumulativeThickness:
        return cumulativeThickness().toOptional();
    }
    return std::nullopt;
}

} // namespace tricholog
