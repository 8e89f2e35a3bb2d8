#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <functional>
#include <map>
#include <memory>

namespace tricholog {

// Rows written many to a statement ("INSERT INTO t (a, b) VALUES (?, ?), (?, ?), ..."): SQLite
// runs its per-statement work (the statement journal, each CHECK's IN list) once for all of them
// instead of once a row, and a server answers one round trip for them. The statements are
// prepared once per size. For rows that need no generated id back (an import's, which has
// given its ids, or rows keyed by their parent).
class BatchInsert
{
public:
    // Binds one row's values from position `first` on, in the order of the columns.
    using BindRow = std::function<void(QSqlQuery &q, int first, qsizetype row)>;

    BatchInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                int rowsPerStatement = 32);

    // Writes rows 0 .. count - 1.
    Result<void> insert(qsizetype count, const BindRow &bind);

private:
    QSqlQuery &statement(int rows);

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    std::map<int, std::unique_ptr<QSqlQuery>> m_statements; // rows -> prepared statement
};

} // namespace tricholog
