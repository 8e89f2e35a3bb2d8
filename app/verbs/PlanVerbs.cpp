#include "app/verbs/PlanVerbs.h"

#include "app/verbs/VerbSupport.h"
#include "core/AppSettings.h"
#include "core/io/SafeIo.h"
#include "core/storage/Database.h"
#include "core/storage/PatientRecordLoader.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/RecallQuery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>

namespace tricholog {

namespace {

QCommandLineOption option(const char *name, const char *help, const char *value)
{
    return QCommandLineOption(QLatin1String(name), QCoreApplication::translate("Cli", help),
                              QLatin1String(value));
}

} // namespace

int runRecall(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption database = option("database", "Database file.", "PATH");
    const QCommandLineOption within =
        option("due-within-days", "Visits due within this many days (default 7).", "N");
    const QCommandLineOption overdue(QStringLiteral("overdue"),
                                     QCoreApplication::translate("Cli", "Only overdue visits."));
    const QCommandLineOption output = option("output", "Output file, .csv.", "FILE");
    if (const int done = parseVerb(
            parser, arguments,
            QCoreApplication::translate("Cli", "Writes the recall list: patients whose planned "
                                               "visit is due or overdue."),
            {database, within, overdue, output}, {database, output}, 1);
        done >= 0)
        return done;
    RecallOptions o;
    o.overdueOnly = parser.isSet(overdue);
    if (parser.isSet(within)) {
        bool ok = false;
        o.dueWithinDays = parser.value(within).toInt(&ok);
        if (!ok || o.dueWithinDays < 0 || o.dueWithinDays > 3650) {
            printError(QCoreApplication::translate(
                           "Cli", "--due-within-days: \"%1\" is not a whole number of days from 0 "
                                  "to 3650.")
                           .arg(quoteValue(parser.value(within))));
            return 2;
        }
    }
    const QString out = parser.value(output);
    if (!out.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        printError(QCoreApplication::translate("Cli", "--output must end in .csv: \"%1\".")
                       .arg(quoteValue(out)));
        return 2;
    }
    // The front desk's list: anyone who enters sessions, assistants included.
    auto db = openSignedIn(parser.value(database), Permission::EditSessions);
    if (!db) {
        printError(db.error().message);
        return 1;
    }
    o.today = db.value()->clock().today();
    o.tolerance = AppSettings::load(QSettings()).planTolerance(); // as the windows have it
    auto rows = loadRecall(*db.value(), o);
    if (!rows) {
        printError(rows.error().message);
        return 1;
    }
    if (auto written = writeRecallCsv(*db.value(), rows.value(), out); !written) {
        printError(written.error().message);
        return 1;
    }
    printLine(QCoreApplication::translate("Cli", "%1 patients to call, %2 of them overdue.")
                  .arg(rows.value().size())
                  .arg(std::count_if(rows.value().begin(), rows.value().end(),
                                     [](const RecallRow &r) { return r.daysOverdue > 0; })));
    return 0;
}

namespace {

int runPlanIcs(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption database = option("database", "Database file.", "PATH");
    const QCommandLineOption patient = option("patient", "Patient MRN.", "MRN");
    const QCommandLineOption output = option("output", "Output file, .ics.", "FILE");
    if (const int done =
            parseVerb(parser, arguments,
                      QCoreApplication::translate("Cli", "Writes a patient's planned visits as an "
                                                         "iCalendar file."),
                      {database, patient, output}, {database, patient, output}, 2);
        done >= 0)
        return done;
    const QString out = parser.value(output);
    if (!out.endsWith(QLatin1String(".ics"), Qt::CaseInsensitive)) {
        printError(QCoreApplication::translate("Cli", "--output must end in .ics: \"%1\".")
                       .arg(quoteValue(out)));
        return 2;
    }
    auto db = openSignedIn(parser.value(database), Permission::EditSessions);
    if (!db) {
        printError(db.error().message);
        return 1;
    }
    Database &opened = *db.value();
    const auto found = PatientRepository(opened).findByMrn(parser.value(patient));
    if (!found) {
        printError(found.error().message);
        return 1;
    }
    const qint64 id = found.value().id;
    auto plans = PlanRepository(opened).plansOf(id);
    if (!plans) {
        printError(plans.error().message);
        return 1;
    }
    if (plans.value().isEmpty()) {
        printError(QCoreApplication::translate("Cli", "%1 has no treatment plan.")
                       .arg(parser.value(patient)));
        return 1;
    }
    const TreatmentPlan &current = plans.value().last();
    const auto record = loadPatientRecord(opened, id);
    if (!record) {
        printError(record.error().message);
        return 1;
    }
    const PlanProgress progress =
        planProgress(current, record.value(), AppSettings::load(QSettings()).planTolerance(),
                     opened.clock().today());
    const auto events = writePlanCalendar(opened, progress, out);
    if (!events) {
        printError(events.error().message);
        return 1;
    }
    printLine(QCoreApplication::translate("Cli", "%1 planned visits written to %2.")
                  .arg(events.value())
                  .arg(out));
    return 0;
}

} // namespace

int runPlan(const QStringList &arguments)
{
    if (arguments.value(2) == QLatin1String("ics"))
        return runPlanIcs(arguments);
    printError(QCoreApplication::translate(
        "Cli", "plan needs a sub-command: tricholog plan ics ... (see --help)."));
    return 2;
}

} // namespace tricholog
