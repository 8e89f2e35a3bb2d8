#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace tricholog {

// Shown every row that BatchInsert copies into a server while it is set
// (Database::setWrittenRows): the values as they are sent, in the order of `columns`. The
// import's digest makes its rows' JSON from them instead of reading the rows back.
class WrittenRows
{
public:
    virtual ~WrittenRows() = default;
    virtual void written(const QString &table, const QStringList &columns,
                         const QVariantList &values) = 0;
};

} // namespace tricholog
