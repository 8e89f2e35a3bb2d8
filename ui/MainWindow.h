#pragma once

#include "core/AppSettings.h"
#include "core/security/Access.h"
#include "ui/security/SignInDialog.h"

#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <memory>

class QAction;
class QCheckBox;
class QKeySequence;
class QLabel;
class QVBoxLayout;
class QLineEdit;
class QTableView;
class QTimer;
class QUndoStack;

namespace tricholog {

class ChangeNotifier;
class ClinicOutcomesDialog;
class RecallDialog;
class DataActions;
class IdleLock;
class Database;
class PatientFileWidget;
class PatientListModel;
class RecordEditor;
class ReportActions;

// The clinician's workspace: the patient list on the left, the selected patient's file on the
// right; menus, toolbar and keyboard shortcuts for every entry form; one undo stack.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database &database() { return *m_db; }
    ChangeNotifier &notifier() { return *m_notifier; }
    QUndoStack &undoStack() { return *m_undo; }
    RecordEditor &editor() { return *m_editor; }
    PatientListModel *patientModel() const { return m_patients; }
    QTableView *patientList() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }
    PatientFileWidget *patientFile() const { return m_file; }
    qint64 currentPatientId() const;
    void selectPatient(qint64 patientId);
    QAction *action(const QString &objectName) const;
    DataActions *dataActions() const { return m_data; }
    // A backup chosen in File > Restore: app/main.cpp restores it once this window has closed
    // the database, then opens it again.
    QString pendingRestore() const { return m_restoreFrom; }
    // Another database chosen in File > Open (a server, or a file): app/main.cpp opens it once
    // this window has closed.
    struct PendingOpen
    {
        QString location;
        QString password;
    };
    std::optional<PendingOpen> pendingOpen() const { return m_openNext; }
    IdleLock *idleLock() const { return m_idle; }
    // File > Practice details (and, at the first start of a new database, its first question).
    bool editPractice(bool firstStart);

public slots:
    // Hides the patient data and asks for the signed-in account's password again (or another
    // person's sign-in). lock() is the user's own (Ctrl+L); the idle timer locks for idle time.
    void lock();
    void lockFor(SignInDialog::LockReason reason);
    // Ends the session: the sign-in form, for this or another account.
    void signOut();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    // A named action with its shortcut; needsPatient: enabled only while a patient is open.
    QAction *makeAction(const QString &name, const QString &text, const QKeySequence &keys,
                        std::function<void()> slot, bool needsPatient = false);
    // One menu each, in menu-bar order; createActions() calls them, then createToolbar().
    void createFileMenu();
    void createEditMenu();
    QAction *createPatientMenu();        // returns New patient, for the toolbar
    QList<QAction *> createRecordMenu(); // returns the four New… actions, for the toolbar
    QAction *createReportMenu();         // returns Export PDF, for the toolbar
    void createAccountMenu();
    void openClinicOutcomes();
    void openRecall();
    void createHelpMenu();
    void createToolbar(QAction *newPatient, const QList<QAction *> &records, QAction *exportPdf);
    void updateActions();
    bool can(Permission permission) const;
    void onSelectionChanged();
    void followList();
    void movePatient(int delta);
    void showSettings();
    void loadPractice();
    void showError(const QString &message);
    // The read-only and owner-role banners above the list and the file, when they apply.
    void addBanners(QVBoxLayout *layout, QWidget *parent);
    QWidget *createPatientList();
    void connectPatientList();
    void onListReloaded();
    // Remembers the audit trail's head outside the database (security/Anchors.h).
    void recordAnchor(const QString &source);
    void refreshStatus();
    void sessionChanged();

    std::unique_ptr<Database> m_db;
    ChangeNotifier *m_notifier;
    QUndoStack *m_undo;
    RecordEditor *m_editor;
    ReportActions *m_reports;
    DataActions *m_data;
    IdleLock *m_idle = nullptr;
    bool m_locked = false;
    QString m_restoreFrom;
    std::optional<PendingOpen> m_openNext;
    AppSettings m_settings;
    PatientListModel *m_patients = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_showArchived = nullptr;
    QTableView *m_list = nullptr;
    PatientFileWidget *m_file = nullptr;
    QLabel *m_dbLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    qint64 m_selected = 0;
    QTimer *m_followList = nullptr; // the file follows the list once typing pauses
    QAction *m_editPatient = nullptr;
    QAction *m_archive = nullptr;
    QList<QAction *> m_needPatient;
    // Kept between openings (its choices and the rows read); dropped when the account changes.
    QPointer<ClinicOutcomesDialog> m_clinicOutcomes;
    QPointer<RecallDialog> m_recall;
};

} // namespace tricholog
