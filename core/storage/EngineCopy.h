#pragma once

#include "core/Result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <functional>

namespace tricholog {

class Database;

// Moving a practice from the embedded file to a server: every row of every table (patients and
// their records, photos byte for byte, accounts, the audit trail entry by entry) copied from an
// SQLite database to an empty PostgreSQL database of the same schema version, in one
// transaction on the server; then the row counts of both and the server's audit chain are
// checked. Ids are kept, so the trail still names the right records.
struct EngineCopyReport
{
    QList<QPair<QString, qint64>> rows; // table, rows copied (and counted again afterwards)
    qint64 auditEntries = 0;
    QString text() const;
};

// `progress` (rows copied so far) may return false to stop: nothing is kept on the server.
Result<EngineCopyReport> copyDatabase(Database &from, Database &to,
                                      const std::function<bool(qint64)> &progress = {});

} // namespace tricholog
