#include "ui/report/CohortReport.h"

#include "ui/charts/ChartRenderer.h"
#include "ui/charts/CohortCharts.h"
#include "ui/cohort/CohortText.h"
#include "ui/report/PageFlow.h"
#include "ui/report/PdfDocument.h"
#include "ui/report/ProgressReport.h"
#include "ui/report/ReportTable.h"
#include "ui/report/ReportText.h"
#include "ui/widgets/DateText.h"

#include <QCoreApplication>
#include <QPainter>
#include <algorithm>

namespace tricholog {

using namespace reporttext;

CohortReport::CohortReport(cohort::Options options, cohort::Outcomes outcomes, AppSettings settings,
                           QDate reportDate, QString auditAnchor)
    : m_options(std::move(options))
    , m_outcomes(std::move(outcomes))
    , m_settings(std::move(settings))
    , m_date(reportDate)
    , m_anchor(std::move(auditAnchor))
{}

QString CohortReport::title() const
{
    return QCoreApplication::translate("CohortReport", "Clinic outcomes: %1")
        .arg(cohorttext::metricName(m_options));
}

void CohortReport::layout(PageFlow &flow) const
{
    const QLocale l;
    paragraph(flow, title(), font(15, true), kAccent);
    paragraph(
        flow,
        QCoreApplication::translate("CohortReport", "%1 · made on %2 · %3 patient(s) analysed")
            .arg(m_settings.clinicName.isEmpty() ? QStringLiteral("Tricholog")
                                                 : m_settings.clinicName,
                 dateText(m_date, l))
            .arg(m_outcomes.patients.size()),
        font(9), kMuted);
    heading(flow, QCoreApplication::translate("CohortReport", "Selection"));
    facts(flow, cohorttext::selection(m_options, l));
    heading(flow, QCoreApplication::translate("CohortReport", "Method"));
    paragraph(flow, cohorttext::method(m_options), font(9));
    heading(flow, QCoreApplication::translate("CohortReport", "Results by group"));
    ReportTable titled = [&] {
        const QStringList headers = cohorttext::tableHeaders(m_options);
        const QList<double> widths{0.15, 0.06, 0.1, 0.1, 0.08, 0.13, 0.09, 0.13, 0.16};
        QList<ReportTable::Column> columns;
        for (qsizetype i = 0; i < headers.size(); ++i)
            columns.append({headers[i], widths.value(i)});
        return ReportTable(columns);
    }();
    titled.setRightAligned({1, 2, 3, 4, 6, 7});
    for (const QStringList &row : cohorttext::tableRows(m_outcomes, m_options, l))
        titled.addRow(row);
    titled.place(flow);
    if (const QString c = cohorttext::comparison(m_outcomes, m_options, l); !c.isEmpty()) {
        flow.space(4);
        paragraph(flow, c, font(9, true));
    }
    flow.space(4);
    paragraph(flow, cohorttext::exclusions(m_outcomes), font(9));
    const double h = std::min(300.0, flow.width() * 0.58);
    for (bool change : {true, false}) {
        flow.ensure(h + 40);
        heading(flow, change ? QCoreApplication::translate("CohortReport",
                                                           "Each patient's change from baseline")
                             : QCoreApplication::translate("CohortReport", "Responders"));
        flow.place(h, [change, o = m_options, out = m_outcomes](QPainter &p, const QRectF &area) {
            ChartRenderer::paintChart(p, area,
                                      change ? cohortcharts::changeChart(out, o, true)
                                             : cohortcharts::responderChart(out, o));
        });
        if (const QString key = cohorttext::referenceKey(m_options); change && !key.isEmpty())
            paragraph(flow, key, font(8), kMuted);
    }
    if (const auto rows = cohorttext::referenceRows(m_options, l); !rows.isEmpty()) {
        heading(flow, QCoreApplication::translate("CohortReport", "Published arms, for context"));
        paragraph(flow,
                  QCoreApplication::translate(
                      "CohortReport",
                      "From other populations, measuring methods and time points: a frame of "
                      "reference, not a comparison. Dhurat 2013: 100 men, a tattooed 1 cm² area, "
                      "weekly 1.5 mm dermaroller. Olsen 2002: men, target-area counts."),
                  font(8), kMuted);
        QList<ReportTable::Column> columns;
        const QList<double> widths{0.08, 0.15, 0.33, 0.08, 0.14, 0.11, 0.11};
        const QStringList headers = cohorttext::referenceHeaders();
        for (qsizetype i = 0; i < headers.size(); ++i)
            columns.append({headers[i], widths.value(i)});
        ReportTable arms(columns);
        arms.setRightAligned({3, 4, 5, 6});
        for (const QStringList &row : rows)
            arms.addRow(row);
        arms.place(flow);
    }
    outliers(flow);
}

void CohortReport::outliers(PageFlow &flow) const
{
    // The points outside their group's whiskers, by MRN: the first values to check for a typing
    // or site error. No names.
    QList<const cohort::PatientChange *> far;
    for (const cohort::GroupRow &g : cohortcharts::drawnGroups(m_outcomes)) {
        QList<double> changes;
        for (const cohort::PatientChange &c : m_outcomes.patients)
            if (c.group == g.group)
                changes << c.change();
        const auto box = cohort::boxOf(changes);
        if (!box)
            continue;
        for (const cohort::PatientChange &c : m_outcomes.patients)
            if (c.group == g.group &&
                (c.change() < box->lowWhisker || c.change() > box->highWhisker))
                far << &c;
    }
    heading(flow, QCoreApplication::translate("CohortReport", "Points outside the whiskers"));
    if (far.isEmpty()) {
        paragraph(flow, QCoreApplication::translate("CohortReport", "None."), font(9));
        return;
    }
    std::sort(far.begin(), far.end(), [](const auto *a, const auto *b) {
        return std::abs(a->change()) > std::abs(b->change());
    });
    const QLocale l;
    ReportTable table({{QCoreApplication::translate("CohortReport", "MRN"), 0.16},
                       {QCoreApplication::translate("CohortReport", "Group"), 0.24},
                       {QCoreApplication::translate("CohortReport", "Baseline"), 0.15},
                       {QCoreApplication::translate("CohortReport", "Follow-up"), 0.15},
                       {QCoreApplication::translate("CohortReport", "Values"), 0.18},
                       {QCoreApplication::translate("CohortReport", "Change"), 0.12}});
    table.setRightAligned({5});
    for (qsizetype i = 0; i < std::min<qsizetype>(far.size(), kListedOutliers); ++i) {
        const cohort::PatientChange &c = *far[i];
        table.addRow(
            {c.mrn, cohort::groupLabel(c.group, m_options.by), dateText(c.baselineOn, l),
             dateText(c.followUpOn, l),
             QCoreApplication::translate("CohortReport", "%1 → %2")
                 .arg(l.toString(c.baseline, 'f', 1), l.toString(c.followUp, 'f', 1)),
             (c.change() > 0 ? QStringLiteral("+") : QString()) + l.toString(c.change(), 'f', 1)});
    }
    table.place(flow);
    if (far.size() > kListedOutliers)
        paragraph(flow,
                  QCoreApplication::translate("CohortReport", "… and %1 more.")
                      .arg(far.size() - kListedOutliers),
                  font(9));
}

int CohortReport::render(QPagedPaintDevice &device) const
{
    return renderPages(
        device, [this](PageFlow &flow, double) { layout(flow); },
        QCoreApplication::translate("CohortReport", "Clinic outcomes · no patient names"),
        m_anchor);
}

Result<int> CohortReport::writePdf(const QString &path) const
{
    const QString author =
        m_settings.clinicName.isEmpty() ? QStringLiteral("Tricholog") : m_settings.clinicName;
    return writePagedPdf(
        path, m_settings.effectivePaperSize(), ProgressReport::pageMarginsMm(),
        {title(), author,
         QCoreApplication::translate("CohortReport", "Clinic outcomes across patients"),
         QCoreApplication::translate("CohortReport",
                                     "hair regrowth, microneedling, cohort outcomes"),
         m_date},
        [this](QPagedPaintDevice &device) { return render(device); });
}

} // namespace tricholog
