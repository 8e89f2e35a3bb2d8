#include "ui/analysis/AnalysisView.h"

#include "core/analysis/AnalysisJson.h"
#include "core/analysis/Corrections.h"

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineF>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace tricholog {

namespace {

constexpr double kMinZoom = 1.0;
constexpr double kMaxZoom = 32.0;
constexpr int kPreviewEdge = 2000; // the photo drawn from this size when shown smaller

// The unit direction of a hair's path near `p`.
QPointF directionNear(const analysis::Hair &h, QPointF p)
{
    qsizetype best = 1;
    double nearest = 1e300;
    for (qsizetype i = 1; i < h.path.size(); ++i) {
        const double d = QLineF(p, (h.path[i - 1] + h.path[i]) / 2).length();
        if (d < nearest)
            nearest = d, best = i;
    }
    const QPointF from = h.path.value(std::max<qsizetype>(0, best - 3), h.a);
    const QPointF to = h.path.value(std::min<qsizetype>(h.path.size() - 1, best + 2), h.b);
    const QLineF line(from, to);
    return line.length() > 0 ? (to - from) / line.length() : QPointF(1, 0);
}

// The path with fewer points, none farther than `tolerance` from the original (Douglas-Peucker):
// an engine's path has a point a pixel, and a thousand-point path drawn for every hair of a
// zoomed-out photo takes longer than a frame.
void simplify(const QList<QPointF> &in, qsizetype from, qsizetype to, double tolerance,
              QList<QPointF> &out)
{
    const QLineF chord(in[from], in[to]);
    double worst = 0;
    qsizetype at = -1;
    for (qsizetype i = from + 1; i < to; ++i) {
        const QPointF d = in[to] - in[from];
        const double len = chord.length();
        const double dist = len > 0 ? std::abs(d.x() * (in[from].y() - in[i].y()) -
                                               d.y() * (in[from].x() - in[i].x())) /
                                          len
                                    : QLineF(in[from], in[i]).length();
        if (dist > worst)
            worst = dist, at = i;
    }
    if (at >= 0 && worst > tolerance) {
        simplify(in, from, at, tolerance, out);
        simplify(in, at, to, tolerance, out);
    } else {
        out << in[to];
    }
}

QPainterPath simplifiedPath(const analysis::Hair &h, double tolerance)
{
    if (h.path.size() < 3)
        return QPainterPath(h.a);
    QList<QPointF> points{h.path.first()};
    simplify(h.path, 0, h.path.size() - 1, tolerance, points);
    QPainterPath path(points.first());
    for (qsizetype i = 1; i < points.size(); ++i)
        path.lineTo(points[i]);
    return path;
}

} // namespace

AnalysisView::AnalysisView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(400, 300);
    setAccessibleName(tr("Photo with the hairs found"));
    setAccessibleDescription(
        tr("Wheel or + and - zoom, right drag or Ctrl+arrows pan, 0 fits. Arrows move the "
           "crosshair, Space uses the tool there, Enter ends a drawn hair. Tab selects the next "
           "hair, Delete removes it, [ and ] change its width."));
}

void AnalysisView::setImage(const QImage &image)
{
    m_image = image;
    m_pixmap = QPixmap::fromImage(image);
    m_preview = std::max(image.width(), image.height()) > kPreviewEdge
                    ? m_pixmap.scaled(QSize(kPreviewEdge, kPreviewEdge), Qt::KeepAspectRatio,
                                      Qt::SmoothTransformation)
                    : QPixmap();
    m_zoom = 1;
    m_center = {0.5, 0.5};
    m_crosshair = QPointF(image.width() / 2.0, image.height() / 2.0);
    update();
}

void AnalysisView::setResult(const analysis::AnalysisResult &result)
{
    m_result = result;
    m_paths.clear();
    m_coarsePaths.clear();
    m_bounds.clear();
    for (const analysis::Hair &h : std::as_const(m_result.hairs)) {
        m_paths << (h.path.size() >= 3 ? simplifiedPath(h, 0.3) : QPainterPath(h.a));
        if (h.path.size() == 2)
            m_paths.last().lineTo(h.b);
        m_coarsePaths << (h.path.size() >= 3 ? simplifiedPath(h, 1.5) : m_paths.last());
        m_bounds << m_paths.last().boundingRect().adjusted(-1, -1, 1, 1);
    }
    if (m_selected >= m_result.hairs.size() ||
        (m_selected >= 0 && m_result.hairs[m_selected].removed))
        setSelectedHair(-1);
    update();
}

void AnalysisView::setTool(Tool tool)
{
    m_tool = tool;
    m_stroke.clear();
    m_stroking = false;
    setCursor(tool == Tool::Select ? Qt::ArrowCursor : Qt::CrossCursor);
    update();
}

void AnalysisView::setSelectedHair(int index)
{
    if (index == m_selected)
        return;
    m_selected = index;
    update();
    emit selectionChanged(index);
}

QRectF AnalysisView::imageRect() const
{
    if (m_image.isNull())
        return {};
    const QSizeF fitted = QSizeF(m_image.size()).scaled(size(), Qt::KeepAspectRatio) * m_zoom;
    const QPointF topLeft(width() / 2.0 - m_center.x() * fitted.width(),
                          height() / 2.0 - m_center.y() * fitted.height());
    return {topLeft, fitted};
}

QPointF AnalysisView::toImage(QPointF w) const
{
    const QRectF r = imageRect();
    if (r.isEmpty())
        return {};
    return {(w.x() - r.left()) / r.width() * m_image.width(),
            (w.y() - r.top()) / r.height() * m_image.height()};
}

QPointF AnalysisView::toWidget(QPointF i) const
{
    const QRectF r = imageRect();
    if (m_image.isNull())
        return {};
    return {r.left() + i.x() / m_image.width() * r.width(),
            r.top() + i.y() / m_image.height() * r.height()};
}

void AnalysisView::setCrosshair(QPointF p)
{
    p.setX(std::clamp(p.x(), 0.0, double(std::max(0, m_image.width() - 1))));
    p.setY(std::clamp(p.y(), 0.0, double(std::max(0, m_image.height() - 1))));
    m_crosshair = p;
    update();
}

void AnalysisView::clampCenter()
{
    const double margin = 0.5 / m_zoom;
    m_center.setX(std::clamp(m_center.x(), margin, 1.0 - margin));
    m_center.setY(std::clamp(m_center.y(), margin, 1.0 - margin));
}

void AnalysisView::setZoom(double zoom, QPointF anchor)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (anchor.x() < 0)
        anchor = QPointF(width() / 2.0, height() / 2.0);
    // The image point under the anchor stays under it.
    const QRectF before = imageRect();
    const QPointF fraction((anchor.x() - before.left()) / before.width(),
                           (anchor.y() - before.top()) / before.height());
    m_zoom = zoom;
    const QSizeF fitted = QSizeF(m_image.size()).scaled(size(), Qt::KeepAspectRatio) * m_zoom;
    if (!fitted.isEmpty())
        m_center = QPointF(fraction.x() - (anchor.x() - width() / 2.0) / fitted.width(),
                           fraction.y() - (anchor.y() - height() / 2.0) / fitted.height());
    clampCenter();
    update();
}

void AnalysisView::fit()
{
    m_zoom = 1;
    m_center = {0.5, 0.5};
    update();
}

int AnalysisView::hairAt(QPointF imagePoint) const
{
    const QRectF r = imageRect();
    const double pxPerImagePx = r.isEmpty() ? 1 : r.width() / m_image.width();
    return analysis::hairNear(m_result, imagePoint, std::max(2.0, 8 / pxPerImagePx));
}

void AnalysisView::paintEvent(QPaintEvent *)
{
    QElapsedTimer timer;
    timer.start();
    QPainter p(this);
    p.fillRect(rect(), QColor(30, 30, 30));
    if (m_image.isNull()) {
        p.setPen(Qt::white);
        p.drawText(rect(), Qt::AlignCenter, tr("No photo"));
        return;
    }
    const QRectF target = imageRect();
    const double scale = target.width() / m_image.width();
    // Shown small, the photo is drawn from a preview: a 12-megapixel photo scaled down at every
    // frame would take longer than a frame.
    const int edge = std::max(m_image.width(), m_image.height());
    if (!m_preview.isNull() && scale * edge < kPreviewEdge) {
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawPixmap(target, m_preview, QRectF(m_preview.rect()));
    } else {
        p.setRenderHint(QPainter::SmoothPixmapTransform, scale < 1);
        p.drawPixmap(target, m_pixmap, QRectF(m_pixmap.rect()));
    }
    if (ghostVisible()) {
        p.setOpacity(0.45);
        p.drawPixmap(target, m_ghost, QRectF(m_ghost.rect()));
        p.setOpacity(1);
    }
    p.save();
    p.translate(target.topLeft());
    p.scale(scale, scale);
    p.setRenderHint(QPainter::Antialiasing);
    paintHairs(p);
    paintStroke(p);
    p.restore();
    // The crosshair, for the keyboard.
    if (hasFocus()) {
        const QPointF c = toWidget(m_crosshair);
        p.setPen(QPen(Qt::white, 1));
        p.drawLine(c - QPointF(8, 0), c + QPointF(8, 0));
        p.drawLine(c - QPointF(0, 8), c + QPointF(0, 8));
    }
    m_lastPaintMs = double(timer.nsecsElapsed()) / 1e6;
}

void AnalysisView::paintHairs(QPainter &p) const
{
    const analysis::AnalysisOptions &o = m_result.options;
    QPen fieldPen(Qt::white, 1.5, Qt::DashLine);
    fieldPen.setCosmetic(true);
    p.setPen(fieldPen);
    p.setBrush(Qt::NoBrush);
    p.drawPath(o.field.outline());
    const double scale = p.transform().m11();
    const bool numbers = scale >= 0.6;
    // Shown at under half size, a path within 1.5 image pixels is within a screen pixel.
    const QList<QPainterPath> &paths = scale < 0.5 ? m_coarsePaths : m_paths;
    // Only the hairs in view are drawn; numbers are written afterwards in widget coordinates
    // (text drawn through a scaling transform is drawn as outlines: slow).
    const QRectF visible = p.transform().inverted().mapRect(QRectF(rect())).adjusted(-2, -2, 2, 2);
    QList<QPair<QPointF, int>> labels;
    for (qsizetype i = 0; i < m_result.hairs.size(); ++i) {
        const analysis::Hair &h = m_result.hairs[i];
        if (h.removed || !m_bounds[i].intersects(visible))
            continue;
        const Qt::PenStyle style = !h.inField                                  ? Qt::DotLine
                                   : h.origin == analysis::Hair::Origin::Added ? Qt::DashLine
                                                                               : Qt::SolidLine;
        if (i == m_selected) {
            QPen halo(Qt::white, 5);
            halo.setCosmetic(true);
            p.setPen(halo);
            p.drawPath(paths[i]);
        }
        QPen pen(analysis::classColour(h.widthUm, o), i == m_selected ? 2.5 : 1.6, style);
        pen.setCosmetic(true);
        p.setPen(pen);
        p.drawPath(paths[i]);
        if (numbers || i == m_selected)
            labels << qMakePair(p.transform().map(h.midpoint()), int(i));
    }
    p.save();
    p.resetTransform();
    for (const auto &[at, i] : std::as_const(labels)) {
        p.setPen(analysis::classColour(m_result.hairs[i].widthUm, o));
        p.drawText(at + QPointF(4, -4), QString::number(i + 1));
    }
    p.restore();
}

void AnalysisView::setGhost(const QImage &ghost)
{
    m_ghost = ghost.isNull() ? QPixmap() : QPixmap::fromImage(ghost);
    update();
}

void AnalysisView::setGhostVisible(bool visible)
{
    m_ghostVisible = visible;
    update();
}

void AnalysisView::paintStroke(QPainter &p) const
{
    if (m_stroke.isEmpty())
        return;
    QPen pen(QColor(80, 255, 120), 2, Qt::DashLine);
    pen.setCosmetic(true);
    p.setPen(pen);
    if (m_tool == Tool::Field && m_stroke.size() >= 2)
        p.drawRect(QRectF(m_stroke.first(), m_stroke.last()).normalized());
    else
        p.drawPolyline(m_stroke.data(), int(m_stroke.size()));
}

void AnalysisView::resizeEvent(QResizeEvent *)
{
    clampCenter();
}

void AnalysisView::wheelEvent(QWheelEvent *event)
{
    setZoom(m_zoom * std::pow(1.25, event->angleDelta().y() / 120.0), event->position());
    event->accept();
}

void AnalysisView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const QPointF at = toImage(event->position());
    if (event->button() == Qt::RightButton || event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panFrom = event->position();
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    setCrosshair(at);
    if (m_tool == Tool::Add || m_tool == Tool::Width || m_tool == Tool::Field ||
        m_tool == Tool::Match) {
        m_stroking = true;
        m_stroke = {at, at};
    }
}

void AnalysisView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QRectF r = imageRect();
        const QPointF delta = event->position() - m_panFrom;
        m_panFrom = event->position();
        m_center -= QPointF(delta.x() / r.width(), delta.y() / r.height());
        clampCenter();
        update();
        return;
    }
    const QPointF at = toImage(event->position());
    m_crosshair = at;
    if (!m_stroking)
        return;
    if (m_tool == Tool::Add) {
        const double scale = imageRect().width() / m_image.width();
        if (QLineF(m_stroke.last(), at).length() * scale >= 3)
            m_stroke << at;
    } else {
        m_stroke.last() = at;
    }
    update();
}

void AnalysisView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        setCursor(m_tool == Tool::Select ? Qt::ArrowCursor : Qt::CrossCursor);
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    if (m_stroking) {
        m_stroke.last() = toImage(event->position());
        finishStroke();
        return;
    }
    useToolAt(toImage(event->position()));
}

void AnalysisView::useToolAt(QPointF at)
{
    const int hair = hairAt(at);
    switch (m_tool) {
    case Tool::Select:
        setSelectedHair(hair);
        break;
    case Tool::Remove:
        if (hair >= 0)
            emit removeRequested(hair);
        break;
    case Tool::Split:
        if (hair >= 0)
            emit splitRequested(hair, at);
        break;
    case Tool::Add:
    case Tool::Width:
    case Tool::Field:
    case Tool::Match:
        // From the keyboard: each Space adds a point (Enter ends the hair); a width or a field
        // takes two.
        if (!m_stroking) {
            // As a mouse press does: the last point follows the crosshair until the next Space.
            m_stroking = true;
            m_stroke = {at, at};
        } else if (m_tool != Tool::Add) {
            m_stroke.last() = at;
            finishStroke();
        } else {
            m_stroke.last() = at;
            m_stroke << at;
        }
        update();
        break;
    }
}

void AnalysisView::finishStroke()
{
    const QList<QPointF> stroke = m_stroke;
    m_stroke.clear();
    m_stroking = false;
    update();
    if (stroke.size() < 2)
        return;
    const QLineF span(stroke.first(), stroke.last());
    switch (m_tool) {
    case Tool::Add: {
        QList<QPointF> path{stroke.first()};
        for (const QPointF &p : stroke)
            if (p != path.last())
                path << p;
        if (path.size() >= 2)
            emit addRequested(path);
        break;
    }
    case Tool::Width: {
        const QPointF middle = span.center();
        int hair = hairAt(middle);
        if (hair < 0)
            hair = m_selected;
        if (hair < 0 || span.length() <= 0)
            return;
        // Only the part of the drag across the shaft counts.
        const QPointF dir = directionNear(m_result.hairs[hair], middle);
        const QPointF d = stroke.last() - stroke.first();
        emit widthRequested(hair, std::abs(d.x() * dir.y() - d.y() * dir.x()));
        break;
    }
    case Tool::Field:
        emit fieldRequested(QRectF(stroke.first(), stroke.last()).normalized());
        break;
    case Tool::Match:
        emit matchRequested(stroke.first(), stroke.last());
        break;
    default:
        break;
    }
}

void AnalysisView::selectStep(int step)
{
    const int n = int(m_result.hairs.size());
    if (n == 0)
        return;
    int i = m_selected;
    for (int k = 0; k < n; ++k) {
        i = ((i < 0 && step < 0 ? 0 : i) + step + n) % n;
        if (!m_result.hairs[i].removed) {
            setSelectedHair(i);
            setCrosshair(m_result.hairs[i].midpoint());
            return;
        }
    }
}

void AnalysisView::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const double step = (event->modifiers() & Qt::ShiftModifier ? 10 : 1);
    QPointF move;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        setZoom(m_zoom * 1.25, toWidget(m_crosshair));
        return;
    case Qt::Key_Minus:
        setZoom(m_zoom / 1.25, toWidget(m_crosshair));
        return;
    case Qt::Key_0:
        fit();
        return;
    case Qt::Key_Left:
        move = {-step, 0};
        break;
    case Qt::Key_Right:
        move = {step, 0};
        break;
    case Qt::Key_Up:
        move = {0, -step};
        break;
    case Qt::Key_Down:
        move = {0, step};
        break;
    case Qt::Key_Space:
        useToolAt(m_crosshair);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_stroking)
            finishStroke();
        else
            event->ignore(); // the dialog's default button
        return;
    case Qt::Key_Escape:
        if (m_stroking) {
            m_stroke.clear();
            m_stroking = false;
            update();
        } else {
            event->ignore();
        }
        return;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        if (ctrl) { // Ctrl+Tab leaves the photo for the next control
            QWidget::focusNextPrevChild(event->key() == Qt::Key_Tab);
            return;
        }
        selectStep(event->key() == Qt::Key_Backtab ? -1 : 1);
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (m_selected >= 0)
            emit removeRequested(m_selected);
        return;
    case Qt::Key_BracketLeft:
    case Qt::Key_BracketRight:
        if (m_selected >= 0)
            emit widthStepRequested(m_selected, event->key() == Qt::Key_BracketLeft ? -1 : 1);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    if (ctrl) {
        // Pan by a tenth of the view.
        m_center += QPointF(move.x() / step * 0.1 / m_zoom, move.y() / step * 0.1 / m_zoom);
        clampCenter();
        update();
        return;
    }
    // The crosshair moves by screen pixels, whatever the zoom.
    const double scale = imageRect().width() / std::max(1, m_image.width());
    setCrosshair(m_crosshair + move / std::max(scale, 1e-6));
    if (m_stroking) {
        m_stroke.last() = m_crosshair;
        update();
    }
}

bool AnalysisView::focusNextPrevChild(bool)
{
    return false; // Tab selects hairs here
}

} // namespace tricholog
