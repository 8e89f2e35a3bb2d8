#pragma once

#include "core/Result.h"
#include "core/clinical/ValidationResult.h"

#include <QDialog>
#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace tricholog {

class FieldErrors;
struct Patient;

// Base of the entry forms: OK (also Ctrl+Return / Ctrl+S) asks the subclass to save through
// core; on failure every problem is shown next to its field and the dialog stays open with
// everything the user typed. Text a field cannot read (a date, a number out of range) is
// reported before anything is saved. Once problems are shown, every change of any field checks
// the form again, so a message goes as soon as its cause is gone, whichever field removed it.
class EntryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EntryDialog(QWidget *parent = nullptr);

    FieldErrors &errors() { return *m_errors; }
    // The general error line (problems that belong to no single field).
    QLabel *generalError() const { return m_general; }

    // Names the patient the form is about: in the title and in a band above the fields.
    void setPatient(const Patient &patient);
    // Core's rules for what the form holds now (without saving), run again on every change
    // once a save was refused.
    using LiveCheck = std::function<QList<ValidationIssue>()>;
    void setLiveCheck(LiveCheck check) { m_check = std::move(check); }

public slots:
    void trySave();

protected:
    virtual Result<void> save() = 0;
    QVBoxLayout *mainLayout() const { return m_layout; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    // Adds the error line and the buttons under the content; call at the end of the constructor.
    void finishLayout();
    static QFormLayout *newForm();
    // Problems of fields that hold text they cannot read (CheckedInput), keyed as FieldErrors.
    QList<ValidationIssue> inputProblems() const;
    // Runs the checks again and shows what is still wrong (after a refused save).
    virtual void recheck();
    bool checkingLive() const { return m_live; }

private:
    void watchChanges();
    QVBoxLayout *m_layout;
    QLabel *m_general;
    QDialogButtonBox *m_buttons;
    FieldErrors *m_errors;
    LiveCheck m_check;
    QList<ValidationIssue> m_saveIssues;
    QString m_baseTitle;
    bool m_live = false;
    bool m_rechecking = false;
};

} // namespace tricholog
