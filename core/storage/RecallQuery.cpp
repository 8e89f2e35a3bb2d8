#include "core/storage/RecallQuery.h"

#include "core/io/Csv.h"
#include "core/io/SafeIo.h"
#include "core/model/Keys.h"
#include "core/security/Disclosure.h"
#include "core/storage/Database.h"
#include "core/storage/SqlValues.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

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
    QList<plan::Recorded> sessions, measurements;
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

// The patients with a plan not stopped: the plan at the latest start of each.
const QString kActivePlans = QStringLiteral(
    "SELECT p.id, p.mrn, p.family_name, p.given_name, p.phone, p.email, t.name, t.start_date, "
    "t.interval_days, t.sessions, t.measurement_weeks FROM treatment_plan t JOIN patient p ON "
    "p.id = t.patient_id WHERE p.archived = 0 AND t.stopped_on IS NULL ORDER BY p.id, "
    "t.start_date, t.id");
const QString kPlanned = QStringLiteral("SELECT patient_id FROM treatment_plan WHERE stopped_on "
                                        "IS NULL");

} // namespace

Result<QList<RecallRow>> loadRecall(Database &db, const RecallOptions &o)
{
    // The front desk's list: whoever enters sessions (assistants included) may read it.
    if (auto allowed = db.require(Permission::EditSessions); !allowed)
        return allowed.error();
    QHash<qint64, Candidate> byPatient;
    auto read = each(db, kActivePlans, [&](const QSqlQuery &q) {
        Candidate &c = byPatient[q.value(0).toLongLong()]; // a later start replaces an earlier
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
    });
    if (!read)
        return read.error();
    read = each(db,
                QStringLiteral("SELECT patient_id, performed_at, id FROM session WHERE patient_id "
                               "IN (%1) ORDER BY patient_id, performed_at")
                    .arg(kPlanned),
                [&](const QSqlQuery &q) {
                    auto it = byPatient.find(q.value(0).toLongLong());
                    if (it == byPatient.end())
                        return;
                    const QDate on = dateOf(q.value(1));
                    it->row.lastSession = on; // in date order: the last one stays
                    if (on >= it->start.addDays(-o.tolerance.sessionDays))
                        it->sessions.append({on, q.value(2).toLongLong()});
                });
    if (!read)
        return read.error();
    read = each(db,
                QStringLiteral("SELECT DISTINCT patient_id, measured_on FROM measurement WHERE "
                               "patient_id IN (%1)")
                    .arg(kPlanned),
                [&](const QSqlQuery &q) {
                    auto it = byPatient.find(q.value(0).toLongLong());
                    if (it != byPatient.end())
                        it->measurements.append({dateOf(q.value(1)), 0});
                });
    if (!read)
        return read.error();
    read = each(db,
                QStringLiteral("SELECT patient_id, attempted_at, outcome FROM contact_attempt "
                               "WHERE patient_id IN (%1) ORDER BY patient_id, attempted_at, id")
                    .arg(kPlanned),
                [&](const QSqlQuery &q) {
                    auto it = byPatient.find(q.value(0).toLongLong());
                    if (it == byPatient.end())
                        return;
                    it->row.lastContact = sql::toDateTime(q.value(1)); // the latest stays
                    it->row.lastContactOutcome = q.value(2).toString();
                });
    if (!read)
        return read.error();

    QList<RecallRow> out;
    out.reserve(byPatient.size());
    const QDate horizon = o.today.addDays(o.dueWithinDays);
    for (Candidate &c : byPatient) {
        QList<plan::PlannedVisit> visits = plan::generate(c.protocol, c.start);
        plan::fulfil(visits, c.sessions, c.measurements, o.tolerance, o.today);
        const auto next = plan::nextDue(visits, o.today);
        if (!next || (o.overdueOnly && next->daysOverdue < 1) ||
            (next->daysOverdue == 0 && next->visit.due > horizon))
            continue;
        c.row.next = next->visit;
        c.row.daysOverdue = next->daysOverdue;
        out << c.row;
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
