#pragma once

#include "core/Result.h"
#include "core/model/PatientReportedOutcome.h"

#include <QList>

namespace tricholog {

class Database;

class OutcomeRepository
{
public:
    explicit OutcomeRepository(Database &db)
        : m_db(db)
    {}

    Result<qint64> add(PatientReportedOutcome &outcome); // sets outcome.id
    Result<void> update(const PatientReportedOutcome &outcome);
    Result<void> remove(qint64 id);
    // Oldest first.
    Result<QList<PatientReportedOutcome>> forPatient(qint64 patientId) const;
    // The outcomes of many patients in one statement: by patient id, then as forPatient.
    Result<QList<PatientReportedOutcome>> forPatients(const QList<qint64> &patientIds) const;

private:
    Result<void> validate(const PatientReportedOutcome &outcome) const;
    Database &m_db;
};

} // namespace tricholog
