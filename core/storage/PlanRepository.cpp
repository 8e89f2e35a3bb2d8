#include "core/storage/PlanRepository.h"

#include "core/io/ICalendar.h"
#include "core/io/SafeIo.h"
#include "core/model/Keys.h"
#include "core/model/PatientRecord.h"
#include "core/security/Disclosure.h"
#include "core/storage/Database.h"
#include "core/storage/PracticeRepository.h"
#include "core/storage/SqlValues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace tricholog {

namespace {

const QString kProtocolColumns = QStringLiteral("name, device, needle_mm, interval_days, sessions, "
                                                "adjuncts, measurement_weeks, photo_views, notes");

QString adjunctsJson(const QList<plan::AdjunctDose> &adjuncts)
{
    QJsonArray out;
    for (const plan::AdjunctDose &a : adjuncts)
        out.append(QJsonObject{{QStringLiteral("adjunct"), toKey(a.adjunct)},
                               {QStringLiteral("dose"), a.dose}});
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

// The protocol's columns from `first` on (kProtocolColumns' order).
plan::Protocol protocolAt(const QSqlQuery &q, int first)
{
    plan::Protocol p;
    p.name = q.value(first).toString();
    p.device = fromKey<Device>(q.value(first + 1).toString()).value_or(Device::Dermaroller);
    p.needleMm = q.value(first + 2).toDouble();
    p.intervalDays = q.value(first + 3).toInt();
    p.sessions = q.value(first + 4).toInt();
    for (const QJsonValue &v :
         QJsonDocument::fromJson(q.value(first + 5).toString().toUtf8()).array())
        if (const auto a = fromKey<AdjunctType>(v[QStringLiteral("adjunct")].toString()))
            p.adjuncts.append({*a, v[QStringLiteral("dose")].toString()});
    for (const QString &week :
         q.value(first + 6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        p.measurementWeeks << week.toInt();
    for (const QString &view :
         q.value(first + 7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const auto v = fromKey<PhotoView>(view))
            p.photoViews << *v;
    p.notes = q.value(first + 8).toString();
    return p;
}

void bindProtocol(QSqlQuery &q, const plan::Protocol &p)
{
    QStringList weeks, views;
    for (int w : p.measurementWeeks)
        weeks << QString::number(w);
    for (PhotoView v : p.photoViews)
        views << toKey(v);
    q.bindValue(QStringLiteral(":name"), p.name.trimmed());
    q.bindValue(QStringLiteral(":device"), toKey(p.device));
    q.bindValue(QStringLiteral(":needle"), p.needleMm);
    q.bindValue(QStringLiteral(":interval"), p.intervalDays);
    q.bindValue(QStringLiteral(":sessions"), p.sessions);
    q.bindValue(QStringLiteral(":adjuncts"), adjunctsJson(p.adjuncts));
    q.bindValue(QStringLiteral(":weeks"), sql::text(weeks.join(QLatin1Char(','))));
    q.bindValue(QStringLiteral(":views"), sql::text(views.join(QLatin1Char(','))));
    q.bindValue(QStringLiteral(":notes"), sql::text(p.notes));
}

const QString kProtocolValues = QStringLiteral(":name, :device, :needle, :interval, :sessions, "
                                               ":adjuncts, :weeks, :views, :notes");
const QString kProtocolSet = QStringLiteral(
    "name = :name, device = :device, needle_mm = :needle, interval_days = :interval, sessions = "
    ":sessions, adjuncts = :adjuncts, measurement_weeks = :weeks, photo_views = :views, notes = "
    ":notes, row_version = row_version + 1, updated_by = tricholog_user(), updated_at = "
    "tricholog_now()");

} // namespace

PlanProgress planProgress(const TreatmentPlan &plan, const PatientRecord &record,
                          const plan::Tolerance &tolerance, QDate today)
{
    PlanProgress out{plan, plan::generate(plan.protocol, plan.start), {}};
    QList<plan::Recorded> sessions, measurements;
    for (const MicroneedlingSession &s : record.sessions)
        sessions.append({s.performedAt.date(), s.id});
    QDate last;
    for (const Measurement &m : record.measurements) // oldest first: one visit a day
        if (m.measuredOn != last)
            measurements.append({last = m.measuredOn, 0});
    plan::fulfil(out.visits, sessions, measurements, tolerance, today, plan.stoppedOn);
    out.adherence = plan::adherence(out.visits);
    return out;
}

Result<int> writePlanCalendar(Database &db, const PlanProgress &progress, const QString &path)
{
    if (auto allowed = db.require(Permission::EditSessions); !allowed)
        return allowed.error();
    QString clinic;
    if (auto practice = PracticeRepository(db).load())
        clinic = practice.value().name;
    const QByteArray ics = plannedVisitsIcs(
        progress.visits, progress.plan.protocol,
        QStringLiteral("tricholog-plan-%1").arg(progress.plan.id), clinic, db.clock().now());
    if (auto written = writeWholeFile(path, ics); !written)
        return written.error();
    if (auto disclosed = recordDisclosure(db, DisclosureKind::Csv, {progress.plan.patientId}, path);
        !disclosed)
        return disclosed.error();
    return int(ics.count("BEGIN:VEVENT"));
}

PlanRepository::PlanRepository(Database &db)
    : m_db(db)
{}

Result<QList<ProtocolTemplate>> PlanRepository::templates() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, row_version, %1 FROM protocol_template ORDER BY "
                               "lower(name), id")
                    .arg(kProtocolColumns)))
        return Error::storage(Database::describe(q));
    QList<ProtocolTemplate> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), protocolAt(q, 2), q.value(1).toInt()});
    if (q.lastError().isValid())
        return Error::storage(Database::describe(q));
    return out;
}

Result<qint64> PlanRepository::saveTemplate(ProtocolTemplate &t)
{
    if (auto allowed = m_db.require(Permission::EditDiagnoses); !allowed)
        return allowed.error();
    if (auto ok = plan::check(t.protocol); !ok)
        return ok.error();
    {
        QSqlQuery same(m_db.connection());
        same.prepare(QStringLiteral("SELECT id FROM protocol_template WHERE lower(name) = "
                                    "lower(?) AND id <> ?"));
        same.addBindValue(t.protocol.name.trimmed());
        same.addBindValue(t.id);
        if (!same.exec())
            return Error::storage(Database::describe(same));
        if (same.next())
            return Error::conflict(
                QCoreApplication::translate("Plan", "A protocol template named \"%1\" exists.")
                    .arg(t.protocol.name.trimmed()));
    }
    QSqlQuery q(m_db.connection());
    if (t.id == 0)
        q.prepare(QStringLiteral("INSERT INTO protocol_template (id, %1) VALUES (NULL, %2)")
                      .arg(kProtocolColumns, kProtocolValues) +
                  m_db.dialect().returningId());
    else
        q.prepare(QStringLiteral("UPDATE protocol_template SET %1 WHERE id = :id AND row_version "
                                 "= :rv")
                      .arg(kProtocolSet));
    bindProtocol(q, t.protocol);
    return m_db.saveVersioned(q, t.id, t.rowVersion, QStringLiteral("protocol_template"),
                              QCoreApplication::translate("Plan", "protocol template"));
}

Result<void> PlanRepository::removeTemplate(qint64 id)
{
    if (auto allowed = m_db.require(Permission::EditDiagnoses); !allowed)
        return allowed.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM protocol_template WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Error::storage(Database::describe(q));
    if (q.numRowsAffected() != 1)
        return Error::notFound(
            QCoreApplication::translate("Plan", "Protocol template %1 does not exist.").arg(id));
    return {};
}

namespace {

const QString kPlanColumns = QStringLiteral("id, patient_id, template_id, start_date, stopped_on, "
                                            "row_version, ") +
                             kProtocolColumns;

TreatmentPlan planAt(const QSqlQuery &q)
{
    TreatmentPlan p;
    p.id = q.value(0).toLongLong();
    p.patientId = q.value(1).toLongLong();
    p.templateId = q.value(2).toLongLong();
    p.start = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    if (!q.value(4).isNull())
        p.stoppedOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    p.rowVersion = q.value(5).toInt();
    p.protocol = protocolAt(q, 6);
    return p;
}

} // namespace

Result<QList<TreatmentPlan>> PlanRepository::plansOf(qint64 patientId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM treatment_plan WHERE patient_id = ? ORDER BY "
                             "start_date, id")
                  .arg(kPlanColumns));
    q.addBindValue(patientId);
    if (!q.exec())
        return Error::storage(Database::describe(q));
    QList<TreatmentPlan> out;
    while (q.next())
        out << planAt(q);
    if (q.lastError().isValid())
        return Error::storage(Database::describe(q));
    return out;
}

Result<QHash<qint64, TreatmentPlan>> PlanRepository::latestPlans() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM treatment_plan ORDER BY patient_id, start_date, id")
                    .arg(kPlanColumns)))
        return Error::storage(Database::describe(q));
    QHash<qint64, TreatmentPlan> out;
    while (q.next()) {
        TreatmentPlan p = planAt(q);
        out.insert(p.patientId, std::move(p)); // a later start replaces an earlier
    }
    if (q.lastError().isValid())
        return Error::storage(Database::describe(q));
    return out;
}

namespace {

Result<void> checkPlan(const TreatmentPlan &p)
{
    if (auto ok = plan::check(p.protocol); !ok)
        return ok.error();
    if (!p.start.isValid())
        return Error{Error::Kind::Validation,
                     QCoreApplication::translate("Plan", "The plan needs a start date."),
                     {}};
    if (p.stoppedOn && (!p.stoppedOn->isValid() || *p.stoppedOn < p.start))
        return Error{Error::Kind::Validation,
                     QCoreApplication::translate("Plan", "A plan cannot stop before its start "
                                                         "(%1).")
                         .arg(p.start.toString(Qt::ISODate)),
                     {}};
    return {};
}

// A template deleted since the plan was made (an undone deletion of the plan written back) leaves
// the plan without one.
const QString kPlanInsert =
    QStringLiteral("INSERT INTO treatment_plan (id, patient_id, template_id, start_date, "
                   "stopped_on, row_version, %1) VALUES (:newid, :patient, (SELECT id FROM "
                   "protocol_template WHERE id = :template), :start, :stopped, :version, %2)")
        .arg(kProtocolColumns, kProtocolValues);

void bindPlan(QSqlQuery &q, const TreatmentPlan &p, bool insert)
{
    bindProtocol(q, p.protocol);
    if (insert)
        q.bindValue(QStringLiteral(":patient"), p.patientId);
    q.bindValue(QStringLiteral(":template"), p.templateId > 0
                                                 ? QVariant(p.templateId)
                                                 : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(QStringLiteral(":start"), sql::fromDate(p.start));
    q.bindValue(QStringLiteral(":stopped"), p.stoppedOn ? sql::fromDate(*p.stoppedOn)
                                                        : QVariant(QMetaType::fromType<QString>()));
}

} // namespace

Result<qint64> PlanRepository::savePlan(TreatmentPlan &p)
{
    if (auto allowed = m_db.require(Permission::EditDiagnoses); !allowed)
        return allowed.error();
    if (auto ok = checkPlan(p); !ok)
        return ok.error();
    QSqlQuery q(m_db.connection());
    if (p.id == 0) {
        q.prepare(kPlanInsert + m_db.dialect().returningId());
        q.bindValue(QStringLiteral(":newid"), QVariant(QMetaType::fromType<qint64>()));
        q.bindValue(QStringLiteral(":version"), 1);
    } else {
        q.prepare(QStringLiteral("UPDATE treatment_plan SET template_id = :template, start_date = "
                                 ":start, stopped_on = :stopped, %1 WHERE id = :id AND "
                                 "row_version = :rv")
                      .arg(kProtocolSet));
    }
    bindPlan(q, p, p.id == 0);
    return m_db.saveVersioned(q, p.id, p.rowVersion, QStringLiteral("treatment_plan"),
                              QCoreApplication::translate("Plan", "treatment plan"));
}

Result<void> PlanRepository::stopPlan(TreatmentPlan &p, std::optional<QDate> on)
{
    TreatmentPlan changed = p;
    changed.stoppedOn = on;
    if (auto saved = savePlan(changed); !saved)
        return saved.error();
    p = changed;
    return {};
}

Result<void> PlanRepository::removePlan(const TreatmentPlan &p)
{
    if (auto allowed = m_db.require(Permission::EditDiagnoses); !allowed)
        return allowed.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM treatment_plan WHERE id = ? AND row_version = ?"));
    q.addBindValue(p.id);
    q.addBindValue(p.rowVersion);
    if (!q.exec())
        return Error::storage(Database::describe(q));
    if (q.numRowsAffected() != 1)
        return m_db.staleOrMissing(QStringLiteral("treatment_plan"), p.id,
                                   QCoreApplication::translate("Plan", "treatment plan"));
    return {};
}

Result<void> PlanRepository::restorePlan(TreatmentPlan &p)
{
    if (auto allowed = m_db.require(Permission::EditDiagnoses); !allowed)
        return allowed.error();
    if (auto ok = checkPlan(p); !ok)
        return ok.error();
    QSqlQuery q(m_db.connection());
    q.prepare(kPlanInsert);
    q.bindValue(QStringLiteral(":newid"), p.id);
    q.bindValue(QStringLiteral(":version"), p.rowVersion);
    bindPlan(q, p, true);
    if (!q.exec())
        return Error::storage(Database::describe(q));
    return {};
}

Result<qint64> PlanRepository::insertContact(const ContactAttempt &c)
{
    if (auto allowed = m_db.require(Permission::EditSessions); !allowed)
        return allowed.error();
    if (!c.attemptedAt.isValid())
        return Error{Error::Kind::Validation,
                     QCoreApplication::translate("Plan", "The contact attempt needs a time."),
                     {}};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO contact_attempt (id, patient_id, attempted_at, outcome, "
                             "note, updated_by) VALUES (?, ?, ?, ?, ?, tricholog_user())") +
              m_db.dialect().returningId());
    q.addBindValue(sql::fromId(c.id));
    q.addBindValue(c.patientId);
    q.addBindValue(sql::fromDateTime(c.attemptedAt));
    q.addBindValue(toKey(c.outcome));
    q.addBindValue(sql::text(c.note));
    if (!q.exec())
        return Error::storage(Database::describe(q));
    return m_db.dialect().insertedId(q);
}

Result<qint64> PlanRepository::addContact(ContactAttempt &c)
{
    c.id = 0;
    auto added = insertContact(c);
    if (!added)
        return added.error();
    c.id = added.value();
    return c.id;
}

Result<void> PlanRepository::restoreContact(const ContactAttempt &c)
{
    if (c.id <= 0)
        return Error::storage(QStringLiteral("restoreContact needs the call's id"));
    if (auto restored = insertContact(c); !restored)
        return restored.error();
    return {};
}

Result<void> PlanRepository::removeContact(qint64 id)
{
    if (auto allowed = m_db.require(Permission::EditSessions); !allowed)
        return allowed.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM contact_attempt WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Error::storage(Database::describe(q));
    if (q.numRowsAffected() != 1)
        return Error::notFound(QCoreApplication::translate(
            "Plan", "That call is no longer recorded: it was taken back on another workstation."));
    return {};
}

Result<QList<ContactAttempt>> PlanRepository::contactsOf(qint64 patientId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, attempted_at, outcome, note, updated_by FROM "
                             "contact_attempt WHERE patient_id = ? ORDER BY attempted_at DESC, id "
                             "DESC"));
    q.addBindValue(patientId);
    if (!q.exec())
        return Error::storage(Database::describe(q));
    QList<ContactAttempt> out;
    while (q.next())
        out.append(
            {q.value(0).toLongLong(), patientId, sql::toDateTime(q.value(1)),
             fromKey<ContactOutcome>(q.value(2).toString()).value_or(ContactOutcome::NoAnswer),
             q.value(3).toString(), q.value(4).toString()});
    if (q.lastError().isValid())
        return Error::storage(Database::describe(q));
    return out;
}

} // namespace tricholog
