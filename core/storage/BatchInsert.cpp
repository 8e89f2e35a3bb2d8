#include "core/storage/BatchInsert.h"

#include "core/storage/Database.h"

namespace tricholog {

BatchInsert::BatchInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                         int rowsPerStatement)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
    , m_rowsPerStatement(std::max(1, rowsPerStatement))
{}

QSqlQuery &BatchInsert::statement(int rows)
{
    std::unique_ptr<QSqlQuery> &q = m_statements[rows];
    if (!q) {
        const QString row = QLatin1Char('(') +
                            QStringList(m_columns.size(), QStringLiteral("?")).join(u", ") +
                            QLatin1Char(')');
        q = std::make_unique<QSqlQuery>(m_db);
        // A failure shows at exec(), with the driver's words.
        (void)q->prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                .arg(m_table, m_columns.join(u", "), QStringList(rows, row).join(u", ")));
    }
    return *q;
}

Result<void> BatchInsert::insert(qsizetype count, const BindRow &bind)
{
    const int width = int(m_columns.size());
    for (qsizetype done = 0; done < count;) {
        const int rows = int(std::min<qsizetype>(m_rowsPerStatement, count - done));
        QSqlQuery &q = statement(rows);
        for (int r = 0; r < rows; ++r)
            bind(q, r * width, done + r);
        if (!q.exec())
            return Error::storage(Database::describe(q));
        done += rows;
    }
    return {};
}

} // namespace tricholog
