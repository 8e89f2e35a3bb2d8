#pragma once

#include "core/Result.h"
#include "core/model/PatientRecord.h"

namespace tricholog {

class Database;

Result<PatientRecord> loadPatientRecord(Database &db, qint64 patientId);

} // namespace tricholog
