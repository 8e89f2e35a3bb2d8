#pragma once

#include <QDialog>

class QTableWidget;

namespace tricholog {

class Database;

// Accounts, for the administrator: add, change role, reset password, deactivate/activate.
class UsersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UsersDialog(Database &db, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

public slots:
    void refresh();

private:
    qint64 selectedId() const;
    void report(const QString &error);
    Database &m_db;
    QTableWidget *m_table;
};

} // namespace tricholog
