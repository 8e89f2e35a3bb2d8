#pragma once

#include <QStringList>

namespace tricholog {

// Data in and out, headless: import, export csv, export fhir, backup, restore.
int runImport(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runBackup(const QStringList &arguments);
int runRestore(const QStringList &arguments);
// Accounts and the audit trail: init, audit verify.
int runInit(const QStringList &arguments);
int runAudit(const QStringList &arguments);
// A server's application role: server grant.
int runServer(const QStringList &arguments);
// Moving a practice from its SQLite file to a PostgreSQL server: migrate.
int runMigrate(const QStringList &arguments);

} // namespace tricholog
