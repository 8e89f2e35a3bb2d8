#include "ui/plans/PlanDialog.h"

#include "ui/plans/ProtocolForm.h"
#include "ui/widgets/DateText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QVBoxLayout>

namespace tricholog {

PlanDialog::PlanDialog(const TreatmentPlan &plan, const QList<ProtocolTemplate> &templates,
                       Saver save, QWidget *parent)
    : EntryDialog(parent)
    , m_plan(plan)
    , m_templates(templates)
    , m_save(std::move(save))
{
    setWindowTitle(plan.id == 0 ? tr("Apply a treatment plan") : tr("Change the treatment plan"));
    setObjectName(QStringLiteral("planDialog"));
    auto *top = newForm();
    if (plan.id == 0) {
        m_template = new QComboBox(this);
        m_template->setObjectName(QStringLiteral("planTemplate"));
        for (const ProtocolTemplate &t : templates)
            m_template->addItem(t.protocol.name, t.id);
        if (templates.isEmpty())
            m_template->addItem(tr("(no template: fill in the plan below)"), 0);
        auto *l = new QLabel(tr("&Template:"), this);
        l->setBuddy(m_template);
        top->addRow(l, m_template);
    }
    m_start = new QDateEdit(plan.start, this);
    m_start->setObjectName(QStringLiteral("planStart"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(dateFormat());
    auto *startLabel = new QLabel(tr("&Start:"), this);
    startLabel->setBuddy(m_start);
    top->addRow(startLabel, m_start);
    mainLayout()->addLayout(top);
    auto *note = new QLabel(
        plan.id == 0 ? tr("The template's values are copied into this patient's plan; what you "
                          "change here changes this plan only.")
                     : tr("Visits already done stay done; the planned dates follow the new "
                          "values."),
        this);
    note->setWordWrap(true);
    mainLayout()->addWidget(note);
    m_form = new ProtocolForm(this);
    m_form->setProtocol(plan.protocol);
    mainLayout()->addWidget(m_form);
    if (m_template) {
        connect(m_template, &QComboBox::currentIndexChanged, this, &PlanDialog::useTemplate);
        if (!templates.isEmpty())
            useTemplate(0);
    }
    finishLayout();
    setMinimumWidth(620);
}

bool PlanDialog::changedSinceTemplate() const
{
    const auto now = m_form->protocol();
    return !now || !m_shown || !(now.value() == *m_shown);
}

void PlanDialog::useTemplate(int index)
{
    if (index < 0 || index >= m_templates.size())
        return;
    if (m_shownIndex >= 0 && changedSinceTemplate() &&
        QMessageBox::question(this, windowTitle(),
                              tr("Replace the values you changed for this patient with those of "
                                 "the template \"%1\"?")
                                  .arg(m_templates.at(index).protocol.name)) != QMessageBox::Yes) {
        const QSignalBlocker blocker(m_template);
        m_template->setCurrentIndex(m_shownIndex); // what the form holds stays
        return;
    }
    m_plan.templateId = m_templates.at(index).id;
    m_form->setProtocol(m_templates.at(index).protocol);
    m_shownIndex = index;
    const auto shown = m_form->protocol();
    m_shown = shown ? std::optional(shown.value()) : std::nullopt;
}

Result<TreatmentPlan> PlanDialog::plan() const
{
    auto protocol = m_form->protocol();
    if (!protocol)
        return protocol.error();
    TreatmentPlan p = m_plan;
    p.protocol = protocol.value();
    p.start = m_start->date();
    return p;
}

Result<void> PlanDialog::save()
{
    auto p = plan();
    if (!p)
        return p.error();
    return m_save(p.value());
}

} // namespace tricholog
