#include "DataCommands.h"

#include "CommandSupport.h"
#include "io/CsvExporter.h"
#include "io/CsvImporter.h"
#include "io/FhirExporter.h"
#include "security/AuditLog.h"
#include "security/UserRepository.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/EngineCopy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

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
    if (format != QLatin1String("csv") && format != QLatin1String("fhir")) {
        printError(QCoreApplication::translate(
                       "Cli", "export needs a format: tricholog export csv|fhir ... (not \"%1\").")
                       .arg(format));
        return 2;
    }
    if (const int code = parseVerb(
            parser, arguments,
            format == QLatin1String("csv")
                ? QCoreApplication::translate(
                      "Cli", "Writes patients.csv, diagnoses.csv, sessions.csv and "
                             "measurements.csv, readable by tricholog import.")
                : QCoreApplication::translate("Cli", "Writes an HL7 FHIR R4 Bundle (JSON)."),
            {kDatabase, out, patient}, {kDatabase, out}, 2);
        code >= 0)
        return code;
    auto db = openSignedIn(parser.value(kDatabase), Permission::ExportData);
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
    auto db = openSignedIn(parser.value(kDatabase), Permission::ExportData);
    if (!db) {
        printError(db.error().message);
        return 1;
    }
    if (auto made = backup::create(*db.value(), parser.value(out)); !made) {
        printError(made.error().message);
        return 1;
    }
    printLine(QCoreApplication::translate("Cli", "Backup written to %1.").arg(parser.value(out)));
    return 0;
}

int runRestore(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"),
                                  QCoreApplication::translate("Cli", "The backup file to restore."),
                                  QStringLiteral("FILE"));
    if (const int code =
            parseVerb(parser, arguments,
                      QCoreApplication::translate(
                          "Cli", "Replaces the database with a backup after checking the "
                                 "backup's integrity and schema version; the current file is "
                                 "kept aside. Close Tricholog on every workstation first."),
                      {kDatabase, from}, {kDatabase, from}, 1);
        code >= 0)
        return code;
    const auto aside =
        backup::restore(parser.value(kDatabase), parser.value(from), QDateTime::currentDateTime());
    if (!aside) {
        printError(aside.error().message);
        return 1;
    }
    // Opening it migrates an older backup to this version's schema (with its own copy first).
    auto db = Database::open(parser.value(kDatabase));
    if (!db) {
        printError(db.error().message);
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
    auto db = Database::open(parser.value(kDatabase));
    if (!db) {
        printError(db.error().message);
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
        return 1;
    }
    printLine(QCoreApplication::translate("Cli", "%1 is ready; its administrator is %2.")
                  .arg(parser.value(kDatabase), parser.value(admin)));
    return 0;
}

int runAudit(const QStringList &arguments)
{
    if (arguments.value(2) != QLatin1String("verify")) {
        printError(QCoreApplication::translate(
            "Cli", "audit needs a sub-command: tricholog audit verify --database PATH."));
        return 2;
    }
    QCommandLineParser parser;
    if (const int code =
            parseVerb(parser, arguments,
                      QCoreApplication::translate(
                          "Cli", "Checks the audit trail's hash chain and reports the first "
                                 "broken link."),
                      {kDatabase}, {kDatabase}, 2);
        code >= 0)
        return code;
    auto db = openSignedIn(parser.value(kDatabase), Permission::ViewAudit);
    if (!db) {
        printError(db.error().message);
        return 1;
    }
    const auto v = AuditLog(*db.value()).verify();
    if (!v) {
        printError(v.error().message);
        return 1;
    }
    if (!v.value().intact()) {
        printError(QCoreApplication::translate("Cli", "the audit trail is broken at entry %1: %2.")
                       .arg(v.value().firstBrokenId)
                       .arg(v.value().reason));
        return 1;
    }
    printLine(QCoreApplication::translate(
                  "Cli", "The audit trail is intact: %1 entries, each linked to the one "
                         "before.")
                  .arg(v.value().records));
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
                .arg(parser.value(to)));
        return 2;
    }
    auto source = openSignedIn(parser.value(from), Permission::ManageUsers);
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
    printLine(copied.value().text());
    return 0;
}

} // namespace tricholog
