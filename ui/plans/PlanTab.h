#pragma once

#include "core/storage/PlanRepository.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace tricholog {

struct PatientRecord;
class RecordEditor;

// The patient file's "Treatment plan" tab: the plan (or one of the earlier ones) with its next
// visit due and the adherence so far, every planned visit with its state (done, due, upcoming,
// missed, cancelled), and the actions: apply a template, change, stop or restart the plan (undo
// steps), and the calendar file of the visits to come.
class PlanTab : public QWidget
{
    Q_OBJECT
public:
    PlanTab(RecordEditor &editor, QWidget *parent = nullptr);

    void setRecord(const PatientRecord &record, QDate today);
    const QList<PlanProgress> &plans() const { return m_plans; }
    const PlanProgress *shownPlan() const;
    QLabel *summary() const { return m_summary; }
    QTableWidget *visitsTable() const { return m_table; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *stopButton() const { return m_stop; }

    // "session 6 of 12 due 14 Jan 2027; measurement visit week 12 due 28 Jan 2027; photos: …"
    // for the current plan, or empty (the overview's line).
    QString nextDueLine() const;
    // "83 % (10 of 12 sessions kept)" for the current plan, or empty.
    static QString adherenceText(const PlanProgress &progress);

public slots:
    void applyPlan();
    void changeShown();
    void stopOrRestartShown();
    void exportCalendar();

private:
    void showPlan(int index);
    RecordEditor &m_editor;
    const PatientRecord *m_record = nullptr;
    QDate m_today;
    QList<PlanProgress> m_plans;
    QComboBox *m_choice;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_apply;
    QPushButton *m_change;
    QPushButton *m_stop;
    QPushButton *m_calendar;
};

} // namespace tricholog
