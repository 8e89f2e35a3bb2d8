#pragma once

#include "core/Result.h"
#include "core/model/PatientRecord.h"

namespace tricholog {

class Database;

Result<PatientRecord> loadPatientRecord(Database &db, qint64 patientId);

// The records of many patients, read with one statement per table (not one per patient), in the
// order of `patientIds`; an id without a patient is left out. Meant for batches of a few hundred
// patients: the batch is held in memory.
// What of a record to read: all of it (the window, the report, FHIR), or only the rows the CSV
// export writes (patient, diagnoses, sessions, measurements; no outcomes, photos or analyses).
enum class RecordParts
{
    All,
    ClinicalRows
};

Result<QList<PatientRecord>> loadPatientRecords(Database &db, const QList<qint64> &patientIds,
                                                RecordParts parts = RecordParts::All);

} // namespace tricholog
