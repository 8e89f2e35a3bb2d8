#include "app/verbs/ChartVerb.h"

#include "app/verbs/VerbSupport.h"
#include "core/io/SafeIo.h"
#include "core/model/Keys.h"
#include "core/security/Disclosure.h"
#include "core/storage/Database.h"
#include "core/storage/PatientRecordLoader.h"
#include "core/storage/PatientRepository.h"
#include "ui/charts/ChartRenderer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace tricholog {

int runChart(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Renders a patient's progress chart to a PNG or SVG file."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("chart"),
                                 QCoreApplication::translate("Cli", "The verb."));
    const QCommandLineOption database(QStringLiteral("database"),
                                      QCoreApplication::translate("Cli", "Database file."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption patient(QStringLiteral("patient"),
                                     QCoreApplication::translate("Cli", "Patient MRN."),
                                     QStringLiteral("MRN"));
    const QCommandLineOption metric(QStringLiteral("metric"),
                                    QCoreApplication::translate("Cli", "Metric: %1.")
                                        .arg(allKeys<Metric>().join(QStringLiteral(", "))),
                                    QStringLiteral("KEY"));
    const QCommandLineOption percent(
        QStringLiteral("percent"),
        QCoreApplication::translate("Cli", "Plot the % change from baseline."));
    const QCommandLineOption output(
        QStringLiteral("output"), QCoreApplication::translate("Cli", "Output file, .png or .svg."),
        QStringLiteral("FILE"));
    const QCommandLineOption size(
        QStringLiteral("size"),
        QCoreApplication::translate("Cli", "Image size in pixels (default 1600x1000)."),
        QStringLiteral("WIDTHxHEIGHT"), QStringLiteral("1600x1000"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("Cli", "Language of the labels: en, de, fr or es."),
        QStringLiteral("LANG"));
    parser.addOptions({database, patient, metric, percent, output, size, lang});
    if (!parser.parse(arguments)) {
        printError(quoteValue(parser.errorText())); // an unknown option is echoed
        return 2;
    }
    if (const int twice = refuseRepeatedOptions(
            parser, {database, patient, metric, percent, output, size, lang}, arguments);
        twice >= 0)
        return twice;
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        return 0;
    }
    for (const auto &required : {database, patient, metric, output}) {
        if (!parser.isSet(required)) {
            printError(QStringLiteral("chart needs --%1.").arg(required.names().first()));
            return 2;
        }
    }
    const auto key = fromKey<Metric>(parser.value(metric));
    if (!key) {
        printError(QCoreApplication::translate("Cli", "unknown metric \"%1\"; use one of: %2.")
                       .arg(quoteValue(parser.value(metric)),
                            allKeys<Metric>().join(QStringLiteral(", "))));
        return 2;
    }
    static const QRegularExpression sizePattern(QStringLiteral(R"(^(\d{2,5})x(\d{2,5})$)"));
    const auto match = sizePattern.match(parser.value(size));
    const int width = match.hasMatch() ? match.captured(1).toInt() : 0;
    const int height = match.hasMatch() ? match.captured(2).toInt() : 0;
    if (width < 200 || height < 150 || width > 10000 || height > 10000) {
        printError(
            QCoreApplication::translate(
                "Cli", "--size must be WIDTHxHEIGHT between 200x150 and 10000x10000, not \"%1\".")
                .arg(quoteValue(parser.value(size))));
        return 2;
    }
    const QString out = parser.value(output);
    if (!ChartRenderer::isExportSuffix(out)) {
        printError(QCoreApplication::translate("Cli", "--output must end in .png or .svg: \"%1\".")
                       .arg(quoteValue(out)));
        return 2;
    }
    if (auto allowed = checkOutputPath(out); !allowed) {
        printError(allowed.error().message);
        return 1;
    }
    // A chart of a patient is patient data leaving the program: the report permission, and a
    // disclosure in the audit trail.
    auto db = openSignedIn(parser.value(database), Permission::ExportReports);
    if (!db) {
        printError(db.error().message);
        return 1;
    }
    const auto found = PatientRepository(*db.value()).findByMrn(parser.value(patient));
    const auto record = found ? loadPatientRecord(*db.value(), found.value().id)
                              : Result<PatientRecord>(found.error());
    if (!record) {
        printError(record.error().message);
        return 1;
    }
    const auto written =
        ChartRenderer::exportFile(out, record.value(), *key, parser.isSet(percent),
                                  QSize(width, height), db.value()->clock().today());
    if (!written) {
        printError(written.error().message);
        return 1;
    }
    if (auto disclosed = recordDisclosure(*db.value(), DisclosureKind::ChartImage,
                                          {record.value().patient.id}, out);
        !disclosed) {
        printError(disclosed.error().message);
        return 1;
    }
    return 0;
}

} // namespace tricholog
