#include "core/storage/ImageAnalysisRepository.h"

#include "core/model/Keys.h"
#include "core/model/Measurement.h"
#include "core/security/Access.h"
#include "core/storage/Database.h"
#include "core/storage/MeasurementRepository.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/SqlValues.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace tricholog {

namespace {

const QString kColumns = QStringLiteral(
    "id, row_version, patient_id, photo_id, measurement_id, site, algorithm, algorithm_version, "
    "um_per_px, profile, hair_count, analysis, edits, analysed_at, analysed_by");

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

ImageAnalysisRecord fromRow(const QSqlQuery &q)
{
    ImageAnalysisRecord r;
    r.id = q.value(0).toLongLong();
    r.rowVersion = q.value(1).toInt();
    r.patientId = q.value(2).toLongLong();
    r.photoId = q.value(3).toLongLong();
    r.measurementId = sql::toOptionalId(q.value(4));
    r.site = sql::toEnum(q.value(5), ScalpSite::Vertex);
    r.algorithm = q.value(6).toString();
    r.algorithmVersion = q.value(7).toString();
    r.umPerPx = q.value(8).toDouble();
    r.profile = q.value(9).toString();
    r.hairCount = q.value(10).toInt();
    r.analysis = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object();
    r.edits = QJsonDocument::fromJson(q.value(12).toString().toUtf8()).array();
    r.analysedAt = sql::toDateTime(q.value(13));
    r.analysedBy = q.value(14).toString();
    return r;
}

// The values of a row that an insert, an update and a restore all write.
void bindContent(QSqlQuery &q, const ImageAnalysisRecord &r, const QVariant &measurementId)
{
    q.bindValue(QStringLiteral(":patient"), r.patientId);
    q.bindValue(QStringLiteral(":photo"), r.photoId);
    q.bindValue(QStringLiteral(":meas"), measurementId);
    q.bindValue(QStringLiteral(":site"), toKey(r.site));
    q.bindValue(QStringLiteral(":alg"), r.algorithm);
    q.bindValue(QStringLiteral(":ver"), r.algorithmVersion);
    q.bindValue(QStringLiteral(":scale"), r.umPerPx);
    q.bindValue(QStringLiteral(":profile"), sql::text(r.profile));
    q.bindValue(QStringLiteral(":count"), r.hairCount);
    q.bindValue(QStringLiteral(":analysis"), compact(r.analysis));
    q.bindValue(QStringLiteral(":edits"), compact(r.edits));
}

} // namespace

ImageAnalysisRepository::ImageAnalysisRepository(Database &db)
    : m_db(db)
{}

Result<qint64> ImageAnalysisRepository::save(ImageAnalysisRecord &r, Measurement &m)
{
    if (auto allowed = m_db.require(Permission::EditMeasurements); !allowed)
        return allowed.error();
    if (r.analysis.isEmpty() || r.algorithm.isEmpty() || r.algorithmVersion.isEmpty())
        return Error{Error::Kind::Validation,
                     QCoreApplication::translate("ImageAnalyses",
                                                 "The analysis has no hairs or no engine named."),
                     {}};
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error::storage(tx.errorText());
    MeasurementRepository measurements(m_db);
    Measurement stored = m;
    if (stored.id == 0) {
        if (auto added = measurements.add(stored); !added)
            return added.error();
    } else {
        if (auto changed = measurements.update(stored); !changed)
            return changed.error();
        ++stored.rowVersion.value;
    }
    QSqlQuery q(m_db.connection());
    if (r.id == 0)
        q.prepare(QStringLiteral(
                      "INSERT INTO image_analysis (id, patient_id, photo_id, measurement_id, site, "
                      "algorithm, algorithm_version, um_per_px, profile, hair_count, analysis, "
                      "edits, analysed_at, analysed_by) VALUES (NULL, :patient, :photo, :meas, "
                      ":site, :alg, :ver, :scale, :profile, :count, :analysis, :edits, "
                      "tricholog_now(), tricholog_user())") +
                  m_db.dialect().returningId());
    else
        q.prepare(QStringLiteral(
            "UPDATE image_analysis SET patient_id = :patient, photo_id = :photo, measurement_id = "
            ":meas, site = :site, algorithm = :alg, algorithm_version = :ver, um_per_px = :scale, "
            "profile = :profile, hair_count = :count, analysis = :analysis, edits = :edits, "
            "row_version = row_version + 1, updated_by = tricholog_user(), updated_at = "
            "tricholog_now() WHERE id = :id AND row_version = :rv"));
    bindContent(q, r, stored.id);
    if (r.id != 0) {
        q.bindValue(QStringLiteral(":id"), r.id);
        q.bindValue(QStringLiteral(":rv"), r.rowVersion);
    }
    if (!q.exec())
        return Error::storage(Database::describe(q));
    const qint64 id = r.id == 0 ? m_db.dialect().insertedId(q) : r.id;
    if (r.id != 0 && q.numRowsAffected() != 1)
        return m_db.staleOrMissing(QStringLiteral("image_analysis"), r.id,
                                   QCoreApplication::translate("ImageAnalyses", "image analysis"));
    q.finish();
    if (!tx.commit())
        return Error::storage(tx.errorText());
    m = stored;
    r.measurementId = stored.id;
    if (r.id == 0) {
        r.id = id;
        r.rowVersion = 1;
        if (auto back = find(id))
            r.analysedAt = back.value().analysedAt, r.analysedBy = back.value().analysedBy;
    } else {
        ++r.rowVersion;
    }
    return r.id;
}

Result<void> ImageAnalysisRepository::remove(qint64 id)
{
    if (auto allowed = m_db.require(Permission::EditMeasurements); !allowed)
        return allowed.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM image_analysis WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Error::storage(Database::describe(q));
    if (q.numRowsAffected() != 1)
        return Error::notFound(
            QCoreApplication::translate("ImageAnalyses", "Image analysis %1 does not exist.")
                .arg(id));
    return {};
}

Result<void> ImageAnalysisRepository::restore(const ImageAnalysisRecord &r)
{
    if (auto allowed = m_db.require(Permission::EditMeasurements); !allowed)
        return allowed.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO image_analysis (id, row_version, patient_id, photo_id, measurement_id, site, "
        "algorithm, algorithm_version, um_per_px, profile, hair_count, analysis, edits, "
        "analysed_at, analysed_by) VALUES (:id, :rv, :patient, :photo, :meas, :site, :alg, :ver, "
        ":scale, :profile, :count, :analysis, :edits, :at, :by)"));
    q.bindValue(QStringLiteral(":id"), r.id);
    q.bindValue(QStringLiteral(":rv"), std::max(1, r.rowVersion));
    bindContent(q, r, sql::fromOptional(r.measurementId));
    q.bindValue(QStringLiteral(":at"), sql::fromDateTime(r.analysedAt));
    q.bindValue(QStringLiteral(":by"), r.analysedBy);
    if (!q.exec())
        return Error::storage(Database::describe(q));
    return {};
}

Result<QList<ImageAnalysisRecord>> ImageAnalysisRepository::select(const QString &where,
                                                                   qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM image_analysis WHERE %2 = ? ORDER BY id DESC")
                  .arg(kColumns, where));
    q.addBindValue(id);
    if (!q.exec())
        return Error::storage(Database::describe(q));
    QList<ImageAnalysisRecord> out;
    while (q.next())
        out << fromRow(q);
    if (q.lastError().isValid())
        return Error::storage(Database::describe(q));
    return out;
}

Result<ImageAnalysisRecord> ImageAnalysisRepository::find(qint64 id) const
{
    auto found = select(QStringLiteral("id"), id);
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Error::notFound(
            QCoreApplication::translate("ImageAnalyses", "Image analysis %1 does not exist.")
                .arg(id));
    return found.value().first();
}

Result<QList<ImageAnalysisRecord>> ImageAnalysisRepository::forPhoto(qint64 photoId) const
{
    return select(QStringLiteral("photo_id"), photoId);
}

Result<QList<ImageAnalysisRecord>> ImageAnalysisRepository::forPatient(qint64 patientId) const
{
    return select(QStringLiteral("patient_id"), patientId);
}

Result<ImageAnalysisRecord> ImageAnalysisRepository::forMeasurement(qint64 measurementId) const
{
    auto found = select(QStringLiteral("measurement_id"), measurementId);
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Error::notFound(
            QCoreApplication::translate("ImageAnalyses",
                                        "Measurement %1 was not made by image analysis.")
                .arg(measurementId));
    return found.value().first();
}

Result<QHash<qint64, QString>> ImageAnalysisRepository::photoHashes() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT a.measurement_id, p.sha256 FROM image_analysis a JOIN photo p "
                           "ON p.id = a.photo_id WHERE a.measurement_id IS NOT NULL")))
        return Error::storage(Database::describe(q));
    QHash<qint64, QString> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toString());
    if (q.lastError().isValid())
        return Error::storage(Database::describe(q));
    return out;
}

Result<QHash<qint64, QHash<qint64, qint64>>>
ImageAnalysisRepository::analysedPhotos(const QList<qint64> &patientIds) const
{
    QHash<qint64, QHash<qint64, qint64>> out;
    if (patientIds.isEmpty())
        return out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT patient_id, measurement_id, photo_id FROM image_analysis "
                               "WHERE measurement_id IS NOT NULL AND patient_id IN (") +
                sql::idList(patientIds) + QLatin1Char(')')))
        return Error::storage(Database::describe(q));
    while (q.next())
        out[q.value(0).toLongLong()].insert(q.value(1).toLongLong(), q.value(2).toLongLong());
    if (q.lastError().isValid())
        return Error::storage(Database::describe(q));
    return out;
}

} // namespace tricholog
