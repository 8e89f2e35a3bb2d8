#pragma once

#include "core/model/Enums.h"
#include "core/model/Quantity.h"
#include "core/model/RowVersion.h"

#include <QDate>
#include <QString>
#include <QTypeInfo>
#include <optional>

namespace tricholog {

// One visit's measurement of one scalp site. A visit may have no microneedling session
// (a baseline visit, say), so the session link is optional.
struct Measurement
{
    qint64 id = 0;
    RowVersion rowVersion; // lost-update check (bookkeeping, not compared)
    qint64 patientId = 0;
    std::optional<qint64> sessionId;
    QDate measuredOn;
    ScalpSite site = ScalpSite::Vertex;
    QString siteLabel; // name of a target area, e.g. "tattoo 1 cm² vertex"
    MeasurementMethod method = MeasurementMethod::Trichoscopy;
    QString instrument;
    std::optional<int> magnification;
    HairDensity density;
    std::optional<int> hairCount; // hairs counted in the target area
    AreaCm2 area;                 // area of the count, required with a count
    ShaftDiameter meanDiameter;
    Percentage terminal;
    Percentage vellus;
    Percentage anagen;
    Percentage telogen;
    FollicularUnitDensity follicularUnits;
    HairsPerUnit hairsPerFollicularUnit;
    QString notes;

    // density x mean diameter, in mm/cm²; not recorded unless both are.
    CumulativeHairThickness cumulativeThickness() const;
    // The value of a progress metric, or nullopt when not recorded.
    std::optional<double> value(Metric metric) const;

    friend bool operator==(const Measurement &, const Measurement &) = default;
};

} // namespace tricholog

// Every member moves as its bytes (Qt's values, numbers, optionals of numbers): QList grows a
// list of measurements with realloc instead of moving them one by one (an export's batch holds
// tens of thousands).
Q_DECLARE_TYPEINFO(tricholog::Measurement, Q_RELOCATABLE_TYPE);
