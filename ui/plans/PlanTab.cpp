#include "ui/plans/PlanTab.h"

#include "core/model/Keys.h"
#include "core/model/PatientRecord.h"
#include "ui/RecordEditor.h"
#include "ui/widgets/DateText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tricholog {

namespace {

QColor stateColour(plan::VisitState state)
{
    switch (state) {
    case plan::VisitState::Done:
        return QColor(0x2e, 0x7d, 0x32);
    case plan::VisitState::Due:
        return QColor(0xb2, 0x6a, 0x00);
    case plan::VisitState::Missed:
        return QColor(0xc6, 0x28, 0x28);
    case plan::VisitState::Cancelled:
        return QColor(0x75, 0x75, 0x75);
    case plan::VisitState::Upcoming:
        break;
    }
    return {};
}

} // namespace

PlanTab::PlanTab(RecordEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    m_apply = new QPushButton(tr("Appl&y a template…"), this);
    m_change = new QPushButton(tr("Chan&ge plan…"), this);
    m_stop = new QPushButton(tr("Stop p&lan…"), this);
    m_calendar = new QPushButton(tr("&Calendar file…"), this);
    m_apply->setObjectName(QStringLiteral("applyPlan"));
    m_stop->setObjectName(QStringLiteral("stopPlan"));
    m_calendar->setToolTip(tr("The visits to come as an iCalendar file (.ics) for the patient's "
                              "or the clinic's calendar; names the clinic, never the patient."));
    m_choice = new QComboBox(this);
    m_choice->setAccessibleName(tr("Plan shown"));
    for (QPushButton *b : {m_apply, m_change, m_stop, m_calendar})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_choice);
    layout->addLayout(buttons);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("plannedVisits"));
    m_table->setAccessibleName(tr("Planned visits"));
    m_table->setHorizontalHeaderLabels(
        {tr("Visit"), tr("Planned for"), tr("State"), tr("Done on")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);
    connect(m_apply, &QPushButton::clicked, this, &PlanTab::applyPlan);
    connect(m_change, &QPushButton::clicked, this, &PlanTab::changeShown);
    connect(m_stop, &QPushButton::clicked, this, &PlanTab::stopOrRestartShown);
    connect(m_calendar, &QPushButton::clicked, this, &PlanTab::exportCalendar);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &PlanTab::showPlan);
}

void PlanTab::setRecord(const PatientRecord &record, QDate today)
{
    m_record = &record;
    m_today = today;
    m_plans.clear();
    if (record.patient.id > 0) {
        auto loaded = m_editor.plans().progressOf(record);
        if (loaded)
            m_plans = loaded.value();
        else
            emit m_editor.error(loaded.error().message);
    }
    const QSignalBlocker blocker(m_choice);
    m_choice->clear();
    for (const PlanProgress &p : std::as_const(m_plans))
        m_choice->addItem(tr("%1, from %2").arg(p.plan.protocol.name, dateText(p.plan.start)));
    m_choice->setVisible(m_plans.size() > 1);
    m_choice->setCurrentIndex(int(m_plans.size()) - 1);
    showPlan(int(m_plans.size()) - 1);
}

const PlanProgress *PlanTab::shownPlan() const
{
    const int i = m_choice->currentIndex();
    return i >= 0 && i < m_plans.size() ? &m_plans.at(i) : nullptr;
}

QString PlanTab::adherenceText(const PlanProgress &progress)
{
    return plan::adherenceSummary(progress.visits, QLocale());
}

QString PlanTab::nextDueLine() const
{
    if (m_plans.isEmpty())
        return {};
    const PlanProgress &p = m_plans.last();
    return plan::dueSummary(p.visits, p.plan.protocol, m_today, QLocale());
}

void PlanTab::showPlan(int index)
{
    const bool any = index >= 0 && index < m_plans.size();
    const bool mayEdit = m_editor.plans().canEditPlans();
    m_apply->setEnabled(mayEdit);
    m_change->setEnabled(any && mayEdit);
    m_stop->setEnabled(any && mayEdit);
    m_calendar->setEnabled(any && !m_plans.at(index).plan.stoppedOn);
    m_table->setRowCount(0);
    if (!any) {
        m_summary->setText(tr("<p>No treatment plan. <b>Apply a template</b> (Alt+Y) to plan "
                              "the sessions and measurement visits from a start date.</p>"));
        m_stop->setText(tr("Stop p&lan…"));
        return;
    }
    const PlanProgress &p = m_plans.at(index);
    const plan::Protocol &pr = p.plan.protocol;
    m_stop->setText(p.plan.stoppedOn ? tr("Restart p&lan") : tr("Stop p&lan…"));
    const QLocale locale;
    QStringList adjuncts;
    for (const plan::AdjunctDose &a : pr.adjuncts)
        adjuncts << (a.dose.isEmpty() ? label(a.adjunct)
                                      : QStringLiteral("%1 (%2)").arg(label(a.adjunct), a.dose));
    QString html = QStringLiteral("<p><b>%1</b>, ").arg(pr.name.toHtmlEscaped());
    html += p.plan.stoppedOn ? tr("from %1, <b>stopped on %2</b>")
                                   .arg(dateText(p.plan.start), dateText(*p.plan.stoppedOn))
                             : tr("from %1").arg(dateText(p.plan.start));
    html += QStringLiteral("<br>") +
            tr("%1, %2 mm, every %n day(s), %3 sessions", nullptr, pr.intervalDays)
                .arg(label(pr.device), locale.toString(pr.needleMm, 'f', 2))
                .arg(pr.sessions);
    if (!adjuncts.isEmpty())
        html += QStringLiteral("; ") + adjuncts.join(QStringLiteral(", ")).toHtmlEscaped();
    const QString next = plan::dueSummary(p.visits, pr, m_today, locale);
    html +=
        QStringLiteral("<br>") +
        tr("<b>Next:</b> %1").arg(next.isEmpty() ? tr("nothing left to do") : next.toHtmlEscaped());
    const QString adherence = adherenceText(p);
    html += QStringLiteral("<br>") + tr("<b>Adherence:</b> %1")
                                         .arg(adherence.isEmpty()
                                                  ? tr("not yet measurable (no session due so far)")
                                                  : adherence.toHtmlEscaped());
    if (!pr.notes.isEmpty())
        html += QStringLiteral("<br><i>%1</i>").arg(pr.notes.toHtmlEscaped());
    m_summary->setText(html + QStringLiteral("</p>"));
    m_table->setRowCount(int(p.visits.size()));
    for (int row = 0; row < p.visits.size(); ++row) {
        const plan::PlannedVisit &v = p.visits.at(row);
        const QStringList cells{plan::visitName(v, pr), dateText(v.due), plan::stateLabel(v.state),
                                v.doneOn ? dateText(*v.doneOn) : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 2 && stateColour(v.state).isValid())
                item->setForeground(stateColour(v.state));
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
}

void PlanTab::applyPlan()
{
    if (m_record && m_record->patient.id > 0)
        m_editor.plans().applyPlan(m_record->patient.id);
}

void PlanTab::changeShown()
{
    if (const PlanProgress *p = shownPlan())
        m_editor.plans().changePlan(TreatmentPlan(p->plan));
}

void PlanTab::stopOrRestartShown()
{
    const PlanProgress *p = shownPlan();
    if (!p)
        return;
    const TreatmentPlan plan = p->plan; // the tab reloads when the change is saved
    if (plan.stoppedOn)
        m_editor.plans().restartPlan(plan);
    else
        m_editor.plans().stopPlan(plan);
}

void PlanTab::exportCalendar()
{
    if (const PlanProgress *p = shownPlan(); p && m_record)
        m_editor.plans().exportCalendar(*m_record, PlanProgress(*p));
}

} // namespace tricholog
