#include "core/storage/RecallQuery.h"

#include "core/io/Csv.h"
#include "core/io/SafeIo.h"
#include "core/model/Keys.h"
#include "core/security/Disclosure.h"
#include "core/storage/Database.h"
#include "core/storage/PatientSummary.h"
#include "core/storage/SqlValues.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <optional>

namespace tricholog {

namespace {

QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

struct Candidate
{
    RecallRow row;
    plan::Protocol protocol;
    QDate start;
    bool kept = false; // the summary's days are current
    QString sessionDays, measurementDays;
    QList<QDate> sessions, measurements; // read from the rows when the summary's are not
};

// Runs `sql` and hands each row to `take`; an error names the statement's failure.
template<typename F>
Result<void> each(Database &db, const QString &sql, F take)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return Error::storage(Database::describe(q));
    while (q.next())
        take(q);
    if (q.lastError().isValid())
        return Error::storage(Database::describe(q));
    return {};
}

// The patients with a plan not stopped (the plan at the latest start of each), with the days of
// their visits as the patient list's summary keeps them.
const QString kActivePlans = QStringLiteral(
    "SELECT p.id, p.mrn, p.family_name, p.given_name, p.phone, p.email, t.name, t.start_date, "
    "t.interval_days, t.sessions, t.measurement_weeks, s.stale, s.session_days, "
    "s.measurement_days, s.days_zone FROM treatment_plan t JOIN patient p ON p.id = t.patient_id "
    "LEFT JOIN "
    "patient_summary s ON s.patient_id = p.id WHERE p.archived = 0 AND t.stopped_on IS NULL "
    "ORDER BY p.id, t.start_date, t.id");
const QString kPlanned = QStringLiteral("SELECT patient_id FROM treatment_plan WHERE stopped_on "
                                        "IS NULL");

// The candidates in patient order, and where each patient's is.
struct Candidates
{
    QList<Candidate> list;
    QHash<qint64, qsizetype> at;
    Candidate *find(qint64 patientId)
    {
        const auto it = at.constFind(patientId);
        return it == at.cend() ? nullptr : &list[*it];
    }
};

Result<Candidates> readPlans(Database &db)
{
    Candidates byPatient;
    const QString zone = patientsummary::daysZone();
    auto read = each(db, kActivePlans, [&](const QSqlQuery &q) {
        const qint64 id = q.value(0).toLongLong();
        if (byPatient.list.isEmpty() || byPatient.list.last().row.patientId != id) {
            byPatient.at.insert(id, byPatient.list.size());
            byPatient.list.emplace_back();
        }
        Candidate &c = byPatient.list.last(); // in start order: a later start replaces an earlier
        c.row.patientId = q.value(0).toLongLong();
        c.row.mrn = q.value(1).toString();
        c.row.familyName = q.value(2).toString();
        c.row.givenName = q.value(3).toString();
        c.row.phone = q.value(4).toString();
        c.row.email = q.value(5).toString();
        c.row.plan = q.value(6).toString();
        c.start = dateOf(q.value(7));
        c.protocol = {};
        c.protocol.intervalDays = q.value(8).toInt();
        c.protocol.sessions = q.value(9).toInt();
        for (const QString &w : q.value(10).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            c.protocol.measurementWeeks << w.toInt();
        // Current, and local dates of this workstation's zone (a job in another zone read them).
        c.kept =
            !q.value(11).isNull() && q.value(11).toInt() == 0 && q.value(14).toString() == zone;
        c.sessionDays = q.value(12).toString();
        c.measurementDays = q.value(13).toString();
    });
    if (!read)
        return read.error();
    return byPatient;
}

// The sessions' and measurement visits' days of the patients whose summary is stale or missing
// (a read-only database, another workstation's change since the refresh, a refresh that could
// not write, days kept in another time zone): from their rows.
Result<void> readStaleDays(Database &db, Candidates &byPatient)
{
    QStringList ids;
    for (const Candidate &c : std::as_const(byPatient.list))
        if (!c.kept)
            ids << QString::number(c.row.patientId);
    if (ids.isEmpty())
        return {};
    const QString in = ids.join(QLatin1Char(','));
    auto read =
        each(db,
             QStringLiteral("SELECT patient_id, performed_at FROM session WHERE "
                            "patient_id IN (%1) ORDER BY patient_id, performed_at")
                 .arg(in),
             [&](const QSqlQuery &q) {
                 if (Candidate *c = byPatient.find(
                         q.value(0).toLongLong())) // the local date, as the summary keeps it
                     c->sessions << sql::toDateTime(q.value(1)).date();
             });
    if (!read)
        return read;
    return each(db,
                QStringLiteral("SELECT DISTINCT patient_id, measured_on FROM measurement WHERE "
                               "patient_id IN (%1) ORDER BY patient_id, measured_on")
                    .arg(in),
                [&](const QSqlQuery &q) {
                    if (Candidate *c = byPatient.find(q.value(0).toLongLong()))
                        c->measurements << dateOf(q.value(1));
                });
}

// The candidate's next visit on `o.today`, if it belongs on the list.
std::optional<plan::NextDue> nextOnTheList(Candidate &c, const RecallOptions &o)
{
    if (c.kept) {
        c.sessions = patientsummary::splitDays(c.sessionDays);
        c.measurements = patientsummary::splitDays(c.measurementDays);
    }
    std::sort(c.sessions.begin(), c.sessions.end());
    if (!c.sessions.isEmpty())
        c.row.lastSession = c.sessions.last();
    QList<plan::Recorded> sessions, measurements;
    const QDate from = c.start.addDays(-o.tolerance.sessionDays);
    for (const QDate &on : std::as_const(c.sessions))
        if (on >= from)
            sessions.append({on, 0});
    for (const QDate &on : std::as_const(c.measurements))
        measurements.append({on, 0});
    QList<plan::PlannedVisit> visits = plan::generate(c.protocol, c.start);
    plan::fulfil(visits, sessions, measurements, o.tolerance, o.today);
    auto next = plan::nextDue(visits, o.today);
    if (!next || (o.overdueOnly && next->daysOverdue < 1) ||
        (next->daysOverdue == 0 && next->visit.due > o.today.addDays(o.dueWithinDays)))
        return std::nullopt;
    return next;
}

} // namespace

Result<QList<RecallRow>> loadRecall(Database &db, const RecallOptions &o)
{
    // The front desk's list: whoever enters sessions (assistants included) may read it.
    if (auto allowed = db.require(Permission::EditSessions); !allowed)
        return allowed.error();
    // The days of each patient's visits, as the patient list's summary keeps them: computed
    // again first for the patients whose sessions or measurements changed.
    // A refresh that cannot write now (another workstation's import holds the database) is not
    // the list's failure: the stale patients are read from their rows below.
    if (!db.readOnly())
        if (auto refreshed = patientsummary::refreshStale(db); !refreshed)
            qWarning("recall list: the patients' summaries were not brought up to date: %s",
                     qPrintable(refreshed.error().message));
    auto plans = readPlans(db);
    if (!plans)
        return plans.error();
    Candidates &byPatient = plans.value();
    if (auto read = readStaleDays(db, byPatient); !read)
        return read.error();
    auto read =
        each(db,
             QStringLiteral("SELECT patient_id, attempted_at, outcome FROM contact_attempt "
                            "WHERE patient_id IN (%1) ORDER BY patient_id, attempted_at, id")
                 .arg(kPlanned),
             [&](const QSqlQuery &q) {
                 Candidate *c = byPatient.find(q.value(0).toLongLong());
                 if (!c)
                     return;
                 c->row.lastContact = sql::toDateTime(q.value(1)); // the latest stays
                 c->row.lastContactOutcome = q.value(2).toString();
             });
    if (!read)
        return read.error();

    QList<RecallRow> out;
    out.reserve(byPatient.list.size());
    for (Candidate &c : byPatient.list) {
        const auto next = nextOnTheList(c, o);
        if (!next)
            continue;
        c.row.next = next->visit;
        c.row.daysOverdue = next->daysOverdue;
        out << std::move(c.row);
    }
    std::sort(out.begin(), out.end(), [](const RecallRow &a, const RecallRow &b) {
        if (a.daysOverdue != b.daysOverdue)
            return a.daysOverdue > b.daysOverdue;
        if (a.next.due != b.next.due)
            return a.next.due < b.next.due;
        return a.mrn < b.mrn;
    });
    return out;
}

QByteArray recallCsv(const QList<RecallRow> &rows)
{
    CsvWriter writer;
    writer.addRow({QStringLiteral("mrn"), QStringLiteral("family_name"),
                   QStringLiteral("given_name"), QStringLiteral("phone"), QStringLiteral("email"),
                   QStringLiteral("plan"), QStringLiteral("next_due"),
                   QStringLiteral("days_overdue"), QStringLiteral("last_session"),
                   QStringLiteral("last_contact"), QStringLiteral("last_contact_outcome")});
    for (const RecallRow &r : rows)
        writer.addRow(
            {r.mrn, r.familyName, r.givenName, r.phone, r.email, r.plan,
             r.next.due.toString(Qt::ISODate), QString::number(r.daysOverdue),
             r.lastSession.toString(Qt::ISODate),
             r.lastContact.isValid() ? r.lastContact.date().toString(Qt::ISODate) : QString(),
             r.lastContactOutcome});
    QByteArray data = writer.data();
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3); // the header first, byte for byte, for the clinics' scripts
    return data;
}

Result<void> writeRecallCsv(Database &db, const QList<RecallRow> &rows, const QString &path)
{
    if (auto written = writeWholeFile(path, recallCsv(rows)); !written)
        return written;
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const RecallRow &r : rows)
        ids << r.patientId;
    return recordDisclosure(db, DisclosureKind::Csv, ids, path);
}

} // namespace tricholog
