#pragma once

#include "Result.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace tricholog {

class FieldErrors;

// Base of the entry forms: OK (also Ctrl+Return / Ctrl+S) asks the subclass to save through
// core; on failure every problem is shown next to its field and the dialog stays open with
// everything the user typed.
class EntryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EntryDialog(QWidget *parent = nullptr);

    FieldErrors &errors() { return *m_errors; }
    // The general error line (problems that belong to no single field).
    QLabel *generalError() const { return m_general; }

public slots:
    void trySave();

protected:
    virtual Result<void> save() = 0;
    QVBoxLayout *mainLayout() const { return m_layout; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    // Adds the error line and the buttons under the content; call at the end of the constructor.
    void finishLayout();
    static QFormLayout *newForm();

private:
    QVBoxLayout *m_layout;
    QLabel *m_general;
    QDialogButtonBox *m_buttons;
    FieldErrors *m_errors;
};

} // namespace tricholog
