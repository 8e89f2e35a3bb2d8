#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace tricholog {

class Database;

// Account > Change my password: the current password, then the new one twice. Refusals (a
// wrong current password, too short, the two differ) keep the form open with the reason.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChangePasswordDialog(Database &db, QWidget *parent = nullptr);

    QLineEdit *currentField() const { return m_current; }
    QLineEdit *newField() const { return m_new; }
    QLineEdit *repeatField() const { return m_repeat; }
    QLabel *errorLabel() const { return m_error; }

public slots:
    void accept() override;

private:
    Database &m_db;
    QLineEdit *m_current;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    QLabel *m_error;
};

} // namespace tricholog
