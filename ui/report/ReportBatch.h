#pragma once

#include "core/AppSettings.h"
#include "core/Result.h"
#include "core/storage/PatientListQuery.h"

#include <QDate>
#include <QList>
#include <QString>
#include <functional>

namespace tricholog {

class Database;

// One patient of a batch of progress reports: by id (a list read from the database), or by MRN
// alone (a file of MRNs, `line` naming where it stood; 0: not from a file).
struct ReportBatchEntry
{
    qint64 patientId = 0; // 0: looked up by `mrn`
    QString mrn;
    int line = 0;
};

struct ReportBatchOptions
{
    QDate from;           // invalid: from each patient's first record
    QDate to;             // invalid: up to each patient's latest record
    AppSettings settings; // with the practice's details applied (AppSettings::applyPractice)
};

struct ReportBatchProblem
{
    ReportBatchEntry entry;
    QString message;
    // "line 3 (MRN): message" for an entry of a file, else "MRN: message".
    QString text() const;
};

struct ReportBatchResult
{
    int written = 0;
    QList<ReportBatchProblem> failed;
    bool cancelled = false; // stopped by the progress callback before the end of the list
};

// Every patient of the database (archived ones too), by MRN; or the patients a list shows.
Result<QList<ReportBatchEntry>> allPatientsForReports(Database &db);
Result<QList<ReportBatchEntry>> listedPatientsForReports(Database &db,
                                                         const PatientListRequest &listed);

// The file of a patient's report in a batch: "<MRN>.pdf", with characters that a file name may
// not hold (/ \ : * ? " < > |, control characters, a leading dot) written as "_".
QString reportFileName(const QString &mrn);

// The progress reports of `patients`, one PDF each as `outDir`/<MRN>.pdf (created when missing),
// each written through QSaveFile (never through a link or into a device: ProgressReport::
// writePdf) and recorded as a disclosure, as a single report is. A patient that cannot be found
// or written, or whose disclosure cannot be recorded (its file is then removed), is a problem of
// the result; the others are still written. An error is for the whole batch (not allowed to
// export reports, `outDir` not a folder). `progress(done, total)` is called before each report
// and at the end; returning false stops the batch. Runs on any thread that owns `db`'s
// connection (the window runs it on a background task with a connection of its own).
Result<ReportBatchResult>
writeReportBatch(Database &db, const QList<ReportBatchEntry> &patients, const QString &outDir,
                 const ReportBatchOptions &options,
                 const std::function<bool(qsizetype done, qsizetype total)> &progress = {});

} // namespace tricholog
