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

} // namespace

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
    if (!adjunct && !QStringList{QStringLiteral("none"), QStringLiteral("device"),
                                 QStringLiteral("needle"), QStringLiteral("diagnosis")}
                         .contains(o.by))
        return invalid(QCoreApplication::translate(
                           "Outcomes",
                           "Unknown grouping \"%1\"; one of: none, device, needle, diagnosis, "
                           "adjunct:KEY.")
                           .arg(o.by));
    if (!std::isfinite(o.responderPct) || o.responderPct < -100 || o.responderPct > 1000)
        return invalid(QCoreApplication::translate(
            "Outcomes", "The responder threshold must be -100 to 1000 %."));
    if (o.from && o.to && *o.from > *o.to)
        return invalid(QCoreApplication::translate("Outcomes", "--from is after --to."));
    return {};
}

Outcomes compute(const QList<PatientRows> &rows, const Options &o)
{
    Outcomes out;
    for (const PatientRows &p : rows) {
        auto c = changeOf(p, o);
        if (p.values.isEmpty() || (o.from && p.values.first().on < *o.from) ||
            (o.to && p.values.first().on > *o.to))
            continue; // not in the selection (by the baseline's date)
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
    if (o.by.startsWith(QLatin1String("adjunct:"))) {
        // Both groups, "with" first, even when one is empty.
        const QString key = o.by.mid(8);
        const QString with = QStringLiteral("with ") + key,
                      without = QStringLiteral("without ") + key;
        out.rows << rowOf(with, groups.value(with), o.responderPct)
                 << rowOf(without, groups.value(without), o.responderPct);
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
