#pragma once

#include "core/Result.h"
#include "core/model/PatientRecord.h"

#include <QDateTime>
#include <QJsonObject>

namespace tricholog {

class Database;

// HL7 FHIR R4 export: one Bundle (type "collection") holding, per patient, Patient, Condition
// (per diagnosis), Encounter and Procedure (per session) and Observation (per measured value and
// per patient-reported outcome), as ../README documents. Units are UCUM; the hair metrics, scalp
// sites and Tricholog's procedure extensions use the project's own code systems under
// https://tricholog.invalid/fhir/. Resource ids are name-based UUIDs (version 5) of each
// record's natural key, so the same record keeps its id from one export to the next.
namespace fhir {

inline constexpr auto kBase = "https://tricholog.invalid/fhir/";

QJsonObject bundle(const QList<PatientRecord> &records, const QDateTime &timestamp);

// Writes the bundle of one patient (by MRN) or of all patients to `path` through QSaveFile.
// Returns the number of resources written.
Result<int> exportBundle(Database &db, const QString &path, const QString &mrn = {});

} // namespace fhir
} // namespace tricholog
