#pragma once

#include "core/Result.h"
#include "core/model/Measurement.h"

#include <QList>
#include <QSqlQuery>
#include <memory>

namespace tricholog {

class BatchInsert;

class Database;

class MeasurementRepository
{
public:
    explicit MeasurementRepository(Database &db)
        : m_db(db)
    {}

    // New measurements written one after another through one statement prepared once (an
    // import's million). No permission check or validation here: the caller has done both, and
    // holds the transaction.
    class Inserter
    {
    public:
        explicit Inserter(Database &db);
        ~Inserter();
        Result<void> insert(Measurement &measurement); // sets measurement.id
        // Many at once: rows that all have their ids (an import on SQLite) go many to a
        // statement (BatchInsert); otherwise one by one, each given its id.
        Result<void> insertAll(QList<Measurement> &measurements);

    private:
        Database &m_db;
        QSqlQuery m_q;
        std::unique_ptr<BatchInsert> m_many;
    };

    Result<qint64> add(Measurement &measurement); // sets measurement.id
    // A visit's grid: all rows are validated first (every problem reported, prefixed with the
    // row number) and written in one transaction, or none is.
    Result<void> addAll(QList<Measurement> &measurements);
    Result<void> update(const Measurement &measurement);
    Result<void> remove(qint64 id);
    Result<void> removeAll(const QList<qint64> &ids); // one transaction
    Result<Measurement> find(qint64 id) const;
    // Oldest first, then by site.
    Result<QList<Measurement>> forPatient(qint64 patientId) const;
    // The measurements of many patients in one statement: by patient id, then as forPatient.
    Result<QList<Measurement>> forPatients(const QList<qint64> &patientIds) const;

private:
    Database &m_db;
};

} // namespace tricholog
