#pragma once

#include "core/model/MicroneedlingSession.h"
#include "core/storage/PhotoRepository.h"
#include "ui/widgets/EntryDialog.h"

#include <functional>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QSpinBox;

namespace tricholog {

// Attaching photos to a session (several at once), or editing one photo's details: for each
// photo its view (a trichoscopic one with site and magnification), the time it was taken
// (from the camera's EXIF when present, else the file's time; editable) and notes. Saving
// stores all or none; on failure every problem stays next to its field.
class AttachPhotosDialog : public EntryDialog
{
    Q_OBJECT
public:
    using SaveFunction = std::function<Result<void>(const QList<PhotoUpload> &)>;

    // `thumbnails` (one per upload) are shown beside each row; `preferredSession` is chosen
    // unless a session on the day the first photo was taken exists.
    AttachPhotosDialog(QList<PhotoUpload> uploads, const QList<QImage> &thumbnails,
                       const QList<MicroneedlingSession> &sessions, qint64 preferredSession,
                       SaveFunction save, bool editing = false, QWidget *parent = nullptr);

    QList<PhotoUpload> uploads() const; // as the form shows them
    QComboBox *sessionChoice() const { return m_session; }
    struct RowFields
    {
        QComboBox *view = nullptr;
        QComboBox *site = nullptr;
        QSpinBox *magnification = nullptr;
        QDateTimeEdit *takenAt = nullptr;
        QLineEdit *notes = nullptr;
    };
    const QList<RowFields> &rows() const { return m_rows; }

    // A view guessed from a file name ("vertex.jpg", "IMG_tricho_01.png"), if any.
    static std::optional<PhotoView> viewFromFileName(const QString &name);

protected:
    Result<void> save() override;

private:
    void updateTrichoscopicFields(int row);

    QList<PhotoUpload> m_uploads;
    QList<QDateTime> m_readTimes; // as read, to tell an edited time
    QComboBox *m_session;
    QList<RowFields> m_rows;
    SaveFunction m_save;
};

} // namespace tricholog
