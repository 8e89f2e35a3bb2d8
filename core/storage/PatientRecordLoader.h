#pragma once

#include "Result.h"
#include "model/PatientRecord.h"

namespace tricholog {

class Database;

Result<PatientRecord> loadPatientRecord(Database &db, qint64 patientId);

} // namespace tricholog
