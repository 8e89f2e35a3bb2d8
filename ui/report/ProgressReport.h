#pragma once

#include "core/Result.h"
#include "core/model/PatientRecord.h"
#include "ui/report/ReportOptions.h"

#include <QMarginsF>
#include <QString>

class QLocale;
class QPagedPaintDevice;
class QPrinter;

namespace tricholog {

class PageFlow;

// The patient's progress report: header with clinic and patient, diagnoses, treatment course,
// progress per site and metric, vector charts, session log (header repeated, rows never split),
// outcomes, adverse events, method note and signature line; a footer with patient, MRN and
// "Page x of y" on every page. Every figure comes from the core progress functions and is
// formatted by the same code the screen uses.
class ProgressReport
{
public:
    ProgressReport(PatientRecord record, ReportOptions options);

    // Paints onto any paged device (PDF writer, printer); returns the number of pages.
    int render(QPagedPaintDevice &device) const;
    // Writes a PDF through QSaveFile, so a failure never leaves a partial file.
    Result<int> writePdf(const QString &path) const;
    void print(QPrinter &printer) const;
    // Page margins of the PDF and of printing (left, top, right, bottom), in millimetres.
    static QMarginsF pageMarginsMm() { return {16, 14, 16, 12}; }

    QString title() const;
    QString author() const;
    QString subject() const;
    QString keywords() const;
    QByteArray xmpMetadata() const;
    const PatientRecord &record() const { return m_record; } // limited to the period

private:
    void layout(PageFlow &flow, double dpiScale) const;
    // The report's sections, in the order layout() places them (then the method note, the
    // signature lines and the photo pages).
    void header(PageFlow &flow, const QLocale &l) const;
    void diagnosesSection(PageFlow &flow, const QLocale &l) const;
    void courseSection(PageFlow &flow, const QLocale &l) const;
    void chartsSection(PageFlow &flow, const QLocale &l) const;
    void progressSection(PageFlow &flow, const QLocale &l) const;
    void sessionLogSection(PageFlow &flow, const QLocale &l) const;
    void outcomesSection(PageFlow &flow, const QLocale &l) const;
    void adverseEventsSection(PageFlow &flow, const QLocale &l) const;
    void methodNote(PageFlow &flow) const;
    void photoPages(PageFlow &flow) const;
    PatientRecord m_record;
    ReportOptions m_options;
    std::optional<PlanProgress> m_plan; // the latest, from every session (not only the period's)
};

} // namespace tricholog
