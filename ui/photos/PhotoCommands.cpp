#include "ui/photos/PhotoCommands.h"

#include "core/storage/MeasurementRepository.h"
#include "core/storage/Transaction.h"
#include "ui/commands/ChangeNotifier.h"

#include <QCoreApplication>

namespace tricholog {

AddPhotosCommand::AddPhotosCommand(Database &db, ChangeNotifier &notifier,
                                   QList<PhotoUpload> uploads)
    : DatabaseCommand(db, notifier,
                      QCoreApplication::translate("Commands", "Attach %n photo(s)", nullptr,
                                                  int(uploads.size())))
    , m_uploads(std::move(uploads))
{}

Result<void> AddPhotosCommand::apply()
{
    if (auto r = PhotoRepository(m_db).add(m_uploads); !r)
        return r;
    if (!m_uploads.isEmpty())
        emit m_notifier.photosChanged(m_uploads.first().photo.patientId);
    return {};
}

Result<void> AddPhotosCommand::revert()
{
    PhotoRepository photos(m_db);
    for (const auto &u : std::as_const(m_uploads))
        if (auto r = photos.remove(u.photo.id); !r)
            return r;
    if (!m_uploads.isEmpty())
        emit m_notifier.photosChanged(m_uploads.first().photo.patientId);
    return {};
}

EditPhotoCommand::EditPhotoCommand(Database &db, ChangeNotifier &notifier, Photo before,
                                   Photo after)
    : DatabaseCommand(db, notifier, QCoreApplication::translate("Commands", "Edit photo"))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_version(m_before.rowVersion.value)
{}

Result<void> EditPhotoCommand::write(Photo photo)
{
    // Each write expects the version this command last saw (see EditRecordCommand).
    photo.rowVersion.value = m_version;
    auto r = PhotoRepository(m_db).update(photo);
    if (r) {
        if (m_version > 0)
            ++m_version;
        emit m_notifier.photosChanged(photo.patientId);
    }
    return r;
}

RemovePhotoCommand::RemovePhotoCommand(Database &db, ChangeNotifier &notifier, Photo photo)
    : DatabaseCommand(db, notifier, QCoreApplication::translate("Commands", "Delete photo"))
    , m_photo(std::move(photo))
{}

Result<void> RemovePhotoCommand::apply()
{
    PhotoRepository photos(m_db);
    m_original = photos.rawOriginal(m_photo.id);
    auto analyses = ImageAnalysisRepository(m_db).forPhoto(m_photo.id);
    if (!analyses)
        return analyses.error();
    m_analyses = analyses.value();
    if (auto r = photos.remove(m_photo.id); !r) // its analyses go with it (ON DELETE CASCADE)
        return r;
    emit m_notifier.photosChanged(m_photo.patientId);
    return {};
}

Result<void> RemovePhotoCommand::revert()
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error::storage(tx.errorText());
    QList<PhotoUpload> back{{m_photo, m_original}};
    if (auto r = PhotoRepository(m_db).add(back); !r)
        return r;
    ImageAnalysisRepository analyses(m_db);
    for (const ImageAnalysisRecord &analysis : std::as_const(m_analyses)) {
        ImageAnalysisRecord restored = analysis;
        // Its measurement may have been deleted since.
        if (restored.measurementId && !MeasurementRepository(m_db).find(*restored.measurementId))
            restored.measurementId.reset();
        if (auto r = analyses.restore(restored); !r)
            return r;
    }
    if (!tx.commit())
        return Error::storage(tx.errorText());
    emit m_notifier.photosChanged(m_photo.patientId);
    return {};
}

} // namespace tricholog
