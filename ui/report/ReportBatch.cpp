#include "ui/report/ReportBatch.h"

#include "core/io/SafeIo.h"
#include "core/security/Access.h"
#include "core/security/Anchors.h"
#include "core/security/Disclosure.h"
#include "core/storage/Database.h"
#include "core/storage/ImageAnalysisRepository.h"
#include "core/storage/PatientRecordLoader.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/PhotoRepository.h"
#include "ui/report/ProgressReport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <limits>

namespace tricholog {

void readImagesFrom(ReportOptions &options, Database &db)
{
    options.photoImage = [&db](qint64 id) {
        return PhotoRepository(db).display(id);
    };
    options.imageAnalyses = [&db](qint64 owner) {
        return ImageAnalysisRepository(db).forPatient(owner);
    };
    options.plans = [&db](qint64 owner) {
        return PlanRepository(db).plansOf(owner);
    };
}

QString ReportBatchProblem::text() const
{
    if (entry.line > 0)
        return QCoreApplication::translate("ReportBatch", "line %1 (%2): %3")
            .arg(QString::number(entry.line), quoteValue(entry.mrn), message);
    return QCoreApplication::translate("ReportBatch", "%1: %2").arg(quoteValue(entry.mrn), message);
}

namespace {

Result<QList<ReportBatchEntry>> entriesOf(Database &db, const PatientListRequest &request)
{
    auto rows = PatientListQuery(db, request).page(0, std::numeric_limits<int>::max());
    if (!rows)
        return rows.error();
    QList<ReportBatchEntry> entries;
    entries.reserve(rows.value().size());
    for (const auto &row : rows.value())
        entries.append({row.id, row.mrn, 0});
    return entries;
}

} // namespace

Result<QList<ReportBatchEntry>> allPatientsForReports(Database &db)
{
    PatientListRequest every;
    every.includeArchived = true;
    every.sort = PatientSort::Mrn;
    return entriesOf(db, every);
}

Result<QList<ReportBatchEntry>> listedPatientsForReports(Database &db,
                                                         const PatientListRequest &listed)
{
    return entriesOf(db, listed);
}

QString reportFileName(const QString &mrn)
{
    QString name = mrn;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || QStringView(u"/\\:*?\"<>|").contains(c) ||
            (i == 0 && c == QLatin1Char('.')))
            name[i] = QLatin1Char('_');
    }
    return name + QStringLiteral(".pdf");
}

Result<ReportBatchResult>
writeReportBatch(Database &db, const QList<ReportBatchEntry> &patients, const QString &outDir,
                 const ReportBatchOptions &options,
                 const std::function<bool(qsizetype done, qsizetype total)> &progress)
{
    // Core's rule, asked before any work: assistants do not export reports.
    if (auto ok = db.require(Permission::ExportReports); !ok)
        return ok.error();
    // The folder: made when missing; anything else of that name is refused.
    const QFileInfo folder(outDir);
    if (folder.exists() && !folder.isDir())
        return Error::storage(
            QCoreApplication::translate("ReportBatch", "%1 is not a folder.").arg(outDir));
    if (!folder.exists() && !QDir().mkpath(outDir))
        return Error::storage(
            QCoreApplication::translate("ReportBatch", "Cannot create the folder %1.").arg(outDir));
    const QDir dir(outDir);

    ReportOptions reportOptions;
    reportOptions.from = options.from;
    reportOptions.to = options.to;
    reportOptions.settings = options.settings;
    reportOptions.reportDate = db.clock().today();
    readImagesFrom(reportOptions, db);

    ReportBatchResult result;
    const auto fail = [&result](const ReportBatchEntry &entry, const QString &message) {
        result.failed.append({entry, message});
    };
    QHash<QString, QString> fileOwner; // file name -> the MRN written there
    QSet<qint64> done;                 // a patient named twice is written once
    const qsizetype total = patients.size();
    for (qsizetype i = 0; i < total; ++i) {
        if (progress && !progress(i, total)) {
            result.cancelled = true;
            break;
        }
        const ReportBatchEntry &entry = patients.at(i);
        qint64 id = entry.patientId;
        if (id == 0) {
            const auto found = PatientRepository(db).findByMrn(entry.mrn);
            if (!found) {
                fail(entry, found.error().message);
                continue;
            }
            id = found.value().id;
        }
        if (done.contains(id))
            continue;
        done.insert(id);
        auto record = loadPatientRecord(db, id);
        if (!record) {
            fail(entry, record.error().message);
            continue;
        }
        const QString mrn = record.value().patient.mrn;
        const QString name = reportFileName(mrn);
        // Two MRNs that differ only in characters a file name cannot hold.
        if (const auto owner = fileOwner.constFind(name.toCaseFolded());
            owner != fileOwner.constEnd()) {
            fail(entry, QCoreApplication::translate("ReportBatch",
                                                    "its file %1 would replace the report of %2.")
                            .arg(name, quoteValue(owner.value())));
            continue;
        }
        fileOwner.insert(name.toCaseFolded(), mrn);
        const QString path = dir.filePath(name);
        // The trail's head now, on this report's pages (the disclosures move it on).
        reportOptions.auditAnchor.clear();
        if (auto head = anchors::head(db, QStringLiteral("report")))
            reportOptions.auditAnchor = head.value().shortText();
        const ProgressReport report(std::move(record).value(), reportOptions);
        if (auto pages = report.writePdf(path); !pages) {
            fail(entry, pages.error().message);
            continue;
        }
        if (auto disclosed = recordDisclosure(db, DisclosureKind::PdfReport, {id}, path);
            !disclosed) {
            // No report leaves without its audit entry (a cancel may interrupt the entry).
            QFile::remove(path);
            fail(entry, QCoreApplication::translate("ReportBatch",
                                                    "not kept, as the audit trail could not "
                                                    "record it: %1")
                            .arg(disclosed.error().message));
            continue;
        }
        ++result.written;
    }
    if (progress && !result.cancelled)
        progress(total, total);
    return result;
}

} // namespace tricholog
