#pragma once

#include "Result.h"
#include "model/PatientRecord.h"
#include "security/Access.h"

#include <QCommandLineOption>
#include <QString>
#include <memory>
#include <optional>

class QCommandLineParser;

namespace tricholog {

class Database;

// Shared by the headless verbs.
void printError(const QString &message); // "tricholog: MESSAGE" on stderr
void printLine(const QString &text);     // stdout

// 2 (after saying which) when one of `options` was given more than once, else -1.
int refuseRepeatedOptions(const QCommandLineParser &parser,
                          const QList<QCommandLineOption> &options, const QStringList &arguments);

// Parses the options of a verb: -1 to go on, else the exit code (help shown: 0, usage error: 2).
// `positionals` is how many words the verb has ("export csv": 2); with `moreWords`, more may
// follow (files).
int parseVerb(QCommandLineParser &parser, const QStringList &arguments, const QString &description,
              const QList<QCommandLineOption> &options, const QList<QCommandLineOption> &required,
              int positionals, bool moreWords = false);

// The password of a server database: TRICHOLOG_DB_PASSWORD, else asked on the terminal (not
// echoed) when there is one, else empty (libpq then reads PGPASSWORD and ~/.pgpass).
QString serverPassword(const QString &location);

// Opens an existing database and signs in with TRICHOLOG_USER and TRICHOLOG_PASSWORD from the
// environment; refuses without valid credentials, without any account in the database (create
// the administrator with `tricholog init`), or when the role lacks `permission`.
Result<std::unique_ptr<Database>> openSignedIn(const QString &databasePath,
                                               std::optional<Permission> permission = {});

// Opens the database (signed in) and loads one patient's record by MRN.
Result<PatientRecord> loadPatientByMrn(const QString &databasePath, const QString &mrn);

} // namespace tricholog
