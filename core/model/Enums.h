#pragma once

// Every enumeration of the clinical domain. Each is stored, imported and exported by the stable
// key of docs/DOMAIN.md (see Keys.h); the UI shows the translated label.

namespace tricholog {

enum class Sex
{
    Female,
    Male,
    Other
};

enum class DiagnosisType
{
    AgaMale,
    AgaFemale,
    AlopeciaAreata,
    AlopeciaTotalis,
    AlopeciaUniversalis,
    Ophiasis,
    TelogenEffluvium,
    AnagenEffluvium,
    Traction,
    Cicatricial,
    Other
};

enum class DiagnosisStatus
{
    Active,
    InRemission,
    Resolved
};

enum class Scale
{
    None,
    NorwoodHamilton,
    Ludwig,
    Sinclair,
    Salt
};

enum class TrichoscopyFinding
{
    YellowDots,
    BlackDots,
    BrokenHairs,
    ExclamationMarkHairs,
    ShortVellusHairs,
    Anisotrichosis,
    PerifollicularDiscoloration,
    PeripilarSign,
    Tufting,
    AbsentFollicularOpenings,
    PerifollicularScaling
};

enum class Device
{
    Dermaroller,
    Dermastamp,
    Pen,
    RfMicroneedling
};

// Treatment zones are the first six; measurement sites add TargetArea.
enum class ScalpSite
{
    Frontal,
    Midscalp,
    Vertex,
    TemporalLeft,
    TemporalRight,
    Occipital,
    TargetArea
};

enum class Endpoint
{
    Erythema,
    PinpointBleeding,
    None
};

enum class MeasurementMethod
{
    Phototrichogram,
    Trichoscopy,
    Manual,
    ImageAnalysis // from a photo, by core/analysis, with the hairs kept (schema 9)
};

enum class AdverseEventType
{
    Erythema,
    Itching,
    Pain,
    Oedema,
    Ecchymosis,
    Headache,
    Shedding,
    Infection,
    Hyperpigmentation,
    Milia,
    Scarring,
    Other
};

enum class Severity
{
    Mild,
    Moderate,
    Severe
};

enum class AdjunctType
{
    Minoxidil,
    Prp,
    Exosomes,
    GrowthFactors,
    FinasterideTopical,
    Dutasteride,
    Other
};

// What came of calling a patient from the recall list.
enum class ContactOutcome
{
    Reached,
    NoAnswer,
    MessageLeft,
    Booked,
    Declined
};

enum class PhotoView
{
    GlobalFrontal,
    GlobalVertex,
    Left,
    Right,
    Occipital,
    Trichoscopic
};

// Where a photo's "taken at" time came from.
enum class TakenAtSource
{
    Exif,   // the camera's DateTimeOriginal
    File,   // the file's modification time
    Entered // typed or corrected by the user
};

// What a progress series measures. Keys are used by `tricholog chart --metric`.
enum class Metric
{
    Density,
    MeanDiameter,
    TerminalPercent,
    VellusPercent,
    AnagenPercent,
    TelogenPercent,
    HairCount,
    CumulativeThickness
};

} // namespace tricholog
