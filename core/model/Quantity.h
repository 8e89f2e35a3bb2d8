#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace tricholog {

// Units of the clinical quantities. `symbol` is what people read (translated, context "Units"),
// `ucum` what FHIR exports.
namespace units {
struct HairsPerCm2
{
    static constexpr const char *symbol = QT_TRANSLATE_NOOP("Units", "hairs/cm²");
    static constexpr const char *ucum = "/cm2";
};
struct Micrometre
{
    static constexpr const char *symbol = QT_TRANSLATE_NOOP("Units", "µm");
    static constexpr const char *ucum = "um";
};
struct Percent
{
    static constexpr const char *symbol = QT_TRANSLATE_NOOP("Units", "%");
    static constexpr const char *ucum = "%";
};
struct Millimetre
{
    static constexpr const char *symbol = QT_TRANSLATE_NOOP("Units", "mm");
    static constexpr const char *ucum = "mm";
};
struct SquareCentimetre
{
    static constexpr const char *symbol = QT_TRANSLATE_NOOP("Units", "cm²");
    static constexpr const char *ucum = "cm2";
};
struct MillimetrePerCm2
{
    static constexpr const char *symbol = QT_TRANSLATE_NOOP("Units", "mm/cm²");
    static constexpr const char *ucum = "mm/cm2";
};
struct FollicularUnitsPerCm2
{
    static constexpr const char *symbol = QT_TRANSLATE_NOOP("Units", "FU/cm²");
    static constexpr const char *ucum = "/cm2";
};
struct HairsPerFollicularUnit
{
    static constexpr const char *symbol = QT_TRANSLATE_NOOP("Units", "hairs/FU");
    static constexpr const char *ucum = "1";
};
} // namespace units

// A measured clinical value with its unit in the type and an explicit "not recorded" state, so a
// density cannot be passed where a diameter is expected and 0 never stands in for "missing".
template<typename Unit>
class Quantity
{
public:
    using UnitType = Unit;

    constexpr Quantity() noexcept = default;
    constexpr explicit Quantity(double value) noexcept
        : m_value(value)
    {}
    constexpr explicit Quantity(std::optional<double> value) noexcept
        : m_value(value)
    {}

    static constexpr Quantity notRecorded() noexcept { return {}; }

    constexpr bool isRecorded() const noexcept { return m_value.has_value(); }
    constexpr double value() const { return m_value.value(); }
    constexpr double valueOr(double fallback) const noexcept { return m_value.value_or(fallback); }
    constexpr std::optional<double> toOptional() const noexcept { return m_value; }

    static QString unitSymbol() { return QCoreApplication::translate("Units", Unit::symbol); }
    static QString ucumCode() { return QString::fromLatin1(Unit::ucum); }

    friend constexpr bool operator==(const Quantity &, const Quantity &) = default;

private:
    std::optional<double> m_value;
};

using HairDensity = Quantity<units::HairsPerCm2>;
using ShaftDiameter = Quantity<units::Micrometre>;
using Percentage = Quantity<units::Percent>;
using NeedleLength = Quantity<units::Millimetre>;
using AreaCm2 = Quantity<units::SquareCentimetre>;
using CumulativeHairThickness = Quantity<units::MillimetrePerCm2>;
using FollicularUnitDensity = Quantity<units::FollicularUnitsPerCm2>;
using HairsPerUnit = Quantity<units::HairsPerFollicularUnit>;

} // namespace tricholog
