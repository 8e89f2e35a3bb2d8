#pragma once

#include "core/Result.h"
#include "core/model/PatientRecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <functional>

namespace tricholog {

class Database;

// HL7 FHIR R4 export: one Bundle (type "collection") holding, per patient, Patient, Condition
// (per diagnosis), Encounter and Procedure (per session), Media (per photo that a measurement
// was made on by image analysis: its facts and SHA-256, not its bytes) and Observation (per
// measured value, derivedFrom its Media when measured on a photo, and per patient-reported
// outcome), as ../README documents. Units are UCUM; the hair metrics, scalp
// sites and Tricholog's procedure extensions use the project's own code systems under
// https://tricholog.invalid/fhir/. Resource ids are name-based UUIDs (version 5) of each
// record's natural key, so the same record keeps its id from one export to the next.
namespace fhir {

inline constexpr auto kBase = "https://tricholog.invalid/fhir/";

// How one resource refers to another: inside a Bundle by full URL ("urn:uuid:<id>"); in Bulk
// Data's NDJSON files, where every resource stands alone, as "Patient/<id>".
enum class ReferenceStyle
{
    Bundle,
    Relative
};

// Receives each resource of a record: its type ("Observation"), its id, and its JSON (compact, on
// one line, the id included).
using ResourceSink =
    std::function<void(QLatin1StringView type, const QString &id, const QByteArray &json)>;

// The resources of one patient's record, in Bundle order: Patient, Conditions, then per session
// Encounter and Procedure, then Media, then the measurement and outcome Observations.
void forEachResource(const PatientRecord &record, ReferenceStyle style, const ResourceSink &sink);

// The Bundle's id for the patients of `mrns` (in export order).
QString bundleId(const QStringList &mrns);

// The whole Bundle in memory: for one patient or a test. exportBundle streams instead.
QJsonObject bundle(const QList<PatientRecord> &records, const QDateTime &timestamp);

// Writes the bundle of one patient (by MRN) or of all patients to `path` through QSaveFile, as
// it reads them (exportBatch() patients at a time; one entry a line), so memory holds one batch
// whatever the size of the clinic. Returns the number of resources written.
Result<int> exportBundle(Database &db, const QString &path, const QString &mrn = {});

// FHIR Bulk Data's NDJSON form: Patient.ndjson, Condition.ndjson, Encounter.ndjson,
// Procedure.ndjson, Media.ndjson and Observation.ndjson in `folder` (created when missing), one
// resource a line, references as "Type/id". The six files are one set (FileSetWriter: all replace
// the previous ones or none does). Returns the number of resources per file name.
Result<QMap<QString, int>> exportNdjson(Database &db, const QString &folder,
                                        const QString &mrn = {});
// The NDJSON file names, in the order above.
QStringList ndjsonFileNames();

} // namespace fhir
} // namespace tricholog
