#pragma once

#include "core/Result.h"
#include "core/storage/SentRowJson.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/WrittenRows.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <map>
#include <memory>
#include <optional>

namespace tricholog {

class Database;

// Checks that nobody went around the program: the triggers that write the audit trail, keep it
// append-only and keep the patient list's summary are exactly the ones this version made, and
// every clinical row still holds what the trail last logged for it.
namespace integrity {

// One plain sentence per problem: a trigger missing, altered, disabled or not ours, or (on
// PostgreSQL) a trigger function whose body was changed. Empty: the set and its text are exactly
// what the migrations up to `schemaVersion` made.
Result<QStringList> triggerProblems(QSqlDatabase &db, Engine engine, int schemaVersion);

// A run of record ids, both ends included.
struct IdRange
{
    qint64 first = 0;
    qint64 last = 0;
};

// A clinical row whose current values are not what the audit trail last logged for it.
struct OutsideChange
{
    enum class Kind
    {
        Changed,  // the row differs from its last logged values
        Added,    // the row is there, the trail never logged it
        Removed,  // the trail logged the row (or an import wrote it), it is gone without a
                  // logged deletion
        Imported, // rows an import wrote no longer add up to what its entry recorded
    };
    Kind kind = Kind::Changed;
    QString table;
    qint64 recordId = 0; // the row's id (session_zone, session_adjunct, adverse_event: its session;
                         // Imported: the import's trail entry)
    std::optional<qint64> patientId;
    QStringList fields; // Changed: the columns whose values differ
    IdRange ids;        // Imported: the ids whose rows differ (a block), when the entry tells
};

struct RowCheck
{
    qint64 rowsCompared = 0;
    qint64 changes = 0;          // every difference found
    QList<OutsideChange> listed; // the first `limit` of them
};

// Compares every row of the audited clinical tables (patients, diagnoses, sessions and their
// zones, adjuncts and adverse events, measurements, outcomes, photos) with the trail, replaying
// each row's logged inserts, updates and deletions. Accounts are not compared: their sign-in
// bookkeeping is deliberately not logged.
Result<RowCheck> rowsChangedOutside(const Database &db, int limit = 200);

// The ids of one block of an import's digest: block n holds the ids n * kImportBlockIds to
// (n + 1) * kImportBlockIds - 1.
constexpr qint64 kImportBlockIds = 1024;

// The rows an import wrote into one table, as its trail entry records them (README, "Audit of
// imports"): the ids (of the session, for zones, adjuncts and adverse events) as ranges, how
// many rows, and the SHA-256 of the rows as written.
struct ImportScope
{
    QString table;
    QList<IdRange> ranges;
    qint64 rows = 0;
    QString sha256;
    // The same rows' digest block by block, from the block `firstBlock` on: the first 16 hex
    // digits of each block's SHA-256, "" for a block without rows. What tells which rows
    // changed; empty in the entries of imports made before it.
    qint64 firstBlock = 0;
    QStringList blocks;
};

// What the trail entry of one import recorded of each table it wrote.
struct RecordedImport
{
    qint64 entryId = 0;
    QList<ImportScope> scopes;
};
Result<QList<RecordedImport>> recordedImports(const Database &db);

// The tables an import writes, in the order its entry lists them.
const QStringList &importedTables();

// The rows of `table` within `ranges` as they were when the trail entry `after` was written:
// the rows now, with every change the trail logged for them since undone. Their count and
// SHA-256 (over a form of their JSON that is the same on both engines). The import computes
// it before it writes its entry; the row check again, to compare.
Result<ImportScope> importDigest(const Database &db, const QString &table,
                                 const QList<IdRange> &ranges, qint64 after);

// importDigest of an import's rows as it writes them, for its trail entry, hashed on the thread
// pool while the import goes on. The same digest as importDigest(db, table, all the ranges
// given, the entry's id) of rows no one has changed since. On a server each row's JSON is made
// from the values BatchInsert sends (SentRowJson; the digester is the database's WrittenRows for
// its life), where the rows of a batch can all be made so and their count is the count the
// server holds in the batch's ranges: reading them back was a quarter of the server's time in an
// import of the clinic. Otherwise, and on SQLite, each batch's rows are read back once written.
class ImportDigester : public WrittenRows
{
public:
    explicit ImportDigester(Database &db);
    ~ImportDigester() override; // waits for the hashing still running
    ImportDigester(const ImportDigester &) = delete;
    ImportDigester &operator=(const ImportDigester &) = delete;

    // The rows of `table` with ids in `ranges`, which lie above the ids of every earlier call.
    Result<void> add(const QString &table, const QList<IdRange> &ranges);
    // The table's row count and SHA-256 (its ranges are the caller's to fill in).
    ImportScope finish(const QString &table);
    // How many rows were digested from the values sent rather than read back (for the tests).
    qint64 rowsFromValuesSent() const { return m_fromSent; }

    void written(const QString &table, const QStringList &columns,
                 const QVariantList &values) override;

private:
    struct TableDigest;
    TableDigest &digestOf(const QString &table);
    Result<bool> takeSent(TableDigest &digest, const QString &table, const QList<IdRange> &ranges);

    Database &m_db;
    std::map<QString, std::unique_ptr<TableDigest>> m_tables;
    QHash<QString, QList<LoggedColumn>> m_logged; // on a server: each imported table's columns
    std::optional<Error> m_failure;               // reading them failed
    qint64 m_fromSent = 0;
};

// "measurement 12 (patient 3): density_per_cm2, updated_at changed outside Tricholog"
QString describe(const OutsideChange &change);

} // namespace integrity
} // namespace tricholog
