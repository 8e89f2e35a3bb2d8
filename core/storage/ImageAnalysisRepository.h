#pragma once

#include "core/Result.h"
#include "core/model/Enums.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace tricholog {

class Database;
struct Measurement;

// A saved image analysis of a photo (schema 9): the hairs, field, scale and thresholds in the
// stored form of core/analysis/Corrections.h, the edits made by hand (who, when, what), the
// engine's name and version and the device profile, linked to the measurement its figures
// became. Every change is in the audit trail.
struct ImageAnalysisRecord
{
    qint64 id = 0;
    int rowVersion = 0;
    qint64 patientId = 0;
    qint64 photoId = 0;
    std::optional<qint64> measurementId; // empty when the measurement was deleted
    ScalpSite site = ScalpSite::Vertex;
    QString algorithm;
    QString algorithmVersion;
    double umPerPx = 0;
    QString profile; // the device profile's name; empty when the scale was entered
    int hairCount = 0;
    QJsonObject analysis; // CorrectedAnalysis::toStoredJson() without "edits"
    QJsonArray edits;
    QDateTime analysedAt; // first saved (UTC)
    QString analysedBy;
};

// Reading and writing image analyses. Writing needs Permission::EditMeasurements.
class ImageAnalysisRepository
{
public:
    explicit ImageAnalysisRepository(Database &db);

    // Saves an analysis with its measurement in one transaction: a new analysis (id 0) adds the
    // measurement too; a saved one changes both (each must be at its stored row version). Sets
    // the ids and row versions; nothing is written when either fails.
    Result<qint64> save(ImageAnalysisRecord &record, Measurement &measurement);
    // Deletes an analysis (its measurement stays; undo of a save removes both, in this order).
    Result<void> remove(qint64 id);
    // Puts a deleted analysis back as it was, under its id, with who analysed it and when (undo
    // of a deletion; its photo and measurement, if it names one, must exist).
    Result<void> restore(const ImageAnalysisRecord &record);
    Result<ImageAnalysisRecord> find(qint64 id) const;
    // The analyses of a photo, or of a patient, newest first.
    Result<QList<ImageAnalysisRecord>> forPhoto(qint64 photoId) const;
    Result<QList<ImageAnalysisRecord>> forPatient(qint64 patientId) const;
    // The analysis a measurement's figures came from; not found for any other measurement.
    Result<ImageAnalysisRecord> forMeasurement(qint64 measurementId) const;
    // The SHA-256 of the photo each measurement made by image analysis was measured on, by
    // measurement id (the CSV export's photo_sha256).
    Result<QHash<qint64, QString>> photoHashes() const;
    // For the patients given: per patient, measurement id -> the photo it was measured on.
    Result<QHash<qint64, QHash<qint64, qint64>>>
    analysedPhotos(const QList<qint64> &patientIds) const;

private:
    Result<QList<ImageAnalysisRecord>> select(const QString &where, qint64 id) const;
    Database &m_db;
};

} // namespace tricholog
