#pragma once

#include <QList>
#include <QRectF>
#include <functional>

class QPainter;

namespace tricholog {

// A two-pass page layout: blocks are placed top to bottom and start a new page when they do not
// fit; painting happens afterwards, when the page count is known (for "Page x of y").
class PageFlow
{
public:
    using PaintOp = std::function<void(QPainter &, const QRectF &area)>;

    explicit PageFlow(QRectF body)
        : m_body(body)
    {
        m_pages.append(QList<Placed>());
    }

    double width() const { return m_body.width(); }
    double remaining() const { return m_body.height() - m_y; }
    double y() const { return m_y; }
    int pageCount() const { return int(m_pages.size()); }

    // Places a block of `height`; a block taller than a page is placed at the top of a page and
    // clipped.
    void place(double height, PaintOp op);
    void newPage();
    void space(double height);
    // Keeps the next `height` together with what follows (e.g. a heading with its first rows).
    void ensure(double height);

    void paintPage(int page, QPainter &painter) const;

private:
    struct Placed
    {
        double y;
        double height;
        PaintOp op;
    };
    QRectF m_body;
    double m_y = 0;
    QList<QList<Placed>> m_pages;
};

} // namespace tricholog
