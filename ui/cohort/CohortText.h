#pragma once

#include "core/clinical/Cohort.h"

#include <QLocale>
#include <QStringList>

namespace tricholog {

// What the clinic-outcomes window and the cohort report both write, worded once: the table of
// the groups, the comparison, the method (docs/OUTCOMES.md's definitions with the chosen
// figures), the selection and the exclusions. Locale-formatted numbers (the CSV keeps its own).
namespace cohorttext {

QString metricName(const cohort::Options &o); // "Hair density (hairs/cm²) at the vertex"
QStringList tableHeaders(const cohort::Options &o);
QList<QStringList> tableRows(const cohort::Outcomes &outcomes, const cohort::Options &o,
                             const QLocale &l = QLocale());
// The adjunct comparison in a sentence; empty for other groupings.
QString comparison(const cohort::Outcomes &outcomes, const cohort::Options &o,
                   const QLocale &l = QLocale());
QString method(const cohort::Options &o);
QString grouping(const cohort::Options &o); // "Device used in most sessions"
// The choices that select patients, as label/value lines.
QList<QPair<QString, QString>> selection(const cohort::Options &o, const QLocale &l = QLocale());
QString exclusions(const cohort::Outcomes &outcomes);
// The key to the published arms' marks on the change chart; empty without arms.
QString referenceKey(const cohort::Options &o);
// The published arms as table rows (mark, citation, arm, week, mean change, SD, n).
QStringList referenceHeaders();
QList<QStringList> referenceRows(const cohort::Options &o, const QLocale &l = QLocale());

} // namespace cohorttext

} // namespace tricholog
