#pragma once

#include "core/model/PatientRecord.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace tricholog {

class ChangeNotifier;
class Database;
class DiagnosisTableModel;
class MeasurementTableModel;
class OutcomeTableModel;
class PhotosTab;
class PlanTab;
class ProgressChartPanel;
class RecordEditor;
class SessionTableModel;

// The selected patient's file: overview, progress, diagnoses, sessions, treatment plan,
// measurements, outcomes, photos and notes. Reloads itself when the change notifier reports a
// change to this patient.
class PatientFileWidget : public QWidget
{
    Q_OBJECT
public:
    // An onset as recorded (2019, 2019-03, 2019-03-14), written for people.
    static QString onsetText(const QString &onset);
    enum Tab
    {
        Overview,
        Progress,
        Diagnoses,
        Sessions,
        Plan,
        Measurements,
        Outcomes,
        Photos,
        Notes
    };

    PatientFileWidget(Database &db, ChangeNotifier &notifier, RecordEditor &editor,
                      QWidget *parent = nullptr);

    void setPatient(qint64 patientId); // 0: nothing selected
    qint64 patientId() const { return m_patientId; }
    const PatientRecord &record() const { return m_record; }
    QTabWidget *tabs() const { return m_tabs; }
    // The overview is written when it is shown (or asked for here).
    QTextBrowser *overview() const;
    QTableView *sessionsView() const { return m_sessionsView; }
    QTableView *measurementsView() const { return m_measurementsView; }
    QTableView *diagnosesView() const { return m_diagnosesView; }
    QTableView *outcomesView() const { return m_outcomesView; }
    QPlainTextEdit *notesEditor() const { return m_notes; }
    ProgressChartPanel *progressPanel() const { return m_progress; }
    PhotosTab *photosTab() const { return m_photos; }
    PlanTab *planTab() const { return m_plan; }
    // True when the notes editor holds text that differs from the stored notes.
    bool notesEdited() const;
    // Saves typed notes through the undo stack; true when nothing was pending or the save worked.
    bool saveNotesIfEdited();

public slots:
    void reload();
    void editCurrent();
    void deleteCurrent();

private:
    QWidget *makeListTab(QTableView *view, const QString &newText,
                         const std::function<void()> &onNew);
    QString overviewHtml() const;
    void onChanged(qint64 patientId);
    void resizeCurrentTable();
    void updateOverview() const;
    mutable bool m_overviewDirty = true;
    QSet<QTableView *> m_resizePending;

    Database &m_db;
    RecordEditor &m_editor;
    qint64 m_patientId = 0;
    PatientRecord m_record;
    QLabel *m_header;
    QTabWidget *m_tabs;
    QTextBrowser *m_overview;
    ProgressChartPanel *m_progress;
    DiagnosisTableModel *m_diagnoses;
    SessionTableModel *m_sessions;
    MeasurementTableModel *m_measurements;
    OutcomeTableModel *m_outcomes;
    QTableView *m_diagnosesView;
    QTableView *m_sessionsView;
    QTableView *m_measurementsView;
    QTableView *m_outcomesView;
    PhotosTab *m_photos;
    PlanTab *m_plan;
    QPlainTextEdit *m_notes;
    QPushButton *m_saveNotes;
};

} // namespace tricholog
