#pragma once

#include "core/storage/ImageAnalysisRepository.h"
#include "core/storage/PhotoRepository.h"
#include "ui/commands/DatabaseCommand.h"

namespace tricholog {

// Attaches photos (all or none); undo removes them, redo stores the same bytes again under the
// same ids.
class AddPhotosCommand : public DatabaseCommand
{
public:
    AddPhotosCommand(Database &db, ChangeNotifier &notifier, QList<PhotoUpload> uploads);
    const QList<PhotoUpload> &uploads() const { return m_uploads; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    QList<PhotoUpload> m_uploads;
};

// Changes a photo's details; undo writes the previous details back.
class EditPhotoCommand : public DatabaseCommand
{
public:
    EditPhotoCommand(Database &db, ChangeNotifier &notifier, Photo before, Photo after);

protected:
    Result<void> apply() override { return write(m_after); }
    Result<void> revert() override { return write(m_before); }

private:
    Result<void> write(Photo photo);
    Photo m_before;
    Photo m_after;
    int m_version;
};

// Deletes a photo (and its image analyses); the command keeps its original and the analyses so
// that undo restores them byte for byte.
class RemovePhotoCommand : public DatabaseCommand
{
public:
    RemovePhotoCommand(Database &db, ChangeNotifier &notifier, Photo photo);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    Photo m_photo;
    QByteArray m_original;
    QList<ImageAnalysisRecord> m_analyses; // deleted with the photo, put back by undo
};

} // namespace tricholog
