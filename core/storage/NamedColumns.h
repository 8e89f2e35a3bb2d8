#pragma once

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>
#include <span>

namespace tricholog::sql {

// A column a record's value is written to, with the placeholder its named statements (the
// INSERT of one record, the UPDATE) bind it by. A repository lists its columns once, and its
// record's values once in the same order: the named binds and BatchInsert's rows read both.
struct NamedColumn
{
    const char *column;
    const char *placeholder;
};

inline QStringList columnNames(std::span<const NamedColumn> columns)
{
    QStringList names;
    for (const NamedColumn &c : columns)
        names << QLatin1String(c.column);
    return names;
}

inline QStringList placeholders(std::span<const NamedColumn> columns)
{
    QStringList names;
    for (const NamedColumn &c : columns)
        names << QLatin1String(c.placeholder);
    return names;
}

// Binds `values`, in the columns' order, by the columns' placeholders.
inline void bindNamed(QSqlQuery &q, std::span<const NamedColumn> columns,
                      const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size() && i < qsizetype(columns.size()); ++i)
        q.bindValue(QLatin1String(columns[i].placeholder), values.at(i));
}

} // namespace tricholog::sql
