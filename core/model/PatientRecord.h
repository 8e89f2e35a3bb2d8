#pragma once

#include "core/model/Diagnosis.h"
#include "core/model/Measurement.h"
#include "core/model/MicroneedlingSession.h"
#include "core/model/Patient.h"
#include "core/model/PatientReportedOutcome.h"
#include "core/model/Photo.h"

#include <QHash>
#include <QList>

namespace tricholog {

// Everything recorded for one patient: what the patient file, the charts and the report show.
struct PatientRecord
{
    Patient patient;
    QList<Diagnosis> diagnoses;             // newest first
    QList<MicroneedlingSession> sessions;   // newest first
    QList<Measurement> measurements;        // oldest first
    QList<PatientReportedOutcome> outcomes; // oldest first
    QList<Photo> photos;                    // oldest first; details only, no image data
    // Measurements made by image analysis: measurement id -> the photo it was measured on.
    QHash<qint64, qint64> analysedPhotos;
};

} // namespace tricholog
