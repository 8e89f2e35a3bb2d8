#pragma once

#include "core/storage/PlanRepository.h"
#include "ui/commands/DatabaseCommand.h"

#include <optional>

namespace tricholog {

// A patient's treatment plan applied, changed, stopped or restarted. Undo writes the plan as it
// was (an applied plan is removed, and written back under its id by redo). Each write expects the
// version this command last wrote or started from: a change saved elsewhere in between is refused.
class PlanCommand : public DatabaseCommand
{
public:
    PlanCommand(Database &db, ChangeNotifier &notifier, std::optional<TreatmentPlan> before,
                TreatmentPlan after, const QString &text);

    const TreatmentPlan &plan() const { return m_after; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    Result<void> write(TreatmentPlan plan);
    std::optional<TreatmentPlan> m_before;
    TreatmentPlan m_after;
    int m_version = 0;
    bool m_written = false;
};

// A call recorded from the recall list. Undo takes it back (removed, audited); redo writes it
// again under the same id, time, outcome and note.
class ContactCommand : public DatabaseCommand
{
public:
    ContactCommand(Database &db, ChangeNotifier &notifier, ContactAttempt attempt,
                   const QString &text);

    const ContactAttempt &attempt() const { return m_attempt; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    ContactAttempt m_attempt;
};

} // namespace tricholog
