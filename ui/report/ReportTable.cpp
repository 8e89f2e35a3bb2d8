#include "ui/report/ReportTable.h"

#include "ui/report/PageFlow.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

namespace tricholog {

namespace {
QFont cellFont(bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(8);
    f.setBold(bold);
    return f;
}
constexpr double kPad = 3;
} // namespace

void ReportTable::place(PageFlow &flow) const
{
    const double width = flow.width();
    QList<double> widths;
    for (const auto &c : m_columns)
        widths << c.fraction * width;
    const QFont body = cellFont(false);
    const QFont head = cellFont(true);

    auto rowHeight = [&](const QStringList &cells, const QFont &f) {
        double h = 0;
        for (int i = 0; i < m_columns.size(); ++i) {
            const QRectF r = QFontMetricsF(f).boundingRect(
                QRectF(0, 0, widths.at(i) - 2 * kPad, 1e6), Qt::TextWordWrap, cells.value(i));
            h = std::max(h, r.height());
        }
        return h + 2 * kPad;
    };
    auto paintRow = [widths, right = m_right](const QStringList &cells, const QFont &f, bool header,
                                              bool shaded) {
        return [widths, right, cells, f, header, shaded](QPainter &p, const QRectF &area) {
            if (header)
                p.fillRect(area, QColor(0xdd, 0xe6, 0xf0));
            else if (shaded)
                p.fillRect(area, QColor(0xf5, 0xf7, 0xfa));
            p.setFont(f);
            p.setPen(Qt::black);
            double x = area.left();
            for (int i = 0; i < widths.size(); ++i) {
                const QRectF cell(x + kPad, area.top() + kPad, widths.at(i) - 2 * kPad,
                                  area.height() - 2 * kPad);
                const int align = right.contains(i) ? Qt::AlignRight : Qt::AlignLeft;
                p.drawText(cell, Qt::TextWordWrap | Qt::AlignTop | align, cells.value(i));
                x += widths.at(i);
            }
            p.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 0.4));
            p.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()));
        };
    };

    QStringList titles;
    for (const auto &c : m_columns)
        titles << c.title;
    const double headerHeight = rowHeight(titles, head);
    const auto header = paintRow(titles, head, true, false);

    // The header always travels with at least the first row.
    const double firstRow = m_rows.isEmpty() ? 0 : rowHeight(m_rows.first(), body);
    flow.ensure(headerHeight + firstRow);
    int pageOfHeader = flow.pageCount();
    flow.place(headerHeight, header);
    for (int r = 0; r < m_rows.size(); ++r) {
        const double h = rowHeight(m_rows.at(r), body);
        if (h > flow.remaining()) {
            flow.newPage();
        }
        if (flow.pageCount() != pageOfHeader) { // continued on a new page: repeat the header
            flow.place(headerHeight, header);
            pageOfHeader = flow.pageCount();
        }
        flow.place(h, paintRow(m_rows.at(r), body, false, r % 2 == 1));
    }
}

} // namespace tricholog
