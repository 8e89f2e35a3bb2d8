#include "app/verbs/VerbSupport.h"

#include "core/AppSettings.h"
#include "core/io/SafeIo.h"
#include "core/security/UserRepository.h"
#include "core/storage/Backup.h"
#include "core/storage/Database.h"
#include "core/storage/PatientRecordLoader.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/ServerRoles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace tricholog {

void printError(const QString &message)
{
    std::fprintf(stderr, "tricholog: %s\n", qUtf8Printable(message));
}

void printLine(const QString &text)
{
    std::fprintf(stdout, "%s\n", qUtf8Printable(text));
}

int refuseRepeatedOptions(const QCommandLineParser &parser,
                          const QList<QCommandLineOption> &options, const QStringList &arguments)
{
    // An option given twice is a mistake, not "the last one wins": which database, which file?
    for (const auto &option : options) {
        const qsizetype given = option.valueName().isEmpty()
                                    ? arguments.count(QStringLiteral("--") + option.names().first())
                                    : parser.values(option).size();
        if (given > 1) {
            printError(QCoreApplication::translate("Cli", "--%1 is given %2 times; give it once.")
                           .arg(option.names().first())
                           .arg(given));
            return 2;
        }
    }
    return -1;
}

int parseVerb(QCommandLineParser &parser, const QStringList &arguments, const QString &description,
              const QList<QCommandLineOption> &options, const QList<QCommandLineOption> &required,
              int positionals, bool moreWords, const QList<QCommandLineOption> &repeatable)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOptions(options);
    if (!parser.parse(arguments)) {
        printError(quoteValue(parser.errorText())); // an unknown option is echoed
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        return 0;
    }
    QList<QCommandLineOption> once;
    for (const auto &option : options)
        if (std::none_of(repeatable.begin(), repeatable.end(),
                         [&](const QCommandLineOption &r) { return r.names() == option.names(); }))
            once << option;
    if (const int twice = refuseRepeatedOptions(parser, once, arguments); twice >= 0)
        return twice;
    const auto words = parser.positionalArguments();
    if (words.size() < positionals || (!moreWords && words.size() != positionals)) {
        printError(
            QCoreApplication::translate("Cli", "unexpected arguments: %1; see tricholog %2 --help.")
                .arg(quoteValue(words.mid(positionals).join(QLatin1Char(' '))),
                     arguments.value(1)));
        return 2;
    }
    for (const auto &option : required) {
        if (!parser.isSet(option)) {
            printError(QCoreApplication::translate("Cli", "%1 needs --%2.")
                           .arg(arguments.value(1), option.names().first()));
            return 2;
        }
    }
    return -1;
}

QString serverPassword(const QString &location)
{
    if (!Database::isServerUrl(location))
        return {};
    if (const QString fromEnvironment = qEnvironmentVariable("TRICHOLOG_DB_PASSWORD");
        !fromEnvironment.isEmpty() || !isatty(STDIN_FILENO))
        return fromEnvironment;
    const QUrl url(location);
    std::fprintf(
        stderr, "%s",
        qUtf8Printable(QCoreApplication::translate("Cli", "Password of %1 on %2 (not shown): ")
                           .arg(url.userName(), url.host())));
    termios saved{};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    char line[512] = {};
    const bool read = std::fgets(line, sizeof line, stdin) != nullptr;
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::fprintf(stderr, "\n");
    return read ? QString::fromLocal8Bit(line).trimmed() : QString();
}

Result<void> checkExistingDatabase(const QString &path)
{
    // Looked at before SQLite opens it: SQLite would make a new database of a missing or empty
    // file, and a pipe would block.
    const QFileInfo info(path);
    if (!info.exists())
        return Error::notFound(
            QCoreApplication::translate("Cli", "%1 does not exist (a new database is made with "
                                               "tricholog init --database PATH --admin NAME).")
                .arg(path));
    if (info.isDir())
        return Error::notFound(
            QCoreApplication::translate("Cli", "%1 is a folder, not a database file.").arg(path));
    if (const QString kind = nonRegularKind(path, true); !kind.isEmpty())
        return Error::notFound(
            QCoreApplication::translate("Cli",
                                        "%1 is not a regular file (it is %2), not a database file.")
                .arg(path, kind));
    if (info.size() == 0)
        return Error::notFound(
            QCoreApplication::translate("Cli", "%1 is empty, not a Tricholog database (a new "
                                               "database is made with tricholog init --database "
                                               "PATH --admin NAME).")
                .arg(path));
    return {};
}

namespace {

// Signs in with TRICHOLOG_USER and TRICHOLOG_PASSWORD and checks the role's permission.
Result<void> signInFromEnvironment(Database &db, std::optional<Permission> permission)
{
    const QString user = qEnvironmentVariable("TRICHOLOG_USER");
    const QString password = qEnvironmentVariable("TRICHOLOG_PASSWORD");
    if (user.isEmpty() || password.isEmpty())
        return Error::permission(QCoreApplication::translate(
            "Cli", "Sign in first: set TRICHOLOG_USER and TRICHOLOG_PASSWORD."));
    auto session = UserRepository(db).signIn(user, password);
    if (!session)
        return session.error();
    if (permission)
        if (auto allowed = db.require(*permission); !allowed)
            return allowed.error();
    return {};
}

} // namespace

Result<std::unique_ptr<Database>>
openSignedIn(const QString &databasePath, std::optional<Permission> permission, bool checkPages)
{
    if (Database::isServerUrl(databasePath)) {
        auto db = Database::open(databasePath, {}, serverPassword(databasePath));
        if (!db)
            return db.error();
        if (!db.value()->hasAccounts())
            return Error::permission(QCoreApplication::translate(
                "Cli", "The server database has no accounts yet: move a practice into it with "
                       "tricholog migrate, or create its administrator in the application."));
        if (auto signedIn = signInFromEnvironment(*db.value(), permission); !signedIn)
            return signedIn.error();
        if (auto owner = serverroles::connectedAsOwner(*db.value()); owner && owner.value())
            printError(QCoreApplication::translate("Cli", "warning: %1")
                           .arg(serverroles::ownerWarning(*db.value())));
        return std::move(db).value();
    }
    if (auto refused = checkExistingDatabase(databasePath); !refused)
        return refused.error();
    auto db = Database::open(databasePath);
    if (!db) {
        // A damaged file: say where the latest backup is.
        Error error = db.error();
        error.message = backup::withLatestBackup(
            error.message, databasePath,
            AppSettings::load(QSettings()).effectiveBackupFolder(databasePath));
        return error;
    }
    if (checkPages)
        if (auto intact = db.value()->quickCheck(); !intact)
            return intact.error();
    if (!db.value()->hasAccounts())
        return Error::permission(
            QCoreApplication::translate("Cli", "%1 has no accounts yet: create its administrator "
                                               "with tricholog init --database PATH --admin NAME.")
                .arg(databasePath));
    if (auto signedIn = signInFromEnvironment(*db.value(), permission); !signedIn)
        return signedIn.error();
    if (db.value()->readOnly())
        printError(QCoreApplication::translate(
                       "Cli", "warning: %1 is read-only: this sign-in, and any export it makes, "
                              "cannot be recorded in the audit trail.")
                       .arg(databasePath));
    return std::move(db).value();
}

Result<PatientRecord> loadPatientByMrn(const QString &databasePath, const QString &mrn)
{
    auto db = openSignedIn(databasePath);
    if (!db)
        return db.error();
    auto patient = PatientRepository(*db.value()).findByMrn(mrn);
    if (!patient)
        return patient.error();
    return loadPatientRecord(*db.value(), patient.value().id);
}

} // namespace tricholog
