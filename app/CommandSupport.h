#pragma once

#include "Result.h"
#include "model/PatientRecord.h"

#include <QString>

namespace tricholog {

// Shared by the headless verbs.
void printError(const QString &message); // "tricholog: MESSAGE" on stderr
void printLine(const QString &text);     // stdout

// Opens the database and loads one patient's record by MRN. Errors name the file or the MRN.
Result<PatientRecord> loadPatientByMrn(const QString &databasePath, const QString &mrn);

} // namespace tricholog
