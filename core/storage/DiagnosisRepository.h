#pragma once

#include "core/Result.h"
#include "core/model/Diagnosis.h"

#include <QList>
#include <QSqlQuery>
#include <memory>

namespace tricholog {

class BatchInsert;
class Database;

class DiagnosisRepository
{
public:
    explicit DiagnosisRepository(Database &db)
        : m_db(db)
    {}

    // New diagnoses written one after another through one statement prepared once (an
    // import's thousands). No permission check or validation here: the caller has done both,
    // and holds the transaction.
    class Inserter
    {
    public:
        explicit Inserter(Database &db);
        ~Inserter();
        Result<void> insert(Diagnosis &diagnosis); // sets diagnosis.id
        // Diagnoses that carry their ids (an import's) many to a statement (BatchInsert: on a
        // server with one COPY); otherwise one by one, each given its id.
        Result<void> insertAll(QList<Diagnosis> &diagnoses);

    private:
        Database &m_db;
        QSqlQuery m_q;
        std::unique_ptr<BatchInsert> m_many;
    };

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
