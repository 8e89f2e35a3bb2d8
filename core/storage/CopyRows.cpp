#include "core/storage/CopyRows.h"

#include <QCoreApplication>
#include <QSqlField>
#include <QtEndian>
#include <bit>
#include <cstring>
#include <libpq-fe.h>

namespace tricholog {

namespace {

// PostgreSQL's type oids (pg_type.dat) of the columns CopyRows decodes. Not float4 ("real"):
// Qt's driver reads its text, "0.1", as the double 0.1, not as the float 0.1 widened, so such a
// column is left to the driver.
constexpr Oid kInt8 = 20, kInt2 = 21, kInt4 = 23, kText = 25, kFloat8 = 701, kBpchar = 1042,
              kVarchar = 1043;

// The type Qt's PostgreSQL driver gives a column of `oid`; unknown for those not decoded here.
QMetaType qtType(Oid oid)
{
    switch (oid) {
    case kInt2:
    case kInt4:
        return QMetaType::fromType<int>();
    case kInt8:
        return QMetaType::fromType<qlonglong>();
    case kFloat8:
        return QMetaType::fromType<double>();
    case kText:
    case kBpchar:
    case kVarchar:
        return QMetaType::fromType<QString>();
    default:
        return {};
    }
}

// The size a value of `oid` must have in a binary row (`size` for the types of any size).
qint32 fixedSize(Oid oid, qint32 size)
{
    switch (oid) {
    case kInt2:
        return 2;
    case kInt4:
        return 4;
    case kInt8:
    case kFloat8:
        return 8;
    default:
        return size;
    }
}

// The server's words for a failed result (or, without one, for the connection), or a plain
// sentence when it gave none.
QString serverError(const PGconn *conn, const PGresult *result)
{
    const char *text = result ? PQresultErrorMessage(result) : PQerrorMessage(conn);
    const QString message = QString::fromUtf8(text).trimmed();
    return message.isEmpty() ? QCoreApplication::translate(
                                   "Database", "The server ended the read without a reason.")
                             : message;
}

// The binary COPY format's signature, the start of its header.
constexpr char kSignature[] = "PGCOPY\n\377\r\n";
constexpr qsizetype kSignatureSize = 11; // with its final zero byte

struct ResultDeleter
{
    void operator()(PGresult *r) const { PQclear(r); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

} // namespace

// The values are checked for their type's size as their row is read (decodeRow). NULL reads
// as QVariant's null of the type does: 0, or a null string.
int CopyCell::toInt() const
{
    if (isNull())
        return 0;
    if (m_type == kInt4)
        return qFromBigEndian<qint32>(m_data);
    if (m_type == kInt2)
        return qFromBigEndian<qint16>(m_data);
    return toVariant().toInt();
}

qlonglong CopyCell::toLongLong() const
{
    if (isNull())
        return 0;
    if (m_type == kInt8)
        return qFromBigEndian<qint64>(m_data);
    if (m_type == kInt4 || m_type == kInt2)
        return toInt();
    return toVariant().toLongLong();
}

double CopyCell::toDouble() const
{
    if (isNull())
        return 0;
    if (m_type == kFloat8)
        return std::bit_cast<double>(qFromBigEndian<quint64>(m_data));
    if (m_type == kInt4 || m_type == kInt2)
        return toInt();
    return toVariant().toDouble();
}

QByteArrayView CopyCell::utf8() const
{
    const bool text = m_type == kText || m_type == kVarchar || m_type == kBpchar;
    return text && !isNull() ? QByteArrayView(m_data, m_size) : QByteArrayView();
}

QString CopyCell::toString() const
{
    const QByteArrayView text = utf8();
    if (!text.isNull())
        return QString::fromUtf8(text);
    return toVariant().toString();
}

QVariant CopyCell::toVariant() const
{
    if (isNull())
        return QVariant(qtType(Oid(m_type)));
    switch (Oid(m_type)) {
    case kInt2:
    case kInt4:
        return toInt();
    case kInt8:
        // As Qt's driver has it: unsigned when not negative (ids are).
        if (const qint64 n = qFromBigEndian<qint64>(m_data); n < 0)
            return qlonglong(n);
        else
            return qulonglong(n);
    case kFloat8:
        return toDouble();
    default: // text, in the connection's encoding (UTF-8, as Qt's driver sets it)
        return QString::fromUtf8(m_data, m_size);
    }
}

bool CopyRows::applies(const Database &db)
{
    return db.isServer() && db.bulkReading();
}

CopyRows::CopyRows(const Database &db)
    : m_conn(Database::libpqConnection(db.connection()))
    , m_scope(db.bulkReading())
    , m_dialect(db.dialect())
{}

CopyRows::~CopyRows()
{
    finishStream();
}

Result<CopyColumns> CopyRows::describe(const QByteArray &statement) const
{
    ResultPtr prepared(PQprepare(m_conn, "", statement.constData(), 0, nullptr));
    if (PQresultStatus(prepared.get()) != PGRES_COMMAND_OK)
        return Error::storage(serverError(m_conn, prepared.get()));
    ResultPtr described(PQdescribePrepared(m_conn, ""));
    if (PQresultStatus(described.get()) != PGRES_COMMAND_OK)
        return Error::storage(serverError(m_conn, described.get()));
    CopyColumns columns;
    for (int i = 0; i < PQnfields(described.get()); ++i) {
        const Oid oid = PQftype(described.get(), i);
        columns.decodable = columns.decodable && qtType(oid).isValid();
        columns.record.append(QSqlField(QString::fromUtf8(PQfname(described.get(), i)),
                                        qtType(oid).isValid() ? qtType(oid) : QMetaType()));
        columns.types.append(int(oid));
    }
    return columns;
}

Result<bool> CopyRows::exec(const QString &select)
{
    if (!m_conn)
        return false;
    const QByteArray statement = select.toUtf8();
    // The columns' names and types (the COPY stream has neither): known from a statement of the
    // same shape, or from the server's description of this one.
    const QString shape = m_dialect.statementShape(select);
    const CopyColumns *known = m_scope ? m_scope->columns(shape) : nullptr;
    CopyColumns described;
    if (!known) {
        auto asked = describe(statement);
        if (!asked)
            return asked.error();
        described = std::move(asked).value();
        known = m_scope ? &m_scope->remember(shape, described) : &described;
    }
    if (!known->decodable)
        return false;
    m_record = known->record;
    m_types = known->types;
    m_cells.fill({nullptr, -1}, m_types.size());
    ResultPtr copy(PQexec(
        m_conn, QByteArray("COPY (" + statement + ") TO STDOUT (FORMAT binary)").constData()));
    if (PQresultStatus(copy.get()) != PGRES_COPY_OUT)
        return Error::storage(serverError(m_conn, copy.get()));
    m_streaming = true;
    return true;
}

bool CopyRows::fail(const QString &message)
{
    m_cells.fill({nullptr, -1}); // no row: the cells may point into a message already freed
    if (m_error.isEmpty())
        m_error = message;
    finishStream();
    return false;
}

bool CopyRows::readHeader(const char *&at, const char *end)
{
    // Signature, flags (no bit this reader needs may be set: bit 16 means OIDs in the rows)
    // and the length of a header extension to skip.
    if (end - at < kSignatureSize + 8 || std::memcmp(at, kSignature, kSignatureSize) != 0)
        return false;
    at += kSignatureSize;
    const quint32 flags = qFromBigEndian<quint32>(at);
    const quint32 extension = qFromBigEndian<quint32>(at + 4);
    at += 8;
    if ((flags & 0xffff0000u) != 0 || extension > quint32(end - at))
        return false;
    at += extension;
    m_headerRead = true;
    return true;
}

bool CopyRows::decodeRow(const char *at, const char *end)
{
    if (end - at < 2 || qFromBigEndian<qint16>(at) != m_types.size())
        return false;
    at += 2;
    for (qsizetype i = 0; i < m_types.size(); ++i) {
        if (end - at < 4)
            return false;
        const qint32 size = qFromBigEndian<qint32>(at);
        at += 4;
        if (size == -1) {
            m_cells[i] = {nullptr, -1};
            continue;
        }
        if (size < 0 || size > end - at || size != fixedSize(Oid(m_types.at(i)), size))
            return false;
        m_cells[i] = {at, size};
        at += size;
    }
    return at == end;
}

bool CopyRows::next()
{
    if (!m_streaming) {
        m_cells.fill({nullptr, -1});
        return false;
    }
    char *data = nullptr;
    const int size = PQgetCopyData(m_conn, &data, 0);
    if (size == -1) { // the end of the stream: the statement's own result says how it ended
        m_streaming = false;
        m_cells.fill({nullptr, -1});
        ResultPtr result(PQgetResult(m_conn));
        const bool ok = PQresultStatus(result.get()) == PGRES_COMMAND_OK;
        if (!ok && m_error.isEmpty())
            m_error = serverError(m_conn, result.get());
        finishStream();
        return false;
    }
    if (size < 0)
        return fail(serverError(m_conn, nullptr));
    // The row's cells point into it until the next row.
    m_message = std::unique_ptr<char, void (*)(void *)>(data, &PQfreemem);
    const char *at = data;
    const char *end = data + size;
    if (!m_headerRead && !readHeader(at, end))
        return fail(QCoreApplication::translate("Database",
                                                "The server's rows did not start as expected."));
    // The trailer (a field count of -1) ends the rows; the server then ends the stream.
    if (end - at == 2 && qFromBigEndian<qint16>(at) == -1)
        return next();
    if (!decodeRow(at, end))
        return fail(
            QCoreApplication::translate("Database", "A row from the server could not be read."));
    return true;
}

void CopyRows::finishStream()
{
    if (!m_conn)
        return;
    // A stream left open (an error, or rows not read) is read to its end, then every result
    // is taken: Qt's driver finds the connection idle.
    while (m_streaming) {
        char *data = nullptr;
        const int size = PQgetCopyData(m_conn, &data, 0);
        if (data)
            PQfreemem(data);
        if (size < 0)
            m_streaming = false;
    }
    while (PGresult *r = PQgetResult(m_conn)) {
        const bool stillCopying = PQresultStatus(r) == PGRES_COPY_OUT;
        PQclear(r);
        // Only after PQgetCopyData failed without the connection ending (out of memory): asking
        // again would give the same answer forever.
        if (stillCopying)
            break;
    }
}

Result<void> CopyRows::finished() const
{
    if (!m_error.isEmpty())
        return Error::storage(m_error);
    return {};
}

namespace sql {

Result<void> execForward(QSqlQuery &q, const QString &select, const QVariantList &binds)
{
    q.setForwardOnly(true);
    if (!q.prepare(select))
        return Error::storage(Database::describe(q));
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec())
        return Error::storage(Database::describe(q));
    return {};
}

QDate toDate(const CopyCell &v)
{
    const QByteArrayView text = v.utf8();
    if (const auto date = isoDate(text.data(), text.size()))
        return *date;
    return toDate(v.toVariant());
}

} // namespace sql

} // namespace tricholog
