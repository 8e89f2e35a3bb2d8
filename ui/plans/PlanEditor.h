#pragma once

#include "core/storage/PlanRepository.h"

#include <QObject>
#include <functional>

class QUndoStack;
class QWidget;

namespace tricholog {

class ChangeNotifier;
class Database;

// Every change to treatment plans from the windows: applying a template, changing, stopping and
// restarting a plan (undo steps, audited), the calendar file, the templates and the contact
// attempts of the recall list (undo steps too: a call recorded by mistake is taken back).
class PlanEditor : public QObject
{
    Q_OBJECT
public:
    PlanEditor(Database &db, ChangeNotifier &notifier, QUndoStack &stack, QWidget *dialogParent);

    void setTolerance(const plan::Tolerance &tolerance) { m_tolerance = tolerance; }
    const plan::Tolerance &tolerance() const { return m_tolerance; }

    // The patient's plans with their visits as of today (the latest last).
    Result<QList<PlanProgress>> progressOf(const PatientRecord &record) const;

    // Whether the signed-in role may apply, change and stop plans (core refuses the others).
    bool canEditPlans() const;

    bool applyPlan(qint64 patientId);
    bool changePlan(const TreatmentPlan &plan);
    // Asks for the day (today proposed) and stops the plan from it.
    bool stopPlan(const TreatmentPlan &plan);
    bool restartPlan(const TreatmentPlan &plan);
    Result<void> savePlanStopped(const TreatmentPlan &plan, std::optional<QDate> on);

    // Asks where, then writes the plan's visits as an iCalendar file (a disclosure).
    void exportCalendar(const PatientRecord &record, const PlanProgress &progress);
    Result<int> writeCalendar(const PlanProgress &progress, const QString &path);

    void editTemplates();

    // An undo step; `attempt` gets its id.
    Result<void> recordContact(ContactAttempt &attempt);

    QUndoStack &undoStack() const { return m_stack; }
    ChangeNotifier &notifier() const { return m_notifier; }

signals:
    void error(const QString &message);

private:
    Database &m_db;
    ChangeNotifier &m_notifier;
    QUndoStack &m_stack;
    QWidget *m_parent;
    plan::Tolerance m_tolerance;
};

} // namespace tricholog
