#include "ui/report/ReportText.h"

#include "ui/report/PageFlow.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>

namespace tricholog::reporttext {

QFont font(int pixels, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

double textHeight(const QFont &f, double width, const QString &text)
{
    return QFontMetricsF(f).boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

// A paragraph of wrapped text.
void paragraph(PageFlow &flow, const QString &text, const QFont &f, const QColor &color)
{
    const double h = textHeight(f, flow.width(), text) + 2;
    flow.place(h, [text, f, color](QPainter &p, const QRectF &area) {
        p.setFont(f);
        p.setPen(color);
        p.drawText(area, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    });
}

void heading(PageFlow &flow, const QString &text)
{
    flow.space(10);
    flow.ensure(60); // never a heading alone at the bottom of a page
    const QFont f = font(13, true);
    flow.place(QFontMetricsF(f).height() + 6, [text, f](QPainter &p, const QRectF &area) {
        p.setFont(f);
        p.setPen(kAccent);
        p.drawText(area, Qt::AlignLeft | Qt::AlignTop, text);
        p.drawLine(QPointF(area.left(), area.bottom() - 2),
                   QPointF(area.right(), area.bottom() - 2));
    });
    flow.space(3);
}

// Label/value lines, two columns.
void facts(PageFlow &flow, const QList<QPair<QString, QString>> &rows)
{
    const QFont label = font(9, true);
    const QFont value = font(9);
    const double labelWidth = flow.width() * 0.3;
    for (const auto &[k, v] : rows) {
        const double h = std::max(textHeight(value, flow.width() - labelWidth, v),
                                  textHeight(label, labelWidth, k)) +
                         2;
        flow.place(h, [k = k, v = v, label, value, labelWidth](QPainter &p, const QRectF &area) {
            p.setPen(Qt::black);
            p.setFont(label);
            p.drawText(QRectF(area.left(), area.top(), labelWidth - 6, area.height()),
                       Qt::TextWordWrap, k);
            p.setFont(value);
            p.drawText(QRectF(area.left() + labelWidth, area.top(), area.width() - labelWidth,
                              area.height()),
                       Qt::TextWordWrap, v);
        });
    }
}

} // namespace tricholog::reporttext
