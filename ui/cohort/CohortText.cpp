#include "ui/cohort/CohortText.h"

#include "core/model/Keys.h"
#include "core/model/MeasurementFields.h"
#include "ui/charts/CohortCharts.h"
#include "ui/widgets/DateText.h"

#include <QCoreApplication>
#include <cmath>

namespace tricholog::cohorttext {

namespace {

QString number(const QLocale &l, std::optional<double> v, int decimals, bool sign = false)
{
    if (!v || !std::isfinite(*v))
        return QCoreApplication::translate("CohortText", "—");
    const QString text = l.toString(*v, 'f', decimals);
    return sign && *v > 0 ? QStringLiteral("+") + text : text;
}

QString range(const QLocale &l, std::optional<double> low, std::optional<double> high, int decimals)
{
    if (!low || !high)
        return QCoreApplication::translate("CohortText", "—");
    return QCoreApplication::translate("CohortText", "%1 to %2")
        .arg(number(l, low, decimals), number(l, high, decimals));
}

int decimalsOf(const cohort::Options &o)
{
    const MeasurementField *f = measurementFieldByKey(o.metric);
    return f ? std::max(1, f->range.decimals) : 1;
}

} // namespace

QString metricName(const cohort::Options &o)
{
    const MeasurementField *f = measurementFieldByKey(o.metric);
    const QString name = f ? f->labelText() : o.metric;
    const QString unit = f ? f->unitText() : QString();
    return (unit.isEmpty() ? QCoreApplication::translate("CohortText", "%1 at the %3")
                           : QCoreApplication::translate("CohortText", "%1 (%2) at the %3"))
        .arg(name, unit, label(o.site).toLower());
}

QStringList tableHeaders(const cohort::Options &o)
{
    const MeasurementField *f = measurementFieldByKey(o.metric);
    const QString unit = f ? f->unitText() : QString();
    // Two short lines each: the window's header and the report's columns stay narrow.
    return {QCoreApplication::translate("CohortText", "Group"),
            QCoreApplication::translate("CohortText", "n"),
            QCoreApplication::translate("CohortText", "Mean baseline\n(%1)").arg(unit),
            QCoreApplication::translate("CohortText", "Mean change\n(%1)").arg(unit),
            QCoreApplication::translate("CohortText", "SD of\nchange"),
            QCoreApplication::translate("CohortText", "95 % CI of\nmean change"),
            QCoreApplication::translate("CohortText", "Mean\nchange (%)"),
            QCoreApplication::translate("CohortText", "Respon-\nders"),
            QCoreApplication::translate("CohortText", "Responder rate\n(95 % CI)")};
}

QList<QStringList> tableRows(const cohort::Outcomes &outcomes, const cohort::Options &o,
                             const QLocale &l)
{
    const int d = decimalsOf(o);
    QList<QStringList> rows;
    for (const cohort::GroupRow &r : outcomes.rows) {
        if (r.comparison || r.group.contains(QLatin1String(" - ")))
            continue; // written as a sentence (comparison())
        QStringList cells{cohort::groupLabel(r.group, o.by), l.toString(r.patients)};
        cells << number(l, r.meanBaseline, d)
              << (r.patients > 0 ? number(l, r.change.mean, d, true)
                                 : QCoreApplication::translate("CohortText", "—"))
              << number(l, r.change.sd, d)
              << range(l, r.change.ci95 ? std::optional(r.change.ci95->low) : std::nullopt,
                       r.change.ci95 ? std::optional(r.change.ci95->high) : std::nullopt, d)
              << number(l, r.meanPctChange, 1, true)
              << (r.responderRatePct ? l.toString(r.responders)
                                     : QCoreApplication::translate("CohortText", "—"));
        cells << (r.responderRatePct ? QCoreApplication::translate("CohortText", "%1 % (%2 to %3)")
                                           .arg(number(l, r.responderRatePct, 1),
                                                number(l, r.responderCi95Pct->low, 1),
                                                number(l, r.responderCi95Pct->high, 1))
                                     : QCoreApplication::translate("CohortText", "—"));
        rows << cells;
    }
    return rows;
}

QString comparison(const cohort::Outcomes &outcomes, const cohort::Options &o, const QLocale &l)
{
    if (!o.by.startsWith(QLatin1String("adjunct:")) && o.by != QLatin1String("adherence"))
        return {};
    for (const cohort::GroupRow &r : outcomes.rows) {
        if (!r.group.contains(QLatin1String(" - ")))
            continue;
        const QString groups = cohort::groupLabel(r.group, o.by);
        if (!r.comparison)
            return QCoreApplication::translate(
                       "CohortText",
                       "%1: not computed, each group needs two patients or more with some "
                       "spread.")
                .arg(groups);
        const cohort::WelchResult &w = *r.comparison;
        const int d = decimalsOf(o);
        const QString p = w.pValue < 0.001 ? QCoreApplication::translate("CohortText", "p < 0.001")
                                           : QCoreApplication::translate("CohortText", "p = %1")
                                                 .arg(l.toString(w.pValue, 'f', 3));
        return QCoreApplication::translate(
                   "CohortText", "%1: difference of mean changes %2 (95 % CI %3, Welch), %4.")
            .arg(groups, number(l, w.difference, d, true), range(l, w.ci95.low, w.ci95.high, d), p);
    }
    return {};
}

QString grouping(const cohort::Options &o)
{
    if (o.by == QLatin1String("device"))
        return QCoreApplication::translate(
            "CohortText",
            "Device used in most sessions from baseline to follow-up (a tie: the first "
            "key in alphabetical order)");
    if (o.by == QLatin1String("needle"))
        return QCoreApplication::translate(
            "CohortText",
            "Needle length used in most sessions from baseline to follow-up (a tie: the "
            "shorter)");
    if (o.by == QLatin1String("diagnosis"))
        return QCoreApplication::translate("CohortText", "Type of the earliest active diagnosis");
    if (o.by.startsWith(QLatin1String("adjunct:"))) {
        const auto a = fromKey<AdjunctType>(o.by.mid(8));
        return QCoreApplication::translate(
                   "CohortText", "With or without %1 in any session from baseline to follow-up")
            .arg(a ? label(*a) : o.by.mid(8));
    }
    if (o.by == QLatin1String("adherence"))
        return QCoreApplication::translate(
            "CohortText",
            "Adherence to the patient's latest treatment plan today: the share of the planned "
            "sessions due so far that were kept within the tolerance, at least 80 % or under "
            "80 %; patients without a plan (or before a planned session was due) apart");
    return QCoreApplication::translate("CohortText", "None (all patients in one group)");
}

QString method(const cohort::Options &o)
{
    return QCoreApplication::translate(
               "CohortText",
               "Baseline: each patient's earliest measurement of the metric at the site. "
               "Follow-up: the measurement closest to baseline + %1 weeks within plus or minus "
               "%2 weeks (a tie takes the earlier); patients without one are not analysed and are "
               "counted as having no follow-up in the window. Change = follow-up − baseline; "
               "percent change = 100 × change / baseline, undefined for a zero baseline (such a "
               "patient counts in the change figures, not in the percent figures or the "
               "responders). Responder: a percent change of %3 % or more. Per group: mean change, "
               "its standard deviation (n − 1) and its 95 % confidence interval, mean ± t(0.975, "
               "n − 1) × SD / √n (none for fewer than two patients); responder rate among the "
               "patients with a non-zero baseline, with its 95 % Wilson score interval. With and "
               "without an adjunct: the difference of mean changes, its Welch 95 % confidence "
               "interval (Welch-Satterthwaite degrees of freedom) and the two-sided Welch t-test "
               "p-value. Student's t from Boost.Math. These are observational figures from "
               "routine care, not a randomised comparison: groups may differ in ways that affect "
               "the outcome.")
        .arg(o.atWeeks)
        .arg(o.windowWeeks)
        .arg(QLocale().toString(o.responderPct));
}

QList<QPair<QString, QString>> selection(const cohort::Options &o, const QLocale &l)
{
    const QString any = QCoreApplication::translate("CohortText", "any");
    QString age = any;
    if (o.ageFrom && o.ageTo)
        age = QCoreApplication::translate("CohortText", "%1 to %2 years at baseline")
                  .arg(*o.ageFrom)
                  .arg(*o.ageTo);
    else if (o.ageFrom)
        age = QCoreApplication::translate("CohortText", "%1 years or more at baseline")
                  .arg(*o.ageFrom);
    else if (o.ageTo)
        age = QCoreApplication::translate("CohortText", "up to %1 years at baseline").arg(*o.ageTo);
    QString dates = QCoreApplication::translate("CohortText", "any");
    if (o.from || o.to)
        dates = QCoreApplication::translate("CohortText", "%1 to %2")
                    .arg(o.from ? dateText(*o.from, l)
                                : QCoreApplication::translate("CohortText", "the first"),
                         o.to ? dateText(*o.to, l)
                              : QCoreApplication::translate("CohortText", "the latest"));
    const auto diagnosis = fromKey<DiagnosisType>(o.diagnosis);
    const auto sex = fromKey<Sex>(o.sex);
    return {{QCoreApplication::translate("CohortText", "Metric"), metricName(o)},
            {QCoreApplication::translate("CohortText", "Time point"),
             QCoreApplication::translate("CohortText", "week %1, plus or minus %2 weeks")
                 .arg(o.atWeeks)
                 .arg(o.windowWeeks)},
            {QCoreApplication::translate("CohortText", "Groups"), grouping(o)},
            {QCoreApplication::translate("CohortText", "Responder threshold"),
             QCoreApplication::translate("CohortText", "%1 %").arg(l.toString(o.responderPct))},
            {QCoreApplication::translate("CohortText", "Earliest active diagnosis"),
             diagnosis ? label(*diagnosis) : any},
            {QCoreApplication::translate("CohortText", "Sex"), sex ? label(*sex) : any},
            {QCoreApplication::translate("CohortText", "Age"), age},
            {QCoreApplication::translate("CohortText", "Baseline dates"), dates}};
}

QString exclusions(const cohort::Outcomes &outcomes)
{
    return QCoreApplication::translate(
               "CohortText",
               "Not analysed: %1 patient(s) without a follow-up in the window. Zero baseline: %2 "
               "patient(s), counted in the change figures only.")
        .arg(outcomes.excludedNoFollowUp)
        .arg(outcomes.excludedZeroBaseline);
}

QString referenceKey(const cohort::Options &o)
{
    QStringList keys;
    const QList<cohort::ReferenceArm> arms = cohort::referenceArms(o.metric);
    for (qsizetype i = 0; i < arms.size(); ++i)
        keys << cohortcharts::armKey(arms[i], i);
    if (keys.isEmpty())
        return {};
    return QCoreApplication::translate(
               "CohortText", "Published arms (grey marks, other populations and time points): %1.")
        .arg(keys.join(QStringLiteral("; ")));
}

QStringList referenceHeaders()
{
    return {QCoreApplication::translate("CohortText", "Mark"),
            QCoreApplication::translate("CohortText", "Trial"),
            QCoreApplication::translate("CohortText", "Arm"),
            QCoreApplication::translate("CohortText", "Week"),
            QCoreApplication::translate("CohortText", "Mean change"),
            QCoreApplication::translate("CohortText", "SD"),
            QCoreApplication::translate("CohortText", "n")};
}

QList<QStringList> referenceRows(const cohort::Options &o, const QLocale &l)
{
    QList<QStringList> rows;
    const QList<cohort::ReferenceArm> arms = cohort::referenceArms(o.metric);
    for (qsizetype i = 0; i < arms.size(); ++i) {
        const cohort::ReferenceArm &a = arms[i];
        rows << QStringList{cohortcharts::armMark(i),
                            a.citation,
                            a.arm,
                            l.toString(a.weeks),
                            number(l, a.meanChange, 1, true),
                            number(l, a.sd, 1),
                            a.n ? l.toString(*a.n)
                                : QCoreApplication::translate("CohortText", "—")};
    }
    return rows;
}

} // namespace tricholog::cohorttext
