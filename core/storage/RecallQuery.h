#pragma once

#include "core/Result.h"
#include "core/clinical/TreatmentPlan.h"

#include <QDate>
#include <QList>
#include <QString>

namespace tricholog {

class Database;

// One patient on the recall list: the next visit of their plan and how to reach them.
struct RecallRow
{
    qint64 patientId = 0;
    QString mrn, familyName, givenName, phone, email;
    QString plan; // the plan's name
    plan::PlannedVisit next;
    int daysOverdue = 0;
    QDate lastSession;          // invalid: none
    QDateTime lastContact;      // invalid: none
    QString lastContactOutcome; // a ContactOutcome key, or empty
};

struct RecallOptions
{
    QDate today;
    int dueWithinDays = 7;
    bool overdueOnly = false; // only those at least a day overdue
    plan::Tolerance tolerance;
};

// Every patient not archived with a plan not stopped (their latest by start date) whose next
// visit (plan::nextDue, fulfilled by their sessions and measurement dates) is overdue or due
// within `dueWithinDays`; ordered by days overdue (most first), then the visit's date, then MRN.
// The days of each patient's sessions and measurement visits come from the patient list's
// summary (patientsummary, kept stale-marked by the database's triggers and computed again
// first), so the list reads one row per patient and the contact attempts whatever the number of
// sessions; a patient whose summary is stale on a read-only database is read from their rows.
Result<QList<RecallRow>> loadRecall(Database &db, const RecallOptions &options);

// The `recall` verb's CSV (header mrn,family_name,given_name,phone,email,plan,next_due,
// days_overdue,last_session,last_contact,last_contact_outcome; ISO dates; RFC 4180 quoting).
QByteArray recallCsv(const QList<RecallRow> &rows);
// That CSV written safely to `path` and recorded as a disclosure of every patient listed: the
// `recall` verb and the window's "Export CSV…".
Result<void> writeRecallCsv(Database &db, const QList<RecallRow> &rows, const QString &path);

} // namespace tricholog
