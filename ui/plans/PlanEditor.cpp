#include "ui/plans/PlanEditor.h"

#include "core/model/PatientRecord.h"
#include "core/storage/Database.h"
#include "core/storage/PatientRepository.h"
#include "ui/commands/ChangeNotifier.h"
#include "ui/plans/PlanCommand.h"
#include "ui/plans/PlanDialog.h"
#include "ui/plans/TemplatesDialog.h"
#include "ui/widgets/DateText.h"
#include "ui/widgets/ExportedMessage.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QUndoStack>

namespace tricholog {

PlanEditor::PlanEditor(Database &db, ChangeNotifier &notifier, QUndoStack &stack,
                       QWidget *dialogParent)
    : QObject(dialogParent)
    , m_db(db)
    , m_notifier(notifier)
    , m_stack(stack)
    , m_parent(dialogParent)
{}

Result<QList<PlanProgress>> PlanEditor::progressOf(const PatientRecord &record) const
{
    auto plans = PlanRepository(m_db).plansOf(record.patient.id);
    if (!plans)
        return plans.error();
    QList<PlanProgress> out;
    for (const TreatmentPlan &p : plans.value())
        out << planProgress(p, record, m_tolerance, m_db.clock().today());
    return out;
}

bool PlanEditor::canEditPlans() const
{
    return bool(m_db.require(Permission::EditDiagnoses));
}

bool PlanEditor::applyPlan(qint64 patientId)
{
    const auto patient = PatientRepository(m_db).find(patientId);
    if (!patient) {
        emit error(patient.error().message);
        return false;
    }
    auto templates = PlanRepository(m_db).templates();
    if (!templates) {
        emit error(templates.error().message);
        return false;
    }
    TreatmentPlan fresh;
    fresh.patientId = patientId;
    fresh.start = m_db.clock().today();
    PlanDialog dialog(
        fresh, templates.value(),
        [&](const TreatmentPlan &p) {
            return pushCommand(m_stack,
                               new PlanCommand(m_db, m_notifier, std::nullopt, p,
                                               tr("Apply plan \"%1\"").arg(p.protocol.name)));
        },
        m_parent);
    dialog.setPatient(patient.value());
    return dialog.exec() == QDialog::Accepted;
}

bool PlanEditor::changePlan(const TreatmentPlan &plan)
{
    const auto patient = PatientRepository(m_db).find(plan.patientId);
    if (!patient) {
        emit error(patient.error().message);
        return false;
    }
    PlanDialog dialog(
        plan, {},
        [&](const TreatmentPlan &p) {
            return pushCommand(m_stack,
                               new PlanCommand(m_db, m_notifier, plan, p,
                                               tr("Change plan \"%1\"").arg(p.protocol.name)));
        },
        m_parent);
    dialog.setPatient(patient.value());
    return dialog.exec() == QDialog::Accepted;
}

Result<void> PlanEditor::savePlanStopped(const TreatmentPlan &plan, std::optional<QDate> on)
{
    TreatmentPlan after = plan;
    after.stoppedOn = on;
    return pushCommand(m_stack,
                       new PlanCommand(m_db, m_notifier, plan, after,
                                       on ? tr("Stop plan \"%1\"").arg(plan.protocol.name)
                                          : tr("Restart plan \"%1\"").arg(plan.protocol.name)));
}

bool PlanEditor::stopPlan(const TreatmentPlan &plan)
{
    QDialog ask(m_parent);
    ask.setWindowTitle(tr("Stop the treatment plan"));
    auto *form = new QFormLayout(&ask);
    auto *text = new QLabel(tr("The visits planned after this day are cancelled and the patient "
                               "leaves the recall list. Undo (Ctrl+Z) brings the plan back."),
                            &ask);
    text->setWordWrap(true);
    form->addRow(text);
    auto *day = new QDateEdit(std::max(m_db.clock().today(), plan.start), &ask);
    day->setCalendarPopup(true);
    day->setDisplayFormat(dateFormat());
    day->setMinimumDate(plan.start);
    form->addRow(tr("Stopped &on:"), day);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() != QDialog::Accepted)
        return false;
    if (auto stopped = savePlanStopped(plan, day->date()); !stopped) {
        emit error(stopped.error().message);
        return false;
    }
    return true;
}

bool PlanEditor::restartPlan(const TreatmentPlan &plan)
{
    if (auto restarted = savePlanStopped(plan, std::nullopt); !restarted) {
        emit error(restarted.error().message);
        return false;
    }
    return true;
}

Result<int> PlanEditor::writeCalendar(const PlanProgress &progress, const QString &path)
{
    return writePlanCalendar(m_db, progress, path);
}

void PlanEditor::exportCalendar(const PatientRecord &record, const PlanProgress &progress)
{
    const QString path = chooseExportFile(m_parent, tr("Export the planned visits"),
                                          QStringLiteral("plan-%1.ics").arg(record.patient.mrn),
                                          tr("iCalendar files (*.ics)"), QStringLiteral(".ics"));
    if (path.isEmpty())
        return;
    const auto events = writeCalendar(progress, path);
    if (!events) {
        QMessageBox::warning(m_parent, tr("Export the planned visits"), events.error().message);
        return;
    }
    showExported(m_parent, tr("Export the planned visits"),
                 tr("%n planned visit(s) written to %1.", nullptr, events.value())
                     .arg(QDir::toNativeSeparators(path)),
                 path);
}

void PlanEditor::editTemplates()
{
    TemplatesDialog dialog(m_db, m_parent);
    dialog.exec();
}

Result<void> PlanEditor::recordContact(ContactAttempt &attempt)
{
    auto *command = new ContactCommand(m_db, m_notifier, attempt, tr("Record a call"));
    const ContactCommand *pushed = command;
    if (auto done = pushCommand(m_stack, command); !done)
        return done;
    attempt = pushed->attempt(); // pushed: the stack owns it
    return {};
}

} // namespace tricholog
