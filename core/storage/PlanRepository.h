#pragma once

#include "core/Result.h"
#include "core/clinical/TreatmentPlan.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <optional>

namespace tricholog {

class Database;

// A protocol template as stored (names unique whatever their case).
struct ProtocolTemplate
{
    qint64 id = 0;
    plan::Protocol protocol;
    int rowVersion = 0;
};

// A patient's plan: a template's values copied and editable for the patient, from a start date;
// stopped from a date (the visits after it are cancelled).
struct TreatmentPlan
{
    qint64 id = 0;
    qint64 patientId = 0;
    qint64 templateId = 0; // 0: none (written by hand, or its template deleted since)
    plan::Protocol protocol;
    QDate start;
    std::optional<QDate> stoppedOn;
    int rowVersion = 0;
};

// A call from the recall list and what came of it.
struct ContactAttempt
{
    qint64 id = 0;
    qint64 patientId = 0;
    QDateTime attemptedAt;
    ContactOutcome outcome = ContactOutcome::NoAnswer;
    QString note;
    QString by; // the account that recorded it
};

struct PatientRecord;

// A plan with its visits as of a day: fulfilled by the record's sessions and measurement dates.
struct PlanProgress
{
    TreatmentPlan plan;
    QList<plan::PlannedVisit> visits;
    std::optional<double> adherence; // plan::adherence
};
PlanProgress planProgress(const TreatmentPlan &plan, const PatientRecord &record,
                          const plan::Tolerance &tolerance, QDate today);
// The plan's visits to come as an iCalendar file at `path` (core/io/ICalendar.h, the practice's
// name in the events), written safely and recorded as a disclosure of the patient: the `plan ics`
// verb and the file's "Calendar file…". Needs Permission::EditSessions. Returns the events.
Result<int> writePlanCalendar(Database &db, const PlanProgress &progress, const QString &path);

// Treatment plans (schema 10, both engines, every change in the audit trail). Templates and
// plans are written by clinicians and administrators (Permission::EditDiagnoses: a plan is a
// clinical decision); contact attempts by anyone who enters sessions, assistants included.
class PlanRepository
{
public:
    explicit PlanRepository(Database &db);

    Result<QList<ProtocolTemplate>> templates() const; // by name
    // A new template (id 0) or a change to one (its row version must be the stored one); the
    // protocol is checked (plan::check) and its name must be unused.
    Result<qint64> saveTemplate(ProtocolTemplate &t);
    Result<void> removeTemplate(qint64 id); // the plans made from it keep their copies

    Result<QList<TreatmentPlan>> plansOf(qint64 patientId) const; // by start date
    // Every patient's latest plan by start date (one statement), keyed by patient.
    Result<QHash<qint64, TreatmentPlan>> latestPlans() const;
    // A new plan (id 0) or a change to one (stoppedOn included), as saveTemplate.
    Result<qint64> savePlan(TreatmentPlan &p);
    // Undo of a new plan (refused when its row version is not the stored one), and its redo:
    // the plan written again under its id and row version.
    Result<void> removePlan(const TreatmentPlan &p);
    Result<void> restorePlan(TreatmentPlan &p);
    // Stops the plan from `on` (not before its start); a stopped plan may be stopped again at
    // another date, and restarted with std::nullopt.
    Result<void> stopPlan(TreatmentPlan &p, std::optional<QDate> on);

    Result<qint64> addContact(ContactAttempt &c);
    // The undo of a call recorded by mistake: removed (audited), and written back under its id,
    // time, outcome and note by redo. Whoever records calls may do both.
    Result<void> removeContact(qint64 id);
    Result<void> restoreContact(const ContactAttempt &c);
    Result<QList<ContactAttempt>> contactsOf(qint64 patientId) const; // newest first

private:
    Result<qint64> insertContact(const ContactAttempt &c);
    Database &m_db;
};

} // namespace tricholog
