#pragma once

#include "core/Result.h"
#include "core/model/Enums.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Treatment plans (issue 24): a protocol template (device, needle length, interval, number of
// sessions, adjuncts with doses, measurement visits, photo views) applied from a start date gives
// a patient's planned visits; recorded sessions and measurement visits fulfil the nearest open
// planned visit within a tolerance; adherence and the next visit due follow. Pure: storage and
// the window come on top.
namespace tricholog::plan {

struct AdjunctDose
{
    AdjunctType adjunct = AdjunctType::Minoxidil;
    QString dose; // free text: "5 % solution, 1 ml twice daily"
    bool operator==(const AdjunctDose &) const = default;
};

// A protocol template, or the copy of one in a patient's plan (editable for that patient).
struct Protocol
{
    QString name;
    Device device = Device::Dermaroller;
    double needleMm = 1.5;
    int intervalDays = 14;
    int sessions = 12;
    QList<AdjunctDose> adjuncts;
    QList<int> measurementWeeks; // weeks from the start, ascending (for example 0, 12, 24)
    QList<PhotoView> photoViews; // to take at the measurement visits
    QString notes;
    bool operator==(const Protocol &) const = default;
};

// Every problem named: an empty name, a needle outside 0.1-3.0 mm, an interval outside 1-365
// days, 1-100 sessions, measurement weeks outside 0-260 or repeated.
Result<void> check(const Protocol &protocol);

// The three protocols of the demo data (the seeds of docs/DOMAIN.md): weekly 1.5 mm dermaroller
// with 5 % minoxidil for 12 weeks; pen 0.5-1.0 mm every 2-4 weeks; monthly PRP with
// microneedling.
QList<Protocol> seedProtocols();

enum class VisitKind
{
    Session,
    Measurement
};

enum class VisitState
{
    Done,     // fulfilled by a recorded session or measurement visit
    Due,      // not yet fulfilled, its tolerance window open today
    Upcoming, // its window not yet open
    Missed,   // not fulfilled and its window closed
    Cancelled // after the plan was stopped
};

struct PlannedVisit
{
    VisitKind kind = VisitKind::Session;
    int number = 0; // a session's number (1-based), or a measurement visit's week
    QDate due;
    VisitState state = VisitState::Upcoming;
    std::optional<QDate> doneOn;
    qint64 doneBy = 0; // the session's id, or 0 for a measurement visit fulfilled by a date
    // Not done, and a session (or measurement visit) was recorded after its date, outside its
    // window: missed for the adherence, but not asked for again.
    bool passed = false;
};

struct Tolerance
{
    int sessionDays = 3;
    int measurementDays = 14;
    int days(VisitKind kind) const
    {
        return kind == VisitKind::Session ? sessionDays : measurementDays;
    }
};

// The visits of `protocol` from `start`: session n on start + (n - 1) x interval, measurement
// visits on start + 7 x week; by date, a session before a measurement visit on the same day.
QList<PlannedVisit> generate(const Protocol &protocol, QDate start);

// What was recorded: a session (its id) or a measurement visit (a date with measurements).
struct Recorded
{
    QDate on;
    qint64 id = 0;
};

// Fulfilment and states. Recorded items of a kind, in date order, each fulfil the open planned
// visit of that kind whose due date is nearest, within the tolerance (a tie: the earlier visit);
// an item outside every open visit's window fulfils none (an extra session). Then each visit not
// done is Cancelled when due after `stoppedOn`, Missed when its window closed before `today`, Due
// when today is within its window, else Upcoming.
void fulfil(QList<PlannedVisit> &visits, QList<Recorded> sessions, QList<Recorded> measurements,
            const Tolerance &tolerance, QDate today, std::optional<QDate> stoppedOn = {});

// The share (0-1) of the planned sessions whose window has closed or that are done, done within
// the tolerance; empty before the first session's window closes.
std::optional<double> adherence(const QList<PlannedVisit> &visits);

// The next visit to book: of each kind, the first not done after the last one done (a visit
// missed before a later one was done, or passed, is not asked for again; a measurement visit
// missed gives way to a later one already due); the earlier of the two. Empty when nothing is
// left or the plan was stopped (a visit Cancelled). `daysOverdue` is 0 when not yet due.
struct NextDue
{
    PlannedVisit visit;
    int daysOverdue = 0;
};
std::optional<NextDue> nextDue(const QList<PlannedVisit> &visits, QDate today);

// "83 % (10 of 12 planned sessions kept)" (translated), or empty before adherence is measurable.
QString adherenceSummary(const QList<PlannedVisit> &visits, const QLocale &locale);

// "Microneedling session 3 of 12", "Measurement visit, week 12" (translated).
QString visitName(const PlannedVisit &visit, const Protocol &protocol);
// "done", "due", "upcoming", "missed", "cancelled" (translated).
QString stateLabel(VisitState state);

// "session 6 of 12 due 14 Jan 2027; measurement visit week 12 due 28 Jan 2027; photos: vertex,
// frontal" (translated; dates in `locale`); empty when nothing is left.
QString dueSummary(const QList<PlannedVisit> &visits, const Protocol &protocol, QDate today,
                   const QLocale &locale);

} // namespace tricholog::plan
