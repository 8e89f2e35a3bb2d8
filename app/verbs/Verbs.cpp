#include "app/verbs/Verbs.h"

#include "app/verbs/AnalysisVerbs.h"
#include "app/verbs/ChartVerb.h"
#include "app/verbs/DataVerbs.h"
#include "app/verbs/OutcomesVerb.h"
#include "app/verbs/PhotoVerbs.h"
#include "app/verbs/PlanVerbs.h"
#include "app/verbs/ReportVerb.h"
#include "app/verbs/VerbSupport.h"
#include "core/demo/DemoGenerator.h"
#include "core/io/SafeIo.h"
#include "core/security/Anchors.h"
#include "core/security/UserRepository.h"
#include "core/storage/Database.h"
#include "core/storage/PatientRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <cstdio>

namespace tricholog {

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "tricholog: %s\n", qUtf8Printable(message));
}

void print(const QString &text)
{
    std::fprintf(stdout, "%s\n", qUtf8Printable(text));
}

QString overview()
{
    return QCoreApplication::translate(
               "Cli",
               "Tricholog %1: hair-loss clinic records, microneedling sessions and regrowth "
               "reports.\n\n"
               "Usage:\n"
               "  tricholog [--database PATH] [--demo] [--lang LANG]\n"
               "                                          start the application\n"
               "  tricholog demo --database PATH [--patients N] [--seed S] [--admin NAME]\n"
               "                                          create a database of generated demo "
               "patients\n"
               "  tricholog chart --database PATH --patient MRN --metric KEY [--percent]\n"
               "                  --output FILE.png|FILE.svg [--size WIDTHxHEIGHT] [--lang LANG]\n"
               "                                          render a patient's progress chart\n"
               "  tricholog outcomes --database PATH --metric KEY [--site KEY] [--at-weeks N]\n"
               "                     [--window-weeks W] [--by none|device|needle|diagnosis|\n"
               "                     adjunct:KEY|adherence] [--responder-pct P] [--from DATE]\n"
               "                     [--to DATE]\n"
               "                     --output FILE.csv|FILE.pdf\n"
               "                                          the clinic's outcomes across patients\n"
               "  tricholog recall --database PATH [--due-within-days N] [--overdue]\n"
               "                   --output FILE.csv\n"
               "                                          the patients to call: visits due or "
               "overdue\n"
               "  tricholog plan ics --database PATH --patient MRN --output FILE.ics\n"
               "                                          a patient's planned visits (iCalendar)\n"
               "  tricholog report --database PATH --patient MRN --output FILE.pdf\n"
               "                   [--from DATE] [--to DATE] [--lang LANG]\n"
               "                                          write a patient's progress report (PDF)\n"
               "  tricholog report --database PATH --all | --patients FILE --out-dir DIR\n"
               "                   [--from DATE] [--to DATE]\n"
               "                                          one report per patient: DIR/MRN.pdf\n"
               "  tricholog analyse --image FILE --um-per-px X [--field x,y,w,h | --circle "
               "cx,cy,r]\n"
               "                    [--terminal-from-um T] [--vellus-below-um V]\n"
               "                    --output FILE.json [--overlay FILE.png]\n"
               "                                          count and measure the hairs in a "
               "trichoscopy image\n"
               "  tricholog calibrate --image FILE --division-mm 0.1|1\n"
               "                                          a device's micrometres per pixel from "
               "a ruler image\n"
               "  tricholog import --database PATH [--patients F.csv] [--diagnoses F.csv]\n"
               "                   [--sessions F.csv] [--measurements F.csv]\n"
               "                                          import CSV files, all or nothing\n"
               "  tricholog export csv --database PATH --out DIR [--patient MRN]\n"
               "  tricholog export fhir --database PATH --out FILE.json [--patient MRN]\n"
               "                                          export CSV files or an HL7 FHIR R4 "
               "Bundle\n"
               "  tricholog init --database PATH --admin NAME\n"
               "                                          a new database and its administrator\n"
               "  tricholog audit verify --database PATH [--anchor FILE]...\n"
               "                                          check the audit trail: chain, triggers,\n"
               "                                          rows, and its head against anchors\n"
               "  tricholog photos import --database PATH --patient MRN --date DATE --view KEY\n"
               "                   [--site KEY] [--magnification N] [--notes TEXT] FILE...\n"
               "                                          attach photos to the session of that "
               "date\n"
               "  tricholog photos verify --database PATH [--patient MRN]\n"
               "                                          check every original photo's checksum\n"
               "  tricholog migrate --from FILE --to postgresql://USER@HOST:PORT/DATABASE\n"
               "                                          move a practice to a PostgreSQL "
               "server\n"
               "  tricholog backup --database PATH --out FILE\n"
               "  tricholog restore --database PATH --from FILE [--other-practice ID]\n"
               "                                          a checked copy of the database; "
               "restore one\n"
               "  tricholog server grant --database postgresql://OWNER@HOST/DB --role NAME\n"
               "                                          let an application role work in a "
               "server database\n"
               "  tricholog --version | --help\n\n"
               "Every verb but demo, init, server, analyse and calibrate signs in with the "
               "environment "
               "variables\n"
               "TRICHOLOG_USER and TRICHOLOG_PASSWORD.\n\n"
               "Without --database the application opens (or creates) %2.")
        .arg(QCoreApplication::applicationVersion(), Database::defaultPath());
}

int runDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Creates a database filled with generated, fictitious "
                                           "patients. The same seed gives the same data."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("demo"),
                                 QCoreApplication::translate("Cli", "The verb."));
    const QCommandLineOption database(
        QStringLiteral("database"),
        QCoreApplication::translate("Cli", "The database file to create or fill."),
        QCoreApplication::translate("Cli", "PATH"));
    const QCommandLineOption patients(
        QStringLiteral("patients"),
        QCoreApplication::translate("Cli", "Number of patients (default 40)."),
        QCoreApplication::translate("Cli", "N"), QStringLiteral("40"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QCoreApplication::translate("Cli", "Random seed (default 2013)."),
                                  QCoreApplication::translate("Cli", "S"), QStringLiteral("2013"));
    const QCommandLineOption admin(
        QStringLiteral("admin"),
        QCoreApplication::translate("Cli", "Also add an administrator of this name (password from "
                                           "TRICHOLOG_PASSWORD)."),
        QStringLiteral("NAME"));
    parser.addOptions({database, patients, seed, admin});
    if (!parser.parse(arguments)) {
        printError(quoteValue(parser.errorText())); // an unknown option is echoed
        return 2;
    }
    if (const int twice =
            refuseRepeatedOptions(parser, {database, patients, seed, admin}, arguments);
        twice >= 0)
        return twice;
    if (parser.isSet(QStringLiteral("help"))) {
        print(parser.helpText());
        return 0;
    }
    if (!parser.isSet(database)) {
        printError(QCoreApplication::translate("Cli", "demo needs --database PATH."));
        return 2;
    }
    bool okCount = false, okSeed = false;
    DemoOptions options;
    options.patients = parser.value(patients).toInt(&okCount);
    options.seed = parser.value(seed).toUInt(&okSeed);
    if (!okCount || options.patients < 1 || options.patients > 100000) {
        printError(QCoreApplication::translate(
                       "Cli", "--patients must be a whole number from 1 to 100000, not \"%1\".")
                       .arg(quoteValue(parser.value(patients))));
        return 2;
    }
    if (!okSeed) {
        printError(QCoreApplication::translate(
                       "Cli", "--seed must be a non-negative whole number, not \"%1\".")
                       .arg(quoteValue(parser.value(seed))));
        return 2;
    }
    auto db = Database::open(parser.value(database));
    if (!db) {
        printError(db.error().message);
        return 1;
    }
    if (PatientRepository(*db.value()).count(true) != 0 || db.value()->hasAccounts()) {
        printError(
            QCoreApplication::translate(
                "Cli",
                "%1 already holds patients or accounts; the demo is only written into an empty "
                "database.")
                .arg(parser.value(database)));
        return 1;
    }
    QString adminPassword;
    if (parser.isSet(admin)) {
        adminPassword = qEnvironmentVariable("TRICHOLOG_PASSWORD");
        if (auto ok = UserRepository::checkPassword(adminPassword); !ok) {
            printError(QCoreApplication::translate("Cli", "TRICHOLOG_PASSWORD: %1")
                           .arg(ok.error().message));
            return 2;
        }
    }
    const auto summary = generateDemo(*db.value(), options);
    if (!summary) {
        printError(summary.error().message);
        return 1;
    }
    recordCreated(*db.value());
    if (parser.isSet(admin)) {
        UserRepository users(*db.value());
        if (auto in = users.signIn(QString::fromLatin1(kDemoAdministrator.name),
                                   QString::fromLatin1(kDemoAdministrator.password));
            !in) {
            printError(in.error().message);
            return 1;
        }
        if (auto added = users.add(parser.value(admin), Role::Administrator, adminPassword);
            !added) {
            printError(added.error().message);
            return 1;
        }
    }
    print(QCoreApplication::translate("Cli", "Created %1 patients, %2 diagnoses, %3 sessions, %4 "
                                             "measurements, %5 outcomes and %6 photos in %7.")
              .arg(summary.value().patients)
              .arg(summary.value().diagnoses)
              .arg(summary.value().sessions)
              .arg(summary.value().measurements)
              .arg(summary.value().outcomes)
              .arg(summary.value().photos)
              .arg(db.value()->isServer() ? db.value()->path()
                                          : QFileInfo(parser.value(database)).absoluteFilePath()));
    return 0;
}

} // namespace

void GuiOptions::addTo(QCommandLineParser &parser)
{
    parser.setApplicationDescription(overview());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("database"),
         QCoreApplication::translate(
             "Cli", "Open this database file (created if missing), or a PostgreSQL server's "
                    "database: postgresql://USER@HOST:PORT/DATABASE (the password is asked for, "
                    "or taken from TRICHOLOG_DB_PASSWORD)."),
         QCoreApplication::translate("Cli", "PATH")});
    parser.addOption(
        {QStringLiteral("demo"),
         QCoreApplication::translate(
             "Cli", "Open the demo database of generated patients (created on first use).")});
    parser.addOption(
        {QStringLiteral("lang"),
         QCoreApplication::translate(
             "Cli", "Language of the interface and reports: en, de, fr or es (default: the "
                    "system's)."),
         QStringLiteral("LANG")});
}

GuiOptions GuiOptions::from(const QCommandLineParser &parser)
{
    GuiOptions options;
    options.databasePath = parser.value(QStringLiteral("database"));
    options.demo = parser.isSet(QStringLiteral("demo"));
    return options;
}

Result<std::unique_ptr<Database>> openForGui(const GuiOptions &options)
{
    QString path = options.databasePath;
    if (path.isEmpty())
        path = options.demo ? Database::defaultDemoPath() : Database::defaultPath();
    auto db = Database::open(path, {}, options.password);
    if (!db || !options.demo)
        return db;
    if (PatientRepository(*db.value()).count(true) == 0) {
        const bool created = !db.value()->hasAccounts();
        const auto summary = generateDemo(*db.value(), DemoOptions{});
        if (!summary)
            return summary.error();
        if (created)
            recordCreated(*db.value());
    }
    return db;
}

void recordCreated(const Database &db)
{
    if (auto anchored = anchors::recordHead(db, QString::fromLatin1(anchors::kCreated)); !anchored)
        std::fprintf(stderr, "tricholog: %s\n",
                     qUtf8Printable(
                         QCoreApplication::translate("Cli", "The audit anchor was not recorded: %1")
                             .arg(anchored.error().message)));
}

bool isHeadlessVerb(const QByteArray &verb)
{
    return verb == "demo" || verb == "init" || verb == "import" || verb == "export" ||
           verb == "backup" || verb == "restore" || verb == "audit" || verb == "photos" ||
           verb == "migrate" || verb == "server" || verb == "calibrate" || verb == "outcomes" ||
           verb == "recall" || verb == "plan" || needsWidgets(verb);
}

bool needsWidgets(const QByteArray &verb)
{
    // analyse: its overlay numbers the hairs with a font; outcomes: its PDF draws charts.
    return verb == "chart" || verb == "report" || verb == "analyse" || verb == "outcomes";
}

int runHeadless(const QStringList &arguments)
{
    const QString verb = arguments.value(1);
    if (verb == QLatin1String("demo"))
        return runDemo(arguments);
    if (verb == QLatin1String("chart"))
        return runChart(arguments);
    if (verb == QLatin1String("report"))
        return runReport(arguments);
    if (verb == QLatin1String("analyse"))
        return runAnalyse(arguments);
    if (verb == QLatin1String("calibrate"))
        return runCalibrate(arguments);
    if (verb == QLatin1String("outcomes"))
        return runOutcomes(arguments);
    if (verb == QLatin1String("recall"))
        return runRecall(arguments);
    if (verb == QLatin1String("plan"))
        return runPlan(arguments);
    if (verb == QLatin1String("import"))
        return runImport(arguments);
    if (verb == QLatin1String("export"))
        return runExport(arguments);
    if (verb == QLatin1String("backup"))
        return runBackup(arguments);
    if (verb == QLatin1String("restore"))
        return runRestore(arguments);
    if (verb == QLatin1String("init"))
        return runInit(arguments);
    if (verb == QLatin1String("audit"))
        return runAudit(arguments);
    if (verb == QLatin1String("photos"))
        return runPhotos(arguments);
    if (verb == QLatin1String("migrate"))
        return runMigrate(arguments);
    if (verb == QLatin1String("server"))
        return runServer(arguments);

    // Only --help / --version reach here.
    QCommandLineParser parser;
    GuiOptions::addTo(parser);
    parser.process(arguments); // prints help or version and exits
    return 0;
}

} // namespace tricholog
