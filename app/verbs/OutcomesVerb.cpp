#include "app/verbs/OutcomesVerb.h"

#include "app/verbs/VerbSupport.h"
#include "core/AppSettings.h"
#include "core/io/SafeIo.h"
#include "core/model/Keys.h"
#include "core/security/Anchors.h"
#include "core/security/Disclosure.h"
#include "core/storage/CohortQuery.h"
#include "core/storage/Database.h"
#include "ui/report/CohortReport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>

namespace tricholog {

namespace {

// The options as cohort::Options: 2 after saying what is wrong, else -1.
int readOptions(const QCommandLineParser &parser, cohort::Options &o)
{
    o.metric = parser.value(QStringLiteral("metric"));
    if (parser.isSet(QStringLiteral("site"))) {
        const auto site = fromKey<ScalpSite>(parser.value(QStringLiteral("site")));
        if (!site) {
            printError(QCoreApplication::translate("Cli", "unknown site \"%1\"; use one of: %2.")
                           .arg(quoteValue(parser.value(QStringLiteral("site"))),
                                allKeys<ScalpSite>().join(QStringLiteral(", "))));
            return 2;
        }
        o.site = *site;
    }
    for (const auto &[name, target] :
         {std::pair{"at-weeks", &o.atWeeks}, std::pair{"window-weeks", &o.windowWeeks}}) {
        if (!parser.isSet(QLatin1String(name)))
            continue;
        bool ok = false;
        *target = parser.value(QLatin1String(name)).toInt(&ok);
        if (!ok) {
            printError(
                QCoreApplication::translate("Cli", "--%1: \"%2\" is not a whole number.")
                    .arg(QLatin1String(name), quoteValue(parser.value(QLatin1String(name)))));
            return 2;
        }
    }
    if (parser.isSet(QStringLiteral("by")))
        o.by = parser.value(QStringLiteral("by"));
    o.responderPct = AppSettings::load(QSettings()).responderThresholdPercent;
    if (parser.isSet(QStringLiteral("responder-pct"))) {
        bool ok = false;
        o.responderPct = parser.value(QStringLiteral("responder-pct")).toDouble(&ok);
        if (!ok) {
            printError(
                QCoreApplication::translate("Cli", "--responder-pct: \"%1\" is not a number.")
                    .arg(quoteValue(parser.value(QStringLiteral("responder-pct")))));
            return 2;
        }
    }
    for (const auto &[name, target] : {std::pair{"from", &o.from}, std::pair{"to", &o.to}}) {
        if (!parser.isSet(QLatin1String(name)))
            continue;
        const QDate d = QDate::fromString(parser.value(QLatin1String(name)), Qt::ISODate);
        if (!d.isValid()) {
            printError(
                QCoreApplication::translate("Cli",
                                            "--%1: \"%2\" is not a date (expected YYYY-MM-DD).")
                    .arg(QLatin1String(name), quoteValue(parser.value(QLatin1String(name)))));
            return 2;
        }
        *target = d;
    }
    if (auto ok = cohort::check(o); !ok) {
        printError(ok.error().message);
        return 2;
    }
    return -1;
}

Result<void> writeReport(Database &db, const cohort::Options &o, const cohort::Outcomes &outcomes,
                         const QString &out)
{
    QString anchor;
    if (auto head = anchors::head(db, QStringLiteral("report")))
        anchor = head.value().shortText();
    const CohortReport report(o, outcomes, AppSettings::load(QSettings()), db.clock().today(),
                              anchor);
    if (auto pages = report.writePdf(out); !pages)
        return pages.error();
    return {};
}

} // namespace

int runOutcomes(const QStringList &arguments)
{
    QCommandLineParser parser;
    auto option = [](const char *name, const char *help, const char *value) {
        return QCommandLineOption(QLatin1String(name), QCoreApplication::translate("Cli", help),
                                  QLatin1String(value));
    };
    const QCommandLineOption database = option("database", "Database file.", "PATH");
    const QCommandLineOption metric = option("metric", "Measurement field key.", "KEY");
    const QCommandLineOption site = option("site", "Scalp site (default vertex).", "KEY");
    const QCommandLineOption atWeeks =
        option("at-weeks", "Follow-up time point (default 12).", "N");
    const QCommandLineOption window =
        option("window-weeks", "Window around the time point (default 4).", "W");
    const QCommandLineOption by = option(
        "by", "Groups: none, device, needle, diagnosis, adjunct:KEY, adherence.", "GROUPING");
    const QCommandLineOption responder =
        option("responder-pct", "Responder threshold in % (default: the settings').", "P");
    const QCommandLineOption from = option("from", "Baselines from this date.", "DATE");
    const QCommandLineOption to = option("to", "Baselines up to this date.", "DATE");
    const QCommandLineOption output =
        option("output", "Output file, .csv or .pdf (the cohort report).", "FILE");
    if (const int done = parseVerb(
            parser, arguments,
            QCoreApplication::translate("Cli", "Writes the clinic's outcomes across patients."),
            {database, metric, site, atWeeks, window, by, responder, from, to, output},
            {database, metric, output}, 1);
        done >= 0)
        return done;
    cohort::Options o;
    if (const int bad = readOptions(parser, o); bad >= 0)
        return bad;
    const QString out = parser.value(output);
    const bool pdf = out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    if (!pdf && !out.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        printError(QCoreApplication::translate("Cli", "--output must end in .csv or .pdf: \"%1\".")
                       .arg(quoteValue(out)));
        return 2;
    }
    if (auto allowed = checkOutputPath(out); !allowed) {
        printError(allowed.error().message);
        return 1;
    }
    // Outcomes across patients leave the program: the export permission, and a disclosure.
    auto db = openSignedIn(parser.value(database),
                           pdf ? Permission::ExportReports : Permission::ExportData);
    if (!db) {
        printError(db.error().message);
        return 1;
    }
    auto rows = loadCohortRows(*db.value(), o, AppSettings::load(QSettings()).planTolerance());
    if (!rows) {
        printError(rows.error().message);
        return 1;
    }
    const cohort::Outcomes outcomes = cohort::compute(rows.value(), o);
    if (auto written = pdf ? writeReport(*db.value(), o, outcomes, out)
                           : writeWholeFile(out, cohort::csv(outcomes));
        !written) {
        printError(written.error().message);
        return 1;
    }
    if (auto disclosed = recordDisclosureOfAll(
            *db.value(), pdf ? DisclosureKind::PdfReport : DisclosureKind::Csv,
            int(outcomes.patients.size()), out);
        !disclosed) {
        printError(disclosed.error().message);
        return 1;
    }
    printLine(QCoreApplication::translate("Cli", "%1 patients in %2 group(s); %3 without a "
                                                 "follow-up in the window.")
                  .arg(outcomes.patients.size())
                  .arg(outcomes.rows.size())
                  .arg(outcomes.excludedNoFollowUp));
    return 0;
}

} // namespace tricholog
