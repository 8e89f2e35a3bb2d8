#include "ui/plans/PlanCommand.h"

#include "ui/commands/ChangeNotifier.h"

namespace tricholog {

PlanCommand::PlanCommand(Database &db, ChangeNotifier &notifier,
                         std::optional<TreatmentPlan> before, TreatmentPlan after,
                         const QString &text)
    : DatabaseCommand(db, notifier, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_version(m_before ? m_before->rowVersion : 0)
{}

Result<void> PlanCommand::write(TreatmentPlan plan)
{
    plan.rowVersion = m_version;
    if (auto saved = PlanRepository(m_db).savePlan(plan); !saved)
        return saved.error();
    m_version = plan.rowVersion;
    emit m_notifier.plansChanged(plan.patientId);
    return {};
}

Result<void> PlanCommand::apply()
{
    if (m_before)
        return write(m_after);
    PlanRepository plans(m_db);
    if (!m_written) { // the first time: a new plan and its id
        if (auto saved = plans.savePlan(m_after); !saved)
            return saved.error();
        m_written = true;
        m_version = m_after.rowVersion;
    } else {
        TreatmentPlan again = m_after;
        again.rowVersion = m_version;
        if (auto restored = plans.restorePlan(again); !restored)
            return restored;
    }
    emit m_notifier.plansChanged(m_after.patientId);
    return {};
}

Result<void> PlanCommand::revert()
{
    if (m_before)
        return write(*m_before);
    // Later changes were undone first: the stored plan is at the version they left.
    auto current = PlanRepository(m_db).plansOf(m_after.patientId);
    if (!current)
        return current.error();
    for (const TreatmentPlan &p : current.value())
        if (p.id == m_after.id)
            m_version = p.rowVersion;
    TreatmentPlan gone = m_after;
    gone.rowVersion = m_version;
    if (auto removed = PlanRepository(m_db).removePlan(gone); !removed)
        return removed;
    emit m_notifier.plansChanged(m_after.patientId);
    return {};
}

ContactCommand::ContactCommand(Database &db, ChangeNotifier &notifier, ContactAttempt attempt,
                               const QString &text)
    : DatabaseCommand(db, notifier, text)
    , m_attempt(std::move(attempt))
{}

Result<void> ContactCommand::apply()
{
    PlanRepository plans(m_db);
    if (m_attempt.id == 0) { // the first time: recorded, and its id kept
        if (auto added = plans.addContact(m_attempt); !added)
            return added.error();
    } else if (auto restored = plans.restoreContact(m_attempt); !restored) {
        return restored;
    }
    emit m_notifier.plansChanged(m_attempt.patientId);
    return {};
}

Result<void> ContactCommand::revert()
{
    if (auto removed = PlanRepository(m_db).removeContact(m_attempt.id); !removed)
        return removed;
    emit m_notifier.plansChanged(m_attempt.patientId);
    return {};
}

} // namespace tricholog
