#include "core/storage/Transaction.h"

#include "core/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tricholog {

Transaction::Transaction(const Database &db)
    : m_database(db)
    , m_db(db.connection())
{
    int &depth = m_database.transactionDepth();
    if (depth > 0)
        m_savepoint = QStringLiteral("tricholog_sp%1").arg(depth);
    QSqlQuery q(m_db);
    const QString begin = m_savepoint.isEmpty() ? db.beginWriteStatement()
                                                : QStringLiteral("SAVEPOINT ") + m_savepoint;
    if (q.exec(begin)) {
        m_active = true;
        ++depth;
    } else {
        m_error = Database::describe(q);
    }
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery q(m_db);
    const QString sql =
        m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint;
    if (!q.exec(sql)) {
        m_error = Database::describe(q);
        rollback();
        return false;
    }
    m_active = false;
    --m_database.transactionDepth();
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    if (m_savepoint.isEmpty()) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        q.exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
    m_active = false;
    --m_database.transactionDepth();
}

ReadSnapshot::ReadSnapshot(const Database &db)
    : m_database(db)
{
    int &depth = m_database.transactionDepth();
    if (depth > 0)
        return;
    QSqlQuery q(db.connection());
    if (q.exec(db.beginReadStatement())) {
        m_active = true;
        ++depth; // a write inside becomes a savepoint, which a read-only server refuses
    } else {
        m_error = Database::describe(q);
    }
}

ReadSnapshot::~ReadSnapshot()
{
    end();
}

void ReadSnapshot::end()
{
    if (!m_active)
        return;
    QSqlQuery q(m_database.connection());
    q.exec(QStringLiteral("COMMIT")); // nothing was written: this only lets the snapshot go
    m_active = false;
    --m_database.transactionDepth();
}

} // namespace tricholog
