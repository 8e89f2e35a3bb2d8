#pragma once

#include "core/storage/PlanRepository.h"
#include "ui/widgets/EntryDialog.h"

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;

namespace tricholog {

class ProtocolForm;

// A patient's treatment plan: a protocol template applied from a start date (its values copied
// into the form, editable for this patient), or the plan changed later. Save hands the plan to
// `save` (an undo command); a refusal is shown and the form keeps what was typed.
class PlanDialog : public EntryDialog
{
    Q_OBJECT
public:
    using Saver = std::function<Result<void>(const TreatmentPlan &)>;
    // A new plan when `plan.id` is 0: the templates are offered, the first chosen.
    PlanDialog(const TreatmentPlan &plan, const QList<ProtocolTemplate> &templates, Saver save,
               QWidget *parent = nullptr);

    QComboBox *templateBox() const { return m_template; }
    QDateEdit *startEdit() const { return m_start; }
    ProtocolForm *protocolForm() const { return m_form; }
    Result<TreatmentPlan> plan() const;

protected:
    Result<void> save() override;

private:
    // Fills the form from the template; asks first when the user changed what the last one gave.
    void useTemplate(int index);
    bool changedSinceTemplate() const;
    TreatmentPlan m_plan;
    int m_shownIndex = -1;
    std::optional<plan::Protocol> m_shown; // the form's values as the template gave them
    QList<ProtocolTemplate> m_templates;
    Saver m_save;
    QComboBox *m_template = nullptr;
    QDateEdit *m_start;
    ProtocolForm *m_form;
};

} // namespace tricholog
