#pragma once

// Hand-drawn trichograms with known answers for the analysis tests: straight shafts with flat
// cut ends on even skin, anti-aliased, no noise.

#include <QColor>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QPointF>

namespace tricholog::test {

inline constexpr double kStrokeScale = 5; // um per pixel in the hand-drawn cases
inline const QColor kSkin(200, 165, 150);
inline const QColor kShaft(44, 36, 33); // a dyed shaft: about 0.78 darker than the skin

struct Stroke
{
    QPointF a, b;
    double widthUm;
};

inline QImage drawn(const QList<Stroke> &strokes, QSize size = QSize(800, 600))
{
    QImage image(size, QImage::Format_RGB888);
    image.fill(kSkin);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    for (const Stroke &s : strokes) {
        p.setPen(QPen(kShaft, s.widthUm / kStrokeScale, Qt::SolidLine, Qt::FlatCap));
        p.drawLine(s.a, s.b);
    }
    return image;
}

} // namespace tricholog::test
