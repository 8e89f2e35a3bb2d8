#pragma once

// Internal to the CSV import: the natural keys an import has seen so far. Not part of the
// core's interface.

#include <QHash>
#include <QList>
#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace tricholog::csvimport {

// A row seen earlier in this import under the same key: its line and a hash of its cells.
struct SeenRow
{
    int line = 0;
    quint32 cells = 0;
};

// Each key's rows (a key is a 64-bit hash of a row's natural key), in the order they were
// added. Keys are held in memory, `first` of them at first (so that an import of the clinic's
// size, 1.1 million keys, never reaches the file), then `later`; when there are more, those
// held go to a temporary SQLite file (private to this object, deleted with it) and are looked
// up there, behind a Bloom filter per batch moved (10 bits a key, about 1 % of lookups of a new
// key reach the file). So an import's memory stays bounded however large its files: about
// 35 bytes a key held, 1.25 bytes a key in the file. Should the file fail (no space for
// temporary files), the keys stay in memory.
class SeenKeys
{
public:
    explicit SeenKeys(qsizetype first = 1'500'000, qsizetype later = 1'000'000);
    ~SeenKeys();
    SeenKeys(const SeenKeys &) = delete;
    SeenKeys &operator=(const SeenKeys &) = delete;

    // The rows seen under `key`, oldest first; empty when none.
    QList<SeenRow> rowsOf(quint64 key);
    void add(quint64 key, const SeenRow &row);
    // How many keys went to the file (for the tests and the benchmark).
    qint64 keysInFile() const { return m_inFile; }

private:
    struct Bloom
    {
        std::vector<quint64> bits;
        void add(quint64 key);
        bool mayContain(quint64 key) const;
    };
    bool moveToFile();
    bool openFile();

    qsizetype m_inMemory; // keys held before the next move: `first`, then `later`
    qsizetype m_later;
    QHash<quint64, SeenRow> m_first;       // key -> its first row in memory
    QHash<quint64, QList<SeenRow>> m_more; // the rare later rows under a key, in memory
    std::vector<Bloom> m_blooms;           // one per batch moved to the file
    qint64 m_inFile = 0;
    bool m_fileFailed = false;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_select = nullptr;
};

} // namespace tricholog::csvimport
