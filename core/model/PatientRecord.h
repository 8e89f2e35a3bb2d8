#pragma once

#include "Diagnosis.h"
#include "Measurement.h"
#include "MicroneedlingSession.h"
#include "Patient.h"
#include "PatientReportedOutcome.h"
#include "Photo.h"

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
};

} // namespace tricholog
