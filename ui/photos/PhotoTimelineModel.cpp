#include "ui/photos/PhotoTimelineModel.h"

#include "core/model/Keys.h"
#include "core/storage/PhotoRepository.h"
#include "ui/photos/PhotoLabels.h"

#include <QLocale>
#include <algorithm>

namespace tricholog {

PhotoTimelineModel::PhotoTimelineModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_thumbnails(48 * 1024) // KiB: about 150 thumbnails of 320 × 240
{}

void PhotoTimelineModel::setPhotos(const QList<Photo> &photos,
                                   const QList<MicroneedlingSession> &sessions)
{
    beginResetModel();
    m_photos = photos;
    m_sessions = sessions;
    m_rows.clear();
    m_problems.clear();
    m_failed.clear();
    // Sessions oldest first, photos of each by view in the order taken.
    QList<qint64> order;
    for (auto it = sessions.crbegin(); it != sessions.crend(); ++it)
        order << it->id;
    for (const auto &p : photos)
        if (!order.contains(p.sessionId))
            order << p.sessionId;
    m_columns.clear();
    for (PhotoView v : allValues<PhotoView>())
        if (std::any_of(photos.cbegin(), photos.cend(),
                        [v](const Photo &p) { return p.view == v; }))
            m_columns << v;
    for (qint64 sessionId : std::as_const(order)) {
        QList<QList<int>> byColumn(m_columns.size());
        for (int i = 0; i < m_photos.size(); ++i)
            if (m_photos.at(i).sessionId == sessionId)
                byColumn[m_columns.indexOf(m_photos.at(i).view)] << i;
        qsizetype tallest = 0;
        for (const auto &c : std::as_const(byColumn))
            tallest = std::max(tallest, c.size());
        for (int r = 0; r < tallest; ++r) {
            Row row;
            row.sessionId = sessionId;
            row.firstOfSession = r == 0;
            for (const auto &c : std::as_const(byColumn))
                row.photo << (r < c.size() ? c.at(r) : -1);
            m_rows << row;
        }
    }
    endResetModel();
}

void PhotoTimelineModel::setProblems(const QList<PhotoProblem> &problems)
{
    m_problems.clear();
    for (const auto &p : problems)
        m_problems.insert(p.photo.id, {p.state, p.message});
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

const Photo *PhotoTimelineModel::photoAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return nullptr;
    const int i = m_rows.at(index.row()).photo[index.column()];
    return i >= 0 ? &m_photos.at(i) : nullptr;
}

QModelIndex PhotoTimelineModel::indexOf(qint64 photoId) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        for (int c = 0; c < m_columns.size(); ++c)
            if (const int i = m_rows.at(r).photo[c]; i >= 0 && m_photos.at(i).id == photoId)
                return index(r, c);
    return {};
}

int PhotoTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PhotoTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QImage PhotoTimelineModel::thumbnail(const Photo &photo) const
{
    if (QImage *cached = m_thumbnails.object(photo.sha256))
        return *cached;
    if (m_failed.contains(photo.id))
        return {};
    PhotoRepository photos(m_db);
    auto loaded = photos.thumbnail(photo.id);
    if (!loaded) {
        m_failed.insert(photo.id, {photos.check(photo.id), loaded.error().message});
        return {};
    }
    auto *image = new QImage(loaded.value());
    m_thumbnails.insert(photo.sha256, image, std::max<qsizetype>(1, image->sizeInBytes() / 1024));
    return *image;
}

PhotoTimelineModel::Failure PhotoTimelineModel::failureOf(const Photo &photo) const
{
    if (m_problems.contains(photo.id))
        return m_problems.value(photo.id);
    thumbnail(photo);
    return m_failed.value(photo.id);
}

QVariant PhotoTimelineModel::data(const QModelIndex &index, int role) const
{
    const Photo *p = photoAt(index);
    if (!p)
        return role == Qt::AccessibleTextRole ? QVariant(tr("no photo")) : QVariant();
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole: {
        // The date is the row's; the tile names the time (hours and minutes) and the site.
        QString text =
            locale.toString(p->takenAt.time(),
                            locale.timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss")));
        if (p->site)
            text += QStringLiteral(" · ") + label(*p->site);
        if (p->magnification)
            text += QStringLiteral(" %1×").arg(*p->magnification);
        return text;
    }
    case Qt::DecorationRole:
        return thumbnail(*p);
    case PhotoIdRole:
        return p->id;
    case ErrorRole:
        return failureOf(*p).message;
    case ErrorTitleRole: {
        const Failure f = failureOf(*p);
        if (f.message.isEmpty())
            return QString();
        switch (f.state) {
        case OriginalState::Missing:
            return tr("Original missing");
        case OriginalState::Damaged:
            return tr("Original damaged");
        case OriginalState::Intact:
            break;
        }
        return tr("Cannot be shown");
    }
    case Qt::AccessibleTextRole:
        return photolabels::full(*p, m_sessions, locale);
    case Qt::ToolTipRole: {
        QString tip =
            QStringLiteral("<b>%1</b><br>%2")
                .arg(photolabels::full(*p, m_sessions, locale).toHtmlEscaped(),
                     tr("Taken %1 (%2)")
                         .arg(photolabels::when(p->takenAt, locale), label(p->takenAtSource)));
        tip += QStringLiteral("<br>") + tr("%1 · %2 · %3 × %4 px · %5")
                                            .arg(p->fileName.toHtmlEscaped(), p->format.toUpper())
                                            .arg(p->size.width())
                                            .arg(p->size.height())
                                            .arg(locale.formattedDataSize(p->byteSize));
        if (!p->notes.isEmpty())
            tip += QStringLiteral("<br><i>%1</i>").arg(p->notes.toHtmlEscaped());
        const QString error = data(index, ErrorRole).toString();
        if (!error.isEmpty())
            tip += QStringLiteral("<br><b style='color:#c0392b'>%1</b>").arg(error.toHtmlEscaped());
        return tip;
    }
    default:
        return {};
    }
}

QVariant PhotoTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_columns.size() ? label(m_columns.at(section))
                                                          : QVariant();
    if (section < 0 || section >= m_rows.size() || !m_rows.at(section).firstOfSession)
        return QString();
    for (const auto &s : m_sessions)
        if (s.id == m_rows.at(section).sessionId)
            return photolabels::session(s).replace(QStringLiteral(" · "), QStringLiteral("\n"));
    return QString();
}

Qt::ItemFlags PhotoTimelineModel::flags(const QModelIndex &index) const
{
    if (!photoAt(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace tricholog
