#include "core/storage/PatientRecordLoader.h"

#include "core/storage/DiagnosisRepository.h"
#include "core/storage/ImageAnalysisRepository.h"
#include "core/storage/MeasurementRepository.h"
#include "core/storage/OutcomeRepository.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/PhotoRepository.h"
#include "core/storage/SessionRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace tricholog {

namespace {

// Moves each row of `rows` (in patient order, as the repositories return them) into the list
// `member` of its patient's record.
template<typename Row, typename Member>
void distribute(QList<Row> &&rows, QList<PatientRecord> &records,
                const QHash<qint64, qsizetype> &index, Member member)
{
    for (Row &row : rows)
        if (const auto at = index.find(row.patientId); at != index.end())
            (records[*at].*member).append(std::move(row));
}

} // namespace

Result<PatientRecord> loadPatientRecord(Database &db, qint64 patientId)
{
    auto records = loadPatientRecords(db, {patientId});
    if (!records)
        return records.error();
    if (records.value().isEmpty())
        return Error::notFound(
            QCoreApplication::translate("Database", "Patient %1 does not exist.").arg(patientId));
    return std::move(records.value().first());
}

Result<QList<PatientRecord>> loadPatientRecords(Database &db, const QList<qint64> &patientIds,
                                                RecordParts parts)
{
    auto patients = PatientRepository(db).findAll(patientIds);
    if (!patients)
        return patients.error();
    QHash<qint64, Patient> byId;
    for (Patient &p : patients.value())
        byId.insert(p.id, std::move(p));
    QList<PatientRecord> records;
    QHash<qint64, qsizetype> index;
    records.reserve(byId.size());
    for (const qint64 id : patientIds) {
        const auto found = byId.constFind(id);
        if (found == byId.cend() || index.contains(id))
            continue;
        index.insert(id, records.size());
        records.append(PatientRecord{*found, {}, {}, {}, {}, {}, {}});
    }
    const QList<qint64> ids = index.keys();

    auto diagnoses = DiagnosisRepository(db).forPatients(ids);
    if (!diagnoses)
        return diagnoses.error();
    distribute(std::move(diagnoses).value(), records, index, &PatientRecord::diagnoses);
    auto sessions = SessionRepository(db).forPatients(ids);
    if (!sessions)
        return sessions.error();
    distribute(std::move(sessions).value(), records, index, &PatientRecord::sessions);
    auto measurements = MeasurementRepository(db).forPatients(ids);
    if (!measurements)
        return measurements.error();
    distribute(std::move(measurements).value(), records, index, &PatientRecord::measurements);
    if (parts == RecordParts::ClinicalRows)
        return records;
    auto outcomes = OutcomeRepository(db).forPatients(ids);
    if (!outcomes)
        return outcomes.error();
    distribute(std::move(outcomes).value(), records, index, &PatientRecord::outcomes);
    auto photos = PhotoRepository(db).forPatients(ids);
    if (!photos)
        return photos.error();
    distribute(std::move(photos).value(), records, index, &PatientRecord::photos);
    auto analysed = ImageAnalysisRepository(db).analysedPhotos(ids);
    if (!analysed)
        return analysed.error();
    for (auto it = analysed.value().cbegin(); it != analysed.value().cend(); ++it)
        records[index.value(it.key())].analysedPhotos = it.value();
    return records;
}

} // namespace tricholog
