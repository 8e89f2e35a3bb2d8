#pragma once

#include <QSqlDatabase>
#include <QString>

namespace tricholog {

class Database;

// A write transaction (BEGIN IMMEDIATE on SQLite, so a writer never fails half-way with
// "database is locked"). Rolls back unless commit() succeeded. Inside another Transaction it
// becomes a savepoint, so a repository's write can be part of a larger all-or-nothing import.
class Transaction
{
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    QString errorText() const { return m_error; }
    bool commit();
    void rollback();

private:
    const Database &m_database;
    QSqlDatabase m_db;
    QString m_error;
    QString m_savepoint; // empty for the outermost transaction
    bool m_active = false;
};

} // namespace tricholog
