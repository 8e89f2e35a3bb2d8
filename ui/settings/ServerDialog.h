#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace tricholog {

// Connecting to a clinic's PostgreSQL server: host, port, database, user and password. The
// address (never the password) is remembered for the next time. OK tries the connection first
// (on a thread of its own: a server that does not answer takes a few seconds to say so) and
// stays open with the server's reason when it fails.
class ServerDialog : public QDialog
{
    Q_OBJECT
public:
    // `address`: a postgresql:// address to start from; empty: the last one used.
    explicit ServerDialog(const QString &address = {}, QWidget *parent = nullptr);

    QString address() const; // postgresql://USER@HOST:PORT/DATABASE
    QString password() const;
    QLineEdit *passwordField() const { return m_password; }
    QLabel *errorLine() const { return m_error; }

public slots:
    void accept() override;

private:
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_error;
};

} // namespace tricholog
