#pragma once

#include <QList>
#include <QSet>
#include <QStringList>

namespace tricholog {

class PageFlow;

// A table for the report: column widths as fractions of the page width, wrapped cells, a header
// that repeats on every page the table reaches, and rows that never split across pages.
class ReportTable
{
public:
    struct Column
    {
        QString title;
        double fraction;
    };

    explicit ReportTable(QList<Column> columns)
        : m_columns(std::move(columns))
    {}
    void setRightAligned(QSet<int> columns) { m_right = std::move(columns); }
    void addRow(QStringList cells) { m_rows.append(std::move(cells)); }
    void place(PageFlow &flow) const;

private:
    QList<Column> m_columns;
    QList<QStringList> m_rows;
    QSet<int> m_right;
};

} // namespace tricholog
