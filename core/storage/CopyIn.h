#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

struct pg_conn;
struct pg_result;

namespace tricholog {

// Rows written into a server's table with COPY ... FROM STDIN in PostgreSQL's text format, on
// the connection Qt's driver holds (Database::libpqConnection), sent in chunks of about 16 kB so
// that memory stays bounded whatever the number of rows. The server parses no statement per
// row: `migrate` copies a practice this way, and the import writes its batches so.
class CopyIn
{
public:
    explicit CopyIn(pg_conn *conn);
    ~CopyIn(); // a copy still open is ended with an error: the server keeps none of its rows
    CopyIn(const CopyIn &) = delete;
    CopyIn &operator=(const CopyIn &) = delete;

    // COPY table (columns) FROM STDIN.
    Result<void> start(const QString &table, const QStringList &columns);
    // The next value of the row (appendCopyValue), or NULL.
    void add(const QVariant &value);
    void addNull();
    // Ends the row; sends what was gathered once it reaches about 16 kB.
    Result<void> endRow();
    // Sends the rest and ends the copy. Errors are said as Database::describe says the driver's
    // (the server's words for a constraint or a trigger name the table and the row's line).
    Result<void> finish();
    // Ends the copy, the server discarding its rows (`reason` goes into its log).
    void abort(const char *reason);

private:
    Result<void> send();
    Error failure(const pg_result *result) const;
    void separate();

    pg_conn *m_conn;
    QString m_table;
    QByteArray m_chunk;
    bool m_open = false;
    bool m_rowStarted = false;
};

// One value in COPY's text format: \N for a null QVariant, bytes as bytea hex, a double as the
// shortest text that reads back as the same double, text with its backslashes, tabs and line
// ends escaped.
void appendCopyValue(QByteArray &out, const QVariant &value);

} // namespace tricholog
