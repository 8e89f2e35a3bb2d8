#pragma once

#include "core/model/Enums.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <array>
#include <optional>

namespace tricholog {

template<typename E>
struct KeyEntry
{
    E value;
    const char *key;   // stable, lower case, never translated
    const char *label; // English source text, translated in context "Keys"
};

template<typename E>
struct EnumKeys; // specialised below for each enumeration

// The stored key without making a string (to compare or sort by it); empty for no key.
template<typename E>
QLatin1StringView keyView(E value)
{
    for (const auto &entry : EnumKeys<E>::entries) {
        if (entry.value == value)
            return QLatin1StringView(entry.key);
    }
    return {};
}

template<typename E>
QString toKey(E value)
{
    return QString(keyView(value));
}

// The value of a stored key, given as text (QString, QStringView) or as its bytes
// (QLatin1StringView: the keys are ASCII, so text with any other byte is no key).
template<typename E, typename Text>
std::optional<E> fromKey(const Text &key)
{
    for (const auto &entry : EnumKeys<E>::entries) {
        if (key == QLatin1StringView(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

template<typename E>
QString label(E value)
{
    for (const auto &entry : EnumKeys<E>::entries) {
        if (entry.value == value)
            return QCoreApplication::translate("Keys", entry.label);
    }
    return {};
}

template<typename E>
QList<E> allValues()
{
    QList<E> values;
    for (const auto &entry : EnumKeys<E>::entries)
        values.append(entry.value);
    return values;
}

template<typename E>
QStringList allKeys()
{
    QStringList keys;
    for (const auto &entry : EnumKeys<E>::entries)
        keys.append(QString::fromLatin1(entry.key));
    return keys;
}

template<>
struct EnumKeys<Sex>
{
    static constexpr std::array<KeyEntry<Sex>, 3> entries{{
        {Sex::Female, "female", QT_TRANSLATE_NOOP("Keys", "Female")},
        {Sex::Male, "male", QT_TRANSLATE_NOOP("Keys", "Male")},
        {Sex::Other, "other", QT_TRANSLATE_NOOP("Keys", "Other / unknown")},
    }};
};

template<>
struct EnumKeys<DiagnosisType>
{
    static constexpr std::array<KeyEntry<DiagnosisType>, 11> entries{{
        {DiagnosisType::AgaMale, "aga_male",
         QT_TRANSLATE_NOOP("Keys", "Androgenetic alopecia, male pattern")},
        {DiagnosisType::AgaFemale, "aga_female",
         QT_TRANSLATE_NOOP("Keys", "Androgenetic alopecia, female pattern")},
        {DiagnosisType::AlopeciaAreata, "alopecia_areata",
         QT_TRANSLATE_NOOP("Keys", "Alopecia areata (patchy)")},
        {DiagnosisType::AlopeciaTotalis, "alopecia_totalis",
         QT_TRANSLATE_NOOP("Keys", "Alopecia totalis")},
        {DiagnosisType::AlopeciaUniversalis, "alopecia_universalis",
         QT_TRANSLATE_NOOP("Keys", "Alopecia universalis")},
        {DiagnosisType::Ophiasis, "ophiasis", QT_TRANSLATE_NOOP("Keys", "Ophiasis")},
        {DiagnosisType::TelogenEffluvium, "telogen_effluvium",
         QT_TRANSLATE_NOOP("Keys", "Telogen effluvium")},
        {DiagnosisType::AnagenEffluvium, "anagen_effluvium",
         QT_TRANSLATE_NOOP("Keys", "Anagen effluvium")},
        {DiagnosisType::Traction, "traction", QT_TRANSLATE_NOOP("Keys", "Traction alopecia")},
        {DiagnosisType::Cicatricial, "cicatricial",
         QT_TRANSLATE_NOOP("Keys", "Cicatricial (scarring) alopecia")},
        {DiagnosisType::Other, "other", QT_TRANSLATE_NOOP("Keys", "Other / unspecified alopecia")},
    }};
};

template<>
struct EnumKeys<DiagnosisStatus>
{
    static constexpr std::array<KeyEntry<DiagnosisStatus>, 3> entries{{
        {DiagnosisStatus::Active, "active", QT_TRANSLATE_NOOP("Keys", "Active")},
        {DiagnosisStatus::InRemission, "in_remission", QT_TRANSLATE_NOOP("Keys", "In remission")},
        {DiagnosisStatus::Resolved, "resolved", QT_TRANSLATE_NOOP("Keys", "Resolved")},
    }};
};

template<>
struct EnumKeys<Scale>
{
    static constexpr std::array<KeyEntry<Scale>, 5> entries{{
        {Scale::None, "none", QT_TRANSLATE_NOOP("Keys", "No scale")},
        {Scale::NorwoodHamilton, "norwood_hamilton", QT_TRANSLATE_NOOP("Keys", "Norwood-Hamilton")},
        {Scale::Ludwig, "ludwig", QT_TRANSLATE_NOOP("Keys", "Ludwig")},
        {Scale::Sinclair, "sinclair", QT_TRANSLATE_NOOP("Keys", "Sinclair")},
        {Scale::Salt, "salt", QT_TRANSLATE_NOOP("Keys", "SALT")},
    }};
};

template<>
struct EnumKeys<TrichoscopyFinding>
{
    static constexpr std::array<KeyEntry<TrichoscopyFinding>, 11> entries{{
        {TrichoscopyFinding::YellowDots, "yellow_dots", QT_TRANSLATE_NOOP("Keys", "Yellow dots")},
        {TrichoscopyFinding::BlackDots, "black_dots", QT_TRANSLATE_NOOP("Keys", "Black dots")},
        {TrichoscopyFinding::BrokenHairs, "broken_hairs",
         QT_TRANSLATE_NOOP("Keys", "Broken hairs")},
        {TrichoscopyFinding::ExclamationMarkHairs, "exclamation_mark_hairs",
         QT_TRANSLATE_NOOP("Keys", "Exclamation-mark hairs")},
        {TrichoscopyFinding::ShortVellusHairs, "short_vellus_hairs",
         QT_TRANSLATE_NOOP("Keys", "Short vellus hairs")},
        {TrichoscopyFinding::Anisotrichosis, "anisotrichosis",
         QT_TRANSLATE_NOOP("Keys", "Hair-diameter diversity > 20 %")},
        {TrichoscopyFinding::PerifollicularDiscoloration, "perifollicular_discoloration",
         QT_TRANSLATE_NOOP("Keys", "Perifollicular discoloration")},
        {TrichoscopyFinding::PeripilarSign, "peripilar_sign",
         QT_TRANSLATE_NOOP("Keys", "Peripilar sign")},
        {TrichoscopyFinding::Tufting, "tufting", QT_TRANSLATE_NOOP("Keys", "Tufting")},
        {TrichoscopyFinding::AbsentFollicularOpenings, "absent_follicular_openings",
         QT_TRANSLATE_NOOP("Keys", "Absent follicular openings")},
        {TrichoscopyFinding::PerifollicularScaling, "perifollicular_scaling",
         QT_TRANSLATE_NOOP("Keys", "Perifollicular scaling")},
    }};
};

template<>
struct EnumKeys<Device>
{
    static constexpr std::array<KeyEntry<Device>, 4> entries{{
        {Device::Dermaroller, "dermaroller", QT_TRANSLATE_NOOP("Keys", "Dermaroller")},
        {Device::Dermastamp, "dermastamp", QT_TRANSLATE_NOOP("Keys", "Dermastamp")},
        {Device::Pen, "pen", QT_TRANSLATE_NOOP("Keys", "Automated pen")},
        {Device::RfMicroneedling, "rf_microneedling",
         QT_TRANSLATE_NOOP("Keys", "Fractional RF microneedling")},
    }};
};

template<>
struct EnumKeys<ScalpSite>
{
    static constexpr std::array<KeyEntry<ScalpSite>, 7> entries{{
        {ScalpSite::Frontal, "frontal", QT_TRANSLATE_NOOP("Keys", "Frontal")},
        {ScalpSite::Midscalp, "midscalp", QT_TRANSLATE_NOOP("Keys", "Mid-scalp")},
        {ScalpSite::Vertex, "vertex", QT_TRANSLATE_NOOP("Keys", "Vertex")},
        {ScalpSite::TemporalLeft, "temporal_left", QT_TRANSLATE_NOOP("Keys", "Left temporal")},
        {ScalpSite::TemporalRight, "temporal_right", QT_TRANSLATE_NOOP("Keys", "Right temporal")},
        {ScalpSite::Occipital, "occipital", QT_TRANSLATE_NOOP("Keys", "Occipital")},
        {ScalpSite::TargetArea, "target_area", QT_TRANSLATE_NOOP("Keys", "Target area")},
    }};
};

template<>
struct EnumKeys<Endpoint>
{
    static constexpr std::array<KeyEntry<Endpoint>, 3> entries{{
        {Endpoint::Erythema, "erythema", QT_TRANSLATE_NOOP("Keys", "Mild erythema")},
        {Endpoint::PinpointBleeding, "pinpoint_bleeding",
         QT_TRANSLATE_NOOP("Keys", "Pinpoint bleeding")},
        {Endpoint::None, "none", QT_TRANSLATE_NOOP("Keys", "None")},
    }};
};

template<>
struct EnumKeys<MeasurementMethod>
{
    static constexpr std::array<KeyEntry<MeasurementMethod>, 4> entries{{
        {MeasurementMethod::Phototrichogram, "phototrichogram",
         QT_TRANSLATE_NOOP("Keys", "Phototrichogram")},
        {MeasurementMethod::Trichoscopy, "trichoscopy",
         QT_TRANSLATE_NOOP("Keys", "Trichoscopy (software-assisted)")},
        {MeasurementMethod::Manual, "manual", QT_TRANSLATE_NOOP("Keys", "Manual count")},
        {MeasurementMethod::ImageAnalysis, "image_analysis",
         QT_TRANSLATE_NOOP("Keys", "Image analysis (Tricholog)")},
    }};
};

template<>
struct EnumKeys<AdverseEventType>
{
    static constexpr std::array<KeyEntry<AdverseEventType>, 12> entries{{
        {AdverseEventType::Erythema, "erythema", QT_TRANSLATE_NOOP("Keys", "Erythema")},
        {AdverseEventType::Itching, "itching", QT_TRANSLATE_NOOP("Keys", "Itching")},
        {AdverseEventType::Pain, "pain", QT_TRANSLATE_NOOP("Keys", "Pain")},
        {AdverseEventType::Oedema, "oedema", QT_TRANSLATE_NOOP("Keys", "Oedema")},
        {AdverseEventType::Ecchymosis, "ecchymosis", QT_TRANSLATE_NOOP("Keys", "Ecchymosis")},
        {AdverseEventType::Headache, "headache", QT_TRANSLATE_NOOP("Keys", "Headache")},
        {AdverseEventType::Shedding, "shedding", QT_TRANSLATE_NOOP("Keys", "Shedding")},
        {AdverseEventType::Infection, "infection",
         QT_TRANSLATE_NOOP("Keys", "Folliculitis / infection")},
        {AdverseEventType::Hyperpigmentation, "hyperpigmentation",
         QT_TRANSLATE_NOOP("Keys", "Post-inflammatory hyperpigmentation")},
        {AdverseEventType::Milia, "milia", QT_TRANSLATE_NOOP("Keys", "Milia")},
        {AdverseEventType::Scarring, "scarring", QT_TRANSLATE_NOOP("Keys", "Scarring")},
        {AdverseEventType::Other, "other", QT_TRANSLATE_NOOP("Keys", "Other")},
    }};
};

template<>
struct EnumKeys<ContactOutcome>
{
    static constexpr std::array<KeyEntry<ContactOutcome>, 5> entries{{
        {ContactOutcome::Reached, "reached", QT_TRANSLATE_NOOP("Keys", "Reached")},
        {ContactOutcome::NoAnswer, "no_answer", QT_TRANSLATE_NOOP("Keys", "No answer")},
        {ContactOutcome::MessageLeft, "message_left", QT_TRANSLATE_NOOP("Keys", "Message left")},
        {ContactOutcome::Booked, "booked", QT_TRANSLATE_NOOP("Keys", "Booked")},
        {ContactOutcome::Declined, "declined", QT_TRANSLATE_NOOP("Keys", "Declined")},
    }};
};

template<>
struct EnumKeys<Severity>
{
    static constexpr std::array<KeyEntry<Severity>, 3> entries{{
        {Severity::Mild, "mild", QT_TRANSLATE_NOOP("Keys", "Mild")},
        {Severity::Moderate, "moderate", QT_TRANSLATE_NOOP("Keys", "Moderate")},
        {Severity::Severe, "severe", QT_TRANSLATE_NOOP("Keys", "Severe")},
    }};
};

template<>
struct EnumKeys<AdjunctType>
{
    static constexpr std::array<KeyEntry<AdjunctType>, 7> entries{{
        {AdjunctType::Minoxidil, "minoxidil", QT_TRANSLATE_NOOP("Keys", "Minoxidil")},
        {AdjunctType::Prp, "prp", QT_TRANSLATE_NOOP("Keys", "Platelet-rich plasma")},
        {AdjunctType::Exosomes, "exosomes", QT_TRANSLATE_NOOP("Keys", "Exosomes")},
        {AdjunctType::GrowthFactors, "growth_factors",
         QT_TRANSLATE_NOOP("Keys", "Growth-factor serum")},
        {AdjunctType::FinasterideTopical, "finasteride_topical",
         QT_TRANSLATE_NOOP("Keys", "Topical finasteride")},
        {AdjunctType::Dutasteride, "dutasteride",
         QT_TRANSLATE_NOOP("Keys", "Dutasteride mesotherapy")},
        {AdjunctType::Other, "other", QT_TRANSLATE_NOOP("Keys", "Other")},
    }};
};

template<>
struct EnumKeys<PhotoView>
{
    static constexpr std::array<KeyEntry<PhotoView>, 6> entries{{
        {PhotoView::GlobalFrontal, "global_frontal", QT_TRANSLATE_NOOP("Keys", "Global frontal")},
        {PhotoView::GlobalVertex, "global_vertex", QT_TRANSLATE_NOOP("Keys", "Global vertex")},
        {PhotoView::Left, "left", QT_TRANSLATE_NOOP("Keys", "Left")},
        {PhotoView::Right, "right", QT_TRANSLATE_NOOP("Keys", "Right")},
        {PhotoView::Occipital, "occipital", QT_TRANSLATE_NOOP("Keys", "Occipital")},
        {PhotoView::Trichoscopic, "trichoscopic", QT_TRANSLATE_NOOP("Keys", "Trichoscopic")},
    }};
};

template<>
struct EnumKeys<TakenAtSource>
{
    static constexpr std::array<KeyEntry<TakenAtSource>, 3> entries{{
        {TakenAtSource::Exif, "exif", QT_TRANSLATE_NOOP("Keys", "from the camera (EXIF)")},
        {TakenAtSource::File, "file", QT_TRANSLATE_NOOP("Keys", "from the file's time")},
        {TakenAtSource::Entered, "entered", QT_TRANSLATE_NOOP("Keys", "entered")},
    }};
};

template<>
struct EnumKeys<Metric>
{
    static constexpr std::array<KeyEntry<Metric>, 8> entries{{
        {Metric::Density, "density", QT_TRANSLATE_NOOP("Keys", "Hair density")},
        {Metric::MeanDiameter, "diameter", QT_TRANSLATE_NOOP("Keys", "Mean hair-shaft diameter")},
        {Metric::TerminalPercent, "terminal_pct", QT_TRANSLATE_NOOP("Keys", "Terminal hairs")},
        {Metric::VellusPercent, "vellus_pct", QT_TRANSLATE_NOOP("Keys", "Vellus hairs")},
        {Metric::AnagenPercent, "anagen_pct", QT_TRANSLATE_NOOP("Keys", "Anagen hairs")},
        {Metric::TelogenPercent, "telogen_pct", QT_TRANSLATE_NOOP("Keys", "Telogen hairs")},
        {Metric::HairCount, "hair_count", QT_TRANSLATE_NOOP("Keys", "Hair count in target area")},
        {Metric::CumulativeThickness, "thickness",
         QT_TRANSLATE_NOOP("Keys", "Cumulative hair thickness")},
    }};
};

} // namespace tricholog
