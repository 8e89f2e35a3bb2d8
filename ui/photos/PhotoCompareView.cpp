#include "ui/photos/PhotoCompareView.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace tricholog {

namespace {
constexpr double kMinZoom = 1.0;
constexpr double kMaxZoom = 16.0;
constexpr double kGap = 6.0;
} // namespace

PhotoCompareView::PhotoCompareView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(320, 200);
    setAccessibleName(tr("Before and after photos"));
    setAccessibleDescription(
        tr("Wheel or + and - zoom both photos, drag or arrow keys pan, 0 fits, "
           "M switches between side by side and slider."));
}

void PhotoCompareView::setBefore(const Side &side)
{
    m_before = side;
    update();
}

void PhotoCompareView::setAfter(const Side &side)
{
    m_after = side;
    update();
}

void PhotoCompareView::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    update();
    emit viewChanged();
}

void PhotoCompareView::setCenter(QPointF center)
{
    // The centre may go as far as the photo reaches at this zoom: no panning into emptiness.
    const double margin = 0.5 / m_zoom;
    center.setX(std::clamp(center.x(), margin, 1.0 - margin));
    center.setY(std::clamp(center.y(), margin, 1.0 - margin));
    if (center == m_center)
        return;
    m_center = center;
    update();
    emit viewChanged();
}

void PhotoCompareView::setZoom(double zoom, QPointF anchor)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    // Keep the photo point under the anchor (the cursor) where it is.
    QPointF center = m_center;
    if (anchor.x() >= 0) {
        const bool afterSide = m_mode == Mode::SideBySide && paneRect(true).contains(anchor);
        const QRectF image = imageRect(afterSide);
        if (image.width() > 0 && image.height() > 0) {
            const QPointF at((anchor.x() - image.left()) / image.width(),
                             (anchor.y() - image.top()) / image.height());
            center = at + (m_center - at) * (m_zoom / zoom);
        }
    }
    m_zoom = zoom;
    m_center = QPointF(-1, -1); // forces setCenter to clamp and notify
    setCenter(center);
    update();
}

void PhotoCompareView::setSplit(double split)
{
    split = std::clamp(split, 0.0, 1.0);
    if (qFuzzyCompare(split + 1, m_split + 1))
        return;
    m_split = split;
    update();
    emit viewChanged();
}

void PhotoCompareView::fit()
{
    setZoom(1.0);
    setCenter({0.5, 0.5});
}

QRectF PhotoCompareView::paneRect(bool afterSide) const
{
    const QRectF all = QRectF(rect());
    if (m_mode == Mode::Slider)
        return all;
    const double w = (all.width() - kGap) / 2;
    return afterSide ? QRectF(all.left() + w + kGap, all.top(), w, all.height())
                     : QRectF(all.left(), all.top(), w, all.height());
}

QRectF PhotoCompareView::imageRectIn(const QImage &image, const QRectF &pane) const
{
    // Both photos share the geometry of the pane: when their sizes differ (another camera), each
    // fits its pane, and the same fraction of each is centred.
    const QSizeF size = image.isNull() ? pane.size() : QSizeF(image.size());
    const double fitScale = std::min(pane.width() / size.width(), pane.height() / size.height());
    const double scale = fitScale * m_zoom;
    const QSizeF shown(size.width() * scale, size.height() * scale);
    const QPointF topLeft(pane.center().x() - m_center.x() * shown.width(),
                          pane.center().y() - m_center.y() * shown.height());
    return QRectF(topLeft, shown);
}

QRectF PhotoCompareView::imageRect(bool afterSide) const
{
    return imageRectIn(afterSide ? m_after.image : m_before.image, paneRect(afterSide));
}

void PhotoCompareView::paintSide(QPainter &p, const Side &side, const QRectF &pane,
                                 const QRectF &clip, Qt::Alignment labelAt) const
{
    p.save();
    p.setClipRect(clip);
    p.fillRect(pane, QColor(0x20, 0x20, 0x20));
    if (!side.image.isNull()) {
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(imageRectIn(side.image, pane), side.image);
    }
    p.restore();
    p.save();
    const QFontMetrics fm(font());
    if (side.image.isNull() || !side.problem.isEmpty()) {
        const QString text = side.problem.isEmpty() ? tr("No photo chosen") : side.problem;
        const QRectF box = side.image.isNull()
                               ? pane.adjusted(pane.width() * 0.1, pane.height() * 0.3,
                                               -pane.width() * 0.1, -pane.height() * 0.3)
                               : QRectF(pane.left() + 8, pane.bottom() - 4 * fm.height() - 16,
                                        pane.width() - 16, 4 * fm.height() + 8);
        p.fillRect(box,
                   side.problem.isEmpty() ? QColor(0x44, 0x44, 0x44) : QColor(0x8b, 0x1a, 0x10));
        p.setPen(Qt::white);
        p.drawText(box.adjusted(8, 4, -8, -4), Qt::AlignCenter | Qt::TextWordWrap, text);
    }
    if (!side.label.isEmpty()) {
        const QRectF text(0, 0, fm.horizontalAdvance(side.label) + 16, fm.height() + 8);
        QRectF box = text;
        box.moveTop(pane.top() + 8);
        if (labelAt & Qt::AlignRight)
            box.moveRight(pane.right() - 8);
        else
            box.moveLeft(pane.left() + 8);
        p.fillRect(box, QColor(0, 0, 0, 170));
        p.setPen(Qt::white);
        p.drawText(box, Qt::AlignCenter, side.label);
    }
    p.restore();
}

void PhotoCompareView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Window));
    if (m_mode == Mode::SideBySide) {
        paintSide(p, m_before, paneRect(false), paneRect(false), Qt::AlignLeft);
        paintSide(p, m_after, paneRect(true), paneRect(true), Qt::AlignLeft);
    } else {
        const QRectF all = QRectF(rect());
        const double x = all.left() + all.width() * m_split;
        paintSide(p, m_before, all, QRectF(all.left(), all.top(), x - all.left(), all.height()),
                  Qt::AlignLeft);
        paintSide(p, m_after, all, QRectF(x, all.top(), all.right() - x, all.height()),
                  Qt::AlignRight);
        p.setPen(QPen(Qt::white, 2));
        p.drawLine(QPointF(x, all.top()), QPointF(x, all.bottom()));
        const QRectF knob(x - 9, all.center().y() - 18, 18, 36);
        p.setBrush(Qt::white);
        p.drawRoundedRect(knob, 4, 4);
    }
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void PhotoCompareView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    setZoom(m_zoom * std::pow(1.25, steps), event->position());
    event->accept();
}

void PhotoCompareView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    setFocus(Qt::MouseFocusReason);
    m_dragFrom = event->position().toPoint();
    m_dragging = true;
    m_draggingSplit =
        m_mode == Mode::Slider && std::abs(event->position().x() - width() * m_split) < 12;
}

void PhotoCompareView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_mode == Mode::Slider && !m_dragging)
        setCursor(std::abs(event->position().x() - width() * m_split) < 12 ? Qt::SplitHCursor
                                                                           : Qt::OpenHandCursor);
    if (!m_dragging)
        return;
    if (m_draggingSplit) {
        setSplit(event->position().x() / std::max(1, width()));
        return;
    }
    const QPoint delta = event->position().toPoint() - m_dragFrom;
    m_dragFrom = event->position().toPoint();
    const QRectF image = imageRect(false);
    if (image.width() > 0 && image.height() > 0)
        setCenter(m_center - QPointF(delta.x() / image.width(), delta.y() / image.height()));
}

void PhotoCompareView::mouseReleaseEvent(QMouseEvent *)
{
    m_dragging = false;
    m_draggingSplit = false;
}

void PhotoCompareView::keyPressEvent(QKeyEvent *event)
{
    const double step = 0.1 / m_zoom;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        setZoom(m_zoom * 1.25);
        break;
    case Qt::Key_Minus:
        setZoom(m_zoom / 1.25);
        break;
    case Qt::Key_0:
        fit();
        break;
    case Qt::Key_Left:
        setCenter(m_center - QPointF(step, 0));
        break;
    case Qt::Key_Right:
        setCenter(m_center + QPointF(step, 0));
        break;
    case Qt::Key_Up:
        setCenter(m_center - QPointF(0, step));
        break;
    case Qt::Key_Down:
        setCenter(m_center + QPointF(0, step));
        break;
    case Qt::Key_M:
        setMode(m_mode == Mode::SideBySide ? Mode::Slider : Mode::SideBySide);
        break;
    case Qt::Key_BracketLeft:
        setSplit(m_split - 0.05);
        break;
    case Qt::Key_BracketRight:
        setSplit(m_split + 0.05);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace tricholog
