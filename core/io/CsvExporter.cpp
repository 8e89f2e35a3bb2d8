#include "core/io/CsvExporter.h"

#include "core/io/Csv.h"
#include "core/io/SafeIo.h"
#include "core/security/Disclosure.h"
#include "core/storage/Database.h"
#include "core/storage/PatientRecordLoader.h"
#include "core/storage/PatientRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <algorithm>

namespace tricholog {

Result<QList<PatientRecord>> recordsForExport(Database &db, const QString &mrn)
{
    QList<Patient> patients;
    if (!mrn.isEmpty()) {
        auto p = PatientRepository(db).findByMrn(mrn);
        if (!p)
            return Error::notFound(
                QCoreApplication::translate("CsvExporter", "No patient with MRN \"%1\".").arg(mrn));
        patients << p.value();
    } else {
        PatientQuery all;
        all.includeArchived = true;
        auto found = PatientRepository(db).search(all);
        if (!found)
            return found.error();
        patients = found.value();
    }
    std::sort(patients.begin(), patients.end(),
              [](const Patient &a, const Patient &b) { return a.mrn < b.mrn; });
    QList<PatientRecord> records;
    records.reserve(patients.size());
    for (const auto &p : std::as_const(patients)) {
        auto record = loadPatientRecord(db, p.id);
        if (!record)
            return record.error();
        records << std::move(record).value();
    }
    return records;
}

Result<QMap<CsvKind, int>> exportCsv(Database &db, const QString &folder, const QString &mrn)
{
    auto records = recordsForExport(db, mrn);
    if (!records)
        return records.error();
    if (!QDir().mkpath(folder))
        return Error::storage(
            QCoreApplication::translate("CsvExporter", "Cannot create the folder %1.").arg(folder));

    QMap<CsvKind, CsvWriter> writers;
    QMap<CsvKind, int> rows;
    for (CsvKind kind :
         {CsvKind::Patients, CsvKind::Diagnoses, CsvKind::Sessions, CsvKind::Measurements}) {
        writers[kind].addRow(csv::columns(kind));
        rows[kind] = 0;
    }
    for (const PatientRecord &r : records.value()) {
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
            writers[CsvKind::Measurements].addRow(csv::measurementRow(m, measurement));
            ++rows[CsvKind::Measurements];
        }
    }
    // The four files are one export: all replace the previous ones, or none does.
    QList<QPair<QString, QByteArray>> files;
    for (auto it = writers.cbegin(); it != writers.cend(); ++it)
        files << qMakePair(csv::fileName(it.key()), it.value().data());
    if (auto written = writeFileSet(folder, files); !written)
        return written.error();
    if (auto disclosed = discloseExport(db, DisclosureKind::Csv, records.value(), mrn, folder);
        !disclosed)
        return disclosed.error();
    return rows;
}

Result<void> discloseExport(Database &db, DisclosureKind kind, const QList<PatientRecord> &records,
                            const QString &mrn, const QString &destination)
{
    if (mrn.isEmpty() || records.isEmpty())
        return recordDisclosureOfAll(db, kind, int(records.size()), destination);
    return recordDisclosure(db, kind, {records.first().patient.id}, destination);
}

} // namespace tricholog
