#include "ui/report/PageFlow.h"

#include <QPainter>

namespace tricholog {

void PageFlow::place(double height, PaintOp op)
{
    if (height > remaining() && m_y > 0)
        newPage();
    m_pages.last().append({m_y, height, std::move(op)});
    m_y += height;
}

void PageFlow::newPage()
{
    m_pages.append(QList<Placed>());
    m_y = 0;
}

void PageFlow::space(double height)
{
    if (m_y > 0)
        m_y = std::min(m_y + height, m_body.height());
}

void PageFlow::ensure(double height)
{
    if (height > remaining() && m_y > 0)
        newPage();
}

void PageFlow::paintPage(int page, QPainter &painter) const
{
    for (const auto &block : m_pages.at(page)) {
        const QRectF area(m_body.left(), m_body.top() + block.y, m_body.width(), block.height);
        painter.save();
        painter.setClipRect(area.adjusted(-2, -2, 2, 2));
        block.op(painter, area);
        painter.restore();
    }
}

} // namespace tricholog
