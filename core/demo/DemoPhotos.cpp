#include "core/demo/DemoPhotos.h"

#include "core/photos/PhotoImage.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>
#include <QRandomGenerator>
#include <cmath>

namespace tricholog {

namespace {

double uniform(QRandomGenerator &rng, double lo, double hi)
{
    return lo + (hi - lo) * rng.generateDouble();
}

QImage globalView(double density, QRandomGenerator &rng)
{
    QImage image(960, 720, QImage::Format_RGB32);
    image.fill(QColor(0x3a, 0x40, 0x48));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QPointF centre(480, 380);
    const double rx = 330, ry = 300;
    QRadialGradient skin(centre - QPointF(60, 80), 420);
    skin.setColorAt(0, QColor(0xf1, 0xc9, 0xa5));
    skin.setColorAt(1, QColor(0xc8, 0x96, 0x72));
    p.setPen(Qt::NoPen);
    p.setBrush(skin);
    p.drawEllipse(centre, rx, ry);
    // Thinning at the crown: the bare area shrinks as density rises.
    const double coverage = std::clamp(density / 260.0, 0.15, 1.0);
    const double bare = 0.75 * (1.0 - coverage);
    const int strands = int(900 + 5200 * coverage);
    for (int i = 0; i < strands; ++i) {
        const double a = uniform(rng, 0, 2 * M_PI);
        const double r = std::sqrt(rng.generateDouble());
        if (r < bare && rng.bounded(100) > 8)
            continue;
        const QPointF at(centre.x() + rx * r * std::cos(a), centre.y() + ry * r * std::sin(a));
        // Hair lies outward from the crown whorl.
        const double dir = a + uniform(rng, -0.5, 0.5) + 0.6;
        const double len = uniform(rng, 10, 26);
        const QPointF to(at.x() + len * std::cos(dir), at.y() + len * std::sin(dir));
        const int shade = 25 + int(rng.bounded(40));
        p.setPen(QPen(QColor(shade + 20, shade, shade / 2), uniform(rng, 0.8, 1.8)));
        p.drawLine(at, to);
    }
    return image;
}

QImage trichoscopicView(double density, double diameter, QRandomGenerator &rng)
{
    QImage image(800, 600, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QRadialGradient skin(QPointF(400, 300), 520);
    skin.setColorAt(0, QColor(0xee, 0xc6, 0xb0));
    skin.setColorAt(1, QColor(0xb0, 0x80, 0x6c));
    p.fillRect(image.rect(), skin);
    // The field of view is about 0.12 cm² at 20×.
    const int hairs = std::max(2, int(density * 0.12));
    const double width = std::clamp(diameter / 7.0, 2.0, 16.0);
    for (int i = 0; i < hairs; ++i) {
        const QPointF root(uniform(rng, 20, 780), uniform(rng, 20, 580));
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x8a, 0x5a, 0x48, 150));
        p.drawEllipse(root, width * 1.3, width * 1.3); // follicular opening
        const double dir = uniform(rng, -0.6, 0.6) - 0.8;
        const double len = uniform(rng, 160, 420);
        QPainterPath path(root);
        path.quadTo(root + QPointF(len * 0.5 * std::cos(dir) + uniform(rng, -30, 30),
                                   len * 0.5 * std::sin(dir)),
                    root + QPointF(len * std::cos(dir), len * std::sin(dir)));
        const double w = width * uniform(rng, 0.7, 1.2);
        p.setPen(QPen(QColor(0x2b, 0x1d, 0x16), w, Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }
    return image;
}

} // namespace

QByteArray demoScalpPhoto(PhotoView view, double densityPerCm2, double diameterUm, quint32 seed)
{
    QRandomGenerator rng(seed);
    const QImage image = view == PhotoView::Trichoscopic
                             ? trichoscopicView(densityPerCm2, diameterUm, rng)
                             : globalView(densityPerCm2, rng);
    return photoimage::encodeJpeg(image, 85);
}

} // namespace tricholog
