#include "core/io/CsvExporter.h"

#include "core/io/BatchMemory.h"
#include "core/io/Csv.h"
#include "core/io/SafeIo.h"
#include "core/security/Disclosure.h"
#include "core/storage/CopyRows.h"
#include "core/storage/Database.h"
#include "core/storage/ImageAnalysisRepository.h"
#include "core/storage/PatientRecordLoader.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace tricholog {

Result<ExportScope> exportScope(Database &db, const QString &mrn)
{
    ExportScope scope;
    scope.mrn = mrn;
    if (!mrn.isEmpty()) {
        auto p = PatientRepository(db).findByMrn(mrn);
        if (!p)
            return Error::notFound(
                QCoreApplication::translate("CsvExporter", "No patient with MRN \"%1\".").arg(mrn));
        scope.ids << p.value().id;
        scope.mrns << p.value().mrn;
        return scope;
    }
    auto keys = PatientRepository(db).idsByMrn();
    if (!keys)
        return keys.error();
    scope.ids.reserve(keys.value().size());
    scope.mrns.reserve(keys.value().size());
    for (const auto &[id, number] : std::as_const(keys.value())) {
        scope.ids << id;
        scope.mrns << number;
    }
    return scope;
}

Result<ExportScope> startExport(Database &db, const ReadSnapshot &snapshot, const QString &mrn)
{
    if (!snapshot.errorText().isEmpty())
        return Error::storage(snapshot.errorText());
    return exportScope(db, mrn);
}

Result<void> makeExportFolder(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return Error::storage(
            QCoreApplication::translate("CsvExporter", "Cannot create the folder %1.").arg(folder));
    return {};
}

qsizetype exportBatch(const Database &db)
{
    return db.isServer() ? 500 : 250;
}

Result<void>
forEachRecordBatch(Database &db, const ExportScope &scope,
                   const std::function<Result<void>(const QList<PatientRecord> &)> &use,
                   qsizetype batchSize, RecordParts parts)
{
    batchSize = batchSize > 0 ? batchSize : exportBatch(db);
    BulkReading bulk(db);
    const BatchMemory memory;
    for (qsizetype from = 0; from < scope.ids.size(); from += batchSize) {
        auto records = loadPatientRecords(db, scope.ids.mid(from, batchSize), parts);
        if (!records)
            return records.error();
        if (auto used = use(records.value()); !used)
            return used.error();
    }
    return {};
}

Result<QList<PatientRecord>> recordsForExport(Database &db, const QString &mrn)
{
    auto scope = exportScope(db, mrn);
    if (!scope)
        return scope.error();
    QList<PatientRecord> all;
    auto read = forEachRecordBatch(db, scope.value(), [&all](const QList<PatientRecord> &batch) {
        all << batch;
        return Result<void>{};
    });
    if (!read)
        return read.error();
    return all;
}

Result<void> discloseExport(Database &db, DisclosureKind kind, const ExportScope &scope,
                            const QString &destination)
{
    if (scope.mrn.isEmpty() || scope.ids.isEmpty())
        return recordDisclosureOfAll(db, kind, int(scope.ids.size()), destination);
    return recordDisclosure(db, kind, {scope.ids.first()}, destination);
}

Result<QMap<CsvKind, int>> exportCsv(Database &db, const QString &folder, const QString &mrn,
                                     qsizetype batchSize)
{
    // One view of the database from the first batch to the last, while others go on writing.
    ReadSnapshot snapshot(db);
    auto scope = startExport(db, snapshot, mrn);
    if (!scope)
        return scope.error();
    if (auto made = makeExportFolder(folder); !made)
        return made.error();

    const QList<CsvKind> kinds{CsvKind::Patients, CsvKind::Diagnoses, CsvKind::Sessions,
                               CsvKind::Measurements};
    auto photoHashes = ImageAnalysisRepository(db).photoHashes();
    if (!photoHashes)
        return photoHashes.error();
    QStringList names;
    QMap<CsvKind, CsvWriter> writers;
    QMap<CsvKind, int> rows;
    for (CsvKind kind : kinds) {
        names << csv::fileName(kind);
        writers[kind].addRow(csv::columns(kind));
        rows[kind] = 0;
    }
    // The four files are one export: all replace the previous ones, or none does.
    FileSetWriter files(folder, names);
    if (auto opened = files.open(); !opened)
        return opened.error();
    // The text of each file goes out in pieces of about a megabyte (UTF-16), not a batch at a
    // time: a batch of the chain's patients made 13 MB of text, and twice that while growing.
    constexpr qsizetype kPieceChars = 512 * 1024;
    auto writeOut = [&](qsizetype atLeast) -> Result<void> {
        for (CsvKind kind : kinds)
            if (writers[kind].pending() >= atLeast)
                if (auto written = files.write(csv::fileName(kind), writers[kind].take()); !written)
                    return written.error();
        return {};
    };
    auto formatBatch = [&](const QList<PatientRecord> &batch) -> Result<void> {
        for (const PatientRecord &r : batch) {
            const QString &m = r.patient.mrn;
            writers[CsvKind::Patients].addRow(csv::patientRow(r.patient));
            ++rows[CsvKind::Patients];
            // Oldest first, as a clinic's spreadsheet runs.
            for (auto it = r.diagnoses.crbegin(); it != r.diagnoses.crend();
                 ++it, ++rows[CsvKind::Diagnoses])
                writers[CsvKind::Diagnoses].addRow(csv::diagnosisRow(m, *it));
            for (auto it = r.sessions.crbegin(); it != r.sessions.crend();
                 ++it, ++rows[CsvKind::Sessions])
                writers[CsvKind::Sessions].addRow(csv::sessionRow(m, *it));
            for (const auto &measurement : r.measurements) {
                writers[CsvKind::Measurements].addRow(
                    csv::measurementRow(m, measurement, photoHashes.value().value(measurement.id)));
                ++rows[CsvKind::Measurements];
            }
            if (auto written = writeOut(kPieceChars); !written)
                return written.error();
        }
        return writeOut(0);
    };
    // Each batch is formatted and written on a thread of its own while the next one is read:
    // on a server, the program's reading and the server's work then overlap with the writing.
    // At most two batches are held, the one being written and the one being read. The pool is
    // declared after everything its task uses, so that it waits for the task before they go.
    const BatchMemory memory; // until the writing thread is done too
    QThreadPool writer;
    writer.setMaxThreadCount(1);
    QFuture<Result<void>> writing;
    auto waitForWriter = [&writing]() -> Result<void> {
        return writing.isValid() ? writing.result() : Result<void>{};
    };
    auto writeBatch = [&](const QList<PatientRecord> &batch) -> Result<void> {
        if (auto before = waitForWriter(); !before)
            return before.error();
        writing = QtConcurrent::run(&writer, [&formatBatch, batch] { return formatBatch(batch); });
        return {};
    };
    auto read =
        forEachRecordBatch(db, scope.value(), writeBatch, batchSize, RecordParts::ClinicalRows);
    if (auto last = waitForWriter(); !last)
        return last.error();
    if (!read)
        return read.error();
    // A clinic without patients still gets the four files, each with its header.
    if (auto written = writeOut(0); !written)
        return written.error();
    if (auto committed = files.commit(); !committed)
        return committed.error();
    snapshot.end();
    if (auto disclosed = discloseExport(db, DisclosureKind::Csv, scope.value(), folder); !disclosed)
        return disclosed.error();
    return rows;
}

} // namespace tricholog
