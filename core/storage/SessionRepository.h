#pragma once

#include "core/Result.h"
#include "core/model/MicroneedlingSession.h"
#include "core/storage/BatchInsert.h"

#include <QList>
#include <QSqlQuery>

namespace tricholog {

class Database;

// Microneedling sessions with their zones, adjuncts and adverse events. Every write of a session
// and its child rows is one transaction: a failure anywhere leaves no trace.
class SessionRepository
{
public:
    explicit SessionRepository(Database &db)
        : m_db(db)
    {}

    // New sessions written one after another through statements prepared once (an import's
    // thousands). No permission check or validation here: the caller has done both, and holds
    // the transaction.
    class Inserter
    {
    public:
        explicit Inserter(Database &db);
        Result<void> insert(MicroneedlingSession &session);            // sets session.id
        Result<void> insertAll(QList<MicroneedlingSession> &sessions); // sets each id
        // The zones, adjuncts and adverse events of stored sessions that have none, many rows
        // to a statement.
        Result<void> insertChildren(const QList<MicroneedlingSession> &sessions);

    private:
        Database &m_db;
        QSqlQuery m_session;
        BatchInsert m_sessions, m_zones, m_adjuncts, m_events;
    };

    Result<qint64> add(MicroneedlingSession &session); // sets session.id
    Result<void> update(const MicroneedlingSession &session);
    Result<void> remove(qint64 id);
    Result<MicroneedlingSession> find(qint64 id) const;
    // Newest first.
    Result<QList<MicroneedlingSession>> forPatient(qint64 patientId) const;
    // The sessions of many patients, children included, in one statement per table: by patient
    // id, then as forPatient.
    Result<QList<MicroneedlingSession>> forPatients(const QList<qint64> &patientIds) const;
    // The latest session, for defaults of the next one; NotFound when there is none.
    Result<MicroneedlingSession> latestForPatient(qint64 patientId) const;

private:
    Result<void> validate(const MicroneedlingSession &session) const;
    Result<void> writeChildren(const MicroneedlingSession &session);
    Result<QList<MicroneedlingSession>> load(const QString &where, const QVariantList &keys,
                                             const QString &order) const;
    Database &m_db;
};

} // namespace tricholog
