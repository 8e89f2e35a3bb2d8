#include "app/verbs/ReportVerb.h"

#include "app/verbs/VerbSupport.h"
#include "core/io/SafeIo.h"
#include "core/security/Anchors.h"
#include "core/security/Disclosure.h"
#include "core/storage/Database.h"
#include "core/storage/PatientRecordLoader.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/PhotoRepository.h"
#include "core/storage/PracticeRepository.h"
#include "ui/report/ProgressReport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>

namespace tricholog {

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Writes a patient's progress report as PDF."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("report"),
                                 QCoreApplication::translate("Cli", "The verb."));
    const QCommandLineOption database(QStringLiteral("database"),
                                      QCoreApplication::translate("Cli", "Database file."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption patient(QStringLiteral("patient"),
                                     QCoreApplication::translate("Cli", "Patient MRN."),
                                     QStringLiteral("MRN"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    QCoreApplication::translate("Cli", "Output .pdf file."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption from(
        QStringLiteral("from"),
        QCoreApplication::translate("Cli", "First day of the period (YYYY-MM-DD)."),
        QStringLiteral("DATE"));
    const QCommandLineOption to(
        QStringLiteral("to"),
        QCoreApplication::translate("Cli", "Last day of the period (YYYY-MM-DD)."),
        QStringLiteral("DATE"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("Cli", "Language of the report: en, de, fr or es."),
        QStringLiteral("LANG"));
    parser.addOptions({database, patient, output, from, to, lang});
    if (!parser.parse(arguments)) {
        printError(quoteValue(parser.errorText())); // an unknown option is echoed
        return 2;
    }
    if (const int twice =
            refuseRepeatedOptions(parser, {database, patient, output, from, to, lang}, arguments);
        twice >= 0)
        return twice;
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        return 0;
    }
    for (const auto &required : {database, patient, output}) {
        if (!parser.isSet(required)) {
            printError(QStringLiteral("report needs --%1.").arg(required.names().first()));
            return 2;
        }
    }
    ReportOptions options;
    for (const auto &[option, target] :
         {std::pair{from, &options.from}, std::pair{to, &options.to}}) {
        if (!parser.isSet(option))
            continue;
        *target = QDate::fromString(parser.value(option), Qt::ISODate);
        if (!target->isValid()) {
            printError(QCoreApplication::translate(
                           "Cli", "--%1: \"%2\" is not a date (expected YYYY-MM-DD).")
                           .arg(option.names().first(), quoteValue(parser.value(option))));
            return 2;
        }
    }
    if (options.from.isValid() && options.to.isValid() && options.from > options.to) {
        printError(QStringLiteral("--from %1 is after --to %2.")
                       .arg(options.from.toString(Qt::ISODate), options.to.toString(Qt::ISODate)));
        return 2;
    }
    const QString out = parser.value(output);
    if (!out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        printError(QCoreApplication::translate("Cli", "--output must end in .pdf: \"%1\".")
                       .arg(quoteValue(out)));
        return 2;
    }
    if (auto allowed = checkOutputPath(out); !allowed) {
        printError(allowed.error().message);
        return 1;
    }
    auto db = openSignedIn(parser.value(database), Permission::ExportReports);
    if (!db) {
        printError(db.error().message);
        return 1;
    }
    Database &opened = *db.value();
    const auto found = PatientRepository(opened).findByMrn(parser.value(patient));
    const auto record =
        found ? loadPatientRecord(opened, found.value().id) : Result<PatientRecord>(found.error());
    if (!record) {
        printError(record.error().message);
        return 1;
    }
    options.photoImage = [&opened](qint64 id) {
        return PhotoRepository(opened).display(id);
    };
    options.settings = AppSettings::load(QSettings());
    if (auto practice = PracticeRepository(opened).load())
        options.settings.applyPractice(practice.value());
    options.reportDate = opened.clock().today();
    if (auto head = anchors::head(opened, QStringLiteral("report")))
        options.auditAnchor = head.value().shortText();
    const ProgressReport report(record.value(), options);
    const auto pages = report.writePdf(out);
    if (!pages) {
        printError(pages.error().message);
        return 1;
    }
    if (auto disclosed =
            recordDisclosure(opened, DisclosureKind::PdfReport, {record.value().patient.id}, out);
        !disclosed) {
        printError(disclosed.error().message);
        return 1;
    }
    printLine(QStringLiteral("%1 (%2 %3)")
                  .arg(out, QString::number(pages.value()),
                       pages.value() == 1 ? QStringLiteral("page") : QStringLiteral("pages")));
    return 0;
}

} // namespace tricholog
