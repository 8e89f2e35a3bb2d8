#include "ui/report/ProgressReport.h"

#include "core/clinical/Course.h"
#include "core/clinical/MetricFormat.h"
#include "core/clinical/Progress.h"
#include "core/clinical/Salt.h"
#include "core/model/Keys.h"
#include "core/photos/BeforeAfter.h"
#include "core/storage/PhotoRepository.h"
#include "ui/charts/ChartRenderer.h"
#include "ui/photos/PhotoLabels.h"
#include "ui/report/AnalysisPages.h"
#include "ui/report/PageFlow.h"
#include "ui/report/PdfDocument.h"
#include "ui/report/ReportTable.h"
#include "ui/report/ReportText.h"
#include "ui/sessions/SessionTableModel.h"
#include "ui/widgets/DateText.h"

#include <QCoreApplication>
#include <QImageReader>
#include <QPageLayout>
#include <QPainter>
#include <QPrinter>
#include <QSet>
#include <algorithm>

namespace tricholog {

using namespace reporttext;

namespace {

bool inPeriod(QDate d, const ReportOptions &o)
{
    return (!o.from.isValid() || d >= o.from) && (!o.to.isValid() || d <= o.to);
}

PatientRecord limited(PatientRecord record, const ReportOptions &o)
{
    record.sessions.removeIf(
        [&](const MicroneedlingSession &s) { return !inPeriod(s.performedAt.date(), o); });
    record.measurements.removeIf([&](const Measurement &m) { return !inPeriod(m.measuredOn, o); });
    record.outcomes.removeIf(
        [&](const PatientReportedOutcome &x) { return !inPeriod(x.recordedOn, o); });
    // Without photo consent no photo is reported.
    record.photos.removeIf([&](const Photo &p) {
        return !inPeriod(p.takenAt.date(), o) || !PhotoRepository::visible(record.patient);
    });
    return record;
}

QString date(const QLocale &l, QDate d)
{
    return d.isValid() ? dateText(d, l) : QCoreApplication::translate("ProgressReport", "—");
}

} // namespace

ProgressReport::ProgressReport(PatientRecord record, ReportOptions options)
{
    if (options.plans && record.patient.id > 0)
        if (auto plans = options.plans(record.patient.id); plans && !plans.value().isEmpty())
            m_plan = planProgress(plans.value().last(), record, options.settings.planTolerance(),
                                  options.reportDate.isValid() ? options.reportDate
                                                               : QDate::currentDate());
    m_record = limited(std::move(record), options);
    m_options = std::move(options);
}

QString ProgressReport::title() const
{
    return QCoreApplication::translate("ProgressReport",
                                       "Hair regrowth progress report: %1 (MRN %2)")
        .arg(m_record.patient.displayName(), m_record.patient.mrn);
}

// Header: logo and clinic, then title and patient.
void ProgressReport::header(PageFlow &flow, const QLocale &l) const
{
    const Patient &patient = m_record.patient;
    const AppSettings &settings = m_options.settings;
    const QImage logo = !settings.clinicLogo.isEmpty() ? QImage::fromData(settings.clinicLogo)
                        : settings.clinicLogoPath.isEmpty()
                            ? QImage()
                            : QImageReader(settings.clinicLogoPath).read();
    // The practice's own name, or none: never a made-up one.
    const QString clinic = settings.clinicName;
    const QString address = settings.clinicAddress;
    const double headerHeight = 62;
    flow.place(headerHeight, [logo, clinic, address](QPainter &p, const QRectF &area) {
        double x = area.left();
        if (!logo.isNull()) {
            const QSizeF size =
                QSizeF(logo.size()).scaled(QSizeF(120, area.height() - 6), Qt::KeepAspectRatio);
            p.drawImage(QRectF(QPointF(x, area.top()), size), logo);
        }
        p.setPen(kAccent);
        p.setFont(font(14, true));
        const QRectF right(area.left() + area.width() * 0.4, area.top(), area.width() * 0.6,
                           area.height());
        p.drawText(right, Qt::AlignRight | Qt::AlignTop, clinic);
        p.setPen(kMuted);
        p.setFont(font(8));
        p.drawText(right.adjusted(0, 20, 0, 0), Qt::AlignRight | Qt::AlignTop | Qt::TextWordWrap,
                   address);
        p.setPen(QPen(kAccent, 1.2));
        p.drawLine(QPointF(area.left(), area.bottom() - 3),
                   QPointF(area.right(), area.bottom() - 3));
    });
    flow.space(8);
    paragraph(flow, QCoreApplication::translate("ProgressReport", "Hair regrowth progress report"),
              font(18, true), kAccent);
    flow.space(4);
    const auto age = patient.ageOn(m_options.reportDate);
    QString period = QCoreApplication::translate("ProgressReport", "all records");
    if (m_options.from.isValid() || m_options.to.isValid())
        period = QCoreApplication::translate("ProgressReport", "%1 to %2")
                     .arg(m_options.from.isValid()
                              ? date(l, m_options.from)
                              : QCoreApplication::translate("ProgressReport", "first record"),
                          m_options.to.isValid()
                              ? date(l, m_options.to)
                              : QCoreApplication::translate("ProgressReport", "latest record"));
    facts(flow,
          {{QCoreApplication::translate("ProgressReport", "Patient"), patient.displayName()},
           {QCoreApplication::translate("ProgressReport", "Record number (MRN)"), patient.mrn},
           {QCoreApplication::translate("ProgressReport", "Date of birth"),
            patient.dateOfBirth.isValid()
                ? QCoreApplication::translate("ProgressReport", "%1 (%2 years)")
                      .arg(date(l, patient.dateOfBirth))
                      .arg(age.value_or(0))
                : QCoreApplication::translate("ProgressReport", "not recorded")},
           {QCoreApplication::translate("ProgressReport", "Sex at birth"), label(patient.sex)},
           {QCoreApplication::translate("ProgressReport", "Report date"),
            date(l, m_options.reportDate)},
           {QCoreApplication::translate("ProgressReport", "Period"), period}});
}

// Diagnoses.
void ProgressReport::diagnosesSection(PageFlow &flow, const QLocale &l) const
{
    heading(flow, QCoreApplication::translate("ProgressReport", "Diagnoses"));
    if (m_record.diagnoses.isEmpty()) {
        paragraph(flow, QCoreApplication::translate("ProgressReport", "No diagnosis recorded."),
                  font(9));
    } else {
        ReportTable table({{QCoreApplication::translate("ProgressReport", "Diagnosed"), 0.14},
                           {QCoreApplication::translate("ProgressReport", "Diagnosis"), 0.36},
                           {QCoreApplication::translate("ProgressReport", "ICD-10"), 0.1},
                           {QCoreApplication::translate("ProgressReport", "Severity"), 0.26},
                           {QCoreApplication::translate("ProgressReport", "Status"), 0.14}});
        for (const auto &d : m_record.diagnoses) {
            QString severity = d.severityText();
            if (d.scale == Scale::Salt)
                if (const auto salt = saltOf(d))
                    severity += QCoreApplication::translate("ProgressReport", ", AA-IGA %1")
                                    .arg(aaIgaText(salt->aaIga)) +
                                (salt->treatmentSuccess
                                     ? QCoreApplication::translate(
                                           "ProgressReport", "; SALT ≤ 20: success criterion met")
                                     : QCoreApplication::translate("ProgressReport",
                                                                   "; SALT > 20: success criterion "
                                                                   "not met"));
            table.addRow(
                {date(l, d.diagnosedOn), label(d.type), d.icd10, severity, label(d.status)});
        }
        table.place(flow);
    }
}

// Treatment course.
void ProgressReport::courseSection(PageFlow &flow, const QLocale &l) const
{
    heading(flow, QCoreApplication::translate("ProgressReport", "Treatment course"));
    const CourseStatus course = courseStatus(m_record.sessions);
    QStringList devices, needles, adjuncts, background;
    for (auto it = m_record.sessions.crbegin(); it != m_record.sessions.crend(); ++it) {
        const auto &s = *it;
        if (!devices.contains(label(s.device)))
            devices << label(s.device);
        const QString needle =
            l.toString(s.needleLength.valueOr(0), 'f', 2) + QStringLiteral(" mm");
        if (!needles.contains(needle))
            needles << needle;
        for (const auto &a : s.adjuncts) {
            const QString text =
                a.dose.isEmpty() ? label(a.type) : label(a.type) + QLatin1Char(' ') + a.dose;
            if (!adjuncts.contains(text))
                adjuncts << text;
        }
        if (!s.backgroundTherapy.isEmpty() && !background.contains(s.backgroundTherapy))
            background << s.backgroundTherapy;
    }
    const QString none = QCoreApplication::translate("ProgressReport", "none");
    facts(flow, {{QCoreApplication::translate("ProgressReport", "Sessions"),
                  course.sessionsDone == 0
                      ? QCoreApplication::translate("ProgressReport", "none in this period")
                      : QString::number(m_record.sessions.size()) +
                            (course.planned
                                 ? QCoreApplication::translate("ProgressReport", " (course: %1)")
                                       .arg(course.text())
                                 : QString())},
                 {QCoreApplication::translate("ProgressReport", "First and last session"),
                  QCoreApplication::translate("ProgressReport", "%1 – %2")
                      .arg(date(l, course.firstSession), date(l, course.lastSession))},
                 {QCoreApplication::translate("ProgressReport", "Devices"),
                  devices.isEmpty() ? none : devices.join(QStringLiteral(", "))},
                 {QCoreApplication::translate("ProgressReport", "Needle lengths"),
                  needles.isEmpty() ? none : needles.join(QStringLiteral(", "))},
                 {QCoreApplication::translate("ProgressReport", "Adjuncts"),
                  adjuncts.isEmpty() ? none : adjuncts.join(QStringLiteral(", "))},
                 {QCoreApplication::translate("ProgressReport", "Background therapy"),
                  background.isEmpty() ? none : background.join(QStringLiteral("; "))}});
    if (!m_plan)
        return;
    const plan::Protocol &p = m_plan->plan.protocol;
    const QString kept = plan::adherenceSummary(m_plan->visits, l);
    const QString next = m_plan->plan.stoppedOn
                             ? QCoreApplication::translate("ProgressReport", "stopped on %1")
                                   .arg(date(l, *m_plan->plan.stoppedOn))
                             : plan::dueSummary(m_plan->visits, p, m_options.reportDate, l);
    facts(flow,
          {{QCoreApplication::translate("ProgressReport", "Treatment plan"),
            QCoreApplication::translate("ProgressReport", "%1, from %2")
                .arg(p.name, date(l, m_plan->plan.start))},
           {QCoreApplication::translate("ProgressReport", "Adherence"),
            kept.isEmpty() ? QCoreApplication::translate("ProgressReport", "no session due yet")
                           : kept},
           {QCoreApplication::translate("ProgressReport", "Due next"),
            next.isEmpty() ? none : next}});
}

// Charts: vector drawings of the same series.
void ProgressReport::chartsSection(PageFlow &flow, const QLocale &l) const
{
    for (Metric metric : {Metric::Density, Metric::MeanDiameter}) {
        if (progressBySite(m_record.measurements, metric).isEmpty())
            continue;
        const double h = std::min(270.0, flow.width() * 0.5);
        flow.ensure(h + 40); // the heading stays with its chart
        heading(flow,
                QCoreApplication::translate("ProgressReport", "Chart: %1").arg(label(metric)));
        const PatientRecord record = m_record;
        flow.place(
            h, [record, metric, l, today = m_options.reportDate](QPainter &p, const QRectF &area) {
                ChartRenderer::paint(p, area, record, metric, false, today, l);
            });
    }
}

// Progress per site and metric.
void ProgressReport::progressSection(PageFlow &flow, const QLocale &l) const
{
    heading(flow, QCoreApplication::translate("ProgressReport", "Progress since baseline"));
    const VerdictRules rules = m_options.settings.verdictRules();
    bool anyMetric = false;
    for (Metric metric : allValues<Metric>()) {
        const auto series = progressBySite(m_record.measurements, metric);
        if (series.isEmpty())
            continue;
        anyMetric = true;
        flow.ensure(70);
        paragraph(flow,
                  label(metric) + QStringLiteral(" (") + metricUnit(metric) + QLatin1Char(')'),
                  font(10, true));
        const bool density = metric == Metric::Density;
        QList<ReportTable::Column> columns{
            {QCoreApplication::translate("ProgressReport", "Site"), 0.19},
            {QCoreApplication::translate("ProgressReport", "Baseline"), 0.13},
            {QCoreApplication::translate("ProgressReport", "Latest"), 0.13},
            {QCoreApplication::translate("ProgressReport", "Change"), 0.12},
            {QCoreApplication::translate("ProgressReport", "% change"), 0.12},
            {QCoreApplication::translate("ProgressReport", "Per month"), 0.13}};
        if (density)
            columns << ReportTable::Column{
                QCoreApplication::translate("ProgressReport", "Response"), 0.18};
        ReportTable table(columns);
        table.setRightAligned({1, 2, 3, 4, 5});
        for (const auto &s : series) {
            QString site = s.siteLabel.isEmpty()
                               ? label(s.site)
                               : label(s.site) + QStringLiteral(": ") + s.siteLabel;
            if (rules.isControl(s.site))
                site = QCoreApplication::translate("ProgressReport", "%1 (control)").arg(site);
            // The unit is in the heading; cells carry numbers only, so they never wrap.
            auto num = [&](double v, bool sign) {
                return formatMetricNumber(metric, v, l, sign);
            };
            QStringList row{
                site,
                num(s.baseline(), false) + QStringLiteral("\n") + date(l, s.points.first().date),
                num(s.latest().value, false) + QStringLiteral("\n") + date(l, s.latest().date),
                s.hasProgress() ? num(s.latest().change, true)
                                : QCoreApplication::translate("ProgressReport", "single visit"),
                s.hasProgress() ? formatPercentChange(s.latest().percentChange, l)
                                : QCoreApplication::translate("ProgressReport", "—"),
                s.ratePerMonth ? num(*s.ratePerMonth, true)
                               : QCoreApplication::translate("ProgressReport", "—")};
            if (density)
                row << responderText(siteVerdict(s, rules));
            table.addRow(row);
        }
        table.place(flow);
        flow.space(6);
    }
    if (!anyMetric)
        paragraph(flow,
                  QCoreApplication::translate("ProgressReport", "No measurements in this period."),
                  font(9));
    else
        paragraph(flow,
                  QCoreApplication::translate(
                      "ProgressReport",
                      "Change and % change: latest visit against the first (baseline) visit of the "
                      "site. Per "
                      "month: least-squares slope over all visits. Responder: density gain of at "
                      "least %1 %, judged from %2 weeks after the baseline (before that: too early "
                      "to judge). Control sites get no verdict.")
                      .arg(l.toString(rules.thresholdPercent, 'f', 0))
                      .arg(rules.minFollowUpWeeks),
                  font(8), kMuted);
}

// Session log.
void ProgressReport::sessionLogSection(PageFlow &flow, const QLocale &l) const
{
    heading(flow, QCoreApplication::translate("ProgressReport", "Session log"));
    if (m_record.sessions.isEmpty()) {
        paragraph(flow,
                  QCoreApplication::translate("ProgressReport", "No sessions in this period."),
                  font(9));
    } else {
        ReportTable table(
            {{QCoreApplication::translate("ProgressReport", "Date"), 0.12},
             {QCoreApplication::translate("ProgressReport", "Device"), 0.15},
             {QCoreApplication::translate("ProgressReport", "Needle"), 0.08},
             {QCoreApplication::translate("ProgressReport", "Zones"), 0.15},
             {QCoreApplication::translate("ProgressReport", "Endpoint"), 0.11},
             {QCoreApplication::translate("ProgressReport", "Adjuncts"), 0.17},
             {QCoreApplication::translate("ProgressReport", "Pain"), 0.06},
             {QCoreApplication::translate("ProgressReport", "Adverse events"), 0.16}});
        table.setRightAligned({2, 6});
        for (auto it = m_record.sessions.crbegin(); it != m_record.sessions.crend(); ++it) {
            const auto &s = *it;
            table.addRow({date(l, s.performedAt.date()), label(s.device),
                          l.toString(s.needleLength.valueOr(0), 'f', 2) + QStringLiteral(" mm"),
                          SessionTableModel::zonesText(s),
                          s.endpoint ? label(*s.endpoint) : QString(),
                          SessionTableModel::adjunctsText(s),
                          s.pain ? QStringLiteral("%1/10").arg(*s.pain) : QString(),
                          SessionTableModel::adverseEventsText(s)});
        }
        table.place(flow);
    }
}

// Patient-reported outcomes.
void ProgressReport::outcomesSection(PageFlow &flow, const QLocale &l) const
{
    heading(flow, QCoreApplication::translate("ProgressReport", "Patient-reported outcomes"));
    if (m_record.outcomes.isEmpty()) {
        paragraph(flow,
                  QCoreApplication::translate("ProgressReport", "None recorded in this period."),
                  font(9));
    } else {
        ReportTable table(
            {{QCoreApplication::translate("ProgressReport", "Date"), 0.16},
             {QCoreApplication::translate("ProgressReport", "Global self-assessment (−3 to +3)"),
              0.38},
             {QCoreApplication::translate("ProgressReport", "Shedding (1–6)"), 0.16},
             {QCoreApplication::translate("ProgressReport", "Notes"), 0.3}});
        for (const auto &o : m_record.outcomes)
            table.addRow(
                {date(l, o.recordedOn),
                 o.globalAssessment ? globalAssessmentLabel(*o.globalAssessment) : QString(),
                 o.sheddingScore ? QString::number(*o.sheddingScore) : QString(), o.notes});
        table.place(flow);
    }
}

// Adverse events summary.
void ProgressReport::adverseEventsSection(PageFlow &flow, const QLocale &l) const
{
    heading(flow, QCoreApplication::translate("ProgressReport", "Adverse events"));
    QMap<QPair<int, int>, int> counts; // (type, severity) -> count
    int totalEvents = 0;
    for (const auto &s : m_record.sessions)
        for (const auto &e : s.adverseEvents) {
            ++counts[{int(e.type), int(e.severity)}];
            ++totalEvents;
        }
    if (totalEvents == 0) {
        paragraph(flow,
                  QCoreApplication::translate("ProgressReport",
                                              "No adverse events recorded in %n session(s).",
                                              nullptr, int(m_record.sessions.size())),
                  font(9));
    } else {
        ReportTable table({{QCoreApplication::translate("ProgressReport", "Event"), 0.4},
                           {QCoreApplication::translate("ProgressReport", "Mild"), 0.2},
                           {QCoreApplication::translate("ProgressReport", "Moderate"), 0.2},
                           {QCoreApplication::translate("ProgressReport", "Severe"), 0.2}});
        table.setRightAligned({1, 2, 3});
        for (auto type : allValues<AdverseEventType>()) {
            const int mild = counts.value({int(type), int(Severity::Mild)});
            const int moderate = counts.value({int(type), int(Severity::Moderate)});
            const int severe = counts.value({int(type), int(Severity::Severe)});
            if (mild + moderate + severe > 0)
                table.addRow({label(type), QString::number(mild), QString::number(moderate),
                              QString::number(severe)});
        }
        table.place(flow);
        // Each event with its date and the detail written for it.
        ReportTable details({{QCoreApplication::translate("ProgressReport", "Date"), 0.16},
                             {QCoreApplication::translate("ProgressReport", "Event"), 0.26},
                             {QCoreApplication::translate("ProgressReport", "Severity"), 0.14},
                             {QCoreApplication::translate("ProgressReport", "Detail"), 0.44}});
        for (const auto &s : m_record.sessions)
            for (const auto &e : s.adverseEvents)
                details.addRow({date(l, s.performedAt.date()), label(e.type), label(e.severity),
                                e.notes.trimmed()});
        details.place(flow);
        paragraph(flow,
                  QCoreApplication::translate("ProgressReport", "%1 in %n session(s).", nullptr,
                                              int(m_record.sessions.size()))
                      .arg(QCoreApplication::translate("ProgressReport", "%n adverse event(s)",
                                                       nullptr, totalEvents)),
                  font(8), kMuted);
    }
}

void ProgressReport::layout(PageFlow &flow, double) const
{
    const QLocale &l = m_options.locale;
    header(flow, l);
    diagnosesSection(flow, l);
    courseSection(flow, l);
    chartsSection(flow, l);
    progressSection(flow, l);
    sessionLogSection(flow, l);
    outcomesSection(flow, l);
    adverseEventsSection(flow, l);
    // Method note and signature.
    methodNote(flow);
    flow.space(28);
    flow.place(46, [](QPainter &p, const QRectF &area) {
        p.setPen(Qt::black);
        const double lineY = area.top() + 26;
        p.drawLine(QPointF(area.left(), lineY), QPointF(area.left() + area.width() * 0.45, lineY));
        p.drawLine(QPointF(area.left() + area.width() * 0.55, lineY), QPointF(area.right(), lineY));
        p.setFont(font(8));
        p.setPen(kMuted);
        p.drawText(QRectF(area.left(), lineY + 3, area.width() * 0.45, 14), Qt::AlignLeft,
                   QCoreApplication::translate("ProgressReport", "Clinician (name and signature)"));
        p.drawText(QRectF(area.left() + area.width() * 0.55, lineY + 3, area.width() * 0.45, 14),
                   Qt::AlignLeft, QCoreApplication::translate("ProgressReport", "Place and date"));
    });

    // Photos: the first and the latest of each view, on pages of their own after the signature.
    if (m_options.photoImage && !m_record.photos.isEmpty()) {
        photoPages(flow);
        imageAnalysisPages(flow, m_record, m_options);
    }
}

// The method paragraph: what was recorded in the report's period, each method and instrument
// with its count, the metrics among them and the thresholds in force.
void ProgressReport::methodNote(PageFlow &flow) const
{
    const QLocale &l = m_options.locale;
    const AppSettings &settings = m_options.settings;
    heading(flow, QCoreApplication::translate("ProgressReport", "Method"));
    // What was actually recorded in the report's period: each method and instrument with how
    // many site measurements it gave, the metrics among them, and the thresholds in force.
    QStringList methods;
    QMap<QString, int> perMethod;
    bool anyDensity = false;
    bool anyDiameter = false;
    bool anyTerminal = false;
    for (const auto &m : m_record.measurements) {
        if ((m_options.from.isValid() && m.measuredOn < m_options.from) ||
            (m_options.to.isValid() && m.measuredOn > m_options.to))
            continue;
        QString text = label(m.method);
        if (!m.instrument.isEmpty())
            text += QStringLiteral(" (") + m.instrument +
                    (m.magnification ? QStringLiteral(", %1×").arg(*m.magnification) : QString()) +
                    QLatin1Char(')');
        if (!methods.contains(text))
            methods << text;
        ++perMethod[text];
        anyDensity = anyDensity || m.density.isRecorded();
        anyDiameter = anyDiameter || m.meanDiameter.isRecorded();
        anyTerminal = anyTerminal || m.terminal.isRecorded() || m.vellus.isRecorded();
    }
    QStringList methodTexts;
    for (const QString &method : std::as_const(methods))
        methodTexts << QCoreApplication::translate("ProgressReport", "%1: %n site measurement(s)",
                                                   nullptr, perMethod.value(method))
                           .arg(method);
    QStringList metrics;
    if (anyDensity)
        metrics << QCoreApplication::translate("ProgressReport", "hair density (hairs/cm²)");
    if (anyDiameter)
        metrics << QCoreApplication::translate("ProgressReport", "mean hair-shaft diameter (µm)");
    if (anyTerminal)
        metrics << QCoreApplication::translate("ProgressReport", "terminal and vellus shares");
    QString note =
        methods.isEmpty()
            ? QCoreApplication::translate("ProgressReport",
                                          "No measurement was recorded in this period.")
            : QCoreApplication::translate("ProgressReport",
                                          "Measured per scalp site: %1. Methods and instruments "
                                          "as recorded: %2.")
                  .arg(metrics.isEmpty()
                           ? QCoreApplication::translate("ProgressReport", "other metrics")
                           : metrics.join(QStringLiteral(", ")),
                       methodTexts.join(QStringLiteral("; ")));
    if (anyTerminal || anyDiameter)
        note += QLatin1Char(' ') +
                QCoreApplication::translate("ProgressReport",
                                            "Hairs thinner than %1 µm count as vellus and hairs of "
                                            "%2 µm or more as terminal (this clinic's settings).")
                    .arg(l.toString(settings.vellusThresholdUm, 'f', 0),
                         l.toString(settings.terminalThresholdUm, 'f', 0));
    if (anyDensity && anyDiameter)
        note += QLatin1Char(' ') +
                QCoreApplication::translate("ProgressReport",
                                            "Cumulative hair thickness = density × mean diameter "
                                            "(mm/cm²).");
    paragraph(flow, note, font(9));
}

void ProgressReport::photoPages(PageFlow &flow) const
{
    const QLocale &l = m_options.locale;
    const auto pairs = beforeAfterByView(m_record.photos);
    if (pairs.isEmpty())
        return;
    flow.newPage();
    heading(flow, QCoreApplication::translate("ProgressReport", "Photos: first and latest"));
    paragraph(flow,
              QCoreApplication::translate(
                  "ProgressReport",
                  "For each view, the first and the latest photo of the period, as taken; the "
                  "patient consented to photos on %1.")
                  .arg(date(l, m_record.patient.photoConsentDate)),
              font(9), kMuted);
    flow.space(6);
    const double gap = 14;
    const double boxWidth = (flow.width() - gap) / 2;
    const double imageHeight = std::min(220.0, boxWidth * 0.75);
    const QFont captionFont = font(8);
    const double captionHeight = 2 * QFontMetricsF(captionFont).height() + 4;
    // Images are scaled for print (about 300 dpi at this size): the PDF stays small.
    const int printEdge = int(boxWidth * 300.0 / 72.0);
    for (const auto &pair : pairs) {
        struct Shot
        {
            QImage image;
            QString problem;
            QString caption;
        };
        auto shot = [&](const Photo &photo, const QString &which) {
            Shot s;
            s.caption = which + QStringLiteral(": ") + minuteText(photo.takenAt, l) +
                        QLatin1Char('\n') + photolabels::sessionNumber(photo, m_record.sessions);
            auto image = m_options.photoImage(photo.id);
            if (image)
                s.image = image.value().width() > printEdge || image.value().height() > printEdge
                              ? image.value().scaled(printEdge, printEdge, Qt::KeepAspectRatio,
                                                     Qt::SmoothTransformation)
                              : image.value();
            else
                s.problem = image.error().message;
            return s;
        };
        const Shot first =
            shot(pair.first, QCoreApplication::translate("ProgressReport", "First", "photo"));
        const std::optional<Shot> latest =
            pair.latest
                ? std::optional<Shot>(shot(*pair.latest, QCoreApplication::translate(
                                                             "ProgressReport", "Latest", "photo")))
                : std::nullopt;
        const QString title = pair.first.viewText();
        const double titleHeight = QFontMetricsF(font(10, true)).height() + 4;
        flow.ensure(titleHeight + imageHeight + captionHeight + 12);
        paragraph(flow, title, font(10, true));
        flow.place(imageHeight + captionHeight + 4, [=](QPainter &p, const QRectF &area) {
            auto draw = [&](const Shot &s, const QRectF &box) {
                const QRectF frame(box.left(), box.top(), box.width(), imageHeight);
                p.setPen(QPen(kMuted, 0.5));
                p.setBrush(Qt::NoBrush);
                if (!s.image.isNull()) {
                    const QSizeF fitted =
                        QSizeF(s.image.size()).scaled(frame.size(), Qt::KeepAspectRatio);
                    const QRectF target(frame.left() + (frame.width() - fitted.width()) / 2,
                                        frame.top() + (frame.height() - fitted.height()) / 2,
                                        fitted.width(), fitted.height());
                    p.drawImage(target, s.image);
                } else {
                    p.drawRect(frame);
                    p.setPen(QColor(0xc0, 0x39, 0x2b));
                    p.setFont(font(8));
                    p.drawText(frame.adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                               s.problem);
                }
                p.setPen(Qt::black);
                p.setFont(captionFont);
                p.drawText(QRectF(box.left(), frame.bottom() + 3, box.width(), captionHeight),
                           Qt::AlignHCenter | Qt::AlignTop, s.caption);
            };
            draw(first, QRectF(area.left(), area.top(), boxWidth, area.height()));
            const QRectF right(area.left() + boxWidth + gap, area.top(), boxWidth, area.height());
            if (latest) {
                draw(*latest, right);
            } else {
                p.setPen(kMuted);
                p.setFont(font(9));
                p.drawText(QRectF(right.left(), right.top(), right.width(), imageHeight),
                           Qt::AlignCenter | Qt::TextWordWrap,
                           QCoreApplication::translate("ProgressReport",
                                                       "Only one photo of this view in the "
                                                       "period."));
            }
        });
        flow.space(10);
    }
}

int ProgressReport::render(QPagedPaintDevice &device) const
{
    return renderPages(
        device, [this](PageFlow &flow, double scale) { layout(flow, scale); },
        m_record.patient.displayName() + QStringLiteral(" · MRN ") + m_record.patient.mrn,
        m_options.auditAnchor);
}

Result<int> ProgressReport::writePdf(const QString &path) const
{
    return writePagedPdf(path, m_options.settings.effectivePaperSize(), pageMarginsMm(),
                         {title(), author(), subject(), keywords(), m_options.reportDate},
                         [this](QPagedPaintDevice &device) { return render(device); });
}

QString ProgressReport::author() const
{
    if (!m_options.author.isEmpty())
        return m_options.author;
    return m_options.settings.clinicName.isEmpty() ? QStringLiteral("Tricholog")
                                                   : m_options.settings.clinicName;
}

QString ProgressReport::keywords() const
{
    return QCoreApplication::translate("ProgressReport",
                                       "hair regrowth, microneedling, trichoscopy, MRN %1")
        .arg(m_record.patient.mrn);
}

QString ProgressReport::subject() const
{
    return QCoreApplication::translate("ProgressReport",
                                       "Microneedling treatment and hair regrowth since baseline");
}

QByteArray ProgressReport::xmpMetadata() const
{
    return xmpOf({title(), author(), subject(), keywords(), m_options.reportDate});
}

void ProgressReport::print(QPrinter &printer) const
{
    printer.setDocName(title());
    render(printer);
}

} // namespace tricholog
