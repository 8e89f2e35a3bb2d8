#pragma once

#include "core/Result.h"
#include "core/model/PatientRecord.h"
#include "core/security/Access.h"

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
// follow (files). Options in `repeatable` may be given more than once; any other twice is an
// error.
int parseVerb(QCommandLineParser &parser, const QStringList &arguments, const QString &description,
              const QList<QCommandLineOption> &options, const QList<QCommandLineOption> &required,
              int positionals, bool moreWords = false,
              const QList<QCommandLineOption> &repeatable = {});

// The password of a server database: TRICHOLOG_DB_PASSWORD, else asked on the terminal (not
// echoed) when there is one, else empty (libpq then reads PGPASSWORD and ~/.pgpass).
QString serverPassword(const QString &location);

// An existing database file: refuses, naming what is there instead, a missing path, a folder,
// anything that is not a regular file (a pipe, /dev/null) and an empty file, before SQLite would
// open it (and make a new database of it).
Result<void> checkExistingDatabase(const QString &path);

// Opens an existing database and signs in with TRICHOLOG_USER and TRICHOLOG_PASSWORD from the
// environment; refuses without valid credentials, without any account in the database (create
// the administrator with `tricholog init`), or when the role lacks `permission`. With
// `checkPages`, an SQLite file is first read through (Database::quickCheck): a damaged one is
// refused, naming the file and its latest backup, before anything is read from it or signed in.
// A read-only database (its file or folder may not be written) opens for reading, with a warning
// on stderr that the sign-in cannot be recorded in the audit trail.
Result<std::unique_ptr<Database>> openSignedIn(const QString &databasePath,
                                               std::optional<Permission> permission = {},
                                               bool checkPages = false);

// Opens the database (signed in) and loads one patient's record by MRN.
Result<PatientRecord> loadPatientByMrn(const QString &databasePath, const QString &mrn);

} // namespace tricholog
