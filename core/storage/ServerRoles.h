#pragma once

#include "core/Result.h"

#include <QString>

namespace tricholog {

class Database;

// The two roles of a server database: the owner, who creates and upgrades the schema (and so
// could drop triggers or empty the trail), and the application role the workstations connect
// as, which reads and writes clinical data and appends to the trail but cannot alter, disable
// or drop triggers, update, delete or truncate the audit trail, or drop or alter tables.
namespace serverroles {

// Run as the owner: grants `role` (an existing PostgreSQL role) exactly what the program needs
// day to day on every table, sequence and function of the schema, and no more.
Result<void> grantApplicationRole(const Database &db, const QString &role);

// Whether the connected role owns the schema's tables (true also for a superuser): fine for
// setting up and upgrading, not for day-to-day work.
Result<bool> connectedAsOwner(const Database &db);

// The warning the program gives when it runs day-to-day work as the owner.
QString ownerWarning(const Database &db);

} // namespace serverroles
} // namespace tricholog
