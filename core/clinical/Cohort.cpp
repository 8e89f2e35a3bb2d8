#include "core/clinical/Cohort.h"

#include "core/model/Keys.h"
#include "core/model/MeasurementFields.h"

#include <QCoreApplication>
#include <QMap>
#include <algorithm>
#include <cmath>

namespace tricholog::cohort {

namespace {

Error invalid(const QString &message)
{
    return Error{Error::Kind::Validation, message, {}};
}

// The sessions from baseline to follow-up inclusive.
QList<PatientRows::Session> sessionsBetween(const PatientRows &p, QDate from, QDate to)
{
    QList<PatientRows::Session> out;
    for (const auto &s : p.sessions)
        if (s.on >= from && s.on <= to)
            out << s;
    return out;
}

// The patient's group under `by` (docs/OUTCOMES.md, "Groups").
QString groupOf(const PatientRows &p, QDate from, QDate to, const QString &by)
{
    if (by == QLatin1String("adherence"))
        return !p.adherence          ? QStringLiteral("no plan")
               : *p.adherence >= 0.8 ? QStringLiteral("at least 80%")
                                     : QStringLiteral("under 80%");
    if (by == QLatin1String("diagnosis"))
        return p.diagnosis.isEmpty() ? QStringLiteral("no active diagnosis") : p.diagnosis;
    const QList<PatientRows::Session> sessions = sessionsBetween(p, from, to);
    if (by.startsWith(QLatin1String("adjunct:"))) {
        const QString key = by.mid(8);
        const bool with = std::any_of(sessions.begin(), sessions.end(),
                                      [&](const auto &s) { return s.adjuncts.contains(key); });
        return (with ? QStringLiteral("with ") : QStringLiteral("without ")) + key;
    }
    if (by == QLatin1String("device") || by == QLatin1String("needle")) {
        if (sessions.isEmpty())
            return QStringLiteral("no session");
        // The most frequent; a tie takes the first key in order (for a needle: the shorter).
        QMap<QString, int> counts;
        for (const auto &s : sessions)
            ++counts[by == QLatin1String("device")
                         ? s.device
                         : QString::asprintf("%05.2f", s.needleMm)]; // sorts by length
        auto best = counts.cbegin();
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            if (it.value() > best.value())
                best = it;
        if (by == QLatin1String("device"))
            return best.key();
        return QString::number(best.key().toDouble()) + QStringLiteral(" mm");
    }
    return QStringLiteral("all");
}

// Baseline: the earliest value; follow-up: the one closest to baseline + N weeks within
// plus or minus W weeks, a tie taking the earlier. Empty without a follow-up.
std::optional<PatientChange> changeOf(const PatientRows &p, const Options &o)
{
    if (p.values.isEmpty())
        return std::nullopt;
    const PatientRows::Value &base = p.values.first();
    const QDate target = base.on.addDays(qint64(o.atWeeks) * 7);
    const qint64 window = qint64(o.windowWeeks) * 7;
    const PatientRows::Value *best = nullptr;
    for (qsizetype i = 1; i < p.values.size(); ++i) {
        const PatientRows::Value &v = p.values[i];
        const qint64 off = std::abs(v.on.daysTo(target));
        if (v.on <= base.on || off > window)
            continue;
        if (!best || off < std::abs(best->on.daysTo(target)))
            best = &v; // values come by date: an equal distance keeps the earlier
    }
    if (!best)
        return std::nullopt;
    PatientChange c;
    c.patientId = p.patientId;
    c.mrn = p.mrn;
    c.baselineOn = base.on;
    c.followUpOn = best->on;
    c.baseline = base.value;
    c.followUp = best->value;
    return c;
}

GroupRow rowOf(const QString &group, const QList<const PatientChange *> &members, double pct)
{
    GroupRow row;
    row.group = group;
    row.patients = int(members.size());
    QList<double> changes, pcts;
    double baselines = 0;
    for (const PatientChange *c : members) {
        changes << c->change();
        baselines += c->baseline;
        if (const auto p = c->pctChange()) {
            pcts << *p;
            row.responders += *p >= pct ? 1 : 0;
        }
    }
    if (row.patients > 0)
        row.meanBaseline = baselines / row.patients;
    row.change = summarise(changes);
    if (!pcts.isEmpty()) {
        row.meanPctChange = summarise(pcts).mean;
        row.responderRatePct = 100.0 * row.responders / double(pcts.size());
        const auto ci = wilson(row.responders, int(pcts.size()));
        row.responderCi95Pct = Interval{ci->low * 100, ci->high * 100};
    }
    return row;
}

QString cell(const std::optional<double> &v)
{
    return v && std::isfinite(*v) ? QString::number(*v, 'f', 6) : QString();
}

// Whole years from birth to `on`.
int ageOn(QDate birth, QDate on)
{
    int years = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --years;
    return years;
}

// Whether the patient is in the selection (by the baseline's date, diagnosis, sex and age).
bool selected(const PatientRows &p, const Options &o)
{
    if (p.values.isEmpty())
        return false;
    const QDate baseline = p.values.first().on;
    if ((o.from && baseline < *o.from) || (o.to && baseline > *o.to))
        return false;
    if ((!o.diagnosis.isEmpty() && p.diagnosis != o.diagnosis) ||
        (!o.sex.isEmpty() && p.sex != o.sex))
        return false;
    if (o.ageFrom || o.ageTo) {
        if (!p.birthDate.isValid())
            return false; // an age band needs the date of birth
        const int age = ageOn(p.birthDate, baseline);
        if ((o.ageFrom && age < *o.ageFrom) || (o.ageTo && age > *o.ageTo))
            return false;
    }
    return true;
}

} // namespace

bool Options::needsSessions() const
{
    return by == QLatin1String("device") || by == QLatin1String("needle") ||
           by.startsWith(QLatin1String("adjunct:")) || needsAdherence();
}

bool Options::needsAdherence() const
{
    return by == QLatin1String("adherence");
}

bool Options::needsDiagnoses() const
{
    return by == QLatin1String("diagnosis") || !diagnosis.isEmpty();
}

std::optional<double> PatientChange::pctChange() const
{
    if (baseline == 0)
        return std::nullopt;
    return 100.0 * change() / baseline;
}

Result<void> check(const Options &o)
{
    if (!measurementFieldByKey(o.metric)) {
        QStringList keys;
        for (const MeasurementField &f : measurementFields())
            keys << f.keyText();
        return invalid(QCoreApplication::translate("Outcomes", "Unknown metric \"%1\"; one of: %2.")
                           .arg(o.metric, keys.join(QStringLiteral(", "))));
    }
    if (o.atWeeks < 1 || o.atWeeks > 520)
        return invalid(QCoreApplication::translate(
                           "Outcomes", "The time point must be 1 to 520 weeks (given: %1).")
                           .arg(o.atWeeks));
    if (o.windowWeeks < 0 || o.windowWeeks >= o.atWeeks)
        return invalid(QCoreApplication::translate(
                           "Outcomes",
                           "The window must be 0 weeks or more and shorter than the time point "
                           "(given: %1 weeks at week %2).")
                           .arg(o.windowWeeks)
                           .arg(o.atWeeks));
    const bool adjunct = o.by.startsWith(QLatin1String("adjunct:"));
    if (adjunct && !fromKey<AdjunctType>(o.by.mid(8)))
        return invalid(
            QCoreApplication::translate("Outcomes", "Unknown adjunct in \"%1\"; one of: %2.")
                .arg(o.by, allKeys<AdjunctType>().join(QStringLiteral(", "))));
    if (!adjunct &&
        !QStringList{QStringLiteral("none"), QStringLiteral("device"), QStringLiteral("needle"),
                     QStringLiteral("diagnosis"), QStringLiteral("adherence")}
             .contains(o.by))
        return invalid(QCoreApplication::translate(
                           "Outcomes",
                           "Unknown grouping \"%1\"; one of: none, device, needle, diagnosis, "
                           "adjunct:KEY, adherence.")
                           .arg(o.by));
    if (!std::isfinite(o.responderPct) || o.responderPct < -100 || o.responderPct > 1000)
        return invalid(QCoreApplication::translate(
            "Outcomes", "The responder threshold must be -100 to 1000 %."));
    if (o.from && o.to && *o.from > *o.to)
        return invalid(QCoreApplication::translate("Outcomes", "--from is after --to."));
    if (!o.diagnosis.isEmpty() && !fromKey<DiagnosisType>(o.diagnosis))
        return invalid(
            QCoreApplication::translate("Outcomes", "Unknown diagnosis \"%1\".").arg(o.diagnosis));
    if (!o.sex.isEmpty() && !fromKey<Sex>(o.sex))
        return invalid(QCoreApplication::translate("Outcomes", "Unknown sex \"%1\".").arg(o.sex));
    for (const auto &age : {o.ageFrom, o.ageTo})
        if (age && (*age < 0 || *age > 130))
            return invalid(QCoreApplication::translate("Outcomes",
                                                       "An age must be 0 to 130 years (given: %1).")
                               .arg(*age));
    if (o.ageFrom && o.ageTo && *o.ageFrom > *o.ageTo)
        return invalid(QCoreApplication::translate("Outcomes",
                                                   "The age band's lower bound is above its "
                                                   "upper bound."));
    return {};
}

Outcomes compute(const QList<PatientRows> &rows, const Options &o)
{
    Outcomes out;
    for (const PatientRows &p : rows) {
        if (!selected(p, o))
            continue;
        auto c = changeOf(p, o);
        if (!c) {
            ++out.excludedNoFollowUp;
            continue;
        }
        c->group = groupOf(p, c->baselineOn, c->followUpOn, o.by);
        out.excludedZeroBaseline += c->baseline == 0 ? 1 : 0;
        out.patients << *c;
    }
    QMap<QString, QList<const PatientChange *>> groups;
    for (const PatientChange &c : std::as_const(out.patients))
        groups[c.group] << &c;
    const bool adherence = o.by == QLatin1String("adherence");
    if (o.by.startsWith(QLatin1String("adjunct:")) || adherence) {
        // Both groups, "with" (at least 80 %) first, even when one is empty; then the patients
        // without a plan; then the comparison of the two.
        const QString key = o.by.mid(8);
        const QString with = adherence ? QStringLiteral("at least 80%")
                                       : QStringLiteral("with ") + key,
                      without = adherence ? QStringLiteral("under 80%")
                                          : QStringLiteral("without ") + key;
        out.rows << rowOf(with, groups.value(with), o.responderPct)
                 << rowOf(without, groups.value(without), o.responderPct);
        if (adherence && groups.contains(QStringLiteral("no plan")))
            out.rows << rowOf(QStringLiteral("no plan"), groups.value(QStringLiteral("no plan")),
                              o.responderPct);
        QList<double> a, b;
        for (const PatientChange *c : groups.value(with))
            a << c->change();
        for (const PatientChange *c : groups.value(without))
            b << c->change();
        GroupRow compare;
        compare.group = with + QStringLiteral(" - ") + without;
        compare.patients = int(a.size() + b.size());
        compare.comparison = welch(a, b);
        out.rows << compare;
        return out;
    }
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        out.rows << rowOf(it.key(), it.value(), o.responderPct);
    if (out.rows.isEmpty())
        out.rows << rowOf(o.by == QLatin1String("none") ? QStringLiteral("all") : QString(), {},
                          o.responderPct);
    return out;
}

QString groupLabel(const QString &group, const QString &by)
{
    if (group == QLatin1String("all"))
        return QCoreApplication::translate("Outcomes", "All patients");
    if (group == QLatin1String("no session"))
        return QCoreApplication::translate("Outcomes", "No session");
    if (group == QLatin1String("no active diagnosis"))
        return QCoreApplication::translate("Outcomes", "No active diagnosis");
    if (group == QLatin1String("no plan"))
        return QCoreApplication::translate("Outcomes", "No treatment plan");
    if (group == QLatin1String("at least 80%"))
        return QCoreApplication::translate("Outcomes", "Adherence at least 80 %");
    if (group == QLatin1String("under 80%"))
        return QCoreApplication::translate("Outcomes", "Adherence under 80 %");
    if (const int dash = int(group.indexOf(QLatin1String(" - "))); dash > 0)
        return groupLabel(group.left(dash), by) + QStringLiteral(" − ") +
               groupLabel(group.mid(dash + 3), by);
    if (by == QLatin1String("device"))
        if (const auto d = fromKey<Device>(group))
            return label(*d);
    if (by == QLatin1String("diagnosis"))
        if (const auto d = fromKey<DiagnosisType>(group))
            return label(*d);
    if (by.startsWith(QLatin1String("adjunct:")))
        if (const auto a = fromKey<AdjunctType>(by.mid(8)))
            return (group.startsWith(QLatin1String("with "))
                        ? QCoreApplication::translate("Outcomes", "with %1")
                        : QCoreApplication::translate("Outcomes", "without %1"))
                .arg(label(*a));
    return group; // a needle length: "1.5 mm"
}

QList<ReferenceArm> referenceArms(const QString &metric)
{
    if (metric != QLatin1String("density_per_cm2"))
        return {};
    const QString density = QStringLiteral("density_per_cm2");
    // docs/OUTCOMES.md, "Published arms": Dhurat 2013 (a 1 cm2 tattooed area, 100 men);
    // Olsen 2002 (men, target-area counts).
    return {
        {QStringLiteral("Dhurat 2013"),
         QCoreApplication::translate("Outcomes", "microneedling + 5 % minoxidil"), density, 12,
         91.4, std::nullopt, std::nullopt},
        {QStringLiteral("Dhurat 2013"),
         QCoreApplication::translate("Outcomes", "5 % minoxidil alone"), density, 12, 22.2,
         std::nullopt, std::nullopt},
        {QStringLiteral("Olsen 2002"), QCoreApplication::translate("Outcomes", "5 % minoxidil"),
         density, 48, 18.6, 25.4, 139},
        {QStringLiteral("Olsen 2002"), QCoreApplication::translate("Outcomes", "2 % minoxidil"),
         density, 48, 12.7, 20.7, 141},
        {QStringLiteral("Olsen 2002"), QCoreApplication::translate("Outcomes", "placebo"), density,
         48, 3.9, 21.7, 78},
    };
}

QByteArray csv(const Outcomes &outcomes)
{
    QByteArray out = "group,patients,mean_baseline,mean_change,sd_change,ci95_low,ci95_high,"
                     "mean_pct_change,responders,responder_rate_pct,responder_ci95_low_pct,"
                     "responder_ci95_high_pct,p_value\n";
    for (const GroupRow &r : outcomes.rows) {
        QStringList cells{r.group, QString::number(r.patients)};
        if (r.comparison) {
            const WelchResult &w = *r.comparison;
            cells << QString() << cell(w.difference) << QString() << cell(w.ci95.low)
                  << cell(w.ci95.high) << QString() << QString() << QString() << QString()
                  << QString() << cell(w.pValue);
        } else if (!r.group.contains(QLatin1String(" - "))) {
            cells << cell(r.meanBaseline) << (r.patients > 0 ? cell(r.change.mean) : QString())
                  << cell(r.change.sd)
                  << cell(r.change.ci95 ? std::optional(r.change.ci95->low) : std::nullopt)
                  << cell(r.change.ci95 ? std::optional(r.change.ci95->high) : std::nullopt)
                  << cell(r.meanPctChange)
                  << (r.responderRatePct ? QString::number(r.responders) : QString())
                  << cell(r.responderRatePct)
                  << cell(r.responderCi95Pct ? std::optional(r.responderCi95Pct->low)
                                             : std::nullopt)
                  << cell(r.responderCi95Pct ? std::optional(r.responderCi95Pct->high)
                                             : std::nullopt)
                  << QString();
        } else {
            cells << QStringList(11, QString()); // a comparison without two samples of two
        }
        // A group is a key, a needle length or "with KEY": no comma or quote to escape.
        out += cells.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    out += "excluded_no_followup," + QByteArray::number(outcomes.excludedNoFollowUp) + '\n';
    out += "excluded_zero_baseline," + QByteArray::number(outcomes.excludedZeroBaseline) + '\n';
    return out;
}

} // namespace tricholog::cohort
