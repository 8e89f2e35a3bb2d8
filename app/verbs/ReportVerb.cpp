#include "app/verbs/ReportVerb.h"

#include "app/verbs/VerbSupport.h"
#include "core/io/SafeIo.h"
#include "core/security/Anchors.h"
#include "core/security/Disclosure.h"
#include "core/storage/Database.h"
#include "core/storage/PatientRecordLoader.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/PracticeRepository.h"
#include "ui/report/ProgressReport.h"
#include "ui/report/ReportBatch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSettings>
#include <QStringDecoder>

namespace tricholog {

namespace {

// The MRNs of a file, one a line (blank lines skipped, a repeated MRN written once), each with
// its line number. As spreadsheets save a column: UTF-8, or UTF-16 or UTF-32 with their
// byte-order mark ("Unicode text"), else Latin-1 (ISO 8859-1: Windows-1252's
// letters; its 80-9F signs are not read as such, and an MRN holds none); lines ended by CR LF, LF
// or CR alone.
Result<QList<ReportBatchEntry>> readMrnFile(const QString &path)
{
    constexpr qint64 kLimit = 16 * 1024 * 1024;
    auto bytes = readRegularFile(path, kLimit);
    if (!bytes)
        return bytes.error();
    QStringDecoder decode(
        QStringConverter::encodingForData(bytes.value()).value_or(QStringConverter::Utf8));
    QString text = decode(bytes.value());
    if (decode.hasError())
        text = QString::fromLatin1(bytes.value());
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    QList<ReportBatchEntry> entries;
    static const QRegularExpression lineEnd(QStringLiteral("\r\n|\r|\n"));
    const QStringList lines = text.split(lineEnd);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString mrn = lines.at(i).trimmed();
        if (!mrn.isEmpty())
            entries.append({0, mrn, int(i + 1)});
    }
    if (entries.isEmpty())
        return Error::storage(
            QCoreApplication::translate("Cli", "%1 names no patient (one MRN a line).").arg(path));
    return entries;
}

// --all or --patients FILE into --out-dir DIR: one sign-in, then ui/report's batch, the same
// code as the window's "reports of the listed patients".
// Refuses a mix of the one-report options (--patient, --output) and the batch options (--all,
// --patients, --out-dir), and a missing one of either form: 2 after saying what, else -1.
// `batch` tells which form was asked for.
int refuseReportUsage(const QCommandLineParser &parser, const QCommandLineOption &database,
                      const QCommandLineOption &patient, const QCommandLineOption &output,
                      const QCommandLineOption &all, const QCommandLineOption &patients,
                      const QCommandLineOption &outDir, bool &batch)
{
    // One report (--patient, --output) or a batch (--all or --patients, with --out-dir).
    batch = parser.isSet(all) || parser.isSet(patients) || parser.isSet(outDir);
    if (batch && (parser.isSet(patient) || parser.isSet(output))) {
        printError(QCoreApplication::translate(
            "Cli", "--patient and --output write one report; --all or --patients FILE with "
                   "--out-dir DIR write one per patient. Use one or the other."));
        return 2;
    }
    if (batch && parser.isSet(all) && parser.isSet(patients)) {
        printError(QCoreApplication::translate(
            "Cli", "--all and --patients cannot be used together: give one of them."));
        return 2;
    }
    if (batch && !parser.isSet(all) && !parser.isSet(patients)) {
        printError(QCoreApplication::translate(
            "Cli", "report --out-dir needs --all or --patients FILE (one MRN a line)."));
        return 2;
    }
    if (batch && !parser.isSet(outDir)) {
        printError(
            QCoreApplication::translate("Cli", "report --%1 needs --out-dir DIR.")
                .arg(parser.isSet(all) ? QStringLiteral("all") : QStringLiteral("patients")));
        return 2;
    }
    if (!batch && parser.isSet(database) && !parser.isSet(patient) && !parser.isSet(output)) {
        printError(QCoreApplication::translate(
            "Cli", "report needs --patient MRN and --output FILE.pdf, or --all or --patients "
                   "FILE with --out-dir DIR."));
        return 2;
    }
    for (const auto &required : batch ? QList<QCommandLineOption>{database}
                                      : QList<QCommandLineOption>{database, patient, output}) {
        if (!parser.isSet(required)) {
            printError(QStringLiteral("report needs --%1.").arg(required.names().first()));
            return 2;
        }
    }
    return -1;
}

// The report period of --from and --to: 2 after saying what is wrong, else -1.
int readReportPeriod(const QCommandLineParser &parser, const QCommandLineOption &from,
                     const QCommandLineOption &to, ReportOptions &options)
{
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
    return -1;
}

int runReportBatch(const QString &databasePath, const QString *mrnFile, const QString &outDir,
                   ReportBatchOptions options)
{
    QList<ReportBatchEntry> patients;
    if (mrnFile) {
        auto listed = readMrnFile(*mrnFile);
        if (!listed) {
            printError(listed.error().message);
            return 1;
        }
        patients = listed.value();
    }
    auto db = openSignedIn(databasePath, Permission::ExportReports);
    if (!db) {
        printError(db.error().message);
        return 1;
    }
    Database &opened = *db.value();
    QElapsedTimer clock;
    clock.start();
    if (!mrnFile) {
        auto every = allPatientsForReports(opened);
        if (!every) {
            printError(every.error().message);
            return 1;
        }
        patients = every.value();
    }
    if (auto practice = PracticeRepository(opened).load())
        options.settings.applyPractice(practice.value());
    const auto batch = writeReportBatch(opened, patients, outDir, options);
    if (!batch) {
        printError(batch.error().message);
        return 1;
    }
    for (const auto &problem : batch.value().failed)
        printError(problem.text());
    const int written = batch.value().written;
    const QString seconds = QString::number(double(clock.elapsed()) / 1000.0, 'f', 1);
    const QString failed = QString::number(batch.value().failed.size());
    printLine(
        written == 1
            ? QCoreApplication::translate("Cli", "Wrote 1 report to %1 in %2 s (%3 failed).")
                  .arg(outDir, seconds, failed)
            : QCoreApplication::translate("Cli", "Wrote %1 reports to %2 in %3 s (%4 failed).")
                  .arg(QString::number(written), outDir, seconds, failed));
    return batch.value().failed.isEmpty() ? 0 : 1;
}

} // namespace

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
    const QCommandLineOption all(
        QStringLiteral("all"),
        QCoreApplication::translate("Cli", "A report of every patient, into --out-dir."));
    const QCommandLineOption patients(
        QStringLiteral("patients"),
        QCoreApplication::translate("Cli",
                                    "A report of each patient the file names (one MRN a line), "
                                    "into --out-dir."),
        QStringLiteral("FILE"));
    const QCommandLineOption outDir(
        QStringLiteral("out-dir"),
        QCoreApplication::translate("Cli", "Folder of the reports, one <MRN>.pdf per patient."),
        QStringLiteral("DIR"));
    parser.addOptions({database, patient, output, from, to, lang, all, patients, outDir});
    if (!parser.parse(arguments)) {
        printError(quoteValue(parser.errorText())); // an unknown option is echoed
        return 2;
    }
    if (const int twice = refuseRepeatedOptions(
            parser, {database, patient, output, from, to, lang, all, patients, outDir}, arguments);
        twice >= 0)
        return twice;
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        return 0;
    }
    bool batch = false;
    if (const int refused =
            refuseReportUsage(parser, database, patient, output, all, patients, outDir, batch);
        refused >= 0)
        return refused;
    ReportOptions options;
    if (const int refused = readReportPeriod(parser, from, to, options); refused >= 0)
        return refused;
    if (batch) {
        const QString file = parser.value(patients);
        return runReportBatch(
            parser.value(database), parser.isSet(patients) ? &file : nullptr, parser.value(outDir),
            ReportBatchOptions{options.from, options.to, AppSettings::load(QSettings())});
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
    readImagesFrom(options, opened);
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
