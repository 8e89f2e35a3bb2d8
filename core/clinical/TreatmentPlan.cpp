#include "core/clinical/TreatmentPlan.h"

#include "core/model/Keys.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace tricholog::plan {

namespace {

Error invalid(const QString &message)
{
    return Error{Error::Kind::Validation, message, {}};
}

// Of `kind`, after the last one done and not passed by a later recorded one: a session, the first
// not done (the course goes on from there); a measurement visit, the one whose window is open, else
// the latest missed (a week-12 measurement taken at week 30 measures neither), else the first
// upcoming. nullptr when none.
const PlannedVisit *nextOf(const QList<PlannedVisit> &visits, VisitKind kind)
{
    qsizetype lastDone = -1;
    for (qsizetype i = 0; i < visits.size(); ++i)
        if (visits[i].kind == kind && visits[i].state == VisitState::Done)
            lastDone = i;
    const PlannedVisit *missed = nullptr;
    for (qsizetype i = lastDone + 1; i < visits.size(); ++i) {
        const PlannedVisit &v = visits[i];
        if (v.kind != kind || v.state == VisitState::Done || v.state == VisitState::Cancelled ||
            v.passed)
            continue;
        if (kind == VisitKind::Session || v.state == VisitState::Due)
            return &v;
        if (v.state == VisitState::Upcoming)
            return missed ? missed : &v;
        missed = &v;
    }
    return missed;
}

} // namespace

Result<void> check(const Protocol &p)
{
    QStringList problems;
    if (p.name.trimmed().isEmpty())
        problems << QCoreApplication::translate("Plan", "The protocol needs a name.");
    if (!std::isfinite(p.needleMm) || p.needleMm < 0.1 || p.needleMm > 3.0)
        problems << QCoreApplication::translate("Plan", "The needle length must be 0.1 to 3.0 mm "
                                                        "(given: %1).")
                        .arg(p.needleMm);
    if (p.intervalDays < 1 || p.intervalDays > 365)
        problems << QCoreApplication::translate("Plan",
                                                "The interval must be 1 to 365 days (given: %1).")
                        .arg(p.intervalDays);
    if (p.sessions < 1 || p.sessions > 100)
        problems << QCoreApplication::translate(
                        "Plan", "The number of sessions must be 1 to 100 (given: %1).")
                        .arg(p.sessions);
    QSet<int> seen;
    for (int week : p.measurementWeeks) {
        if (week < 0 || week > 260)
            problems << QCoreApplication::translate(
                            "Plan", "A measurement visit must be 0 to 260 weeks from the start "
                                    "(given: %1).")
                            .arg(week);
        else if (seen.contains(week))
            problems << QCoreApplication::translate("Plan", "Measurement week %1 is given twice.")
                            .arg(week);
        seen.insert(week);
    }
    if (problems.isEmpty())
        return {};
    return invalid(problems.join(QLatin1Char(' ')));
}

QList<Protocol> seedProtocols()
{
    Protocol roller;
    roller.name = QCoreApplication::translate(
        "Plan", "Dermaroller 1.5 mm weekly with minoxidil 5 % (12 weeks)");
    roller.device = Device::Dermaroller;
    roller.needleMm = 1.5;
    roller.intervalDays = 7;
    roller.sessions = 12;
    roller.adjuncts = {
        {AdjunctType::Minoxidil,
         QCoreApplication::translate("Plan", "5 % solution, 1 ml twice daily, not on "
                                             "the day of a session")}};
    roller.measurementWeeks = {0, 12, 24};
    roller.photoViews = {PhotoView::GlobalVertex, PhotoView::GlobalFrontal,
                         PhotoView::Trichoscopic};
    roller.notes =
        QCoreApplication::translate("Plan", "Needling until mild erythema (Dhurat 2013).");
    Protocol pen;
    pen.name = QCoreApplication::translate("Plan", "Pen 0.5-1.0 mm every 3 weeks");
    pen.device = Device::Pen;
    pen.needleMm = 1.0;
    pen.intervalDays = 21;
    pen.sessions = 8;
    pen.measurementWeeks = {0, 12, 24};
    pen.photoViews = {PhotoView::GlobalVertex, PhotoView::Trichoscopic};
    pen.notes = QCoreApplication::translate(
        "Plan", "0.5 mm frontal and temporal, up to 1.0 mm vertex; every 2-4 weeks as "
                "tolerated.");
    Protocol prp;
    prp.name = QCoreApplication::translate("Plan", "PRP monthly with microneedling");
    prp.device = Device::Pen;
    prp.needleMm = 1.0;
    prp.intervalDays = 28;
    prp.sessions = 4;
    prp.adjuncts = {
        {AdjunctType::Prp,
         QCoreApplication::translate("Plan", "3-4 ml per session, applied after microneedling")}};
    prp.measurementWeeks = {0, 12, 24};
    prp.photoViews = {PhotoView::GlobalVertex, PhotoView::GlobalFrontal};
    prp.notes = QCoreApplication::translate("Plan", "Then every 3-6 months as maintenance.");
    return {roller, pen, prp};
}

QList<PlannedVisit> generate(const Protocol &protocol, QDate start)
{
    QList<PlannedVisit> visits;
    for (int n = 1; n <= protocol.sessions; ++n)
        visits.append({VisitKind::Session, n, start.addDays(qint64(n - 1) * protocol.intervalDays),
                       VisitState::Upcoming, std::nullopt, 0});
    for (int week : protocol.measurementWeeks)
        visits.append({VisitKind::Measurement, week, start.addDays(qint64(week) * 7),
                       VisitState::Upcoming, std::nullopt, 0});
    std::stable_sort(visits.begin(), visits.end(), [](const auto &a, const auto &b) {
        return a.due != b.due ? a.due < b.due : a.kind < b.kind;
    });
    return visits;
}

void fulfil(QList<PlannedVisit> &visits, QList<Recorded> sessions, QList<Recorded> measurements,
            const Tolerance &tolerance, QDate today, std::optional<QDate> stoppedOn)
{
    for (PlannedVisit &v : visits) {
        v.doneOn.reset();
        v.doneBy = 0;
        v.passed = false;
    }
    for (auto [kind, recorded] : {std::pair{VisitKind::Session, &sessions},
                                  std::pair{VisitKind::Measurement, &measurements}}) {
        std::stable_sort(recorded->begin(), recorded->end(),
                         [](const Recorded &a, const Recorded &b) { return a.on < b.on; });
        const int window = tolerance.days(kind);
        for (const Recorded &r : *recorded) {
            PlannedVisit *best = nullptr;
            qint64 bestDistance = 0;
            for (PlannedVisit &v : visits) {
                if (v.kind != kind || v.doneOn || (stoppedOn && v.due > *stoppedOn))
                    continue;
                const qint64 distance = std::abs(v.due.daysTo(r.on));
                if (distance <= window && (!best || distance < bestDistance)) {
                    best = &v; // visits come by date: a tie keeps the earlier
                    bestDistance = distance;
                }
            }
            if (best) {
                best->doneOn = r.on;
                best->doneBy = r.id;
            }
        }
        // The patient came later (on schedule or not): what was planned before is not asked for.
        if (!recorded->isEmpty())
            for (PlannedVisit &v : visits)
                if (v.kind == kind && !v.doneOn && v.due < recorded->last().on)
                    v.passed = true;
    }
    for (PlannedVisit &v : visits) {
        const int window = tolerance.days(v.kind);
        if (v.doneOn)
            v.state = VisitState::Done;
        else if (stoppedOn && v.due > *stoppedOn)
            v.state = VisitState::Cancelled;
        else if (v.due.addDays(window) < today)
            v.state = VisitState::Missed;
        else if (v.due.addDays(-window) <= today)
            v.state = VisitState::Due;
        else
            v.state = VisitState::Upcoming;
    }
}

std::optional<double> adherence(const QList<PlannedVisit> &visits)
{
    int done = 0, counted = 0;
    for (const PlannedVisit &v : visits) {
        if (v.kind != VisitKind::Session)
            continue;
        if (v.state == VisitState::Done)
            ++done;
        if (v.state == VisitState::Done || v.state == VisitState::Missed)
            ++counted;
    }
    if (counted == 0)
        return std::nullopt;
    return double(done) / counted;
}

std::optional<NextDue> nextDue(const QList<PlannedVisit> &visits, QDate today)
{
    if (std::any_of(visits.begin(), visits.end(),
                    [](const PlannedVisit &v) { return v.state == VisitState::Cancelled; }))
        return std::nullopt; // a stopped plan asks for nothing
    const PlannedVisit *session = nextOf(visits, VisitKind::Session);
    const PlannedVisit *measurement = nextOf(visits, VisitKind::Measurement);
    const PlannedVisit *next = session;
    if (!next || (measurement && measurement->due < next->due))
        next = measurement;
    if (!next)
        return std::nullopt;
    return NextDue{*next, int(std::max<qint64>(0, next->due.daysTo(today)))};
}

QString adherenceSummary(const QList<PlannedVisit> &visits, const QLocale &locale)
{
    const auto share = adherence(visits);
    if (!share)
        return {};
    int counted = 0, kept = 0;
    for (const PlannedVisit &v : visits)
        if (v.kind == VisitKind::Session &&
            (v.state == VisitState::Done || v.state == VisitState::Missed)) {
            ++counted;
            kept += v.state == VisitState::Done ? 1 : 0;
        }
    return QCoreApplication::translate("Plan", "%1 % (%2 of %n planned session(s) kept)", nullptr,
                                       counted)
        .arg(locale.toString(100.0 * *share, 'f', 0))
        .arg(kept);
}

QString visitName(const PlannedVisit &v, const Protocol &protocol)
{
    return v.kind == VisitKind::Session
               ? QCoreApplication::translate("Plan", "Microneedling session %1 of %2")
                     .arg(v.number)
                     .arg(protocol.sessions)
               : QCoreApplication::translate("Plan", "Measurement visit, week %1").arg(v.number);
}

QString stateLabel(VisitState state)
{
    switch (state) {
    case VisitState::Done:
        return QCoreApplication::translate("Plan", "done");
    case VisitState::Due:
        return QCoreApplication::translate("Plan", "due");
    case VisitState::Upcoming:
        return QCoreApplication::translate("Plan", "upcoming");
    case VisitState::Missed:
        return QCoreApplication::translate("Plan", "missed");
    case VisitState::Cancelled:
        return QCoreApplication::translate("Plan", "cancelled");
    }
    return {};
}

QString dueSummary(const QList<PlannedVisit> &visits, const Protocol &protocol, QDate today,
                   const QLocale &locale)
{
    Q_UNUSED(today)
    QStringList parts;
    const QString format = QStringLiteral("d MMM yyyy");
    if (const PlannedVisit *s = nextOf(visits, VisitKind::Session))
        parts << QCoreApplication::translate("Plan", "session %1 of %2 due %3")
                     .arg(s->number)
                     .arg(protocol.sessions)
                     .arg(locale.toString(s->due, format));
    if (const PlannedVisit *m = nextOf(visits, VisitKind::Measurement)) {
        parts << QCoreApplication::translate("Plan", "measurement visit week %1 due %2")
                     .arg(m->number)
                     .arg(locale.toString(m->due, format));
        QStringList views;
        for (PhotoView view : protocol.photoViews)
            views << label(view);
        if (!views.isEmpty())
            parts << QCoreApplication::translate("Plan", "photos: %1")
                         .arg(views.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace tricholog::plan
