#include "core/io/SeenKeys.h"

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
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_select);
    sqlite3_close(m_db); // an empty name: SQLite deletes the file on closing
}

QList<SeenRow> SeenKeys::rowsOf(quint64 key)
{
    QList<SeenRow> rows;
    const bool inFile = std::any_of(m_blooms.cbegin(), m_blooms.cend(),
                                    [key](const Bloom &b) { return b.mayContain(key); });
    if (inFile) {
        sqlite3_bind_int64(m_select, 1, qint64(key));
        while (sqlite3_step(m_select) == SQLITE_ROW)
            rows << SeenRow{sqlite3_column_int(m_select, 0),
                            quint32(sqlite3_column_int64(m_select, 1))};
        sqlite3_reset(m_select);
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
    // and no syncing.
    if (sqlite3_open_v2("", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK)
        return false;
    const char *setup = "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; "
                        "PRAGMA cache_size = -16384; "
                        "CREATE TABLE seen (key INTEGER NOT NULL, line INTEGER NOT NULL, "
                        "cells INTEGER NOT NULL, PRIMARY KEY (key, line)) WITHOUT ROWID;";
    return sqlite3_exec(m_db, setup, nullptr, nullptr, nullptr) == SQLITE_OK &&
           sqlite3_prepare_v2(m_db, "INSERT INTO seen VALUES (?1, ?2, ?3)", -1, &m_insert,
                              nullptr) == SQLITE_OK &&
           sqlite3_prepare_v2(m_db, "SELECT line, cells FROM seen WHERE key = ?1 ORDER BY line", -1,
                              &m_select, nullptr) == SQLITE_OK;
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
    Bloom bloom;
    bloom.bits.assign((std::size_t(m_first.size()) * 10 + 63) / 64, 0);
    bool ok = sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
    for (const Entry &e : entries) {
        if (!ok)
            break;
        sqlite3_bind_int64(m_insert, 1, qint64(e.key));
        sqlite3_bind_int(m_insert, 2, e.row.line);
        sqlite3_bind_int64(m_insert, 3, e.row.cells);
        ok = sqlite3_step(m_insert) == SQLITE_DONE;
        sqlite3_reset(m_insert);
        bloom.add(e.key);
    }
    ok = ok && sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
    if (!ok) {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        return false;
    }
    m_blooms.push_back(std::move(bloom));
    m_inMemory = m_later;
    m_inFile += qint64(m_first.size());
    m_first = {};
    m_more = {};
    return true;
}

} // namespace tricholog::csvimport
