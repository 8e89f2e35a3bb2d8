#include "core/io/SeenKeys.h"

#include <QCoreApplication>
#include <algorithm>
#include <sqlite3.h>

namespace tricholog::csvimport {

namespace {

constexpr int kBloomHashes = 7; // for 10 bits a key: about 1 % false positives

// The i-th bit position of `key` among `bits` (double hashing of the key's two halves; the key
// is already a hash).
quint64 bloomBit(quint64 key, int i, quint64 bits)
{
    const quint64 a = key, b = (key >> 32) | (key << 32) | 1;
    return (a + quint64(i) * b) % bits;
}

} // namespace

void SeenKeys::Bloom::add(quint64 key)
{
    const quint64 n = quint64(bits.size()) * 64;
    for (int i = 0; i < kBloomHashes; ++i) {
        const quint64 bit = bloomBit(key, i, n);
        bits[bit / 64] |= quint64(1) << (bit % 64);
    }
}

bool SeenKeys::Bloom::mayContain(quint64 key) const
{
    const quint64 n = quint64(bits.size()) * 64;
    for (int i = 0; i < kBloomHashes; ++i) {
        const quint64 bit = bloomBit(key, i, n);
        if (!(bits[bit / 64] & (quint64(1) << (bit % 64))))
            return false;
    }
    return true;
}

SeenKeys::SeenKeys(qsizetype first, qsizetype later)
    : m_inMemory(std::max<qsizetype>(1, first))
    , m_later(std::max<qsizetype>(1, later))
{}

SeenKeys::~SeenKeys()
{
    for (Moved &moved : m_moved)
        sqlite3_finalize(moved.select);
    sqlite3_close(m_db); // an empty name: SQLite deletes the file on closing
}

Result<QList<SeenRow>> SeenKeys::rowsOf(quint64 key)
{
    QList<SeenRow> rows;
    for (Moved &moved : m_moved) {
        if (!moved.bloom.mayContain(key))
            continue;
        sqlite3_bind_int64(moved.select, 1, qint64(key));
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(moved.select)) == SQLITE_ROW)
            rows << SeenRow{sqlite3_column_int(moved.select, 0),
                            quint32(sqlite3_column_int64(moved.select, 1))};
        sqlite3_reset(moved.select);
        if (step != SQLITE_DONE)
            return Error::storage(
                QCoreApplication::translate(
                    "CsvImporter", "The import's temporary file of row keys could not be read: %1")
                    .arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    }
    if (const auto first = m_first.constFind(key); first != m_first.cend()) {
        rows << first.value();
        rows << m_more.value(key);
    }
    return rows;
}

void SeenKeys::add(quint64 key, const SeenRow &row)
{
    if (const auto first = m_first.constFind(key); first != m_first.cend())
        m_more[key] << row;
    else
        m_first.insert(key, row);
    if (m_first.size() >= m_inMemory && !m_fileFailed && !moveToFile())
        m_fileFailed = true; // kept in memory from now on
}

bool SeenKeys::openFile()
{
    if (m_db)
        return true;
    // "": a private temporary file, deleted when closed; nothing else reads it, so no journal
    // and no syncing (a batch that fails to go in is a table never read).
    return sqlite3_open_v2("", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) ==
               SQLITE_OK &&
           sqlite3_exec(m_db,
                        "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; "
                        "PRAGMA cache_size = -16384;",
                        nullptr, nullptr, nullptr) == SQLITE_OK;
}

bool SeenKeys::moveToFile()
{
    if (!openFile())
        return false;
    struct Entry
    {
        quint64 key;
        SeenRow row;
    };
    std::vector<Entry> entries;
    entries.reserve(std::size_t(m_first.size()));
    for (auto it = m_first.cbegin(); it != m_first.cend(); ++it) {
        entries.push_back({it.key(), it.value()});
        for (const SeenRow &more : m_more.value(it.key()))
            entries.push_back({it.key(), more});
    }
    // In the table's order: SQLite then appends to its B-tree's pages instead of seeking.
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return qint64(a.key) != qint64(b.key) ? qint64(a.key) < qint64(b.key)
                                              : a.row.line < b.row.line;
    });
    const QByteArray table = "seen" + QByteArray::number(qsizetype(m_moved.size()));
    const QByteArray create = "CREATE TABLE " + table +
                              " (key INTEGER NOT NULL, line INTEGER NOT NULL, cells INTEGER NOT "
                              "NULL, PRIMARY KEY (key, line)) WITHOUT ROWID";
    const QByteArray insert = "INSERT INTO " + table + " VALUES (?1, ?2, ?3)";
    const QByteArray select = "SELECT line, cells FROM " + table + " WHERE key = ?1 ORDER BY line";
    Moved moved;
    moved.bloom.bits.assign((std::size_t(m_first.size()) * 10 + 63) / 64, 0);
    sqlite3_stmt *inserting = nullptr;
    bool ok = sqlite3_exec(m_db, create.constData(), nullptr, nullptr, nullptr) == SQLITE_OK &&
              sqlite3_prepare_v2(m_db, insert.constData(), -1, &inserting, nullptr) == SQLITE_OK &&
              sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
    for (auto e = entries.cbegin(); ok && e != entries.cend(); ++e) {
        sqlite3_bind_int64(inserting, 1, qint64(e->key));
        sqlite3_bind_int(inserting, 2, e->row.line);
        sqlite3_bind_int64(inserting, 3, e->row.cells);
        ok = sqlite3_step(inserting) == SQLITE_DONE;
        sqlite3_reset(inserting);
        moved.bloom.add(e->key);
    }
    sqlite3_finalize(inserting);
    ok = ok && sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK &&
         sqlite3_prepare_v2(m_db, select.constData(), -1, &moved.select, nullptr) == SQLITE_OK;
    if (!ok) { // the table is never read; the keys stay in memory
        sqlite3_finalize(moved.select);
        if (!sqlite3_get_autocommit(m_db))
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        return false;
    }
    m_moved.push_back(std::move(moved));
    m_inMemory = m_later;
    m_inFile += qint64(m_first.size());
    m_first = {};
    m_more = {};
    return true;
}

} // namespace tricholog::csvimport
