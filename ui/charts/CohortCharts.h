#pragma once

#include "core/clinical/Cohort.h"

#include <QHash>
#include <QList>

class QAbstractSeries;
class QChart;

namespace tricholog {

// The charts of clinic outcomes (the window and the cohort report draw the same ones; the report
// paints them with ChartRenderer::paintChart).
namespace cohortcharts {

// Which patient each point of a series is, in the order of the series' points.
using PointPatients = QHash<const QAbstractSeries *, QList<qint64>>;

// At most this many points are drawn per group (the whiskers' outliers always are).
inline constexpr int kMaxPointsPerGroup = 1500;

// Each patient's change by group: a box per group (quartiles, whiskers at 1.5 x IQR) with every
// patient as a point (a group of more than kMaxPointsPerGroup: every point beyond the whiskers
// and an evenly spaced sample of the others; the title says so), spread sideways by a fixed
// function of the patient's id (the same picture every time); zero as a dashed line. With
// `references`, the published arms of the metric are drawn apart, in their own column at the right,
// as hollow grey marks lettered A, B, ... (armKey gives each letter's citation, arm and time point,
// written under the chart). `points` (optional) receives which patient each point is.
QChart *changeChart(const cohort::Outcomes &outcomes, const cohort::Options &options,
                    bool references, PointPatients *points = nullptr);
// The responder rate of each group (bars) with its 95 % Wilson interval (a line with caps).
QChart *responderChart(const cohort::Outcomes &outcomes, const cohort::Options &options);
// The letter that marks the published arm `index` (A, B, ...) and its key under the chart
// ("A: Dhurat 2013, microneedling + 5 % minoxidil, week 12, +91.4").
QString armMark(qsizetype index);
QString armKey(const cohort::ReferenceArm &arm, qsizetype index);
// The groups drawn (the comparison row of adjunct:KEY is not a group).
QList<cohort::GroupRow> drawnGroups(const cohort::Outcomes &outcomes);

} // namespace cohortcharts

} // namespace tricholog
