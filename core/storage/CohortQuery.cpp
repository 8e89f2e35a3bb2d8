#include "core/storage/CohortQuery.h"

#include "core/model/Keys.h"
#include "core/model/MeasurementFields.h"
#include "core/storage/Database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace tricholog {

namespace {

QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

} // namespace

Result<QList<cohort::PatientRows>> loadCohortValues(Database &db, const cohort::Options &options)
{
    if (auto ok = cohort::check(options); !ok)
        return ok.error();
    // Outcomes across patients: clinicians and administrators (the reports' rule), whoever asks.
    if (auto allowed = db.require(Permission::ExportReports); !allowed)
        return allowed.error();
    const QString column = measurementFieldByKey(options.metric)->columnName(); // checked
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT m.patient_id, p.mrn, m.measured_on, m.%1, p.sex, "
                             "p.date_of_birth FROM measurement m JOIN patient p ON p.id = "
                             "m.patient_id WHERE m.site = :site AND m.%1 IS NOT NULL ORDER BY "
                             "m.patient_id, m.measured_on, m.id")
                  .arg(column));
    q.bindValue(QStringLiteral(":site"), toKey(options.site));
    if (!q.exec())
        return Error::storage(Database::describe(q));
    QList<cohort::PatientRows> rows;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (rows.isEmpty() || rows.last().patientId != id)
            rows.append(
                {id, q.value(1).toString(), {}, {}, {}, q.value(4).toString(), dateOf(q.value(5))});
        rows.last().values.append({dateOf(q.value(2)), q.value(3).toDouble()});
    }
    if (q.lastError().isValid())
        return Error::storage(Database::describe(q));
    return rows;
}

Result<CohortSessions> loadCohortSessions(Database &db)
{
    if (auto allowed = db.require(Permission::ExportReports); !allowed)
        return allowed.error();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT s.patient_id, s.id, s.performed_at, s.device, s.needle_mm, "
                               "a.adjunct FROM session s LEFT JOIN session_adjunct a ON "
                               "a.session_id = s.id ORDER BY s.patient_id, s.performed_at, s.id")))
        return Error::storage(Database::describe(q));
    CohortSessions out;
    QList<cohort::PatientRows::Session> *current = nullptr;
    qint64 lastPatient = 0, lastSession = 0;
    while (q.next()) {
        if (const qint64 patient = q.value(0).toLongLong(); !current || patient != lastPatient) {
            current = &out[patient];
            lastPatient = patient;
        }
        if (q.value(1).toLongLong() != lastSession) {
            lastSession = q.value(1).toLongLong();
            current->append({dateOf(q.value(2)), q.value(3).toString(), q.value(4).toDouble(), {}});
        }
        if (!q.value(5).isNull())
            current->last().adjuncts << q.value(5).toString();
    }
    if (q.lastError().isValid())
        return Error::storage(Database::describe(q));
    return out;
}

Result<CohortDiagnoses> loadCohortDiagnoses(Database &db)
{
    if (auto allowed = db.require(Permission::ExportReports); !allowed)
        return allowed.error();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT patient_id, type FROM diagnosis WHERE status = 'active' "
                               "ORDER BY patient_id, diagnosed_on, id")))
        return Error::storage(Database::describe(q));
    CohortDiagnoses out;
    while (q.next())
        if (const qint64 patient = q.value(0).toLongLong(); !out.contains(patient))
            out.insert(patient, q.value(1).toString()); // the earliest
    if (q.lastError().isValid())
        return Error::storage(Database::describe(q));
    return out;
}

void attachCohortDetails(QList<cohort::PatientRows> &rows, const CohortSessions *sessions,
                         const CohortDiagnoses *diagnoses)
{
    for (cohort::PatientRows &r : rows) {
        if (sessions)
            r.sessions = sessions->value(r.patientId);
        if (diagnoses)
            r.diagnosis = diagnoses->value(r.patientId);
    }
}

Result<CohortPlans> loadCohortPlans(Database &db)
{
    if (auto allowed = db.require(Permission::ExportReports); !allowed)
        return allowed.error();
    return PlanRepository(db).latestPlans();
}

void attachCohortAdherence(QList<cohort::PatientRows> &rows, const CohortPlans &plans, QDate today,
                           const plan::Tolerance &tolerance)
{
    for (cohort::PatientRows &r : rows) {
        r.adherence.reset();
        const auto found = plans.constFind(r.patientId);
        if (found == plans.cend())
            continue;
        QList<plan::PlannedVisit> visits = plan::generate(found->protocol, found->start);
        QList<plan::Recorded> sessions;
        for (const cohort::PatientRows::Session &s : std::as_const(r.sessions))
            sessions.append({s.on, 0});
        plan::fulfil(visits, sessions, {}, tolerance, today, found->stoppedOn);
        r.adherence = plan::adherence(visits);
    }
}

Result<QList<cohort::PatientRows>> loadCohortRows(Database &db, const cohort::Options &options,
                                                  const plan::Tolerance &tolerance)
{
    auto rows = loadCohortValues(db, options);
    if (!rows)
        return rows.error();
    std::optional<CohortSessions> sessions;
    std::optional<CohortDiagnoses> diagnoses;
    if (options.needsSessions()) {
        auto read = loadCohortSessions(db);
        if (!read)
            return read.error();
        sessions = std::move(read.value());
    }
    if (options.needsDiagnoses()) {
        auto read = loadCohortDiagnoses(db);
        if (!read)
            return read.error();
        diagnoses = std::move(read.value());
    }
    attachCohortDetails(rows.value(), sessions ? &*sessions : nullptr,
                        diagnoses ? &*diagnoses : nullptr);
    if (options.needsAdherence()) {
        auto plans = loadCohortPlans(db);
        if (!plans)
            return plans.error();
        attachCohortAdherence(rows.value(), plans.value(), db.clock().today(), tolerance);
    }
    return rows;
}

} // namespace tricholog
