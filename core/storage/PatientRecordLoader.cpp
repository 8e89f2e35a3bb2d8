#include "core/storage/PatientRecordLoader.h"

#include "core/storage/DiagnosisRepository.h"
#include "core/storage/MeasurementRepository.h"
#include "core/storage/OutcomeRepository.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/PhotoRepository.h"
#include "core/storage/SessionRepository.h"

namespace tricholog {

Result<PatientRecord> loadPatientRecord(Database &db, qint64 patientId)
{
    PatientRecord record;
    auto patient = PatientRepository(db).find(patientId);
    if (!patient)
        return patient.error();
    record.patient = std::move(patient).value();
    auto diagnoses = DiagnosisRepository(db).forPatient(patientId);
    if (!diagnoses)
        return diagnoses.error();
    record.diagnoses = std::move(diagnoses).value();
    auto sessions = SessionRepository(db).forPatient(patientId);
    if (!sessions)
        return sessions.error();
    record.sessions = std::move(sessions).value();
    auto measurements = MeasurementRepository(db).forPatient(patientId);
    if (!measurements)
        return measurements.error();
    record.measurements = std::move(measurements).value();
    auto outcomes = OutcomeRepository(db).forPatient(patientId);
    if (!outcomes)
        return outcomes.error();
    record.outcomes = std::move(outcomes).value();
    auto photos = PhotoRepository(db).forPatient(patientId);
    if (!photos)
        return photos.error();
    record.photos = std::move(photos).value();
    return record;
}

} // namespace tricholog
