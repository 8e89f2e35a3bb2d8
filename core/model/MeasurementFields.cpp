#include "core/model/MeasurementFields.h"

#include "core/model/Measurement.h"

#include <QCoreApplication>
#include <QtMath>
#include <type_traits>

namespace tricholog {

namespace {

template<auto Member>
std::optional<double> read(const Measurement &m)
{
    const auto &v = m.*Member;
    if constexpr (std::is_same_v<std::remove_cvref_t<decltype(v)>, std::optional<int>>)
        return v ? std::optional<double>(*v) : std::nullopt;
    else
        return v.toOptional();
}

template<auto Member>
void write(Measurement &m, std::optional<double> value)
{
    auto &v = m.*Member;
    using T = std::remove_cvref_t<decltype(v)>;
    if constexpr (std::is_same_v<T, std::optional<int>>)
        v = value ? std::optional<int>(qRound(*value)) : std::nullopt;
    else
        v = T(value);
}

// Ranges: clinical ones from docs/DOMAIN.md; those marked "plausibility" are limits this program
// sets where the domain gives none, wide enough for any real record.
constexpr Range kPercent{0, 100, 1};

constexpr MeasurementField kFields[] = {
    {"density_per_cm2", "density", QT_TRANSLATE_NOOP("MeasurementFields", "Hair density"),
     QT_TRANSLATE_NOOP("MeasurementFields", "Density"), QT_TRANSLATE_NOOP("Units", "hairs/cm²"),
     "/cm2", "/cm²", "hair-density", "Hair density", Range{0, 800, 1}, true, true, Metric::Density,
     &read<&Measurement::density>, &write<&Measurement::density>},
    {"hair_count", "hair_count", QT_TRANSLATE_NOOP("MeasurementFields", "Hair count"),
     QT_TRANSLATE_NOOP("MeasurementFields", "Hair count"), QT_TRANSLATE_NOOP("Units", "hairs"),
     "{hairs}", "hairs", "hair-count", "Hair count in the target area",
     Range{0, 10000, 0} /* plausibility */, true, true, Metric::HairCount,
     &read<&Measurement::hairCount>, &write<&Measurement::hairCount>},
    {"area_cm2", "area_cm2", QT_TRANSLATE_NOOP("MeasurementFields", "Counted area"),
     QT_TRANSLATE_NOOP("MeasurementFields", "Area"), QT_TRANSLATE_NOOP("Units", "cm²"), "cm2",
     "cm²", "counted-area", "Counted area", Range{0.01, 100, 2} /* plausibility; > 0 */, true,
     false, std::nullopt, &read<&Measurement::area>, &write<&Measurement::area>},
    {"mean_diameter_um", "mean_diameter_um",
     QT_TRANSLATE_NOOP("MeasurementFields", "Mean hair-shaft diameter"),
     QT_TRANSLATE_NOOP("MeasurementFields", "Mean diameter"), QT_TRANSLATE_NOOP("Units", "µm"),
     "um", "µm", "mean-shaft-diameter", "Mean hair-shaft diameter", Range{5, 200, 1}, true, true,
     Metric::MeanDiameter, &read<&Measurement::meanDiameter>, &write<&Measurement::meanDiameter>},
    {"terminal_pct", "terminal_pct", QT_TRANSLATE_NOOP("MeasurementFields", "Terminal hairs"),
     QT_TRANSLATE_NOOP("MeasurementFields", "Terminal"), QT_TRANSLATE_NOOP("Units", "%"), "%", "%",
     "terminal-hair-percent", "Terminal hairs", kPercent, true, true, Metric::TerminalPercent,
     &read<&Measurement::terminal>, &write<&Measurement::terminal>},
    {"vellus_pct", "vellus_pct", QT_TRANSLATE_NOOP("MeasurementFields", "Vellus hairs"),
     QT_TRANSLATE_NOOP("MeasurementFields", "Vellus"), QT_TRANSLATE_NOOP("Units", "%"), "%", "%",
     "vellus-hair-percent", "Vellus hairs", kPercent, true, true, Metric::VellusPercent,
     &read<&Measurement::vellus>, &write<&Measurement::vellus>},
    {"anagen_pct", "anagen_pct", QT_TRANSLATE_NOOP("MeasurementFields", "Anagen hairs"),
     QT_TRANSLATE_NOOP("MeasurementFields", "Anagen"), QT_TRANSLATE_NOOP("Units", "%"), "%", "%",
     "anagen-percent", "Anagen hairs", kPercent, true, true, Metric::AnagenPercent,
     &read<&Measurement::anagen>, &write<&Measurement::anagen>},
    {"telogen_pct", "telogen_pct", QT_TRANSLATE_NOOP("MeasurementFields", "Telogen hairs"),
     QT_TRANSLATE_NOOP("MeasurementFields", "Telogen"), QT_TRANSLATE_NOOP("Units", "%"), "%", "%",
     "telogen-percent", "Telogen hairs", kPercent, true, true, Metric::TelogenPercent,
     &read<&Measurement::telogen>, &write<&Measurement::telogen>},
    {"fu_per_cm2", "fu_per_cm2", QT_TRANSLATE_NOOP("MeasurementFields", "Follicular units"),
     QT_TRANSLATE_NOOP("MeasurementFields", "Follicular units"),
     QT_TRANSLATE_NOOP("Units", "FU/cm²"), "/cm2", "/cm²", "follicular-unit-density",
     "Follicular units", Range{0, 400, 1} /* plausibility */, false, true, std::nullopt,
     &read<&Measurement::follicularUnits>, &write<&Measurement::follicularUnits>},
    {"hairs_per_fu", "hairs_per_fu",
     QT_TRANSLATE_NOOP("MeasurementFields", "Hairs per follicular unit"),
     QT_TRANSLATE_NOOP("MeasurementFields", "Hairs per unit"),
     QT_TRANSLATE_NOOP("Units", "hairs/FU"), "{hairs}", "hairs", "hairs-per-follicular-unit",
     "Hairs per follicular unit", Range{1, 6, 2} /* plausibility */, false, true, std::nullopt,
     &read<&Measurement::hairsPerFollicularUnit>, &write<&Measurement::hairsPerFollicularUnit>},
};

} // namespace

QString MeasurementField::labelText() const
{
    return QCoreApplication::translate("MeasurementFields", label);
}

QString MeasurementField::shortLabelText() const
{
    return QCoreApplication::translate("MeasurementFields", shortLabel);
}

QString MeasurementField::unitText() const
{
    return QCoreApplication::translate("Units", unit);
}

std::span<const MeasurementField> measurementFields()
{
    return kFields;
}

const MeasurementField *measurementField(Metric metric)
{
    for (const auto &f : kFields)
        if (f.metric == metric)
            return &f;
    return nullptr;
}

const MeasurementField *measurementFieldByKey(QStringView key)
{
    for (const auto &f : kFields)
        if (key == QLatin1StringView(f.key))
            return &f;
    return nullptr;
}

bool hasRecordedValue(const Measurement &m)
{
    for (const auto &f : kFields)
        if (f.countsAsValue && f.get(m))
            return true;
    return false;
}

} // namespace tricholog
