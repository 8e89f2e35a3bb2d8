#pragma once

#include "core/Result.h"
#include "core/model/Diagnosis.h"

#include <QList>

namespace tricholog {

class Database;

class DiagnosisRepository
{
public:
    explicit DiagnosisRepository(Database &db)
        : m_db(db)
    {}

    Result<qint64> add(Diagnosis &diagnosis); // sets diagnosis.id
    Result<void> update(const Diagnosis &diagnosis);
    Result<void> remove(qint64 id);
    Result<Diagnosis> find(qint64 id) const;
    // Newest diagnosis first.
    Result<QList<Diagnosis>> forPatient(qint64 patientId) const;
    // The diagnoses of many patients in one statement: by patient id, then as forPatient.
    Result<QList<Diagnosis>> forPatients(const QList<qint64> &patientIds) const;

private:
    Result<void> validate(const Diagnosis &diagnosis) const;
    Database &m_db;
};

} // namespace tricholog
