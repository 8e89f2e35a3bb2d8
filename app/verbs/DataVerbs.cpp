#include "app/verbs/DataVerbs.h"

#include "app/verbs/VerbSupport.h"
#include "app/verbs/Verbs.h"
#include "core/io/CsvExporter.h"
#include "core/io/CsvImporter.h"
#include "core/io/FhirExporter.h"
#include "core/io/SafeIo.h"
#include "core/security/Anchors.h"
#include "core/security/AuditLog.h"
#include "core/security/Restore.h"
#include "core/security/UserRepository.h"
#include "core/storage/Backup.h"
#include "core/storage/Database.h"
#include "core/storage/EngineCopy.h"
#include "core/storage/PracticeRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <limits>

namespace tricholog {

namespace {

const QCommandLineOption kDatabase(QStringLiteral("database"),
                                   QCoreApplication::translate("Cli", "Database file."),
                                   QStringLiteral("PATH"));

} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption patients(QStringLiteral("patients"),
                                      QCoreApplication::translate("Cli", "Patients CSV file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption diagnoses(QStringLiteral("diagnoses"),
                                       QCoreApplication::translate("Cli", "Diagnoses CSV file."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption sessions(QStringLiteral("sessions"),
                                      QCoreApplication::translate("Cli", "Sessions CSV file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption measurements(
        QStringLiteral("measurements"),
        QCoreApplication::translate("Cli", "Measurements CSV file."), QStringLiteral("FILE"));
    if (const int code =
            parseVerb(parser, arguments,
                      QCoreApplication::translate(
                          "Cli", "Imports CSV files (see the README for their columns), all in "
                                 "one transaction: when any row is wrong nothing is written and "
                                 "every bad row is listed."),
                      {kDatabase, patients, diagnoses, sessions, measurements}, {kDatabase}, 1);
        code >= 0)
        return code;
    ImportFiles files;
    files.patients = parser.value(patients);
    files.diagnoses = parser.value(diagnoses);
    files.sessions = parser.value(sessions);
    files.measurements = parser.value(measurements);
    if (files.isEmpty()) {
        printError(QCoreApplication::translate(
            "Cli", "import needs at least one of --patients, --diagnoses, --sessions, "
                   "--measurements."));
        return 2;
    }
    auto db = openSignedIn(parser.value(kDatabase), Permission::ImportData);
    if (!db) {
        printError(db.error().message);
        return 1;
    }
    CsvImporter importer(*db.value());
    const auto summary = importer.importFiles(files);
    if (!summary) {
        printError(summary.error().message);
        return 1;
    }
    printLine(summary.value().text());
    return 0;
}

int runExport(const QStringList &arguments)
{
    const QString format = arguments.value(2);
    QCommandLineParser parser;
    const QCommandLineOption out(
        QStringLiteral("out"),
        format == QLatin1String("fhir") ? QCoreApplication::translate("Cli", "Output JSON file.")
                                        : QCoreApplication::translate("Cli", "Output folder."),
        format == QLatin1String("fhir") ? QStringLiteral("FILE") : QStringLiteral("DIR"));
    const QCommandLineOption patient(
        QStringLiteral("patient"),
        QCoreApplication::translate("Cli", "Only this patient (MRN); default: every patient."),
        QStringLiteral("MRN"));
    const QCommandLineOption ndjson(
        QStringLiteral("ndjson"),
        QCoreApplication::translate("Cli",
                                    "Instead of --out: FHIR Bulk Data's NDJSON form, one file per "
                                    "resource type (Patient.ndjson, ...) in this folder."),
        QStringLiteral("DIR"));
    if (format != QLatin1String("csv") && format != QLatin1String("fhir")) {
        printError(QCoreApplication::translate(
                       "Cli", "export needs a format: tricholog export csv|fhir ... (not \"%1\").")
                       .arg(quoteValue(format)));
        return 2;
    }
    if (const int code = parseVerb(
            parser, arguments,
            format == QLatin1String("csv")
                ? QCoreApplication::translate(
                      "Cli", "Writes patients.csv, diagnoses.csv, sessions.csv and "
                             "measurements.csv, readable by tricholog import.")
                : QCoreApplication::translate(
                      "Cli", "Writes an HL7 FHIR R4 Bundle (JSON), or with --ndjson the same "
                             "resources as FHIR Bulk Data NDJSON files."),
            format == QLatin1String("fhir") ? QList{kDatabase, out, patient, ndjson}
                                            : QList{kDatabase, out, patient},
            format == QLatin1String("fhir") ? QList{kDatabase} : QList{kDatabase, out}, 2);
        code >= 0)
        return code;
    if (format == QLatin1String("fhir") && parser.isSet(out) == parser.isSet(ndjson)) {
        printError(QCoreApplication::translate(
            "Cli", "export fhir needs either --out FILE (a Bundle) or --ndjson DIR, not both."));
        return 2;
    }
    // A damaged file is refused, not exported as far as it reads.
    auto db = openSignedIn(parser.value(kDatabase), Permission::ExportData, true);
    if (!db) {
        printError(db.error().message);
        return 1;
    }
    if (format == QLatin1String("csv")) {
        const auto rows = exportCsv(*db.value(), parser.value(out), parser.value(patient));
        if (!rows) {
            printError(rows.error().message);
            return 1;
        }
        printLine(
            QCoreApplication::translate(
                "Cli", "%1 patients, %2 diagnoses, %3 sessions and %4 measurements written to %5.")
                .arg(rows.value().value(CsvKind::Patients))
                .arg(rows.value().value(CsvKind::Diagnoses))
                .arg(rows.value().value(CsvKind::Sessions))
                .arg(rows.value().value(CsvKind::Measurements))
                .arg(parser.value(out)));
        return 0;
    }
    if (parser.isSet(ndjson)) {
        const auto files =
            fhir::exportNdjson(*db.value(), parser.value(ndjson), parser.value(patient));
        if (!files) {
            printError(files.error().message);
            return 1;
        }
        QStringList counts;
        int total = 0;
        for (const QString &name : fhir::ndjsonFileNames()) {
            counts << QStringLiteral("%1 %2").arg(name).arg(files.value().value(name));
            total += files.value().value(name);
        }
        printLine(QCoreApplication::translate("Cli", "%1 resources written to %2 (%3).")
                      .arg(total)
                      .arg(parser.value(ndjson), counts.join(QStringLiteral(", "))));
        return 0;
    }
    const auto resources =
        fhir::exportBundle(*db.value(), parser.value(out), parser.value(patient));
    if (!resources) {
        printError(resources.error().message);
        return 1;
    }
    printLine(QCoreApplication::translate("Cli", "%1 resources written to %2.")
                  .arg(resources.value())
                  .arg(parser.value(out)));
    return 0;
}

int runBackup(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("Cli", "The backup file to write."),
                                 QStringLiteral("FILE"));
    if (const int code =
            parseVerb(parser, arguments,
                      QCoreApplication::translate(
                          "Cli", "Writes a consistent, checked copy of the database, even while "
                                 "it is in use."),
                      {kDatabase, out}, {kDatabase, out}, 1);
        code >= 0)
        return code;
    // A damaged file is refused: a backup of it would keep the damage.
    auto db = openSignedIn(parser.value(kDatabase), Permission::ExportData, true);
    if (!db) {
        printError(db.error().message);
        return 1;
    }
    if (auto made = backup::create(*db.value(), parser.value(out)); !made) {
        printError(made.error().message);
        return 1;
    }
    printLine(QCoreApplication::translate("Cli", "Backup written to %1.").arg(parser.value(out)));
    // The head the backup saw is an anchor here too (and inside the backup).
    if (auto anchored = anchors::recordHead(*db.value(), QStringLiteral("backup")); !anchored)
        printError(QCoreApplication::translate("Cli", "The audit anchor was not recorded: %1")
                       .arg(anchored.error().message));
    return 0;
}

namespace {

// Who restores: an administrator of the current database, or, when it is missing or cannot be
// read (what a restore is for), of the backup (signed in on a private copy of it).
struct Restorer
{
    QString name;                       // the administrator's
    QString practiceId;                 // the current database's (empty when unreadable)
    std::shared_ptr<const Clock> clock; // of the database signed in to: the restore's "now"
};

Result<Restorer> signInToRestore(const QString &database, const QString &from)
{
    if (QFileInfo(database).isFile()) {
        auto current = openSignedIn(database, Permission::Restore);
        if (current) {
            auto practice = PracticeRepository(*current.value()).practiceId();
            return Restorer{current.value()->session()->name,
                            practice ? practice.value() : QString(),
                            current.value()->sharedClock()};
        }
        if (current.error().kind == Error::Kind::Permission)
            return current.error();
    }
    // Only a regular file is copied: a pipe or a device would be read without end.
    auto source = openRegularFile(from, std::numeric_limits<qint64>::max());
    if (!source)
        return source.error();
    QTemporaryDir folder;
    const QString copy = folder.filePath(QStringLiteral("sign-in.sqlite"));
    QFile target(copy);
    bool copied = folder.isValid() && target.open(QIODevice::WriteOnly);
    for (QByteArray piece; copied && !(piece = source.value()->read(1 << 20)).isEmpty();)
        copied = target.write(piece) == piece.size();
    copied = copied && source.value()->error() == QFileDevice::NoError && target.flush();
    target.close();
    if (!copied)
        return Error::storage(
            QCoreApplication::translate("Cli", "Cannot read %1 to sign in to it.").arg(from));
    auto backup = openSignedIn(copy, Permission::Restore);
    if (!backup)
        return backup.error();
    return Restorer{backup.value()->session()->name, QString(), backup.value()->sharedClock()};
}

} // namespace

int runRestore(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"),
                                  QCoreApplication::translate("Cli", "The backup file to restore."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption otherPractice(
        QStringLiteral("other-practice"),
        QCoreApplication::translate(
            "Cli", "Restore a backup of another practice, named by its practice id (or \"%1\" "
                   "for a backup from before practice ids).")
            .arg(QString::fromLatin1(restore::kUnknownPractice)),
        QStringLiteral("ID"));
    if (const int code = parseVerb(
            parser, arguments,
            QCoreApplication::translate(
                "Cli", "Replaces the database with a backup, as an administrator (TRICHOLOG_USER "
                       "and TRICHOLOG_PASSWORD), after checking the backup's integrity, schema "
                       "version, audit trail, triggers and practice; the current file is kept "
                       "aside and the restore is written to the restored trail. Close Tricholog "
                       "on every workstation first."),
            {kDatabase, from, otherPractice}, {kDatabase, from}, 1);
        code >= 0)
        return code;
    const auto who = signInToRestore(parser.value(kDatabase), parser.value(from));
    if (!who) {
        printError(who.error().message);
        return 1;
    }
    restore::Request request;
    request.databasePath = parser.value(kDatabase);
    request.from = parser.value(from);
    request.user = who.value().name;
    request.currentPracticeId = who.value().practiceId;
    request.acceptPractice = parser.value(otherPractice);
    request.now = who.value().clock->now();
    const auto aside = restore::run(request);
    if (!aside) {
        printError(aside.error().message);
        return 1;
    }
    printLine(aside.value().isEmpty()
                  ? QCoreApplication::translate("Cli", "Restored %1 from %2.")
                        .arg(parser.value(kDatabase), parser.value(from))
                  : QCoreApplication::translate(
                        "Cli", "Restored %1 from %2; the previous file is kept at %3.")
                        .arg(parser.value(kDatabase), parser.value(from), aside.value()));
    return 0;
}

int runInit(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption admin(
        QStringLiteral("admin"),
        QCoreApplication::translate("Cli", "User name of the administrator."),
        QStringLiteral("NAME"));
    if (const int code =
            parseVerb(parser, arguments,
                      QCoreApplication::translate(
                          "Cli", "Creates a new database with its administrator; the password "
                                 "comes from TRICHOLOG_PASSWORD."),
                      {kDatabase, admin}, {kDatabase, admin}, 1);
        code >= 0)
        return code;
    const QString password = qEnvironmentVariable("TRICHOLOG_PASSWORD");
    if (auto ok = UserRepository::checkPassword(password); !ok) {
        printError(
            QCoreApplication::translate("Cli", "TRICHOLOG_PASSWORD: %1").arg(ok.error().message));
        return 2;
    }
    // A failed init leaves no new file behind: SQLite makes the file (and its journal) as it
    // opens it, and they are removed again.
    QStringList absent;
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        if (nonRegularKind(parser.value(kDatabase) + suffix).isEmpty() &&
            !QFileInfo::exists(parser.value(kDatabase) + suffix))
            absent << parser.value(kDatabase) + suffix;
    auto removeMade = [&absent] {
        for (const QString &file : std::as_const(absent))
            QFile::remove(file);
    };
    auto db = Database::open(parser.value(kDatabase));
    if (!db) {
        printError(db.error().message);
        removeMade();
        return 1;
    }
    if (db.value()->hasAccounts()) {
        printError(QCoreApplication::translate(
                       "Cli", "%1 already has accounts; an administrator adds more in the "
                              "application.")
                       .arg(parser.value(kDatabase)));
        return 1;
    }
    const auto added =
        UserRepository(*db.value()).add(parser.value(admin), Role::Administrator, password);
    if (!added) {
        printError(added.error().message);
        db.value().reset(); // closed before its files are removed
        removeMade();
        return 1;
    }
    recordCreated(*db.value());
    printLine(QCoreApplication::translate("Cli", "%1 is ready; its administrator is %2.")
                  .arg(parser.value(kDatabase), parser.value(admin)));
    return 0;
}

int runMigrate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"),
                                  QCoreApplication::translate("Cli", "The SQLite database file."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption to(
        QStringLiteral("to"),
        QCoreApplication::translate("Cli", "The empty PostgreSQL database: "
                                           "postgresql://USER@HOST:PORT/DATABASE (its password "
                                           "from TRICHOLOG_DB_PASSWORD, or asked)."),
        QStringLiteral("URL"));
    if (const int code = parseVerb(
            parser, arguments,
            QCoreApplication::translate(
                "Cli", "Copies every record, photo, account and audit entry of an SQLite "
                       "database into an empty PostgreSQL database, in one transaction, then "
                       "checks the row counts and the audit chain. Signs in to the file as an "
                       "administrator."),
            {from, to}, {from, to}, 1);
        code >= 0)
        return code;
    if (!Database::isServerUrl(parser.value(to))) {
        printError(
            QCoreApplication::translate("Cli", "--to must be a postgresql:// address, not \"%1\".")
                .arg(quoteValue(parser.value(to))));
        return 2;
    }
    auto source = openSignedIn(parser.value(from), Permission::ManageUsers, true);
    if (!source) {
        printError(source.error().message);
        return 1;
    }
    auto target = Database::open(parser.value(to), {}, serverPassword(parser.value(to)));
    if (!target) {
        printError(target.error().message);
        return 1;
    }
    const auto copied = copyDatabase(*source.value(), *target.value());
    if (!copied) {
        printError(copied.error().message);
        return 1;
    }
    recordCreated(*target.value()); // a new database at that address
    printLine(copied.value().text());
    return 0;
}

} // namespace tricholog
