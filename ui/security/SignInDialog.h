#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

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
    // Why a session was locked, said on the lock screen.
    enum class LockReason
    {
        Idle,
        ByHand
    };
    SignInDialog(Database &db, Mode mode, QWidget *parent = nullptr,
                 LockReason reason = LockReason::Idle, int idleMinutes = 0);

    // On the lock screen: another person signs in instead (the locked session ends).
    void signInAsSomeoneElse();
    bool switchedUser() const { return m_switched; }
    QLabel *introLabel() const { return m_intro; }

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
    QLabel *m_intro;
    QPushButton *m_switch = nullptr;
    bool m_switched = false;
};

} // namespace tricholog
