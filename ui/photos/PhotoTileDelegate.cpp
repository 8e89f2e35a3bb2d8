#include "ui/photos/PhotoTileDelegate.h"

#include "ui/photos/PhotoTimelineModel.h"

#include <QApplication>
#include <QPainter>

namespace tricholog {

void PhotoTileDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    // Background and selection as the style draws them, without the default icon and text.
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (!index.data(PhotoTimelineModel::PhotoIdRole).isValid())
        return;

    painter->save();
    const QRect cell = option.rect.adjusted(4, 4, -4, -4);
    const int captionHeight = option.fontMetrics.height() + 4;
    const QRect picture(cell.left(), cell.top(), cell.width(), cell.height() - captionHeight);
    const QString error = index.data(PhotoTimelineModel::ErrorTitleRole).toString();
    const QImage image = index.data(Qt::DecorationRole).value<QImage>();
    if (!image.isNull()) {
        const QSize fitted = image.size().scaled(picture.size(), Qt::KeepAspectRatio);
        const QRect target(picture.left() + (picture.width() - fitted.width()) / 2,
                           picture.top() + (picture.height() - fitted.height()) / 2, fitted.width(),
                           fitted.height());
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawImage(target, image);
        if (!error.isEmpty()) {
            painter->setPen(QPen(QColor(0xc0, 0x39, 0x2b), 3));
            painter->drawRect(target.adjusted(1, 1, -2, -2));
        }
    }
    if (image.isNull() || !error.isEmpty()) {
        // The reason, in words, where the picture would be.
        const QRect box =
            image.isNull() ? picture : picture.adjusted(6, picture.height() / 2, -6, -4);
        painter->fillRect(box, QColor(0xfd, 0xec, 0xea));
        painter->setPen(QColor(0xc0, 0x39, 0x2b));
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.85);
        painter->setFont(small);
        painter->drawText(box.adjusted(4, 2, -4, -2), Qt::AlignCenter | Qt::TextWordWrap,
                          (error.isEmpty() ? tr("No image") : error) + QLatin1Char('\n') +
                              tr("(select it for details)"));
    }
    painter->setFont(option.font);
    painter->setPen(opt.state & QStyle::State_Selected
                        ? opt.palette.color(QPalette::HighlightedText)
                        : opt.palette.color(QPalette::Text));
    const QRect caption(cell.left(), picture.bottom() + 2, cell.width(), captionHeight);
    painter->drawText(caption, Qt::AlignHCenter | Qt::AlignTop,
                      option.fontMetrics.elidedText(index.data(Qt::DisplayRole).toString(),
                                                    Qt::ElideRight, caption.width()));
    painter->restore();
}

QSize PhotoTileDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return tileSize();
}

} // namespace tricholog
