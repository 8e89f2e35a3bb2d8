#pragma once

#include "core/Result.h"
#include "core/clinical/ValidationResult.h"
#include "core/model/Patient.h"

#include <QList>
#include <QPair>
#include <QSqlQuery>
#include <memory>

namespace tricholog {

class BatchInsert;
class Database;

struct PatientQuery
{
    QString text; // prefix of MRN, family or given name; several words must all match
    bool includeArchived = false;
    int limit = -1;
};

// Patients: validation with MRN uniqueness, accent-insensitive prefix search on indexed keys,
// archiving instead of deletion.
class PatientRepository
{
public:
    explicit PatientRepository(Database &db)
        : m_db(db)
    {}

    // New patients written one after another through one statement prepared once (an import's
    // thousands). No permission check or validation here: the caller has done both (the MRN's
    // uniqueness included), and holds the transaction.
    class Inserter
    {
    public:
        explicit Inserter(Database &db);
        ~Inserter();
        Result<void> insert(Patient &patient); // sets patient.id
        // Patients that carry their ids (an import's) many to a statement (BatchInsert: on a
        // server with one COPY); otherwise one by one, each given its id.
        Result<void> insertAll(QList<Patient> &patients);

    private:
        Database &m_db;
        QSqlQuery m_q;
        std::unique_ptr<BatchInsert> m_many;
    };

    ValidationResult validate(const Patient &patient) const; // DOMAIN rules + unique MRN
    // Adds a patient and sets patient.id. A patient that carries an id (an undone creation being
    // redone) is stored under that id again.
    Result<qint64> add(Patient &patient);
    // Only for undoing a creation: the database refuses while the patient has records.
    Result<void> remove(qint64 id);
    Result<void> update(const Patient &patient);
    Result<void> setArchived(qint64 id, bool archived);

    Result<Patient> find(qint64 id) const;
    Result<Patient> findByMrn(const QString &mrn) const;
    // Every patient's id and record number, archived included, in record-number order (by code
    // point, the same on both engines): the list an export walks in batches.
    Result<QList<QPair<qint64, QString>>> idsByMrn() const;
    // The patients of `ids` that exist, in one statement, in no particular order.
    Result<QList<Patient>> findAll(const QList<qint64> &ids) const;
    bool isMrnTaken(const QString &mrn, qint64 exceptId = 0) const;
    // The next record number of a clinic's pattern: literal text with {year} (the year of
    // `today`) and one {n} or {n:05} (a running number, zero-padded to 5 digits), e.g.
    // "HC-{year}-{n:05}" -> HC-2026-00008 after HC-2026-00007. A pattern without {n} is an error.
    Result<QString> proposeMrn(const QString &pattern, QDate today) const;
    Result<QList<Patient>> search(const PatientQuery &query) const;
    int count(bool includeArchived) const; // -1 when it cannot be read

private:
    Database &m_db;
};

} // namespace tricholog
