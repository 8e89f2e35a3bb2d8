#include "core/storage/CopyIn.h"

#include <libpq-fe.h>

namespace tricholog {

namespace {

constexpr qsizetype kChunkBytes = 1024 * 1024;

} // namespace

CopyIn::CopyIn(pg_conn *conn)
    : m_conn(conn)
{}

CopyIn::~CopyIn()
{
    if (m_open)
        abort("not finished");
}

Error CopyIn::serverError() const
{
    return Error::storage(
        QStringLiteral("%1: %2").arg(m_table, QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()));
}

Result<void> CopyIn::start(const QString &table, const QStringList &columns)
{
    m_table = table;
    PGresult *started = PQexec(m_conn, QStringLiteral("COPY %1 (%2) FROM STDIN")
                                           .arg(table, columns.join(QStringLiteral(", ")))
                                           .toUtf8()
                                           .constData());
    m_open = PQresultStatus(started) == PGRES_COPY_IN;
    PQclear(started);
    if (!m_open)
        return serverError();
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
        const Error error = serverError();
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
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        return serverError();
    bool ok = true;
    while (PGresult *r = PQgetResult(m_conn)) {
        ok = ok && PQresultStatus(r) == PGRES_COMMAND_OK;
        PQclear(r);
    }
    if (!ok)
        return serverError();
    return {};
}

void CopyIn::abort(const char *reason)
{
    if (!m_open)
        return;
    m_open = false;
    m_chunk.clear();
    if (PQputCopyEnd(m_conn, reason) == 1)
        while (PGresult *r = PQgetResult(m_conn))
            PQclear(r);
}

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
        out += QByteArray::number(value.toDouble(), 'g', 17);
        return;
    case QMetaType::Bool:
        out += value.toBool() ? "t" : "f";
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
        out += QByteArray::number(value.toLongLong());
        return;
    default:
        break;
    }
    const QByteArray text = value.toString().toUtf8();
    for (const char c : text) {
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
}

} // namespace tricholog
