#pragma once

#include "CsvFormat.h"
#include "Result.h"

#include <QMap>

namespace tricholog {

class Database;

// The patients whose records an export covers: one MRN, or every patient (archived included).
// Records come back in MRN order.
Result<QList<PatientRecord>> recordsForExport(Database &db, const QString &mrn = {});

// Writes patients.csv, diagnoses.csv, sessions.csv and measurements.csv into `folder` (created
// when missing), each through QSaveFile, in the format CsvImporter reads. Returns the rows
// written per kind.
Result<QMap<CsvKind, int>> exportCsv(Database &db, const QString &folder, const QString &mrn = {});

} // namespace tricholog
