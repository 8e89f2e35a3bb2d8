#include "ui/report/ReportActions.h"

#include "core/security/Anchors.h"
#include "core/security/Disclosure.h"
#include "core/storage/Database.h"
#include "core/storage/PatientRecordLoader.h"
#include "core/storage/PatientRepository.h"
#include "ui/report/ProgressReport.h"
#include "ui/report/ReportBatch.h"
#include "ui/tasks/BackgroundTask.h"
#include "ui/widgets/ExportedMessage.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/widgets/PatientBand.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace tricholog {

ReportActions::ReportActions(Database &db, QWidget *parent)
    : QObject(parent)
    , m_db(db)
    , m_parent(parent)
{}

ReportActions::Period ReportActions::askPeriod(const QString &title, qint64 patientId) const
{
    QDialog dialog(m_parent);
    auto *layout = new QVBoxLayout(&dialog);
    dialog.setWindowTitle(title);
    // The report's patient, named before anything leaves the program.
    if (auto patient = PatientRepository(m_db).find(patientId)) {
        dialog.setWindowTitle(tr("%1: %2").arg(title, patientIdentity(patient.value())));
        layout->addWidget(new PatientBand(patient.value(), &dialog));
    }
    auto *form = new QFormLayout;
    layout->addLayout(form);
    const QDate today = m_db.clock().today();
    auto *from = new OptionalDateEdit(today, &dialog);
    auto *to = new OptionalDateEdit(today, &dialog);
    from->setAccessibleName(tr("From"));
    to->setAccessibleName(tr("To"));
    form->addRow(tr("&From (empty: first record):"), from);
    form->addRow(tr("&To (empty: latest record):"), to);
    auto *problem = new QLabel(&dialog);
    problem->setObjectName(QStringLiteral("periodError"));
    problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    problem->setWordWrap(true);
    problem->hide();
    layout->addWidget(problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        // A date that cannot be read is said, never taken as "no limit".
        QStringList problems;
        for (const auto *field : {from, to})
            if (!field->inputProblem().isEmpty())
                problems << field->accessibleName() + QStringLiteral(": ") + field->inputProblem();
        problem->setText(problems.join(QLatin1Char('\n')));
        problem->setVisible(!problems.isEmpty());
        if (problems.isEmpty())
            dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    Period p{from->optionalDate(), to->optionalDate(), true};
    if (p.from.isValid() && p.to.isValid() && p.from > p.to)
        std::swap(p.from, p.to);
    return p;
}

bool ReportActions::allowed(const QString &title) const
{
    // Core's rule, asked before any work: assistants do not export or print reports.
    if (auto ok = m_db.require(Permission::ExportReports); !ok) {
        QMessageBox::warning(m_parent, title, ok.error().message);
        return false;
    }
    return true;
}

void ReportActions::disclosed(DisclosureKind kind, qint64 patientId,
                              const QString &destination) const
{
    if (auto r = recordDisclosure(m_db, kind, {patientId}, destination); !r)
        QMessageBox::warning(m_parent, tr("Audit trail"),
                             tr("The report was made, but the audit trail could not record it: "
                                "%1")
                                 .arg(r.error().message));
}

namespace {
ProgressReport makeReport(Database &db, qint64 patientId, const AppSettings &settings, QDate from,
                          QDate to, QString *error)
{
    ReportOptions options;
    options.from = from;
    options.to = to;
    options.settings = settings;
    options.reportDate = db.clock().today();
    readImagesFrom(options, db);
    if (auto head = anchors::head(db, QStringLiteral("report")))
        options.auditAnchor = head.value().shortText();
    auto record = loadPatientRecord(db, patientId);
    if (!record)
        *error = record.error().message;
    return ProgressReport(record ? record.value() : PatientRecord(), options);
}
} // namespace

bool ReportActions::exportPdf(qint64 patientId)
{
    if (!allowed(tr("Export progress report")))
        return false;
    const Period period = askPeriod(tr("Export progress report"), patientId);
    if (!period.accepted)
        return false;
    QString error;
    const ProgressReport report =
        makeReport(m_db, patientId, m_settings, period.from, period.to, &error);
    if (!error.isEmpty()) {
        QMessageBox::warning(m_parent, tr("Export progress report"), error);
        return false;
    }
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              QLatin1Char('/') + report.record().patient.mrn +
                              QStringLiteral("-progress.pdf");
    QString path = QFileDialog::getSaveFileName(m_parent, tr("Export progress report"), suggested,
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    const auto pages = report.writePdf(path);
    if (!pages) {
        QMessageBox::warning(m_parent, tr("Export progress report"), pages.error().message);
        return false;
    }
    disclosed(DisclosureKind::PdfReport, patientId, path);
    showExported(
        m_parent, tr("Export progress report"),
        tr("%n page(s) written to %1.", nullptr, pages.value()).arg(QDir::toNativeSeparators(path)),
        path);
    return true;
}

int ReportActions::exportListed(const PatientListRequest &listed)
{
    if (!allowed(tr("Export reports")))
        return 0;
    const QString folder = QFileDialog::getExistingDirectory(
        m_parent, tr("Export the reports of the listed patients into"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty())
        return 0;
    return exportListedInto(listed, folder);
}

int ReportActions::exportListedInto(const PatientListRequest &listed, const QString &folder)
{
    const QString title = tr("Export reports");
    if (!allowed(title))
        return 0;
    // The list (a chain lists 100,000) and the reports, on a thread and connection of their
    // own: the same batch as `tricholog report --out-dir`.
    ReportBatchOptions options;
    options.settings = m_settings;
    ReportBatchResult batch;
    const auto done = runWithDatabase(m_parent, title, tr("Writing the progress reports…"), m_db,
                                      [&](Database &own, TaskProgress &progress) -> Result<void> {
                                          auto patients = listedPatientsForReports(own, listed);
                                          if (!patients)
                                              return patients.error();
                                          auto written = writeReportBatch(
                                              own, patients.value(), folder, options,
                                              [&progress](qsizetype doneSoFar, qsizetype total) {
                                                  progress.setTotal(total);
                                                  progress.setDone(doneSoFar);
                                                  return !progress.cancelled();
                                              });
                                          if (!written)
                                              return written.error();
                                          batch = written.value();
                                          return {};
                                      });
    if (!done) {
        QMessageBox::warning(m_parent, title, done.error().message);
        return 0;
    }
    QString text = tr("%n report(s) written to %1.", nullptr, batch.written)
                       .arg(QDir::toNativeSeparators(folder));
    if (batch.cancelled)
        text += QLatin1Char(' ') + tr("Cancelled before the end of the list.");
    if (!batch.failed.isEmpty()) {
        QStringList failed;
        for (const auto &problem : batch.failed)
            failed << problem.text();
        QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, m_parent);
        box.setInformativeText(
            tr("%n report(s) could not be written.", nullptr, int(batch.failed.size())));
        box.setDetailedText(failed.join(QLatin1Char('\n')));
        box.exec();
    } else {
        showExported(m_parent, title, text, folder);
    }
    return batch.written;
}

void ReportActions::setUpPrinter(QPrinter &printer, const ProgressReport &report) const
{
    // The same page as the PDF export: paper from the settings, the same margins and name.
    printer.setPageSize(QPageSize(m_settings.effectivePaperSize() == QLatin1String("Letter")
                                      ? QPageSize::Letter
                                      : QPageSize::A4));
    printer.setPageMargins(ProgressReport::pageMarginsMm(), QPageLayout::Millimeter);
    printer.setDocName(report.title());
    printer.setCreator(QStringLiteral("Tricholog %1").arg(QCoreApplication::applicationVersion()));
}

bool ReportActions::print(qint64 patientId)
{
    if (!allowed(tr("Print progress report")))
        return false;
    const Period period = askPeriod(tr("Print progress report"), patientId);
    if (!period.accepted)
        return false;
    QString error;
    const ProgressReport report =
        makeReport(m_db, patientId, m_settings, period.from, period.to, &error);
    if (!error.isEmpty()) {
        QMessageBox::warning(m_parent, tr("Print progress report"), error);
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, report);
    QPrintDialog dialog(&printer, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    report.print(printer);
    disclosed(DisclosureKind::Print, patientId,
              printer.outputFileName().isEmpty() ? printer.printerName()
                                                 : printer.outputFileName());
    return true;
}

bool ReportActions::preview(qint64 patientId)
{
    if (!allowed(tr("Print preview")))
        return false;
    const Period period = askPeriod(tr("Print preview"), patientId);
    if (!period.accepted)
        return false;
    QString error;
    const ProgressReport report =
        makeReport(m_db, patientId, m_settings, period.from, period.to, &error);
    if (!error.isEmpty()) {
        QMessageBox::warning(m_parent, tr("Print preview"), error);
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, report);
    QPrintPreviewDialog dialog(&printer, m_parent);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&report](QPrinter *p) { report.print(*p); });
    dialog.setWindowTitle(tr("Print preview: %1").arg(patientIdentity(report.record().patient)));
    // As large as a page wants, but never larger than the screen it opens on.
    const QRect screen = m_parent && m_parent->screen() ? m_parent->screen()->availableGeometry()
                                                        : QRect(0, 0, 1280, 800);
    dialog.resize(std::min(900, screen.width() * 9 / 10), std::min(1000, screen.height() * 9 / 10));
    // Printing from the preview is a print like any other.
    if (dialog.exec() == QDialog::Accepted)
        disclosed(DisclosureKind::Print, patientId,
                  printer.outputFileName().isEmpty() ? printer.printerName()
                                                     : printer.outputFileName());
    return true;
}

} // namespace tricholog
