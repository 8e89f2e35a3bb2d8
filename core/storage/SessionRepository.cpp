#include "core/storage/SessionRepository.h"

#include "core/clinical/Validation.h"
#include "core/storage/BatchInsert.h"
#include "core/storage/CopyRows.h"
#include "core/storage/Database.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/PhotoRepository.h"
#include "core/storage/SqlValues.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace tricholog {

namespace {

const QString kNewestFirst = QStringLiteral("performed_at DESC, id DESC");

Error queryError(const QSqlQuery &q)
{
    return Error::storage(Database::describe(q));
}

// The columns a write sets (id aside), with their placeholders in the UPDATE.
struct SessionColumn
{
    const char *column;
    const char *placeholder;
};
constexpr SessionColumn kSessionColumns[] = {{"patient_id", ":patient"},
                                             {"performed_at", ":at"},
                                             {"session_number", ":number"},
                                             {"planned_sessions", ":planned"},
                                             {"operator", ":operator"},
                                             {"device", ":device"},
                                             {"needle_mm", ":needle"},
                                             {"needle_count", ":count"},
                                             {"passes", ":passes"},
                                             {"direction", ":direction"},
                                             {"endpoint", ":endpoint"},
                                             {"anaesthetic", ":anaesthetic"},
                                             {"anaesthetic_minutes", ":minutes"},
                                             {"background_therapy", ":background"},
                                             {"pain", ":pain"},
                                             {"post_care", ":postcare"},
                                             {"notes", ":notes"}};

// The values of kSessionColumns, in its order.
QVariantList sessionValues(const MicroneedlingSession &s)
{
    return {s.patientId,
            sql::fromDateTime(s.performedAt),
            sql::fromOptional(s.sessionNumber),
            sql::fromOptional(s.plannedSessions),
            sql::text(s.operatorName),
            toKey(s.device),
            sql::fromQuantity(s.needleLength),
            sql::fromOptional(s.needleCount),
            sql::fromOptional(s.passes),
            sql::text(s.direction),
            sql::fromEnum(s.endpoint),
            sql::text(s.anaestheticName),
            sql::fromOptional(s.anaestheticMinutes),
            sql::text(s.backgroundTherapy),
            sql::fromOptional(s.pain),
            sql::text(s.postCare),
            sql::text(s.notes)};
}

// For the UPDATE, by placeholder name.
void bindSession(QSqlQuery &q, const MicroneedlingSession &s)
{
    const QVariantList values = sessionValues(s);
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(QLatin1String(kSessionColumns[i].placeholder), values.at(i));
}

// For an INSERT: the id, then the values.
QVariantList insertValues(const MicroneedlingSession &s)
{
    return QVariantList{sql::fromId(s.id)} + sessionValues(s);
}

void bindInsert(QSqlQuery &q, const MicroneedlingSession &s)
{
    const QVariantList values = insertValues(s);
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
}

QStringList insertColumns()
{
    QStringList columns{QStringLiteral("id")};
    for (const SessionColumn &c : kSessionColumns)
        columns << QLatin1String(c.column);
    return columns;
}

// One row of load()'s SELECT, without its children.
template<typename Rows>
MicroneedlingSession readSession(const Rows &q)
{
    MicroneedlingSession s;
    s.rowVersion.value = q.value(18).toInt(); // row_version, the last column
    s.id = q.value(0).toLongLong();
    s.patientId = q.value(1).toLongLong();
    s.performedAt = sql::toDateTime(q.value(2));
    s.sessionNumber = sql::toOptionalInt(q.value(3));
    s.plannedSessions = sql::toOptionalInt(q.value(4));
    s.operatorName = q.value(5).toString();
    s.device = sql::toEnum(q.value(6), Device::Dermaroller);
    s.needleLength = sql::toQuantity<NeedleLength>(q.value(7));
    s.needleCount = sql::toOptionalInt(q.value(8));
    s.passes = sql::toOptionalInt(q.value(9));
    s.direction = q.value(10).toString();
    s.endpoint = sql::toOptionalEnum<Endpoint>(q.value(11));
    s.anaestheticName = q.value(12).toString();
    s.anaestheticMinutes = sql::toOptionalInt(q.value(13));
    s.backgroundTherapy = q.value(14).toString();
    s.pain = sql::toOptionalInt(q.value(15));
    s.postCare = q.value(16).toString();
    s.notes = q.value(17).toString();
    return s;
}

} // namespace

Result<void> SessionRepository::validate(const MicroneedlingSession &session) const
{
    const auto owner = PatientRepository(m_db).find(session.patientId);
    if (!owner)
        return owner.error();
    if (const auto v = validateSession(session, owner.value(), m_db.clock().now()); !v.ok())
        return Error::validation(v);
    return {};
}

SessionRepository::Inserter::Inserter(Database &db)
    : m_db(db)
    , m_session(db.connection())
    , m_sessions(db, QStringLiteral("session"), insertColumns())
    , m_zones(db, QStringLiteral("session_zone"),
              {QStringLiteral("session_id"), QStringLiteral("zone")})
    , m_adjuncts(db, QStringLiteral("session_adjunct"),
                 {QStringLiteral("session_id"), QStringLiteral("position"),
                  QStringLiteral("adjunct"), QStringLiteral("dose")})
    , m_events(db, QStringLiteral("adverse_event"),
               {QStringLiteral("session_id"), QStringLiteral("position"), QStringLiteral("event"),
                QStringLiteral("severity"), QStringLiteral("notes")})
{
    m_session.prepare(
        QStringLiteral("INSERT INTO session (%1) VALUES (%2)")
            .arg(insertColumns().join(u", "),
                 QStringList(insertColumns().size(), QStringLiteral("?")).join(u", ")) +
        db.dialect().returningId());
}

Result<void> SessionRepository::Inserter::insert(MicroneedlingSession &session)
{
    QList<MicroneedlingSession> one{session};
    if (auto added = insertAll(one); !added)
        return added;
    session.id = one.first().id;
    session.rowVersion.value = 1;
    return {};
}

Result<void> SessionRepository::Inserter::insertAll(QList<MicroneedlingSession> &sessions)
{
    const auto withId = [](const MicroneedlingSession &s) {
        return s.id > 0;
    };
    if (sessions.size() > 1 && std::all_of(sessions.cbegin(), sessions.cend(), withId)) {
        // An import on SQLite, which has given the ids: many to a statement.
        auto written = m_sessions.insert(sessions.size(), [&](QVariantList &values, qsizetype row) {
            values << insertValues(sessions.at(row));
        });
        if (!written)
            return written;
    } else {
        for (MicroneedlingSession &s : sessions) {
            bindInsert(m_session, s);
            if (!m_session.exec())
                return queryError(m_session);
            s.id = m_db.dialect().insertedId(m_session);
        }
    }
    for (MicroneedlingSession &s : sessions)
        s.rowVersion.value = 1;
    return insertChildren(sessions);
}

Result<void>
SessionRepository::Inserter::insertChildren(const QList<MicroneedlingSession> &sessions)
{
    // Each table's rows of all the sessions, written many to a statement.
    QList<QVariantList> zones, adjuncts, events;
    for (const MicroneedlingSession &s : sessions) {
        for (auto zone : s.zones)
            zones << QVariantList{s.id, toKey(zone)};
        for (qsizetype i = 0; i < s.adjuncts.size(); ++i)
            adjuncts << QVariantList{s.id, int(i), toKey(s.adjuncts.at(i).type),
                                     sql::text(s.adjuncts.at(i).dose.trimmed())};
        for (qsizetype i = 0; i < s.adverseEvents.size(); ++i) {
            const auto &e = s.adverseEvents.at(i);
            events << QVariantList{s.id, int(i), toKey(e.type), toKey(e.severity),
                                   sql::text(e.notes.trimmed())};
        }
    }
    for (auto [batch, rows] : {std::pair{&m_zones, &zones}, std::pair{&m_adjuncts, &adjuncts},
                               std::pair{&m_events, &events}}) {
        auto written = batch->insert(
            rows->size(), [rows](QVariantList &values, qsizetype row) { values << rows->at(row); });
        if (!written)
            return written;
    }
    return {};
}

Result<void> SessionRepository::writeChildren(const MicroneedlingSession &s)
{
    QSqlQuery q(m_db.connection());
    for (const auto &sqlText : {QStringLiteral("DELETE FROM session_zone WHERE session_id = ?"),
                                QStringLiteral("DELETE FROM session_adjunct WHERE session_id = ?"),
                                QStringLiteral("DELETE FROM adverse_event WHERE session_id = ?")}) {
        q.prepare(sqlText);
        q.addBindValue(s.id);
        if (!q.exec())
            return queryError(q);
    }
    return Inserter(m_db).insertChildren({s});
}

Result<qint64> SessionRepository::add(MicroneedlingSession &session)
{
    if (auto allowed = m_db.require(Permission::EditSessions); !allowed)
        return allowed.error();
    if (auto v = validate(session); !v)
        return v.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error::storage(tx.errorText());
    // The caller's session gets its id only once the transaction has committed.
    MicroneedlingSession stored = session;
    if (auto added = Inserter(m_db).insert(stored); !added)
        return added.error();
    if (!tx.commit())
        return Error::storage(tx.errorText());
    session.id = stored.id;
    session.rowVersion.value = 1;
    return session.id;
}

Result<void> SessionRepository::update(const MicroneedlingSession &session)
{
    if (auto allowed = m_db.require(Permission::EditSessions); !allowed)
        return allowed.error();
    if (auto v = validate(session); !v)
        return v;
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error::storage(tx.errorText());
    QSqlQuery q(m_db.connection());
    QStringList sets;
    for (const SessionColumn &c : kSessionColumns)
        sets << QLatin1String(c.column) + QStringLiteral(" = ") + QLatin1String(c.placeholder);
    q.prepare(QStringLiteral("UPDATE session SET %1, row_version = row_version + 1, "
                             "updated_by = tricholog_user(), updated_at = tricholog_now() "
                             "WHERE id = :id AND (:rv = 0 OR row_version = :rv2)")
                  .arg(sets.join(u", ")));
    bindSession(q, session);
    q.bindValue(QStringLiteral(":id"), session.id);
    q.bindValue(QStringLiteral(":rv"), session.rowVersion.value);
    q.bindValue(QStringLiteral(":rv2"), session.rowVersion.value);
    if (!q.exec())
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return m_db.staleOrMissing(QStringLiteral("session"), session.id,
                                   QCoreApplication::translate("Database", "session"));
    if (auto children = writeChildren(session); !children)
        return children;
    if (!tx.commit())
        return Error::storage(tx.errorText());
    return {};
}

Result<void> SessionRepository::remove(qint64 id)
{
    if (auto allowed = m_db.require(Permission::Delete); !allowed)
        return allowed.error();
    // Photos belong to their session and are not kept without it: they are deleted on purpose
    // first, never as a side effect.
    const auto photos = PhotoRepository(m_db).countForSession(id);
    if (!photos)
        return photos.error();
    if (photos.value() > 0)
        return Error::conflict(
            QCoreApplication::translate("Database",
                                        "This session has %n photo(s): delete them first "
                                        "(Photos tab) if the session is to go.",
                                        nullptr, photos.value()));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM session WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return Error::notFound(
            QCoreApplication::translate("Database", "Session %1 does not exist.").arg(id));
    return {};
}

Result<QList<MicroneedlingSession>>
SessionRepository::load(const QString &where, const QVariantList &keys, const QString &order) const
{
    QList<MicroneedlingSession> sessions;
    QHash<qint64, qsizetype> index;
    auto read = sql::readRows(
        m_db,
        QStringLiteral(
            "SELECT id, patient_id, performed_at, session_number, planned_sessions, operator, "
            "device, needle_mm, needle_count, passes, direction, endpoint, anaesthetic, "
            "anaesthetic_minutes, background_therapy, pain, post_care, notes, row_version FROM "
            "session WHERE ") +
            where + QStringLiteral(" ORDER BY ") + order,
        keys, [&](auto &q) {
            while (q.next()) {
                index.insert(q.value(0).toLongLong(), sessions.size());
                sessions.append(readSession(q));
            }
        });
    if (!read)
        return read.error();
    if (sessions.isEmpty())
        return sessions;

    // Children of all loaded sessions in one query per table, by the sessions' ids (one scan
    // of the session table, not one more per child table).
    const QString ofTheseSessions = m_db.dialect().idIn(QStringLiteral("session_id"), index.keys());
    read = sql::readRows(
        m_db, QStringLiteral("SELECT session_id, zone FROM session_zone WHERE ") + ofTheseSessions,
        {}, [&](auto &c) {
            while (c.next())
                if (const auto zone = fromKey<ScalpSite>(c.value(1).toString()))
                    sessions[index.value(c.value(0).toLongLong())].zones.append(*zone);
        });
    if (!read)
        return read.error();
    for (auto &s : sessions) // stable display order, independent of insertion order
        std::sort(s.zones.begin(), s.zones.end());

    read = sql::readRows(m_db,
                         QStringLiteral("SELECT session_id, adjunct, dose FROM session_adjunct "
                                        "WHERE ") +
                             ofTheseSessions + QStringLiteral(" ORDER BY session_id, position"),
                         {}, [&](auto &c) {
                             while (c.next()) {
                                 Adjunct a;
                                 a.type = sql::toEnum(c.value(1), AdjunctType::Other);
                                 a.dose = c.value(2).toString();
                                 sessions[index.value(c.value(0).toLongLong())].adjuncts.append(a);
                             }
                         });
    if (!read)
        return read.error();

    read = sql::readRows(
        m_db,
        QStringLiteral("SELECT session_id, event, severity, notes FROM adverse_event WHERE ") +
            ofTheseSessions + QStringLiteral(" ORDER BY session_id, position"),
        {}, [&](auto &c) {
            while (c.next()) {
                AdverseEvent e;
                e.type = sql::toEnum(c.value(1), AdverseEventType::Other);
                e.severity = sql::toEnum(c.value(2), Severity::Mild);
                e.notes = c.value(3).toString();
                sessions[index.value(c.value(0).toLongLong())].adverseEvents.append(e);
            }
        });
    if (!read)
        return read.error();
    return sessions;
}

Result<MicroneedlingSession> SessionRepository::find(qint64 id) const
{
    auto list = load(QStringLiteral("id = ?"), {id}, kNewestFirst);
    if (!list)
        return list.error();
    if (list.value().isEmpty())
        return Error::notFound(
            QCoreApplication::translate("Database", "Session %1 does not exist.").arg(id));
    return list.value().first();
}

Result<QList<MicroneedlingSession>> SessionRepository::forPatient(qint64 patientId) const
{
    return forPatients({patientId});
}

Result<QList<MicroneedlingSession>>
SessionRepository::forPatients(const QList<qint64> &patientIds) const
{
    if (patientIds.isEmpty())
        return QList<MicroneedlingSession>{};
    return load(m_db.dialect().idIn(QStringLiteral("patient_id"), patientIds), {},
                QStringLiteral("patient_id, performed_at DESC, id DESC"));
}

Result<MicroneedlingSession> SessionRepository::latestForPatient(qint64 patientId) const
{
    auto list = load(QStringLiteral("id = (SELECT id FROM session WHERE patient_id = ? ORDER BY "
                                    "performed_at DESC, id DESC LIMIT 1)"),
                     {patientId}, kNewestFirst);
    if (!list)
        return list.error();
    if (list.value().isEmpty())
        return Error::notFound(QCoreApplication::translate("Database", "No session yet."));
    return list.value().first();
}

} // namespace tricholog
