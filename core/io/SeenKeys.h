#pragma once

// Internal to the CSV import: the natural keys an import has seen so far. Not part of the
// core's interface.

#include "core/Result.h"

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
// up there: each batch moved is a table of its own with a Bloom filter in memory (10 bits a
// key, about 1 % of lookups of a new key reach the file). So an import's memory stays bounded
// however large its files: about 35 bytes a key held, 1.25 bytes a key in the file. Should a
// move fail (no space for temporary files), its table is never read and the keys stay in
// memory from then on; should a lookup fail, rowsOf says so.
class SeenKeys
{
public:
    explicit SeenKeys(qsizetype first = 1'500'000, qsizetype later = 1'000'000);
    ~SeenKeys();
    SeenKeys(const SeenKeys &) = delete;
    SeenKeys &operator=(const SeenKeys &) = delete;

    // The rows seen under `key`, oldest first; empty when none. An error when the temporary
    // file could not be read (the import then stops).
    Result<QList<SeenRow>> rowsOf(quint64 key);
    void add(quint64 key, const SeenRow &row);
    // How many keys went to the file (for the tests).
    qint64 keysInFile() const { return m_inFile; }

private:
    struct Bloom
    {
        std::vector<quint64> bits;
        void add(quint64 key);
        bool mayContain(quint64 key) const;
    };
    // A batch moved to the file: its table's lookup and the filter of its keys.
    struct Moved
    {
        sqlite3_stmt *select = nullptr;
        Bloom bloom;
    };
    bool moveToFile();
    bool openFile();

    qsizetype m_inMemory; // keys held before the next move: `first`, then `later`
    qsizetype m_later;
    QHash<quint64, SeenRow> m_first;       // key -> its first row in memory
    QHash<quint64, QList<SeenRow>> m_more; // the rare later rows under a key, in memory
    std::vector<Moved> m_moved;            // the batches in the file, oldest first
    qint64 m_inFile = 0;
    bool m_fileFailed = false;
    sqlite3 *m_db = nullptr;
};

} // namespace tricholog::csvimport
