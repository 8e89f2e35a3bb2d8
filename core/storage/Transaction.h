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

// One consistent view for a long read made of many statements (an export read in batches): every
// statement until end() sees the database as it was at the first one, while other connections
// go on writing. Inside a Transaction it does nothing (that view is already one). Ends (without
// writing anything) at end() or when destroyed; end it before the connection writes.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const Database &db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    bool isActive() const { return m_active; }
    QString errorText() const { return m_error; }
    void end();

private:
    const Database &m_database;
    QString m_error;
    bool m_active = false;
};

} // namespace tricholog
