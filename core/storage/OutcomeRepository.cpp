#include "core/storage/OutcomeRepository.h"

#include "core/clinical/Validation.h"
#include "core/storage/Database.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace tricholog {

namespace {

void bindOutcome(QSqlQuery &q, const PatientReportedOutcome &o)
{
    q.bindValue(QStringLiteral(":id"), sql::fromId(o.id));
    q.bindValue(QStringLiteral(":patient"), o.patientId);
    q.bindValue(QStringLiteral(":session"), sql::fromOptional(o.sessionId));
    q.bindValue(QStringLiteral(":on"), sql::fromDate(o.recordedOn));
    q.bindValue(QStringLiteral(":global"), sql::fromOptional(o.globalAssessment));
    q.bindValue(QStringLiteral(":shedding"), sql::fromOptional(o.sheddingScore));
    q.bindValue(QStringLiteral(":notes"), sql::text(o.notes));
}

} // namespace

Result<void> OutcomeRepository::validate(const PatientReportedOutcome &outcome) const
{
    const auto owner = PatientRepository(m_db).find(outcome.patientId);
    if (!owner)
        return owner.error();
    if (const auto v = validateOutcome(outcome, owner.value(), m_db.clock().today()); !v.ok())
        return Error::validation(v);
    return {};
}

Result<qint64> OutcomeRepository::add(PatientReportedOutcome &outcome)
{
    if (auto allowed = m_db.require(Permission::EditMeasurements); !allowed)
        return allowed.error();
    if (auto v = validate(outcome); !v)
        return v.error();
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO outcome (id, patient_id, session_id, recorded_on, "
                       "global_assessment, shedding, notes) VALUES (:id, :patient, :session, :on, "
                       ":global, :shedding, :notes)") +
        m_db.dialect().returningId());
    bindOutcome(q, outcome);
    if (!q.exec())
        return Error::storage(Database::describe(q));
    outcome.id = m_db.dialect().insertedId(q);
    outcome.rowVersion.value = 1;
    return outcome.id;
}

Result<void> OutcomeRepository::update(const PatientReportedOutcome &outcome)
{
    if (auto allowed = m_db.require(Permission::EditMeasurements); !allowed)
        return allowed.error();
    if (auto v = validate(outcome); !v)
        return v;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE outcome SET patient_id = :patient, session_id = :session, "
                       "recorded_on = :on, global_assessment = :global, shedding = :shedding, "
                       "notes = :notes, row_version = row_version + 1, "
                       "updated_by = tricholog_user(), updated_at = tricholog_now() "
                       "WHERE id = :id AND (:rv = 0 OR row_version = :rv2)"));
    bindOutcome(q, outcome);
    q.bindValue(QStringLiteral(":id"), outcome.id);
    q.bindValue(QStringLiteral(":rv"), outcome.rowVersion.value);
    q.bindValue(QStringLiteral(":rv2"), outcome.rowVersion.value);
    if (!q.exec())
        return Error::storage(Database::describe(q));
    if (q.numRowsAffected() != 1)
        return m_db.staleOrMissing(QStringLiteral("outcome"), outcome.id,
                                   QCoreApplication::translate("Database", "outcome"));
    return {};
}

Result<void> OutcomeRepository::remove(qint64 id)
{
    if (auto allowed = m_db.require(Permission::Delete); !allowed)
        return allowed.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM outcome WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Error::storage(Database::describe(q));
    if (q.numRowsAffected() != 1)
        return Error::notFound(
            QCoreApplication::translate("Database", "Outcome %1 does not exist.").arg(id));
    return {};
}

Result<QList<PatientReportedOutcome>> OutcomeRepository::forPatient(qint64 patientId) const
{
    return forPatients({patientId});
}

Result<QList<PatientReportedOutcome>>
OutcomeRepository::forPatients(const QList<qint64> &patientIds) const
{
    if (patientIds.isEmpty())
        return QList<PatientReportedOutcome>{};
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, patient_id, session_id, recorded_on, global_assessment, "
                             "shedding, notes, row_version FROM outcome WHERE patient_id IN (") +
              sql::idList(patientIds) + QStringLiteral(") ORDER BY patient_id, recorded_on, id"));
    if (!q.exec())
        return Error::storage(Database::describe(q));
    QList<PatientReportedOutcome> list;
    while (q.next()) {
        PatientReportedOutcome o;
        o.rowVersion.value = q.value(7).toInt(); // row_version, the last column
        o.id = q.value(0).toLongLong();
        o.patientId = q.value(1).toLongLong();
        o.sessionId = sql::toOptionalId(q.value(2));
        o.recordedOn = sql::toDate(q.value(3));
        o.globalAssessment = sql::toOptionalInt(q.value(4));
        o.sheddingScore = sql::toOptionalInt(q.value(5));
        o.notes = q.value(6).toString();
        list.append(o);
    }
    if (auto read = sql::finished(q); !read)
        return read.error();
    return list;
}

} // namespace tricholog
