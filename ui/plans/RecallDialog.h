#pragma once

#include "core/storage/RecallQuery.h"

#include <QDialog>
#include <optional>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QSpinBox;
class QTableView;

namespace tricholog {

class Database;
class PlanEditor;
class RecallModel;

// The recall list (Patient > Recall list…, Ctrl+Shift+R): every patient whose planned visit is
// overdue or due within N days, most overdue first, with phone, e-mail, plan, the visit, the last
// session and the last call. The front desk works it by keyboard: a digit (1 reached, 2 no
// answer, 3 message left, 4 booked, 5 declined) picks what came of the call, Enter records it (a
// note may be typed first) and moves to the next patient; Enter alone opens the patient's file.
// Export as CSV (the recall verb's file) and print; both are recorded as disclosures.
class RecallDialog : public QDialog
{
    Q_OBJECT
public:
    RecallDialog(Database &db, PlanEditor &plans, QWidget *parent = nullptr);
    ~RecallDialog() override;

    void reload();
    const QList<RecallRow> &rows() const;
    QTableView *table() const { return m_table; }
    QSpinBox *dueWithin() const { return m_within; }
    QCheckBox *overdueOnly() const { return m_overdue; }
    QLineEdit *noteEdit() const { return m_note; }
    QLabel *status() const { return m_status; }
    // Take back the last call recorded (Ctrl+Z) and record it again (Ctrl+Shift+Z, Ctrl+Y): on
    // only while the undo stack's next step is a call, never another window's edit.
    QAction *undoCallAction() const { return m_undoCall; }
    QAction *redoCallAction() const { return m_redoCall; }
    std::optional<ContactOutcome> pendingOutcome() const { return m_pending; }

    Result<void> exportCsvTo(const QString &path);
    Result<void> printTo(QPrinter &printer);

public slots:
    void choose(ContactOutcome outcome);
    bool recordPending();
    void exportCsv();
    void print();

signals:
    void patientChosen(qint64 patientId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void cancelPending();
    void refreshContact(qint64 patientId);
    void updateUndoActions();
    void stepCall(bool back);
    void showProblem(const QString &message);
    void showPending();
    QString html() const;
    Database &m_db;
    PlanEditor &m_plans;
    RecallModel *m_model;
    QTableView *m_table;
    QSpinBox *m_within;
    QCheckBox *m_overdue;
    QLabel *m_count;
    QLabel *m_status;
    QLineEdit *m_note;
    std::optional<ContactOutcome> m_pending;
    QAction *m_undoCall;
    QAction *m_redoCall;
};

} // namespace tricholog
