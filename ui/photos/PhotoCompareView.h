#pragma once

#include <QImage>
#include <QPointF>
#include <QWidget>

namespace tricholog {

// Two photos of one view, before and after, with one zoom and one pan for both: side by side,
// or overlaid with a slider that uncovers the "after" photo. Each carries its label (date and
// session); a photo that cannot be shown carries the reason instead, never a blank.
//
// Mouse: wheel zooms at the cursor, drag pans (in the slider mode, dragging the divider moves
// it). Keys: + and - zoom, 0 fits, arrows pan, M switches the mode, [ and ] move the divider.
class PhotoCompareView : public QWidget
{
    Q_OBJECT
public:
    enum class Mode
    {
        SideBySide,
        Slider
    };
    struct Side
    {
        QImage image;
        QString label;   // "Before · 12/03/2026 · session 1 of 10"
        QString problem; // shown in red: a damaged or missing original
    };

    explicit PhotoCompareView(QWidget *parent = nullptr);

    void setBefore(const Side &side);
    void setAfter(const Side &side);
    const Side &before() const { return m_before; }
    const Side &after() const { return m_after; }
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

    // 1 = the photo fits its pane; shared by both photos.
    double zoom() const { return m_zoom; }
    void setZoom(double zoom, QPointF anchor = QPointF(-1, -1));
    // The point of the photos at the centre of their panes, as fractions of width and height.
    QPointF center() const { return m_center; }
    void setCenter(QPointF center);
    double split() const { return m_split; } // slider position, 0-1 of the width
    void setSplit(double split);
    void fit();

    // Where the photo of a side is drawn in widget coordinates (for tests: both move together).
    QRectF imageRect(bool afterSide) const;

    QSize sizeHint() const override { return {960, 600}; }

signals:
    void viewChanged(); // zoom, pan, mode or divider

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QRectF paneRect(bool afterSide) const;
    QRectF imageRectIn(const QImage &image, const QRectF &pane) const;
    void paintSide(QPainter &p, const Side &side, const QRectF &pane, const QRectF &clip,
                   Qt::Alignment labelAt) const;

    Side m_before;
    Side m_after;
    Mode m_mode = Mode::SideBySide;
    double m_zoom = 1.0;
    QPointF m_center{0.5, 0.5};
    double m_split = 0.5;
    QPoint m_dragFrom;
    bool m_dragging = false;
    bool m_draggingSplit = false;
};

} // namespace tricholog
