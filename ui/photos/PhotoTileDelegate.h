#pragma once

#include <QStyledItemDelegate>

namespace tricholog {

// Paints a timeline cell: the thumbnail fitted into the tile, its caption beneath; a photo whose
// original is damaged or missing shows the reason in red instead of a picture, never a blank.
class PhotoTileDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static QSize tileSize() { return {176, 150}; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace tricholog
