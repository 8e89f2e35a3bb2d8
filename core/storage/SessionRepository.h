#pragma once

#include "core/Result.h"
#include "core/model/MicroneedlingSession.h"

#include <QList>

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
