#pragma once

#include "core/clinical/ValidationResult.h"
#include "core/model/Diagnosis.h"
#include "core/model/Measurement.h"
#include "core/model/MicroneedlingSession.h"
#include "core/model/Patient.h"
#include "core/model/PatientReportedOutcome.h"
#include "core/model/Photo.h"

#include <QDateTime>

namespace tricholog {

// The rules of docs/DOMAIN.md. Each function returns every problem at once; each issue
// names the field, the value and the allowed range. Uniqueness of the MRN needs the database and
// is checked by PatientRepository on top of these rules.
ValidationResult validatePatient(const Patient &patient, QDate today);
ValidationResult validateDiagnosis(const Diagnosis &diagnosis, const Patient &owner, QDate today);
ValidationResult validateSession(const MicroneedlingSession &session, const Patient &owner,
                                 const QDateTime &now);
ValidationResult validateMeasurement(const Measurement &measurement, const Patient &owner,
                                     QDate today);
ValidationResult validateOutcome(const PatientReportedOutcome &outcome, const Patient &owner,
                                 QDate today);

// A photo's details (the image itself is checked when it is read, the consent and the session
// by PhotoRepository).
ValidationResult validatePhoto(const Photo &photo, const Patient &owner, const QDateTime &now);

bool isValidEmail(const QString &email);

} // namespace tricholog
