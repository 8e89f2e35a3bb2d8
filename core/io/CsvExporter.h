#pragma once

#include "core/Result.h"
#include "core/io/CsvFormat.h"
#include "core/security/Disclosure.h"

#include <QMap>

namespace tricholog {

class Database;

// The patients whose records an export covers: one MRN, or every patient (archived included).
// Records come back in MRN order.
Result<QList<PatientRecord>> recordsForExport(Database &db, const QString &mrn = {});
// The audit trail's disclosure of an export made from recordsForExport(db, mrn): the one
// patient, or everyone.
Result<void> discloseExport(Database &db, DisclosureKind kind, const QList<PatientRecord> &records,
                            const QString &mrn, const QString &destination);

// Writes patients.csv, diagnoses.csv, sessions.csv and measurements.csv into `folder` (created
// when missing) as one set (writeFileSet: all four replace the previous ones or none does; never
// through a symbolic link), in the format CsvImporter reads. Returns the rows written per kind.
Result<QMap<CsvKind, int>> exportCsv(Database &db, const QString &folder, const QString &mrn = {});

} // namespace tricholog
