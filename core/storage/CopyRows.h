#pragma once

#include "core/Result.h"
#include "core/model/Keys.h"
#include "core/storage/Database.h"
#include "core/storage/SqlValues.h"

#include <QByteArrayView>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>
#include <memory>
#include <optional>

namespace tricholog {

// The columns of a statement as CopyRows reads them: names, and PostgreSQL's type oid of each
// (decodable false when one has a type CopyRows does not decode).
struct CopyColumns
{
    QSqlRecord record;
    QList<int> types;
    bool decodable = true;
};

// One value of a CopyRows row as it came: its bytes in the row's message (valid until the next
// next()), NULL as size -1, and its column's type oid. Read with the same calls as a QVariant
// (toInt, toLongLong, toDouble, toString, and the sql:: conversions below), which give what
// they give for the QVariant of CopyRows::value(), without making one: in an export, making
// and converting a QVariant for each of a million rows' twenty values was a fifth of the
// reading thread's time.
class CopyCell
{
public:
    CopyCell(const char *data, qint32 size, int type)
        : m_data(data)
        , m_size(size)
        , m_type(type)
    {}
    bool isNull() const { return m_size < 0; }
    int toInt() const;
    qlonglong toLongLong() const;
    double toDouble() const;
    QString toString() const;
    // The text's bytes (UTF-8) of a text column; empty for NULL or another type.
    QByteArrayView utf8() const;
    // As CopyRows::value() gives it.
    QVariant toVariant() const;

private:
    const char *m_data;
    qint32 m_size;
    int m_type;
};

// The rows of one SELECT on PostgreSQL as a binary COPY stream (COPY (SELECT ...) TO STDOUT
// (FORMAT binary)) on the connection's own libpq handle. Qt's driver reads a forward-only query
// in libpq's single-row mode: a PGresult, with a copy of every column's name, and a turn of the
// driver for each row (perf: half of the export's time both cores idle, the two sides taking
// turns). A COPY stream has none of that: the rows arrive as one stream of messages, and
// numbers as binary values instead of text to parse.
//
// Read like a forward-only QSqlQuery (next(), value(), record(), then finished()): the values
// have the types Qt's driver gives them (int; qlonglong, or qulonglong when not negative;
// double; QString), NULL as a null QVariant of the column's type, so that the same code reads
// either (see readRows). cell() gives a value without making its QVariant (sql::cell reads
// either kind of rows that way).
class CopyRows
{
public:
    // Whether reads on `db` go through CopyRows now: a server connection inside a BulkReading
    // (an export's batches). Not for one record in the window, where describing each statement
    // would cost two more round trips.
    static bool applies(const Database &db);

    explicit CopyRows(const Database &db);
    ~CopyRows(); // reads to the end of a stream left open, so the connection is Qt's again
    CopyRows(const CopyRows &) = delete;
    CopyRows &operator=(const CopyRows &) = delete;

    // Starts `select` (without bound values), described by the server first unless the
    // BulkReading knows its shape. False, before the statement runs, when a column has a type
    // it does not decode (its caller then reads through Qt's driver); an error when the server
    // refuses the statement.
    Result<bool> exec(const QString &select);
    // The next row; false at the end or at an error (finished() tells which).
    bool next();
    QVariant value(int column) const { return cell(column).toVariant(); }
    QVariant value(const QString &name) const { return value(m_record.indexOf(name)); }
    // A column out of range reads as NULL of no type, as value() of QSqlQuery has it.
    CopyCell cell(int column) const
    {
        return column >= 0 && column < m_cells.size()
                   ? CopyCell(m_cells.at(column).data, m_cells.at(column).size, m_types.at(column))
                   : CopyCell(nullptr, -1, 0);
    }
    const QSqlRecord &record() const { return m_record; }
    // After next() returned false: an error when the stream broke or held what it should not.
    Result<void> finished() const;

private:
    bool fail(const QString &message);
    bool readHeader(const char *&at, const char *end);
    bool decodeRow(const char *at, const char *end);
    void finishStream();

    Result<CopyColumns> describe(const QByteArray &statement) const;

    pg_conn *m_conn = nullptr;
    BulkReading *m_scope = nullptr;
    const SqlDialect &m_dialect;
    QSqlRecord m_record;
    struct Cell
    {
        const char *data;
        qint32 size;
    };
    QList<int> m_types;  // PostgreSQL's type oid of each column
    QList<Cell> m_cells; // of the current row, in m_message
    std::unique_ptr<char, void (*)(void *)> m_message{nullptr, nullptr};
    bool m_streaming = false;
    bool m_headerRead = false;
    QString m_error;
};

// Bulk reading on (Database::setBulkReading) for the life of the object, then as it was. It
// keeps the columns of the statements read in its scope by their shape
// (SqlDialect::statementShape): an export's batches run the same statements with other ids,
// and each description cost two round trips to the server (0.3 s of a 3 s export).
class BulkReading
{
public:
    explicit BulkReading(Database &db)
        : m_db(db)
        , m_was(db.bulkReading())
    {
        db.setBulkReading(this);
    }
    ~BulkReading() { m_db.setBulkReading(m_was); }
    BulkReading(const BulkReading &) = delete;
    BulkReading &operator=(const BulkReading &) = delete;

    const CopyColumns *columns(const QString &shape) const
    {
        const auto found = m_columns.constFind(shape);
        return found == m_columns.cend() ? nullptr : &*found;
    }
    const CopyColumns &remember(const QString &shape, CopyColumns columns)
    {
        return *m_columns.insert(shape, std::move(columns));
    }

private:
    Database &m_db;
    BulkReading *m_was;
    QHash<QString, CopyColumns> m_columns;
};

namespace sql {

// A value of the current row, for the conversions below and in SqlValues.h: the QVariant of a
// QSqlQuery, the CopyCell of a CopyRows.
inline QVariant cell(const QSqlQuery &q, int column)
{
    return q.value(column);
}
inline CopyCell cell(const CopyRows &rows, int column)
{
    return rows.cell(column);
}

// The conversions of SqlValues.h for a CopyCell, with the same results.
inline std::optional<qint64> toOptionalId(const CopyCell &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}
inline std::optional<int> toOptionalInt(const CopyCell &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}
inline std::optional<double> toOptionalDouble(const CopyCell &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}
QDate toDate(const CopyCell &v);
template<typename E>
E toEnum(const CopyCell &v, E fallback)
{
    const QByteArrayView key = v.utf8();
    if (key.isNull() && !v.isNull()) // not text: as its QVariant would be read
        return toEnum(v.toVariant(), fallback);
    return fromKey<E>(QLatin1StringView(key.data(), key.size())).value_or(fallback);
}

// Prepares and runs `select` as a forward-only query with `binds` in order.
Result<void> execForward(QSqlQuery &q, const QString &select, const QVariantList &binds = {});

// Runs `select` and hands its rows to `read`, a generic callable that takes the executed
// statement (a forward-only QSqlQuery, or a CopyRows) and reads it to the end with next():
// through CopyRows when it applies and `binds` is empty (COPY takes no bound values), else
// through Qt's driver. An error when the statement or a step of its reading failed. `read` runs
// no statement of its own on `db`: on a server the COPY still holds the connection.
template<typename Read>
Result<void> readRows(const Database &db, const QString &select, const QVariantList &binds,
                      Read &&read)
{
    if (binds.isEmpty() && CopyRows::applies(db)) {
        CopyRows rows(db);
        auto started = rows.exec(select);
        if (!started)
            return started.error();
        if (started.value()) {
            read(rows);
            return rows.finished();
        }
    }
    QSqlQuery q(db.connection());
    if (auto ran = execForward(q, select, binds); !ran)
        return ran.error();
    read(q);
    return sql::finished(q);
}

} // namespace sql

} // namespace tricholog
