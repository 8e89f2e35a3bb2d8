#include "ReportActions.h"

#include "ProgressReport.h"
#include "storage/Database.h"
#include "storage/PatientRecordLoader.h"
#include "storage/PhotoRepository.h"
#include "widgets/OptionalDateEdit.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QMessageBox>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace tricholog {

ReportActions::ReportActions(Database &db, QWidget *parent)
    : QObject(parent)
    , m_db(db)
    , m_parent(parent)
{}

ReportActions::Period ReportActions::askPeriod(const QString &title) const
{
    QDialog dialog(m_parent);
    dialog.setWindowTitle(title);
    auto *form = new QFormLayout(&dialog);
    auto *from = new OptionalDateEdit(&dialog);
    auto *to = new OptionalDateEdit(&dialog);
    from->setAccessibleName(tr("From"));
    to->setAccessibleName(tr("To"));
    form->addRow(tr("&From (empty: first record):"), from);
    form->addRow(tr("&To (empty: latest record):"), to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    Period p{from->optionalDate(), to->optionalDate(), true};
    if (p.from.isValid() && p.to.isValid() && p.from > p.to)
        std::swap(p.from, p.to);
    return p;
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
    options.photoImage = [&db](qint64 id) {
        return PhotoRepository(db).display(id);
    };
    auto record = loadPatientRecord(db, patientId);
    if (!record)
        *error = record.error().message;
    return ProgressReport(record ? record.value() : PatientRecord(), options);
}
} // namespace

bool ReportActions::exportPdf(qint64 patientId)
{
    const Period period = askPeriod(tr("Export progress report"));
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
    return true;
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
    const Period period = askPeriod(tr("Print progress report"));
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
    return true;
}

bool ReportActions::preview(qint64 patientId)
{
    const Period period = askPeriod(tr("Print preview"));
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
    dialog.resize(900, 1000);
    dialog.exec();
    return true;
}

} // namespace tricholog
