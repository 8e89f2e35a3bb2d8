#include "core/security/Sha256.h"
#include "core/storage/CanonicalJson.h"
#include "core/storage/Database.h"
#include "core/storage/Integrity.h"
#include "core/storage/IntegritySql.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqliteFunctions.h"

#include <QFuture>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QVarLengthArray>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <charconv>
#include <memory>
#include <numeric>
#include <sqlite3.h>

// The digests of the rows an import wrote (its trail entry) and of those rows now (the row check).
namespace tricholog::integrity {

namespace detail {

namespace {

// The JSON is written again as Qt writes it from what the engine gave, without its null members
// (keys sorted, one form of numbers: canonicalJson), so that both engines hash the same text; a
// row is then known by that text's SHA-256.
QByteArray rowHash(const QByteArray &json)
{
    return Sha256::hash(canonicalJson(json, NullMembers::Drop));
}

// Rows read (id, JSON), hashed on the thread pool (the most of a digest's time) while the
// reading goes on: kChunkRows rows to a task, at most kChunksAhead tasks waiting to be taken (the
// memory of a digest stays bounded when the hashing falls behind).
constexpr qsizetype kChunkRows = 4096;
constexpr qsizetype kChunksAhead = 3;

struct RowChunk
{
    QList<qint64> ids;
    QList<QByteArray> hashes; // the JSON texts until hashed
};

QFuture<RowChunk> hashLater(RowChunk chunk)
{
    return QtConcurrent::run(
        [](RowChunk c) {
            for (QByteArray &text : c.hashes)
                text = rowHash(text);
            return c;
        },
        std::move(chunk));
}

// The rows of a query (id, JSON) in its order, read a chunk at a time. On SQLite through its own
// API, the JSON as the UTF-8 bytes SQLite made: Qt's driver turns each text into UTF-16 for a
// QVariant, and the hash wants UTF-8 again (a fifth of the writing thread of the clinic's
// import, perf). On a server through Qt's driver.
class JsonRows
{
public:
    JsonRows(const Database &db, const QString &sql)
        : m_sqlite(sqliteHandle(db.connection()))
    {
        if (m_sqlite) {
            const QByteArray text = sql.toUtf8();
            if (sqlite3_prepare_v2(m_sqlite, text.constData(), int(text.size()), &m_stmt,
                                   nullptr) != SQLITE_OK)
                failed();
            return;
        }
        m_query = std::make_unique<QSqlQuery>(db.connection());
        m_query->setForwardOnly(true);
        if (!m_query->exec(sql))
            m_error = Database::describe(*m_query);
    }
    ~JsonRows() { sqlite3_finalize(m_stmt); }
    JsonRows(const JsonRows &) = delete;
    JsonRows &operator=(const JsonRows &) = delete;

    // Up to `limit` rows more into `chunk`; false when none was read (the end, or a failure:
    // status()).
    bool read(qsizetype limit, RowChunk &chunk)
    {
        while (!m_done && m_error.isEmpty() && chunk.ids.size() < limit) {
            if (m_stmt) {
                const int rc = sqlite3_step(m_stmt);
                if (rc == SQLITE_ROW) {
                    const auto *json =
                        reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, 1));
                    if (!json) { // json_object gives no NULL: out of memory
                        failed();
                        break;
                    }
                    chunk.ids << sqlite3_column_int64(m_stmt, 0);
                    chunk.hashes << QByteArray(json, sqlite3_column_bytes(m_stmt, 1));
                } else if (rc == SQLITE_DONE) {
                    m_done = true;
                } else {
                    failed();
                }
            } else if (m_query && m_query->next()) {
                chunk.ids << m_query->value(0).toLongLong();
                chunk.hashes << m_query->value(1).toString().toUtf8();
            } else {
                m_done = true;
                if (m_query && m_query->lastError().isValid())
                    m_error = Database::describe(*m_query);
            }
        }
        return !chunk.ids.isEmpty();
    }

    Result<void> status() const
    {
        if (!m_error.isEmpty())
            return Error::storage(m_error);
        return {};
    }

private:
    void failed()
    {
        m_error = Database::describe(sqliteError(m_sqlite, QStringLiteral("Unable to fetch row")));
    }

    sqlite3 *m_sqlite = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::unique_ptr<QSqlQuery> m_query;
    bool m_done = false;
    QString m_error;
};

// A row of `t` (alias R) as JSON with the columns the trail logs (not the search keys nor
// secrets), its null members and its numbers' forms left to rowHash (canonicalJson), on both
// engines. On the server json_build_object over the table's columns: the form currentJson
// writes (to_jsonb, then each member again) took 42 s of the server's time over the clinic's
// 944,115 measurements, this one 6.6 s. On SQLite json_patch would take two fifths of the
// reading.
Result<QString> rowJson(const Database &db, const Table &t, Numbers numbers = Numbers::Rounded)
{
    QSqlDatabase connection = db.connection();
    if (!db.isServer())
        return sqliteRowJson(connection, QLatin1String(t.name), QStringLiteral("R"));
    QSqlQuery q(connection);
    q.prepare(QStringLiteral("SELECT column_name, data_type FROM information_schema.columns "
                             "WHERE table_schema = current_schema() AND table_name = ? "
                             "ORDER BY ordinal_position"));
    q.addBindValue(QLatin1String(t.name));
    if (!q.exec())
        return Error::storage(Database::describe(q));
    QStringList parts;
    while (q.next()) {
        const QString column = q.value(0).toString();
        // A float8 with the 15 significant digits SQLite's JSON gives it (float8 to numeric
        // rounds so), so that a row moved between the engines hashes the same.
        const bool real = numbers == Numbers::Rounded &&
                          q.value(1).toString() == QLatin1String("double precision");
        if (!column.endsWith(QLatin1String("_key")) && column != QLatin1String("password_hash"))
            parts << QStringLiteral("'%1', R.\"%1\"%2")
                         .arg(column, real ? QStringLiteral("::numeric") : QString());
    }
    if (parts.isEmpty())
        return Error::storage(
            QStringLiteral("the table %1 has no columns").arg(QLatin1String(t.name)));
    // json_build_object takes at most 100 arguments.
    if (parts.size() > 50)
        return currentJson(db, t, numbers);
    return QStringLiteral("json_build_object(%1)::text").arg(parts.join(QStringLiteral(", ")));
}

// The rows of an import's table within `ranges`, each as (record id, JSON: rowJson), in id order.
QString importedRows(const Database &db, const Table &t, const QString &json,
                     const QList<IdRange> &ranges)
{
    return QStringLiteral("SELECT %1, %2 FROM %3 R WHERE %4 ORDER BY %1")
        .arg(QLatin1String(t.recordId), json, QLatin1String(t.name),
             inRanges(db, QLatin1String(t.recordId), ranges));
}

// An import's rows digested, as a whole and block by block (ImportScope).
struct RowsDigest
{
    Sha256 hash;
    qint64 rows = 0;
    Sha256 blockHash;
    qint64 block = -1; // the block being hashed
    qint64 firstBlock = 0;
    QStringList blocks;
    QVarLengthArray<char, 128> buffer;

    // "id US hex(row hash) US count LF", written into `buffer` (QByteArray's number, toHex and
    // concatenation allocated four times a row).
    QByteArrayView lineOf(qint64 id, const QByteArray &rowHash, qint64 count)
    {
        static constexpr char kHex[] = "0123456789abcdef";
        buffer.resize(2 * rowHash.size() + 48);
        char *at = buffer.data();
        char *const end = at + buffer.size();
        at = std::to_chars(at, end, id).ptr;
        *at++ = '\x1f';
        for (const char c : rowHash) {
            *at++ = kHex[uchar(c) >> 4];
            *at++ = kHex[uchar(c) & 0xf];
        }
        *at++ = '\x1f';
        at = std::to_chars(at, end, count).ptr;
        *at++ = '\n';
        return QByteArrayView(buffer.data(), at - buffer.data());
    }

    // One id's rows (each distinct row hash with its count), ids in increasing order.
    void add(qint64 id, const QMap<QByteArray, qint64> &ofId)
    {
        for (auto it = ofId.cbegin(); it != ofId.cend(); ++it) {
            if (it.value() == 0)
                continue;
            const QByteArrayView line = lineOf(id, it.key(), it.value());
            hash.addData(line);
            rows += it.value();
            if (const qint64 index = id / kImportBlockIds; index != block) {
                if (block >= 0)
                    closeBlock();
                else
                    firstBlock = index;
                while (firstBlock + blocks.size() < index)
                    blocks << QString();
                block = index;
            }
            blockHash.addData(line);
        }
    }
    void closeBlock()
    {
        blocks << QString::fromLatin1(blockHash.result().toHex().left(16));
        blockHash.reset();
    }
    void finish(ImportScope &scope)
    {
        if (block >= 0)
            closeBlock();
        block = -1;
        scope.rows = rows;
        scope.sha256 = QString::fromLatin1(hash.result().toHex());
        scope.firstBlock = firstBlock;
        scope.blocks = blocks;
    }
};

} // namespace

QList<IdRange> differingBlocks(const ImportScope &recorded, const ImportScope &now)
{
    QList<IdRange> out;
    if (recorded.blocks.isEmpty() || recorded.ranges.isEmpty())
        return out;
    auto at = [](const ImportScope &s, qint64 index) {
        return s.blocks.value(index - s.firstBlock);
    };
    const qint64 from = std::min(recorded.firstBlock, now.firstBlock);
    const qint64 to =
        std::max(recorded.firstBlock + recorded.blocks.size(), now.firstBlock + now.blocks.size());
    for (qint64 index = from; index < to; ++index)
        if (at(recorded, index) != at(now, index))
            out << IdRange{
                std::max(index * kImportBlockIds, recorded.ranges.first().first),
                std::min((index + 1) * kImportBlockIds - 1, recorded.ranges.last().last)};
    return out;
}

namespace {

// The rows of a query (id, JSON) in its order, each with its rowHash, a few chunks read ahead.
class HashedRows
{
public:
    explicit HashedRows(JsonRows &rows)
        : m_rows(rows)
    {}

    // The next row; false at the end (or at a failure: see the rows' status()).
    bool next(qint64 &id, QByteArray &hash)
    {
        while (m_at == m_current.ids.size()) {
            while (!m_done && m_pending.size() < kChunksAhead) {
                RowChunk chunk;
                m_done = !m_rows.read(kChunkRows, chunk);
                if (!m_done)
                    m_pending << hashLater(std::move(chunk));
            }
            if (m_pending.isEmpty())
                return false;
            m_current = m_pending.takeFirst().result();
            m_at = 0;
        }
        id = m_current.ids.at(m_at);
        hash = m_current.hashes.at(m_at);
        ++m_at;
        return true;
    }

private:
    JsonRows &m_rows;
    bool m_done = false;
    QList<QFuture<RowChunk>> m_pending;
    RowChunk m_current;
    qsizetype m_at = 0;
};

} // namespace

} // namespace detail

using namespace detail;

Result<ImportScope> importDigest(const Database &db, const QString &table,
                                 const QList<IdRange> &ranges, qint64 after)
{
    return importDigestAs(db, table, ranges, after, Numbers::Rounded);
}

Result<ImportScope> detail::importDigestAs(const Database &db, const QString &table,
                                           const QList<IdRange> &ranges, qint64 after,
                                           Numbers numbers)
{
    const Table *t = tableNamed(table);
    if (!t || !importedTables().contains(table))
        return Error::storage(QStringLiteral("%1 is not a table an import writes").arg(table));
    // The rows now, and what the trail logged of them since, each in id order: merged below.
    auto logged = [&](const char *column, int sign, const char *actions) {
        return QStringLiteral("SELECT record_id AS rid, %1 AS v, %2 AS n FROM audit_log WHERE "
                              "table_name = '%3' AND id > %4 AND %5 IS NOT NULL AND action IN "
                              "(%6) AND %7")
            .arg(loggedJson(db, column, numbers))
            .arg(sign)
            .arg(table)
            .arg(after)
            .arg(QLatin1String(column), QLatin1String(actions),
                 inRanges(db, QStringLiteral("record_id"), ranges));
    };
    // What the trail logged since (usually nothing), read first: a server connection runs one
    // query at a time.
    struct Change
    {
        qint64 id;
        QByteArray row;
        qint64 n;
    };
    QList<Change> changes;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT rid, v, n FROM (%1 UNION ALL %2) x ORDER BY rid")
                    .arg(logged("new_values", -1, "'insert', 'update', 'archive', 'unarchive'"),
                         logged("old_values", 1, "'update', 'archive', 'unarchive', 'delete'"))))
        return Error::storage(Database::describe(q));
    while (q.next())
        changes << Change{q.value(0).toLongLong(), rowHash(q.value(1).toString().toUtf8()),
                          q.value(2).toLongLong()};
    if (q.lastError().isValid())
        return Error::storage(Database::describe(q));
    q.finish();
    // The rows now, in id order, merged with those changes.
    const auto json = rowJson(db, *t, numbers);
    if (!json)
        return json.error();
    JsonRows read(db, importedRows(db, *t, json.value(), ranges));
    if (auto opened = read.status(); !opened)
        return opened.error();
    ImportScope scope{table, ranges, 0, {}};
    RowsDigest digest;
    HashedRows rows(read);
    qint64 rowId = 0;
    QByteArray row;
    bool moreRows = rows.next(rowId, row);
    qsizetype next = 0;
    QMap<QByteArray, qint64> ofId; // the rows of one id (a session's zones), sorted
    while (moreRows || next < changes.size()) {
        const qint64 id = next == changes.size() ? rowId
                          : !moreRows            ? changes.at(next).id
                                                 : std::min(rowId, changes.at(next).id);
        ofId.clear();
        for (; moreRows && rowId == id; moreRows = rows.next(rowId, row))
            ++ofId[row];
        for (; next < changes.size() && changes.at(next).id == id; ++next)
            ofId[changes.at(next).row] += changes.at(next).n;
        digest.add(id, ofId);
    }
    if (auto whole = read.status(); !whole)
        return whole.error();
    digest.finish(scope);
    return scope;
}

struct ImportDigester::TableDigest
{
    RowsDigest digest;
    QString json; // rowJson of the table, once a batch is read back
    qint64 id = 0;
    QMap<QByteArray, qint64> ofId; // the rows of `id` so far
    QList<QFuture<RowChunk>> pending;
    // The rows sent since the last add(), as SentRowJson made them (their JSON not hashed yet),
    // and how: `sent` for the columns `sentColumns`; `readBack` once a row could not be made.
    RowChunk batch;
    std::optional<SentRowJson> sent;
    QStringList sentColumns;
    bool readBack = false;

    // The hashed chunks at the front, in order: those finished, and more (waiting for them)
    // until at most `keep` are left.
    void take(qsizetype keep)
    {
        while (!pending.isEmpty() && (pending.size() > keep || pending.first().isFinished())) {
            const RowChunk chunk = pending.takeFirst().result();
            for (qsizetype i = 0; i < chunk.ids.size(); ++i) {
                if (chunk.ids.at(i) != id && !ofId.isEmpty()) {
                    digest.add(id, ofId);
                    ofId.clear();
                }
                id = chunk.ids.at(i);
                ++ofId[chunk.hashes.at(i)];
            }
        }
    }
    // Hashed later, a chunk at a time, in the order of the rows' ids.
    void hash(RowChunk rows)
    {
        for (qsizetype from = 0; from < rows.ids.size(); from += kChunkRows) {
            RowChunk chunk;
            chunk.ids = rows.ids.mid(from, kChunkRows);
            chunk.hashes = rows.hashes.mid(from, kChunkRows);
            pending << hashLater(std::move(chunk));
            take(kChunksAhead);
        }
    }
};

namespace {

// `rows` in the order of their ids (as the rows read back come), the rows of one id in the
// order they came; whether every id lies in `ranges`.
bool sortedWithin(RowChunk &rows, QList<IdRange> ranges)
{
    if (!std::is_sorted(rows.ids.cbegin(), rows.ids.cend())) {
        QList<qsizetype> order(rows.ids.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](qsizetype a, qsizetype b) { return rows.ids.at(a) < rows.ids.at(b); });
        RowChunk sorted;
        for (const qsizetype i : std::as_const(order)) {
            sorted.ids << rows.ids.at(i);
            sorted.hashes << rows.hashes.at(i);
        }
        rows = std::move(sorted);
    }
    std::sort(ranges.begin(), ranges.end(),
              [](const IdRange &a, const IdRange &b) { return a.first < b.first; });
    qsizetype r = 0;
    for (const qint64 id : std::as_const(rows.ids)) {
        while (r < ranges.size() && ranges.at(r).last < id)
            ++r;
        if (r == ranges.size() || id < ranges.at(r).first)
            return false;
    }
    return true;
}

} // namespace

ImportDigester::ImportDigester(Database &db)
    : m_db(db)
{
    if (!db.isServer())
        return;
    // A failure ends the server's transaction: the import's first add() says why.
    auto columns = loggedColumns(db, importedTables());
    if (!columns) {
        m_failure = columns.error();
        return;
    }
    m_logged = std::move(columns).value();
    db.setWrittenRows(this);
}

ImportDigester::~ImportDigester()
{
    if (m_db.writtenRows() == this)
        m_db.setWrittenRows(nullptr);
    for (auto &[table, digest] : m_tables)
        for (auto &future : digest->pending)
            future.waitForFinished();
}

ImportDigester::TableDigest &ImportDigester::digestOf(const QString &table)
{
    std::unique_ptr<TableDigest> &digest = m_tables[table];
    if (!digest)
        digest = std::make_unique<TableDigest>();
    return *digest;
}

void ImportDigester::written(const QString &table, const QStringList &columns,
                             const QVariantList &values)
{
    TableDigest &digest = digestOf(table);
    if (digest.readBack)
        return;
    if (!digest.sent ||
        (columns.constData() != digest.sentColumns.constData() && columns != digest.sentColumns)) {
        // The record id's column ("R.id": id); an expression is found among no columns.
        const Table *t = tableNamed(table);
        const QString recordId = t ? QLatin1String(t->recordId) : QString();
        digest.sent.emplace(m_logged.value(table),
                            recordId.startsWith(QLatin1String("R.")) ? recordId.mid(2) : recordId,
                            columns);
        digest.sentColumns = columns;
    }
    qint64 id = 0;
    QByteArray json;
    if (digest.sent->make(values, id, json)) {
        digest.batch.ids << id;
        digest.batch.hashes << json;
    } else {
        digest.readBack = true;
        digest.batch = RowChunk();
    }
}

// The batch's rows as sent, when they can stand for the rows read back: every row made, each id
// in `ranges`, and as many rows as the server holds there (a row written some other way would
// otherwise be missing from the digest). False: they are read back instead.
Result<bool> ImportDigester::takeSent(TableDigest &digest, const QString &table,
                                      const QList<IdRange> &ranges)
{
    RowChunk rows = std::exchange(digest.batch, RowChunk());
    const bool made = !std::exchange(digest.readBack, false);
    if (!made || rows.ids.isEmpty() || !sortedWithin(rows, ranges))
        return false;
    const Table *t = tableNamed(table);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1 R WHERE %2")
                    .arg(table, inRanges(m_db, QLatin1String(t->recordId), ranges))) ||
        !q.next())
        return Error::storage(Database::describe(q));
    if (q.value(0).toLongLong() != rows.ids.size())
        return false;
    m_fromSent += rows.ids.size();
    digest.hash(std::move(rows));
    return true;
}

Result<void> ImportDigester::add(const QString &table, const QList<IdRange> &ranges)
{
    if (m_failure)
        return *m_failure;
    const Table *t = tableNamed(table);
    if (!t || !importedTables().contains(table))
        return Error::storage(QStringLiteral("%1 is not a table an import writes").arg(table));
    TableDigest &digest = digestOf(table);
    if (ranges.isEmpty()) {
        digest.batch = RowChunk();
        digest.readBack = false;
        return {};
    }
    auto fromSent = takeSent(digest, table, ranges);
    if (!fromSent)
        return fromSent.error();
    if (fromSent.value())
        return {};
    if (digest.json.isEmpty()) {
        const auto json = rowJson(m_db, *t);
        if (!json)
            return json.error();
        digest.json = json.value();
    }
    JsonRows rows(m_db, importedRows(m_db, *t, digest.json, ranges));
    RowChunk chunk;
    while (rows.read(kChunkRows, chunk)) {
        digest.pending << hashLater(std::move(chunk));
        chunk = RowChunk();
        digest.take(kChunksAhead);
    }
    return rows.status();
}

ImportScope ImportDigester::finish(const QString &table)
{
    ImportScope scope{table, {}, 0, {}};
    const auto it = m_tables.find(table);
    if (it == m_tables.end()) {
        scope.sha256 = QString::fromLatin1(Sha256::hex({}));
        return scope;
    }
    TableDigest &rows = *it->second;
    rows.take(0);
    rows.digest.add(rows.id, rows.ofId);
    rows.ofId.clear();
    rows.digest.finish(scope);
    return scope;
}

} // namespace tricholog::integrity
