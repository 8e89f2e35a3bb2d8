#pragma once

#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace tricholog {

class Database;

// One entry of the audit trail: written by the database's own triggers for every insert,
// update, archive and delete of clinical data and accounts, and by UserRepository for every
// sign-in attempt. Each entry's hash covers the previous entry's hash and all its fields.
struct AuditRecord
{
    qint64 id = 0;
    QString at; // UTC, ISO 8601 with milliseconds
    QString user;
    QString action; // insert, update, archive, unarchive, delete, login, login_failed
    QString table;
    std::optional<qint64> recordId;
    std::optional<qint64> patientId;
    QString oldValues; // JSON, empty for inserts
    QString newValues; // JSON, empty for deletes
    QString prevHash;
    QString hash;
};

struct AuditFilter
{
    QString user; // empty: everyone
    std::optional<qint64> patientId;
    QDate from, to; // invalid: open-ended (UTC dates)
    int limit = -1;
};

class AuditLog
{
public:
    explicit AuditLog(Database &db);

    Result<QList<AuditRecord>> query(const AuditFilter &filter) const; // newest first

    struct Verification
    {
        qint64 records = 0;
        qint64 firstBrokenId = 0; // 0: the chain is intact
        QString reason;
        bool intact() const { return firstBrokenId == 0; }
    };
    // Walks the whole chain and reports the first entry whose link or content does not match.
    Result<Verification> verify() const;

    // Writes the filtered entries as CSV (QSaveFile). Returns how many.
    Result<int> exportCsv(const AuditFilter &filter, const QString &path) const;

    // The hash the triggers compute for `record` (given its prevHash).
    static QString hashOf(const AuditRecord &record);

private:
    Database &m_db;
};

} // namespace tricholog
