#pragma once

#include "core/Result.h"
#include "core/model/Patient.h"
#include "core/model/Photo.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <optional>

namespace tricholog {

class Database;

// A photo on its way in: the details the user chose and the original file's bytes.
struct PhotoUpload
{
    Photo photo;
    QByteArray bytes;
    // The previews (JPEG), when made ahead of storing (preparePreviews, on any thread).
    QByteArray thumbnailJpeg;
    QByteArray displayJpeg;
};

// The state of a stored original.
enum class OriginalState
{
    Intact,  // present, and its SHA-256 is the one recorded when it was stored
    Missing, // no original bytes in the database
    Damaged, // bytes differ from the recorded checksum, or no longer decode
};

struct PhotoProblem
{
    Photo photo;
    OriginalState state = OriginalState::Intact;
    QString message; // names the patient's photo (view, time) and what is wrong
};

// Scalp photos: originals kept byte for byte in the database with their SHA-256, previews
// (thumbnail and display size) made once when a photo is stored and cached beside it, rebuilt
// from the original whenever they are missing. Photos are attached only to patients who gave
// photo consent, and only to a session of that patient.
class PhotoRepository
{
public:
    explicit PhotoRepository(Database &db)
        : m_db(db)
    {}

    // Reads an image file: its bytes, format and size, and the time it was taken (EXIF
    // DateTimeOriginal, else PNG "Creation Time", else the file's modification time). Refuses
    // what is not a readable JPEG or PNG image, and anything but a regular file of at most
    // 100 MB (readRegularFile: a pipe or a device is never opened).
    static Result<PhotoUpload> readFile(const QString &path);
    static Result<PhotoUpload> fromBytes(QByteArray bytes, const QString &fileName,
                                         const QDateTime &fileTime);

    // Makes an upload's previews from its bytes: the slow part of storing a photo (decoding and
    // scaling), pure computation, so it can run on a worker thread before add().
    static Result<void> preparePreviews(PhotoUpload &upload);

    // Stores every upload or none (one transaction); sets each photo's id and stored facts.
    Result<void> add(QList<PhotoUpload> &uploads);
    // Details only (view, site, magnification, time, notes, session); the image never changes.
    Result<void> update(const Photo &photo);
    Result<void> remove(qint64 id);
    // All photos of a patient (after consent is withdrawn); returns how many were deleted.
    Result<int> removeForPatient(qint64 patientId);

    Result<Photo> find(qint64 id) const;
    // Oldest first (time taken).
    Result<QList<Photo>> forPatient(qint64 patientId) const;
    // The photos of many patients in one statement: by patient id, then as forPatient.
    Result<QList<Photo>> forPatients(const QList<qint64> &patientIds) const;
    Result<int> countForSession(qint64 sessionId) const;

    // The cached previews, upright; rebuilt from the original when missing or unreadable.
    Result<QImage> thumbnail(qint64 id);
    Result<QImage> display(qint64 id);
    // The original bytes, checked against the recorded checksum.
    Result<QByteArray> original(qint64 id) const;
    // The original bytes as stored, unchecked (to keep a deleted photo for undo).
    QByteArray rawOriginal(qint64 id) const;
    OriginalState check(qint64 id) const;
    // Checks every original (of one patient, or all): missing or damaged ones.
    Result<QList<PhotoProblem>> verify(std::optional<qint64> patientId = {}) const;

    // Photos are shown, reported and attached only with the patient's photo consent.
    static bool visible(const Patient &patient) { return patient.photoConsent; }
    static QString noConsentMessage(const Patient &patient);
    static QString problemText(const Photo &photo, OriginalState state);

private:
    Result<QImage> preview(qint64 id, const QString &kind, int edge);
    Database &m_db;
};

} // namespace tricholog
