#include "core/storage/CopyIn.h"

#include "core/storage/Database.h"

#include <QSqlError>
#include <charconv>
#include <cmath>
#include <functional>
#include <libpq-fe.h>

namespace tricholog {

namespace {

// Small, so that the server parses and checks the first rows of a batch while the rest are made
// (an import's batch of measurements is about 400 kB: sent whole, the two sides took turns).
// 16 kB instead of 1 MB: the clinic's import into a local server 28.6 s instead of 29.6 s.
constexpr qsizetype kChunkBytes = 16 * 1024;

// Reads the results left on the connection until libpq has none; false if one failed (the first
// failed one is given to `failed`). A result still copying ends the loop, rather than wait for
// it for ever (libpq could not queue the copy's end).
bool drain(pg_conn *conn, const std::function<void(const PGresult *)> &failed)
{
    bool ok = true;
    while (PGresult *r = PQgetResult(conn)) {
        const ExecStatusType status = PQresultStatus(r);
        const bool copying =
            status == PGRES_COPY_IN || status == PGRES_COPY_OUT || status == PGRES_COPY_BOTH;
        if (status != PGRES_COMMAND_OK && ok) {
            ok = false;
            if (!copying)
                failed(r);
        }
        PQclear(r);
        if (copying)
            break;
    }
    return ok;
}

} // namespace

CopyIn::CopyIn(pg_conn *conn)
    : m_conn(conn)
{}

CopyIn::~CopyIn()
{
    if (m_open)
        abort("not finished");
}

// The failure as Qt's driver reports one (its SQLSTATE as the native code), in
// Database::describe's words: a lost connection, a full disk or a busy server said as for any
// other write.
Error CopyIn::failure(const pg_result *result) const
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    QString code = QString::fromLatin1(state ? state : "");
    if (code.isEmpty() && PQstatus(m_conn) == CONNECTION_BAD)
        code = QStringLiteral("08006"); // connection failure
    const QString text =
        QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(m_conn)).trimmed();
    return Error::storage(Database::describe(QSqlError(
        QStringLiteral("QPSQL: COPY %1").arg(m_table), text, QSqlError::StatementError, code)));
}

Result<void> CopyIn::start(const QString &table, const QStringList &columns)
{
    m_table = table;
    PGresult *started = PQexec(m_conn, QStringLiteral("COPY %1 (%2) FROM STDIN")
                                           .arg(table, columns.join(QStringLiteral(", ")))
                                           .toUtf8()
                                           .constData());
    m_open = PQresultStatus(started) == PGRES_COPY_IN;
    const Error refused = m_open ? Error() : failure(started);
    PQclear(started);
    if (!m_open) {
        drain(m_conn, [](const PGresult *) {});
        return refused;
    }
    return {};
}

void CopyIn::separate()
{
    if (m_rowStarted)
        m_chunk += '\t';
    m_rowStarted = true;
}

void CopyIn::add(const QVariant &value)
{
    separate();
    appendCopyValue(m_chunk, value);
}

void CopyIn::addNull()
{
    separate();
    m_chunk += "\\N";
}

Result<void> CopyIn::send()
{
    const bool sent = PQputCopyData(m_conn, m_chunk.constData(), int(m_chunk.size())) == 1;
    m_chunk.clear();
    if (!sent) {
        const Error error = failure(nullptr);
        abort("send failed");
        return error;
    }
    return {};
}

Result<void> CopyIn::endRow()
{
    m_chunk += '\n';
    m_rowStarted = false;
    if (m_chunk.size() >= kChunkBytes)
        return send();
    return {};
}

Result<void> CopyIn::finish()
{
    if (!m_chunk.isEmpty())
        if (auto sent = send(); !sent)
            return sent;
    m_open = false;
    if (PQputCopyEnd(m_conn, nullptr) != 1) {
        const Error error = failure(nullptr);
        drain(m_conn, [](const PGresult *) {});
        return error;
    }
    Error error;
    if (!drain(m_conn, [&](const PGresult *r) { error = failure(r); }))
        return error.message.isEmpty() ? failure(nullptr) : error;
    return {};
}

void CopyIn::abort(const char *reason)
{
    if (!m_open)
        return;
    m_open = false;
    m_chunk.clear();
    if (PQputCopyEnd(m_conn, reason) == 1)
        drain(m_conn, [](const PGresult *) {});
}

namespace {

void appendEscaped(QByteArray &out, char c)
{
    switch (c) {
    case '\\':
        out += "\\\\";
        break;
    case '\t':
        out += "\\t";
        break;
    case '\n':
        out += "\\n";
        break;
    case '\r':
        out += "\\r";
        break;
    default:
        out += c;
    }
}

// Text as COPY reads it back: ASCII written as it goes, anything else through its UTF-8 (an
// import's rows are mostly ASCII, and each value's own UTF-8 copy cost an allocation).
void appendCopyText(QByteArray &out, QStringView text)
{
    const qsizetype start = out.size();
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            out.truncate(start);
            for (const char b : text.toUtf8())
                appendEscaped(out, b);
            return;
        }
        appendEscaped(out, char(c.unicode()));
    }
}

template<typename Number>
void appendNumber(QByteArray &out, Number n)
{
    char text[32];
    out.append(text, std::to_chars(text, text + sizeof text, n).ptr - text);
}

} // namespace

void appendCopyValue(QByteArray &out, const QVariant &value)
{
    if (value.isNull()) {
        out += "\\N";
        return;
    }
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        out += "\\\\x";
        out += value.toByteArray().toHex();
        return;
    case QMetaType::Double:
        // The shortest text that reads back as the same double (std::to_chars without a
        // precision), shorter to send and to parse than 17 digits; Qt's words for infinities.
        if (const double d = value.toDouble(); std::isfinite(d))
            appendNumber(out, d);
        else
            out += QByteArray::number(d, 'g', 17);
        return;
    case QMetaType::Bool:
        out += value.toBool() ? "t" : "f";
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
        appendNumber(out, value.toLongLong());
        return;
    case QMetaType::QString:
        appendCopyText(out, *static_cast<const QString *>(value.constData()));
        return;
    default:
        appendCopyText(out, value.toString());
    }
}

} // namespace tricholog
