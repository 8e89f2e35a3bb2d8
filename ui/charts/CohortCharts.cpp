#include "ui/charts/CohortCharts.h"

#include "core/model/MeasurementFields.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QCoreApplication>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace tricholog::cohortcharts {

namespace {

const QColor kBox(0x1f, 0x4e, 0x79);
const QColor kPoint(0x2e, 0x86, 0xc1);
const QColor kReference(0x70, 0x70, 0x70);

// Sideways spread of a patient's point in its column: a fixed function of the id, -0.28..0.28.
double spread(qint64 id)
{
    const quint64 h = quint64(id) * 2654435761ULL;
    return (double((h >> 8) % 1000) / 999.0 - 0.5) * 0.56;
}

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *m : chart->legend()->markers(series))
        m->setVisible(false);
}

QString metricAxisTitle(const cohort::Options &o)
{
    const MeasurementField *f = measurementFieldByKey(o.metric);
    const QString unit = f ? f->unitText() : QString();
    return unit.isEmpty()
               ? QCoreApplication::translate("CohortCharts", "Change from baseline")
               : QCoreApplication::translate("CohortCharts", "Change from baseline (%1)").arg(unit);
}

// A vertical segment with short caps at x from low to high.
QLineSeries *interval(double x, double low, double high, const QColor &color)
{
    auto *s = new QLineSeries;
    s->append({{x - 0.08, low},
               {x + 0.08, low},
               {x, low},
               {x, high},
               {x - 0.08, high},
               {x + 0.08, high}});
    s->setPen(QPen(color, 2));
    return s;
}

} // namespace

// A category label as rich text in short lines (the axis truncates a long line).
QString wrapped(const QString &text)
{
    QStringList lines;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && lines.last().size() + word.size() < 14)
            lines.last() += QLatin1Char(' ') + word;
        else
            lines << word;
    }
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

QString armMark(qsizetype index)
{
    return QString(QChar(u'A' + char16_t(index)));
}

QString armKey(const cohort::ReferenceArm &arm, qsizetype index)
{
    return QCoreApplication::translate("CohortCharts", "%1: %2, %3, week %4, %5%6")
        .arg(armMark(index), arm.citation, arm.arm)
        .arg(arm.weeks)
        .arg(arm.meanChange >= 0 ? QStringLiteral("+") : QString())
        .arg(arm.meanChange, 0, 'f', 1);
}

namespace {

// Thousands of points are one blot and slow to draw: keeps every point beyond the whiskers and
// an evenly spaced sample (by patient id) of the others, kMaxPointsPerGroup in all. True.
bool thin(QList<QPointF> &xy, QList<qint64> &ids, const cohort::BoxSummary &box)
{
    QList<QPointF> kept;
    QList<qint64> keptIds;
    const double step = double(xy.size()) / kMaxPointsPerGroup;
    double next = 0;
    for (qsizetype i = 0; i < xy.size(); ++i) {
        const double y = xy[i].y();
        const bool outside = y < box.lowWhisker || y > box.highWhisker;
        if (outside || double(i) >= next) {
            kept << xy[i];
            keptIds << ids[i];
        }
        if (double(i) >= next)
            next += step;
    }
    xy = std::move(kept);
    ids = std::move(keptIds);
    return true;
}

// The published arms as hollow grey marks lettered A, B, ... around the column `x` (the key is
// written under the chart); `high` grows to the highest.
void addReferenceArms(QChart *chart, const QList<cohort::ReferenceArm> &arms, double x,
                      QAbstractAxis *axisX, QAbstractAxis *axisY, double &high)
{
    const QList<QScatterSeries::MarkerShape> shapes{
        QScatterSeries::MarkerShapeRotatedRectangle, QScatterSeries::MarkerShapeTriangle,
        QScatterSeries::MarkerShapeRectangle, QScatterSeries::MarkerShapeCircle,
        QScatterSeries::MarkerShapeStar};
    for (qsizetype i = 0; i < arms.size(); ++i) {
        auto *s = new QScatterSeries;
        s->setName(armMark(i));
        s->setPointLabelsFormat(armMark(i));
        s->setPointLabelsVisible(true);
        s->setPointLabelsClipping(false);
        s->setMarkerShape(shapes[i % shapes.size()]);
        s->setMarkerSize(11);
        s->setColor(Qt::white);
        s->setBorderColor(kReference);
        s->append(x + (double(i) - (arms.size() - 1) / 2.0) * 0.12, arms[i].meanChange);
        high = std::max(high, arms[i].meanChange);
        chart->addSeries(s);
        s->attachAxis(axisX);
        s->attachAxis(axisY);
        hideFromLegend(chart, s);
    }
}

} // namespace

QList<cohort::GroupRow> drawnGroups(const cohort::Outcomes &outcomes)
{
    QList<cohort::GroupRow> out;
    for (const cohort::GroupRow &r : outcomes.rows)
        if (!r.comparison && !r.group.contains(QLatin1String(" - ")))
            out << r;
    return out;
}

QChart *changeChart(const cohort::Outcomes &outcomes, const cohort::Options &options,
                    bool references, PointPatients *points)
{
    auto *chart = new QChart;
    chart->setTitle(QCoreApplication::translate("CohortCharts", "Each patient's change by group"));
    const QList<cohort::GroupRow> groups = drawnGroups(outcomes);
    QStringList categories;
    auto *boxes = new QBoxPlotSeries;
    boxes->setName(QCoreApplication::translate("CohortCharts", "Quartiles and 1.5 IQR"));
    boxes->setBrush(QColor(0x1f, 0x4e, 0x79, 40));
    boxes->setPen(QPen(kBox, 1.5));
    QList<QScatterSeries *> scatters;
    double low = 0, high = 0;
    bool sampled = false;
    for (const cohort::GroupRow &g : groups) {
        const int x = int(categories.size());
        // Axis labels are rich text: the count on a line of its own.
        categories << QStringLiteral("%1<br>n = %2")
                          .arg(wrapped(cohort::groupLabel(g.group, options.by)))
                          .arg(g.patients);
        QList<double> changes;
        auto *scatter = new QScatterSeries;
        scatter->setName(QCoreApplication::translate("CohortCharts", "Patients"));
        scatter->setMarkerSize(6);
        scatter->setColor(QColor(kPoint.red(), kPoint.green(), kPoint.blue(), 150));
        scatter->setBorderColor(Qt::transparent);
        QList<QPointF> xy;
        QList<qint64> ids;
        for (const cohort::PatientChange &c : outcomes.patients) {
            if (c.group != g.group)
                continue;
            changes << c.change();
            xy << QPointF(x + spread(c.patientId), c.change());
            ids << c.patientId;
            low = std::min(low, c.change());
            high = std::max(high, c.change());
        }
        const auto box = cohort::boxOf(changes);
        if (xy.size() > kMaxPointsPerGroup && box)
            sampled = thin(xy, ids, *box);
        scatter->replace(xy);
        scatters << scatter;
        if (points)
            points->insert(scatter, ids);
        auto *set = new QBoxSet(categories.last());
        if (box)
            *set << box->lowWhisker << box->q1 << box->median << box->q3 << box->highWhisker;
        boxes->append(set);
    }
    const QList<cohort::ReferenceArm> arms =
        references ? cohort::referenceArms(options.metric) : QList<cohort::ReferenceArm>();
    if (!arms.isEmpty())
        categories << wrapped(
            QCoreApplication::translate("CohortCharts", "Published arms (context)"));
    chart->addSeries(boxes);
    for (QScatterSeries *s : std::as_const(scatters))
        chart->addSeries(s);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories.isEmpty()
                      ? QStringList{QCoreApplication::translate("CohortCharts", "No patients")}
                      : categories);
    auto *axisY = new QValueAxis;
    axisY->setTitleText(metricAxisTitle(options));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    addReferenceArms(chart, arms, double(categories.size() - 1), axisX, axisY, high);
    auto *zero = new QLineSeries;
    zero->append({{-0.5, 0}, {std::max<double>(0.5, categories.size() - 0.5), 0}});
    zero->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    chart->addSeries(zero);
    for (QAbstractSeries *s : QList<QAbstractSeries *>{boxes, zero}) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    for (QScatterSeries *s : std::as_const(scatters)) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    for (qsizetype i = 1; i < scatters.size(); ++i)
        hideFromLegend(chart, scatters[i]); // one "Patients" entry
    hideFromLegend(chart, zero);
    const double margin = std::max(1.0, (high - low) * 0.06);
    axisY->setRange(low - margin, high + margin);
    axisY->applyNiceNumbers();
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (sampled)
        chart->setTitle(QCoreApplication::translate(
                            "CohortCharts",
                            "Each patient's change by group (groups over %1: outliers and an "
                            "even sample)")
                            .arg(kMaxPointsPerGroup));
    return chart;
}

QChart *responderChart(const cohort::Outcomes &outcomes, const cohort::Options &options)
{
    auto *chart = new QChart;
    chart->setTitle(
        QCoreApplication::translate("CohortCharts",
                                    "Responders (change of %1 % or more), 95 % Wilson intervals")
            .arg(options.responderPct));
    const QList<cohort::GroupRow> groups = drawnGroups(outcomes);
    auto *bars = new QBarSeries;
    auto *set = new QBarSet(QCoreApplication::translate("CohortCharts", "Responder rate"));
    set->setColor(QColor(0x2e, 0x86, 0xc1, 170));
    set->setBorderColor(kBox);
    QStringList categories;
    QList<QLineSeries *> intervals;
    for (const cohort::GroupRow &g : groups) {
        categories << wrapped(cohort::groupLabel(g.group, options.by));
        *set << g.responderRatePct.value_or(0);
        if (g.responderCi95Pct)
            intervals << interval(double(categories.size() - 1), g.responderCi95Pct->low,
                                  g.responderCi95Pct->high, Qt::black);
    }
    bars->append(set);
    bars->setLabelsVisible(true);
    bars->setLabelsFormat(QStringLiteral("@value %"));
    bars->setLabelsPosition(QAbstractBarSeries::LabelsInsideBase);
    bars->setLabelsPrecision(3);
    chart->addSeries(bars);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories.isEmpty()
                      ? QStringList{QCoreApplication::translate("CohortCharts", "No patients")}
                      : categories);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, 100);
    axisY->setTitleText(QCoreApplication::translate("CohortCharts", "Responders (%)"));
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    bars->attachAxis(axisX);
    bars->attachAxis(axisY);
    for (qsizetype i = 0; i < intervals.size(); ++i) {
        QLineSeries *s = intervals[i];
        s->setName(QCoreApplication::translate("CohortCharts", "95 % interval"));
        chart->addSeries(s);
        s->attachAxis(axisX);
        s->attachAxis(axisY);
        if (i > 0)
            hideFromLegend(chart, s);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace tricholog::cohortcharts
