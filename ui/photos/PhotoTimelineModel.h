#pragma once

#include "core/model/MicroneedlingSession.h"
#include "core/model/Photo.h"
#include "core/storage/PhotoRepository.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QHash>
#include <QImage>

namespace tricholog {

class Database;

// The photo timeline: a row per session that has photos (oldest first, more rows when a session
// has several photos of one view), a column per view that has photos (in the standard order).
// Thumbnails are read from the database's preview cache when a cell is first shown and kept in a
// bounded cache, so a patient with hundreds of photos never has their originals, or all thumbnails,
// in memory.
class PhotoTimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        PhotoIdRole = Qt::UserRole + 1,
        ErrorRole,      // why no image can be shown (a damaged or missing original), in full
        ErrorTitleRole, // the same in two or three words, for the tile
    };

    explicit PhotoTimelineModel(Database &db, QObject *parent = nullptr);

    // Photos and the sessions they belong to.
    void setPhotos(const QList<Photo> &photos, const QList<MicroneedlingSession> &sessions);
    // Marks photos whose originals failed a check.
    void setProblems(const QList<PhotoProblem> &problems);
    const Photo *photoAt(const QModelIndex &index) const;
    QModelIndex indexOf(qint64 photoId) const;
    int photoCount() const { return int(m_photos.size()); }
    PhotoView viewOfColumn(int column) const { return m_columns.at(column); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Thumbnails read so far and still cached (for tests and the memory benchmark).
    int cachedThumbnails() const { return m_thumbnails.count(); }

private:
    struct Row
    {
        qint64 sessionId = 0;
        bool firstOfSession = true;
        QList<int> photo; // per column: index into m_photos, or -1
    };
    QImage thumbnail(const Photo &photo) const;

    Database &m_db;
    QList<Photo> m_photos;
    QList<MicroneedlingSession> m_sessions;
    QList<Row> m_rows;
    QList<PhotoView> m_columns;
    struct Failure
    {
        OriginalState state = OriginalState::Intact;
        QString message;
    };
    Failure failureOf(const Photo &photo) const;
    QHash<qint64, Failure> m_problems;
    mutable QCache<QString, QImage> m_thumbnails; // by SHA-256: an id may be used again
    mutable QHash<qint64, Failure> m_failed;
};

} // namespace tricholog
