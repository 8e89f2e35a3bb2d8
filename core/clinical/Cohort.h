#pragma once

#include "core/Result.h"
#include "core/clinical/CohortStats.h"
#include "core/model/Enums.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

// Clinic outcomes across patients (docs/OUTCOMES.md has the definitions): for a metric and a
// site, each patient's baseline (the earliest measurement) and follow-up (the one closest to
// baseline + N weeks within plus or minus W weeks), the change, grouped, with the statistics of
// CohortStats.h. Pure: the rows come from storage (CohortQuery.h).
namespace tricholog::cohort {

struct Options
{
    QString metric = QStringLiteral("density_per_cm2"); // a measurement field key
    ScalpSite site = ScalpSite::Vertex;
    int atWeeks = 12;
    int windowWeeks = 4;
    // none, device, needle, diagnosis, adjunct:KEY, adherence (to the patient's treatment plan:
    // at least 80 % of the planned sessions kept, or under 80 %)
    QString by = QStringLiteral("none");
    double responderPct = 10;
    std::optional<QDate> from, to; // the baseline's date
    // Filters of the window (docs/OUTCOMES.md, "Selection"); empty: everyone.
    QString diagnosis;                 // type key of the earliest active diagnosis
    QString sex;                       // key
    std::optional<int> ageFrom, ageTo; // whole years at the baseline, inclusive
    // What the rows must hold for these options beyond the values.
    bool needsSessions() const;
    bool needsDiagnoses() const;
    bool needsAdherence() const; // the patients' plans (sessions too)
};

// Checks the options: a clear error naming what is wrong (unknown metric, grouping, adjunct,
// weeks out of range, from after to).
Result<void> check(const Options &options);

// What storage reads for one patient.
struct PatientRows
{
    qint64 patientId = 0;
    QString mrn;
    struct Value
    {
        QDate on;
        double value = 0;
    };
    QList<Value> values; // the metric at the site, by date (then id)
    struct Session
    {
        QDate on;
        QString device; // key
        double needleMm = 0;
        QStringList adjuncts; // keys
    };
    QList<Session> sessions; // by date
    QString diagnosis;       // type key of the earliest active diagnosis; empty for none
    QString sex;             // key
    QDate birthDate;         // invalid when not recorded
    // The share of the planned sessions kept (plan::adherence of the latest plan, today);
    // empty without a plan or before a session was due.
    std::optional<double> adherence;
};

struct PatientChange
{
    qint64 patientId = 0;
    QString mrn;
    QString group;
    QDate baselineOn, followUpOn;
    double baseline = 0, followUp = 0;
    double change() const { return followUp - baseline; }
    std::optional<double> pctChange() const; // empty for a zero baseline
};

struct GroupRow
{
    QString group;
    int patients = 0;
    std::optional<double> meanBaseline;
    MeanSummary change;
    std::optional<double> meanPctChange;
    int responders = 0;
    std::optional<double> responderRatePct;
    std::optional<Interval> responderCi95Pct;
    std::optional<WelchResult> comparison; // the comparison row of adjunct:KEY only
};

struct Outcomes
{
    QList<PatientChange> patients; // in the analysis
    QList<GroupRow> rows;          // the groups in order, then the comparison row
    int excludedNoFollowUp = 0;
    int excludedZeroBaseline = 0; // in the change figures, not in percent or responders
};

Outcomes compute(const QList<PatientRows> &rows, const Options &options);

// A group's name for people (translated labels of the keys: "Dermaroller", "1.5 mm", "with
// Minoxidil 5 %", "Androgenetic alopecia (male)"); the CSV keeps the keys.
QString groupLabel(const QString &group, const QString &by);

// A trial's published arm, drawn for context next to the clinic's own figures.
struct ReferenceArm
{
    QString citation; // "Dhurat 2013"
    QString arm;      // translated: "microneedling + 5 % minoxidil"
    QString metric;   // a measurement field key
    int weeks = 0;
    double meanChange = 0;
    std::optional<double> sd;
    std::optional<int> n;
};
// The arms of docs/OUTCOMES.md for `metric` (only density has published arms).
QList<ReferenceArm> referenceArms(const QString &metric);

// The CSV (header: group,patients,mean_baseline,mean_change,sd_change,ci95_low,ci95_high,
// mean_pct_change,responders,responder_rate_pct,responder_ci95_low_pct,responder_ci95_high_pct,
// p_value), numbers with six decimals and a dot, then excluded_no_followup,N and
// excluded_zero_baseline,N.
QByteArray csv(const Outcomes &outcomes);

} // namespace tricholog::cohort
