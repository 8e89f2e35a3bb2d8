#pragma once

#include "core/analysis/HairAnalysis.h"

#include <QImage>
#include <QList>
#include <QPainterPath>
#include <QPixmap>
#include <QPointF>
#include <QWidget>

namespace tricholog {

// A trichoscopy photo with the hairs of its analysis drawn over it, each along its shaft and
// coloured by class (terminal cyan, intermediate pink, vellus yellow; outside the field dotted,
// drawn by hand dashed), and the tools that correct it. The view only asks: each correction is
// a signal, and the owner applies it (undoably) and gives the view the new hairs.
//
// Mouse: wheel zooms at the cursor, right or middle drag pans; the left button uses the tool.
// Keys: + and - zoom, 0 fits, Ctrl+arrows pan, arrows move the crosshair (Shift: 10 px), Space
// uses the tool at the crosshair (adds a point when drawing), Enter ends a drawn hair, Esc drops
// it; Tab and Shift+Tab select the next or previous hair, Delete removes the selected one,
// [ and ] make it 1 um narrower or wider.
class AnalysisView : public QWidget
{
    Q_OBJECT
public:
    enum class Tool
    {
        Select, // click: select a hair
        Remove, // click: remove a hair
        Add,    // drag (or points with Space, then Enter) along a missed hair
        Split,  // click on a hair where it should be cut in two
        Width,  // drag across a shaft, edge to edge
        Field,  // drag a rectangle: the counting field
        Match   // drag from a point of the baseline's ghost to the same point on the photo
    };

    explicit AnalysisView(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    const QImage &image() const { return m_image; }
    // The hairs to draw (removed ones are not drawn) and the field and thresholds.
    void setResult(const analysis::AnalysisResult &result);
    // The baseline photo drawn over this one where the registration puts it (any size: it is
    // stretched over the photo), half transparent; a null image takes it away.
    void setGhost(const QImage &ghost);
    void setGhostVisible(bool visible);
    bool ghostVisible() const { return m_ghostVisible && !m_ghost.isNull(); }
    void setTool(Tool tool);
    Tool tool() const { return m_tool; }
    int selectedHair() const { return m_selected; }
    void setSelectedHair(int index);

    double zoom() const { return m_zoom; } // 1 = the photo fits
    void setZoom(double zoom, QPointF anchor = QPointF(-1, -1));
    void fit();
    // Widget and image coordinates.
    QPointF toImage(QPointF widgetPoint) const;
    QPointF toWidget(QPointF imagePoint) const;
    QPointF crosshair() const { return m_crosshair; }
    void setCrosshair(QPointF imagePoint);
    // How long the last paint took, in milliseconds (the benchmark reads it).
    double lastPaintMs() const { return m_lastPaintMs; }

    QSize sizeHint() const override { return {900, 640}; }

signals:
    void removeRequested(int hair);
    void addRequested(const QList<QPointF> &path);
    void splitRequested(int hair, QPointF at);
    void widthRequested(int hair, double widthPx);
    void widthStepRequested(int hair, double stepUm);
    void fieldRequested(const QRectF &rect);
    void matchRequested(QPointF onGhost, QPointF onPhoto);
    void selectionChanged(int hair);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    QRectF imageRect() const;
    void clampCenter();
    // The tool's action at an image point (a click, or Space at the crosshair).
    void useToolAt(QPointF imagePoint);
    void finishStroke();
    int hairAt(QPointF imagePoint) const;
    void paintHairs(QPainter &p) const;
    void paintStroke(QPainter &p) const;
    void selectStep(int step);

    QImage m_image;
    QPixmap m_pixmap;
    QPixmap m_preview; // at most kPreviewEdge on its long side, for a large photo shown small
    QPixmap m_ghost;
    bool m_ghostVisible = true;
    analysis::AnalysisResult m_result;
    QList<QPainterPath> m_paths;       // one per hair, image coordinates
    QList<QPainterPath> m_coarsePaths; // the same within 1.5 px, for a photo shown small
    QList<QRectF> m_bounds;            // each path's bounding box
    Tool m_tool = Tool::Select;
    int m_selected = -1;
    double m_zoom = 1.0;
    QPointF m_center{0.5, 0.5};
    QPointF m_crosshair;
    QList<QPointF> m_stroke; // image points of a hair being drawn, a width or a field drag
    bool m_stroking = false;
    bool m_panning = false;
    QPointF m_panFrom;
    double m_lastPaintMs = 0;
};

} // namespace tricholog
