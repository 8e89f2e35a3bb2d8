#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <type_traits>

struct pg_conn;

namespace tricholog {

class Database;

// Qt's rule for NULL (QSqlResultPrivate::isVariantNull), which BatchInsert follows on both
// engines: a null variant, or a null string, byte array, date, time or date-time in one.
bool isSqlNull(const QVariant &v);

// Rows written many to a statement ("INSERT INTO t (a, b) VALUES (?, ?), (?, ?), ..."): SQLite
// runs its per-statement work (the statement journal, each CHECK's IN list) once for all of them
// instead of once a row; the statements are prepared once per size. On a server the rows of a
// call go with one COPY instead (CopyIn). For rows that need no generated id back (an import's,
// which has given its ids, or rows keyed by their parent).
//
// On SQLite the values are bound through SQLite's own API: Qt's driver names each positional
// value (":N", a string made and looked up in a hash) before binding it, which was a fifth of an
// import's thread (callgrind). Its values follow Qt's rules: a null QVariant, QString or
// QByteArray is NULL, a number is bound as one, anything else as its text. On a server the rows
// are shown as they are sent to the database's WrittenRows, when one is set.
class BatchInsert
{
public:
    // Appends one row's values, in the order of the columns.
    using RowValues = std::function<void(QVariantList &values, qsizetype row)>;

    BatchInsert(const Database &db, const QString &table, const QStringList &columns,
                int rowsPerStatement = 32);
    ~BatchInsert();
    BatchInsert(const BatchInsert &) = delete;
    BatchInsert &operator=(const BatchInsert &) = delete;

    // Writes rows 0 .. count - 1.
    Result<void> insert(qsizetype count, const RowValues &rowValues);

private:
    class Statement;
    Statement &statement(int rows);
    Result<void> copyIn(pg_conn *conn, qsizetype count, const RowValues &rowValues);

    const Database &m_database;
    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    std::map<int, std::unique_ptr<Statement>> m_statements; // rows -> prepared statement
};

// New records through a repository's Inserter: those that all carry their ids (an import's) many
// to a statement through `many` (made by `make` on first use; on a server one COPY); otherwise one
// by one through `insertOne`, which gives each its id. `values` gives a record's row, or appends
// it to the batch's list (values(list, record)). Every record's row version is 1 after.
template<typename Record, typename Make, typename InsertOne, typename Values>
Result<void> insertRecords(QList<Record> &records, std::unique_ptr<BatchInsert> &many, Make make,
                           InsertOne insertOne, Values values)
{
    if (!std::all_of(records.cbegin(), records.cend(), [](const Record &r) { return r.id > 0; })) {
        for (Record &r : records)
            if (auto added = insertOne(r); !added)
                return added;
        return {};
    }
    if (!many)
        many = make();
    auto written = many->insert(records.size(), [&](QVariantList &row, qsizetype at) {
        if constexpr (std::is_invocable_v<Values, QVariantList &, const Record &>)
            values(row, records.at(at)); // appends the record's values
        else
            row << values(records.at(at));
    });
    if (!written)
        return written;
    for (Record &r : records)
        r.rowVersion.value = 1;
    return {};
}

} // namespace tricholog
