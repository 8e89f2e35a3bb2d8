#include "core/storage/BatchInsert.h"

#include "core/storage/CopyIn.h"
#include "core/storage/Database.h"
#include "core/storage/SqliteFunctions.h"
#include "core/storage/WrittenRows.h"

#include <QDateTime>
#include <QSqlError>
#include <sqlite3.h>

namespace tricholog {

namespace {

int bindSqlite(sqlite3_stmt *stmt, int index, const QVariant &v)
{
    if (isSqlNull(v))
        return sqlite3_bind_null(stmt, index);
    switch (v.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(stmt, index, v.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(stmt, index, v.toDouble());
    case QMetaType::QByteArray: {
        const auto *bytes = static_cast<const QByteArray *>(v.constData());
        return sqlite3_bind_blob64(stmt, index, bytes->constData(), sqlite3_uint64(bytes->size()),
                                   SQLITE_TRANSIENT);
    }
    default: {
        const QByteArray text = v.toString().toUtf8();
        return sqlite3_bind_text64(stmt, index, text.constData(), sqlite3_uint64(text.size()),
                                   SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    }
}

} // namespace

bool isSqlNull(const QVariant &v)
{
    if (v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(v.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(v.constData())->isNull();
    case QMetaType::QDate:
        return static_cast<const QDate *>(v.constData())->isNull();
    case QMetaType::QTime:
        return static_cast<const QTime *>(v.constData())->isNull();
    case QMetaType::QDateTime:
        return static_cast<const QDateTime *>(v.constData())->isNull();
    default:
        return false;
    }
}

// One prepared INSERT: SQLite's own statement on a file, Qt's query on a server.
class BatchInsert::Statement
{
public:
    Statement(const QSqlDatabase &db, const QString &sql)
        : m_sqlite(sqliteHandle(db))
    {
        if (m_sqlite) {
            const QByteArray text = sql.toUtf8();
            if (sqlite3_prepare_v3(m_sqlite, text.constData(), int(text.size()),
                                   SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
                m_error = lastError();
                sqlite3_finalize(m_stmt);
                m_stmt = nullptr;
            }
        } else {
            m_query = std::make_unique<QSqlQuery>(db);
            // A failure shows at exec(), with the driver's words.
            (void)m_query->prepare(sql);
        }
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Result<void> run(const QVariantList &values)
    {
        if (m_query) {
            for (qsizetype i = 0; i < values.size(); ++i)
                m_query->bindValue(int(i), values.at(i));
            if (!m_query->exec())
                return Error::storage(Database::describe(*m_query));
            return {};
        }
        if (!m_stmt)
            return Error::storage(Database::describe(m_error));
        int rc = SQLITE_OK;
        for (qsizetype i = 0; i < values.size() && rc == SQLITE_OK; ++i)
            rc = bindSqlite(m_stmt, int(i) + 1, values.at(i));
        if (rc == SQLITE_OK)
            rc = sqlite3_step(m_stmt);
        const QSqlError error = rc == SQLITE_DONE ? QSqlError() : lastError();
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        if (error.isValid())
            return Error::storage(Database::describe(error));
        return {};
    }

private:
    QSqlError lastError() const
    {
        return sqliteError(m_sqlite, QStringLiteral("Unable to execute statement"));
    }

    sqlite3 *m_sqlite = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QSqlError m_error;
    std::unique_ptr<QSqlQuery> m_query;
};

BatchInsert::BatchInsert(const Database &db, const QString &table, const QStringList &columns,
                         int rowsPerStatement)
    : m_database(db)
    , m_db(db.connection())
    , m_table(table)
    , m_columns(columns)
    , m_rowsPerStatement(std::max(1, rowsPerStatement))
{}

BatchInsert::~BatchInsert() = default;

BatchInsert::Statement &BatchInsert::statement(int rows)
{
    std::unique_ptr<Statement> &s = m_statements[rows];
    if (!s) {
        const QString row = QLatin1Char('(') +
                            QStringList(m_columns.size(), QStringLiteral("?")).join(u", ") +
                            QLatin1Char(')');
        s = std::make_unique<Statement>(
            m_db, QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                      .arg(m_table, m_columns.join(u", "), QStringList(rows, row).join(u", ")));
    }
    return *s;
}

Result<void> BatchInsert::insert(qsizetype count, const RowValues &rowValues)
{
    if (count == 0)
        return {};
    if (pg_conn *conn = Database::libpqConnection(m_db))
        return copyIn(conn, count, rowValues);
    QVariantList values;
    for (qsizetype done = 0; done < count;) {
        const int rows = int(std::min<qsizetype>(m_rowsPerStatement, count - done));
        values.clear();
        values.reserve(rows * m_columns.size());
        for (int r = 0; r < rows; ++r)
            rowValues(values, done + r);
        if (values.size() != rows * m_columns.size())
            return Error::storage(QStringLiteral("%1: %2 values for %3 rows of %4 columns")
                                      .arg(m_table)
                                      .arg(values.size())
                                      .arg(rows)
                                      .arg(m_columns.size()));
        if (auto written = statement(rows).run(values); !written)
            return written;
        done += rows;
    }
    return {};
}

// On a server the rows go with COPY (CopyIn), the server parsing no statement for them: Qt's
// driver writes a prepared statement's values into the text of an EXECUTE, which the server
// parsed again for every 32 rows (40 s of the server's 52 s importing the clinic, 89,186
// statements).
Result<void> BatchInsert::copyIn(pg_conn *conn, qsizetype count, const RowValues &rowValues)
{
    QVariantList values;
    values.reserve(m_columns.size());
    auto rowAt = [&](qsizetype row) -> Result<void> {
        values.clear();
        rowValues(values, row);
        if (values.size() != m_columns.size())
            return Error::storage(QStringLiteral("%1: %2 values for a row of %3 columns")
                                      .arg(m_table)
                                      .arg(values.size())
                                      .arg(m_columns.size()));
        return {};
    };
    // The first row is made before the copy starts: a row of the wrong width (the caller's
    // mistake) is then refused with nothing sent, as on SQLite, rather than end a copy and with
    // it the caller's transaction.
    if (auto first = rowAt(0); !first)
        return first;
    CopyIn copy(conn);
    if (auto started = copy.start(m_table, m_columns); !started)
        return started;
    WrittenRows *const shown = m_database.writtenRows();
    for (qsizetype row = 0; row < count; ++row) {
        if (row > 0)
            if (auto made = rowAt(row); !made)
                return made;
        if (shown)
            shown->written(m_table, m_columns, values);
        for (const QVariant &value : std::as_const(values)) {
            if (isSqlNull(value))
                copy.addNull();
            else
                copy.add(value);
        }
        if (auto sent = copy.endRow(); !sent)
            return sent;
    }
    return copy.finish();
}

} // namespace tricholog
