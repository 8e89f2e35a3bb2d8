#pragma once

#include "core/Result.h"
#include "core/io/CsvFormat.h"
#include "core/security/Disclosure.h"
#include "core/storage/PatientRecordLoader.h"

#include <QMap>
#include <functional>

namespace tricholog {

class Database;
class ReadSnapshot;

// The patients an export covers, in MRN order: one MRN, or every patient (archived included).
struct ExportScope
{
    QString mrn;       // empty: everyone
    QList<qint64> ids; // in MRN order
    QStringList mrns;  // the same patients' MRNs
};
Result<ExportScope> exportScope(Database &db, const QString &mrn = {});

// The start of every export: `snapshot` (the caller's, kept until the last batch is read)
// checked, then the scope read inside it.
Result<ExportScope> startExport(Database &db, const ReadSnapshot &snapshot, const QString &mrn);
// An export's folder, created when missing.
Result<void> makeExportFolder(const QString &folder);

// How many patients' records an export reads at once: 500 from a server, where every batch
// costs seven statements planned and started (batches of 250 made the clinic's export from
// PostgreSQL 8 % slower), 250 from SQLite, whose cost is per row: the CSV export holds two
// batches (one written while the next is read), and two of 250 kept the 100,000-patient chain
// at 127-135 MiB where two of 500 took 174 MiB.
qsizetype exportBatch(const Database &db);

// Reads the records of `scope` in batches of `batchSize` patients (0: exportBatch(db); one
// statement per table and batch, never one per patient) and hands each batch, in MRN order, to
// `use`; stops at the first error `use` returns. Memory holds one batch, whatever the size of
// the clinic.
Result<void>
forEachRecordBatch(Database &db, const ExportScope &scope,
                   const std::function<Result<void>(const QList<PatientRecord> &)> &use,
                   qsizetype batchSize = 0, RecordParts parts = RecordParts::All);

// Every record of `mrn` (or of everyone) at once, in MRN order: for small exports and tests.
Result<QList<PatientRecord>> recordsForExport(Database &db, const QString &mrn = {});

// The audit trail's disclosure of an export of `scope`: the one patient, or everyone.
Result<void> discloseExport(Database &db, DisclosureKind kind, const ExportScope &scope,
                            const QString &destination);

// Writes patients.csv, diagnoses.csv, sessions.csv and measurements.csv into `folder` (created
// when missing) as one set (FileSetWriter: all four replace the previous ones or none does;
// never through a symbolic link), in the format CsvImporter reads, written batch by batch as
// the records are read (on a thread of its own, while the next batch is read). Returns the rows
// written per kind.
Result<QMap<CsvKind, int>> exportCsv(Database &db, const QString &folder, const QString &mrn = {},
                                     qsizetype batchSize = 0);

} // namespace tricholog
