#include "core/storage/PhotoRepository.h"

#include "core/clinical/Validation.h"
#include "core/io/SafeIo.h"
#include "core/photos/PhotoImage.h"
#include "core/storage/Database.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/SqlValues.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace tricholog {

namespace {

// Larger files are refused: no camera photo comes near it, and it bounds the memory one takes.
constexpr qint64 kMaxFileBytes = 100LL * 1024 * 1024;

const QString kColumns = QStringLiteral(
    "id, patient_id, session_id, view, site, magnification, taken_at, taken_at_source, notes, "
    "file_name, format, byte_size, sha256, width, height, orientation, row_version");

Error queryError(const QSqlQuery &q)
{
    return Error::storage(Database::describe(q));
}

Photo readPhoto(const QSqlQuery &q)
{
    Photo p;
    p.id = q.value(0).toLongLong();
    p.patientId = q.value(1).toLongLong();
    p.sessionId = q.value(2).toLongLong();
    p.view = sql::toEnum(q.value(3), PhotoView::GlobalFrontal);
    p.site = sql::toOptionalEnum<ScalpSite>(q.value(4));
    p.magnification = sql::toOptionalInt(q.value(5));
    p.takenAt = sql::toDateTime(q.value(6));
    p.takenAtSource = sql::toEnum(q.value(7), TakenAtSource::Entered);
    p.notes = q.value(8).toString();
    p.fileName = q.value(9).toString();
    p.format = q.value(10).toString();
    p.byteSize = q.value(11).toLongLong();
    p.sha256 = q.value(12).toString();
    p.size = QSize(q.value(13).toInt(), q.value(14).toInt());
    p.orientation = q.value(15).toInt();
    p.rowVersion.value = q.value(16).toInt();
    return p;
}

void bindDetails(QSqlQuery &q, const Photo &p)
{
    q.bindValue(QStringLiteral(":session"), p.sessionId);
    q.bindValue(QStringLiteral(":view"), toKey(p.view));
    q.bindValue(QStringLiteral(":site"), sql::fromEnum(p.site));
    q.bindValue(QStringLiteral(":magnification"), sql::fromOptional(p.magnification));
    q.bindValue(QStringLiteral(":taken"), sql::fromDateTime(p.takenAt));
    q.bindValue(QStringLiteral(":source"), toKey(p.takenAtSource));
    q.bindValue(QStringLiteral(":notes"), sql::text(p.notes));
}

QString whenText(const Photo &photo)
{
    return minuteText(photo.takenAt);
}

struct Previews
{
    QByteArray thumbnail;
    QByteArray display;
};

Result<Previews> makePreviews(const QByteArray &original)
{
    auto display = photoimage::decodeUpright(original, photoimage::kDisplayEdge);
    if (!display)
        return display.error();
    const QImage &image = display.value();
    const QImage thumb = image.scaled(photoimage::kThumbnailEdge, photoimage::kThumbnailEdge,
                                      Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return Previews{photoimage::encodeJpeg(thumb, 85), photoimage::encodeJpeg(image, 90)};
}

} // namespace

Result<void> PhotoRepository::preparePreviews(PhotoUpload &upload)
{
    auto made = makePreviews(upload.bytes);
    if (!made)
        return made.error();
    upload.thumbnailJpeg = made.value().thumbnail;
    upload.displayJpeg = made.value().display;
    return {};
}

Result<PhotoUpload> PhotoRepository::readFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    // A regular file only (a pipe or /dev/zero would never end), and never more than 100 MB
    // whatever size it claims.
    auto read = readRegularFile(path, kMaxFileBytes);
    if (!read)
        return read.error();
    QByteArray bytes = std::move(read).value();
    auto upload = fromBytes(std::move(bytes), name, QFileInfo(path).lastModified());
    if (!upload) {
        Error error = upload.error();
        error.message = QCoreApplication::translate("Photos", "%1: %2").arg(name, error.message);
        return error;
    }
    return upload;
}

Result<PhotoUpload> PhotoRepository::fromBytes(QByteArray bytes, const QString &fileName,
                                               const QDateTime &fileTime)
{
    auto facts = photoimage::inspect(bytes);
    if (!facts)
        return facts.error();
    PhotoUpload upload;
    Photo &p = upload.photo;
    p.fileName = fileName;
    p.format = facts.value().format;
    p.size = facts.value().size;
    p.orientation = facts.value().orientation;
    p.byteSize = bytes.size();
    p.sha256 = photoimage::sha256Hex(bytes);
    if (facts.value().takenAt) {
        p.takenAt = *facts.value().takenAt;
        p.takenAtSource = TakenAtSource::Exif;
    } else {
        p.takenAt = fileTime;
        p.takenAtSource = TakenAtSource::File;
    }
    // Minutes are what a clinic records; seconds would make equal times differ.
    p.takenAt.setTime(QTime(p.takenAt.time().hour(), p.takenAt.time().minute()));
    upload.bytes = std::move(bytes);
    return upload;
}

QString PhotoRepository::noConsentMessage(const Patient &patient)
{
    return QCoreApplication::translate(
               "Photos", "%1 has not given photo consent, so no photo can be attached or shown. "
                         "Record the consent first: Patient > Edit patient (Ctrl+E), \"Photo "
                         "consent\".")
        .arg(patient.displayName());
}

QString PhotoRepository::problemText(const Photo &photo, OriginalState state)
{
    switch (state) {
    case OriginalState::Missing:
        return QCoreApplication::translate(
                   "Photos", "The original of the %1 photo taken %2 is missing from the database; "
                             "restore it from a backup.")
            .arg(photo.viewText(), whenText(photo));
    case OriginalState::Damaged:
        return QCoreApplication::translate(
                   "Photos", "The original of the %1 photo taken %2 is damaged: its bytes no "
                             "longer match the SHA-256 checksum recorded when it was stored; "
                             "restore it from a backup.")
            .arg(photo.viewText(), whenText(photo));
    case OriginalState::Intact:
        break;
    }
    return {};
}

namespace {

// Checks every upload (owner, consent, session, the bytes, the details) and makes the previews
// that were not made ahead; reports every problem of every file at once.
Result<QList<Previews>> checkUploads(Database &db, QList<PhotoUpload> &uploads)
{
    ValidationResult problems;
    QHash<qint64, Patient> owners;
    QList<Previews> previews;
    for (qsizetype i = 0; i < uploads.size(); ++i) {
        PhotoUpload &u = uploads[i];
        Photo &p = u.photo;
        const QString name = p.fileName.isEmpty()
                                 ? QCoreApplication::translate("Photos", "Photo %1").arg(i + 1)
                                 : p.fileName;
        auto prefixed = [&](const ValidationResult &v) {
            for (ValidationIssue issue : v.issues()) {
                issue.message =
                    QCoreApplication::translate("Photos", "%1: %2").arg(name, issue.message);
                issue.field = QStringLiteral("photos[%1].%2").arg(i).arg(issue.field);
                problems.add(issue);
            }
        };
        if (!owners.contains(p.patientId)) {
            auto owner = PatientRepository(db).find(p.patientId);
            if (!owner)
                return owner.error();
            owners.insert(p.patientId, owner.value());
        }
        const Patient &owner = owners.value(p.patientId);
        if (!PhotoRepository::visible(owner)) {
            ValidationResult v;
            v.add(QStringLiteral("photo_consent"),
                  QCoreApplication::translate("Photos", "Photo consent"),
                  QCoreApplication::translate("Photos", "no"),
                  QCoreApplication::translate("Photos", "consent given"),
                  PhotoRepository::noConsentMessage(owner));
            return Error::validation(v); // once for all files: the same reason
        }
        auto session = SessionRepository(db).find(p.sessionId);
        if (!session || session.value().patientId != p.patientId) {
            ValidationResult v;
            v.add(QStringLiteral("session"), QCoreApplication::translate("Photos", "Session"),
                  QString::number(p.sessionId),
                  QCoreApplication::translate("Photos", "a session of this patient"),
                  QCoreApplication::translate(
                      "Photos", "A photo belongs to a session of %1: record the session first.")
                      .arg(owner.displayName()));
            prefixed(v);
        }
        // The stored facts come from the bytes themselves, never from the caller.
        auto facts = photoimage::inspect(u.bytes);
        if (!facts) {
            ValidationResult v;
            for (const auto &issue : facts.error().issues)
                v.add(issue);
            prefixed(v);
            previews.append(Previews());
            continue;
        }
        p.format = facts.value().format;
        p.size = facts.value().size;
        p.orientation = facts.value().orientation;
        p.byteSize = u.bytes.size();
        p.sha256 = photoimage::sha256Hex(u.bytes);
        prefixed(validatePhoto(p, owner, db.clock().now()));
        if (!problems.ok()) {
            previews.append(Previews());
            continue;
        }
        // Decoding and scaling happen before the transaction: the write lock is held briefly.
        if (!u.thumbnailJpeg.isEmpty() && !u.displayJpeg.isEmpty()) {
            previews.append({u.thumbnailJpeg, u.displayJpeg});
            continue;
        }
        auto made = makePreviews(u.bytes);
        if (!made) {
            ValidationResult v;
            for (const auto &issue : made.error().issues)
                v.add(issue);
            prefixed(v);
            previews.append(Previews());
            continue;
        }
        previews.append(made.value());
    }
    if (!problems.ok())
        return Error::validation(problems);
    return previews;
}

// Writes the checked uploads, originals and previews, in one transaction.
Result<QList<qint64>> storeUploads(Database &db, const QList<PhotoUpload> &uploads,
                                   const QList<Previews> &previews)
{
    Transaction tx(db);
    if (!tx.isActive())
        return Error::storage(tx.errorText());
    QSqlQuery insert(db.connection());
    insert.prepare(
        QStringLiteral(
            "INSERT INTO photo (id, patient_id, session_id, view, site, magnification, taken_at, "
            "taken_at_source, notes, file_name, format, byte_size, sha256, width, height, "
            "orientation, created_at) VALUES (:id, :patient, :session, :view, :site, "
            ":magnification, :taken, :source, :notes, :file, :format, :bytes, :sha, :width, "
            ":height, "
            ":orientation, tricholog_now())") +
        db.dialect().returningId());
    QSqlQuery original(db.connection());
    original.prepare(QStringLiteral("INSERT INTO photo_original (photo_id, bytes) VALUES (?, ?)"));
    QSqlQuery preview(db.connection());
    preview.prepare(
        QStringLiteral("INSERT INTO photo_preview (photo_id, kind, bytes) VALUES (?, ?, ?)"));
    QList<qint64> ids;
    for (qsizetype i = 0; i < uploads.size(); ++i) {
        const Photo &p = uploads.at(i).photo;
        insert.bindValue(QStringLiteral(":id"), sql::fromId(p.id));
        insert.bindValue(QStringLiteral(":patient"), p.patientId);
        bindDetails(insert, p);
        insert.bindValue(QStringLiteral(":file"), sql::text(p.fileName));
        insert.bindValue(QStringLiteral(":format"), p.format);
        insert.bindValue(QStringLiteral(":bytes"), p.byteSize);
        insert.bindValue(QStringLiteral(":sha"), p.sha256);
        insert.bindValue(QStringLiteral(":width"), p.size.width());
        insert.bindValue(QStringLiteral(":height"), p.size.height());
        insert.bindValue(QStringLiteral(":orientation"), p.orientation);
        if (!insert.exec())
            return queryError(insert);
        const qint64 id = db.dialect().insertedId(insert);
        ids.append(id);
        original.addBindValue(id);
        original.addBindValue(uploads.at(i).bytes);
        if (!original.exec())
            return queryError(original);
        for (const auto &[kind, bytes] :
             {std::pair{QStringLiteral("thumbnail"), previews.at(i).thumbnail},
              std::pair{QStringLiteral("display"), previews.at(i).display}}) {
            preview.addBindValue(id);
            preview.addBindValue(kind);
            preview.addBindValue(bytes);
            if (!preview.exec())
                return queryError(preview);
        }
    }
    if (!tx.commit())
        return Error::storage(tx.errorText());
    return ids;
}

} // namespace

Result<void> PhotoRepository::add(QList<PhotoUpload> &uploads)
{
    if (auto allowed = m_db.require(Permission::EditPhotos); !allowed)
        return allowed.error();
    const auto previews = checkUploads(m_db, uploads);
    if (!previews)
        return previews.error();
    const auto stored = storeUploads(m_db, uploads, previews.value());
    if (!stored)
        return stored.error();
    const QList<qint64> &ids = stored.value();
    for (qsizetype i = 0; i < uploads.size(); ++i) {
        uploads[i].photo.id = ids.at(i);
        uploads[i].photo.rowVersion.value = 1;
    }
    return {};
}

Result<void> PhotoRepository::update(const Photo &photo)
{
    if (auto allowed = m_db.require(Permission::EditPhotos); !allowed)
        return allowed.error();
    auto stored = find(photo.id);
    if (!stored)
        return stored.error();
    auto owner = PatientRepository(m_db).find(stored.value().patientId);
    if (!owner)
        return owner.error();
    ValidationResult v = validatePhoto(photo, owner.value(), m_db.clock().now());
    auto session = SessionRepository(m_db).find(photo.sessionId);
    if (!session || session.value().patientId != stored.value().patientId)
        v.add(QStringLiteral("session"), QCoreApplication::translate("Photos", "Session"),
              QString::number(photo.sessionId),
              QCoreApplication::translate("Photos", "a session of this patient"),
              QCoreApplication::translate("Photos",
                                          "A photo belongs to a session of %1: record the "
                                          "session first.")
                  .arg(owner.value().displayName()));
    if (!v.ok())
        return Error::validation(v);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE photo SET session_id = :session, view = :view, site = :site, "
        "magnification = :magnification, taken_at = :taken, taken_at_source = :source, "
        "notes = :notes, row_version = row_version + 1, updated_by = tricholog_user(), "
        "updated_at = tricholog_now() WHERE id = :id AND (:rv = 0 OR row_version = :rv2)"));
    bindDetails(q, photo);
    q.bindValue(QStringLiteral(":id"), photo.id);
    q.bindValue(QStringLiteral(":rv"), photo.rowVersion.value);
    q.bindValue(QStringLiteral(":rv2"), photo.rowVersion.value);
    if (!q.exec())
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return m_db.staleOrMissing(QStringLiteral("photo"), photo.id,
                                   QCoreApplication::translate("Database", "photo"));
    return {};
}

Result<void> PhotoRepository::remove(qint64 id)
{
    if (auto allowed = m_db.require(Permission::Delete); !allowed)
        return allowed.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM photo WHERE id = ?")); // original and previews cascade
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return Error::notFound(
            QCoreApplication::translate("Database", "Photo %1 does not exist.").arg(id));
    return {};
}

Result<int> PhotoRepository::removeForPatient(qint64 patientId)
{
    if (auto allowed = m_db.require(Permission::Delete); !allowed)
        return allowed.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error::storage(tx.errorText());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM photo WHERE patient_id = ?"));
    q.addBindValue(patientId);
    if (!q.exec())
        return queryError(q);
    const int removed = q.numRowsAffected();
    if (!tx.commit())
        return Error::storage(tx.errorText());
    return removed;
}

Result<Photo> PhotoRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM photo WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q);
    if (!q.next()) {
        if (auto read = sql::finished(q); !read)
            return read.error();
        return Error::notFound(
            QCoreApplication::translate("Database", "Photo %1 does not exist.").arg(id));
    }
    return readPhoto(q);
}

Result<QList<Photo>> PhotoRepository::forPatient(qint64 patientId) const
{
    return forPatients({patientId});
}

Result<QList<Photo>> PhotoRepository::forPatients(const QList<qint64> &patientIds) const
{
    if (patientIds.isEmpty())
        return QList<Photo>{};
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM photo WHERE patient_id IN (") + sql::idList(patientIds) +
              QStringLiteral(") ORDER BY patient_id, taken_at, id"));
    if (!q.exec())
        return queryError(q);
    QList<Photo> list;
    while (q.next())
        list.append(readPhoto(q));
    if (auto read = sql::finished(q); !read)
        return read.error();
    return list;
}

Result<int> PhotoRepository::countForSession(qint64 sessionId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM photo WHERE session_id = ?"));
    q.addBindValue(sessionId);
    if (!q.exec() || !q.next())
        return queryError(q);
    return q.value(0).toInt();
}

Result<QImage> PhotoRepository::thumbnail(qint64 id)
{
    return preview(id, QStringLiteral("thumbnail"), photoimage::kThumbnailEdge);
}

Result<QImage> PhotoRepository::display(qint64 id)
{
    return preview(id, QStringLiteral("display"), photoimage::kDisplayEdge);
}

Result<QImage> PhotoRepository::preview(qint64 id, const QString &kind, int edge)
{
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT bytes FROM photo_preview WHERE photo_id = ? AND kind = ?"));
        q.addBindValue(id);
        q.addBindValue(kind);
        if (!q.exec())
            return queryError(q);
        if (q.next()) {
            QImage cached = QImage::fromData(q.value(0).toByteArray(), "JPEG");
            if (!cached.isNull())
                return cached;
        }
    }
    // Not cached (or the cached copy is unreadable): made again from the original, once.
    auto bytes = original(id);
    if (!bytes)
        return bytes.error();
    auto image = photoimage::decodeUpright(bytes.value(), edge);
    if (!image)
        return image.error();
    if (image.value().width() > edge || image.value().height() > edge)
        image = image.value().scaled(edge, edge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (!m_db.readOnly()) {
        QSqlQuery store(m_db.connection());
        store.prepare(QStringLiteral(
            "INSERT INTO photo_preview (photo_id, kind, bytes) VALUES (?, ?, ?) ON CONFLICT "
            "(photo_id, kind) DO UPDATE SET bytes = excluded.bytes"));
        store.addBindValue(id);
        store.addBindValue(kind);
        store.addBindValue(
            photoimage::encodeJpeg(image.value(), kind == QLatin1String("thumbnail") ? 85 : 90));
        store.exec(); // a cache: when it cannot be written, the next view makes it again
    }
    return image;
}

Result<QByteArray> PhotoRepository::original(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.sha256, o.bytes, o.photo_id FROM photo p LEFT JOIN "
                             "photo_original o ON o.photo_id = p.id WHERE p.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q);
    if (!q.next()) {
        if (auto read = sql::finished(q); !read)
            return read.error();
        return Error::notFound(
            QCoreApplication::translate("Database", "Photo %1 does not exist.").arg(id));
    }
    const QString sha = q.value(0).toString();
    const bool present = !q.value(2).isNull();
    QByteArray bytes = q.value(1).toByteArray();
    q.finish();
    if (!present || bytes.isEmpty()) {
        auto photo = find(id);
        return Error::storage(problemText(photo ? photo.value() : Photo(), OriginalState::Missing));
    }
    if (photoimage::sha256Hex(bytes) != sha) {
        auto photo = find(id);
        return Error::storage(problemText(photo ? photo.value() : Photo(), OriginalState::Damaged));
    }
    return bytes;
}

QByteArray PhotoRepository::rawOriginal(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT bytes FROM photo_original WHERE photo_id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toByteArray() : QByteArray();
}

OriginalState PhotoRepository::check(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.sha256, o.bytes, o.photo_id FROM photo p LEFT JOIN "
                             "photo_original o ON o.photo_id = p.id WHERE p.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next() || q.value(2).isNull())
        return OriginalState::Missing;
    return photoimage::sha256Hex(q.value(1).toByteArray()) == q.value(0).toString()
               ? OriginalState::Intact
               : OriginalState::Damaged;
}

Result<QList<PhotoProblem>> PhotoRepository::verify(std::optional<qint64> patientId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM photo") +
              (patientId ? QStringLiteral(" WHERE patient_id = ?") : QString()) +
              QStringLiteral(" ORDER BY patient_id, taken_at, id"));
    if (patientId)
        q.addBindValue(*patientId);
    if (!q.exec())
        return queryError(q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    if (auto read = sql::finished(q); !read)
        return read.error();
    q.finish();
    QList<PhotoProblem> problems;
    for (qint64 id : std::as_const(ids)) {
        const OriginalState state = check(id); // one original in memory at a time
        if (state == OriginalState::Intact)
            continue;
        auto photo = find(id);
        if (!photo)
            return photo.error();
        problems.append({photo.value(), state, problemText(photo.value(), state)});
    }
    return problems;
}

} // namespace tricholog
