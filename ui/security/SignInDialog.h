#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace tricholog {

class Database;

// Signing in at start, creating the first administrator of a database without accounts, and
// unlocking a session locked after idle time: one small form in three modes. A wrong password
// keeps the dialog open with the reason (including the wait after repeated failures).
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        SignIn,
        CreateAdministrator,
        Unlock
    };
    SignInDialog(Database &db, Mode mode, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *passwordField() const { return m_password; }
    QLabel *errorLabel() const { return m_error; }

public slots:
    void accept() override;

private:
    Database &m_db;
    Mode m_mode;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error;
};

} // namespace tricholog
