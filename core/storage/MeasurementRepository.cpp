#include "core/storage/MeasurementRepository.h"

#include "core/clinical/Validation.h"
#include "core/model/MeasurementFields.h"
#include "core/storage/BatchInsert.h"
#include "core/storage/CopyRows.h"
#include "core/storage/Database.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/SqlValues.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>
#include <tuple>
#include <vector>

namespace tricholog {

namespace {

// The columns other than the recorded values, which come from measurementFields().
const QStringList kFixedColumns{
    QStringLiteral("id"),          QStringLiteral("patient_id"), QStringLiteral("session_id"),
    QStringLiteral("measured_on"), QStringLiteral("site"),       QStringLiteral("site_label"),
    QStringLiteral("method"),      QStringLiteral("instrument"), QStringLiteral("magnification"),
    QStringLiteral("notes")};

// Every column a write sets, fixed and value columns alike (id, row_version aside).
QStringList writtenColumns()
{
    QStringList columns = kFixedColumns.mid(1);
    for (const auto &field : measurementFields())
        columns << field.columnName();
    return columns;
}

const QString &selectColumns()
{
    static const QString columns =
        QStringList(kFixedColumns + writtenColumns().mid(kFixedColumns.size() - 1))
            .join(QStringLiteral(", ")) +
        QStringLiteral(", row_version");
    return columns;
}

Error queryError(const QSqlQuery &q)
{
    return Error::storage(Database::describe(q));
}

// Reads by column name, so that the order of the SELECT list does not matter.
// Where each column of a measurement SELECT is, found by name once per statement (not per
// row: QSqlQuery::value(name) copies the whole record and searches it each time).
struct MeasurementColumns
{
    template<typename Rows>
    explicit MeasurementColumns(const Rows &q)
    {
        const QSqlRecord r = q.record();
        auto at = [&r](const char *column) {
            return r.indexOf(QLatin1StringView(column));
        };
        rowVersion = at("row_version");
        id = at("id");
        patientId = at("patient_id");
        sessionId = at("session_id");
        measuredOn = at("measured_on");
        site = at("site");
        siteLabel = at("site_label");
        method = at("method");
        instrument = at("instrument");
        magnification = at("magnification");
        notes = at("notes");
        for (const auto &field : measurementFields())
            fields.append(at(field.column));
    }
    int rowVersion, id, patientId, sessionId, measuredOn, site, siteLabel, method, instrument,
        magnification, notes;
    QList<int> fields; // in measurementFields() order
};

template<typename Rows>
Measurement readMeasurement(const Rows &q, const MeasurementColumns &c)
{
    auto value = [&q](int column) {
        return sql::cell(q, column);
    };
    Measurement m;
    m.rowVersion.value = value(c.rowVersion).toInt();
    m.id = value(c.id).toLongLong();
    m.patientId = value(c.patientId).toLongLong();
    m.sessionId = sql::toOptionalId(value(c.sessionId));
    m.measuredOn = sql::toDate(value(c.measuredOn));
    m.site = sql::toEnum(value(c.site), ScalpSite::Vertex);
    m.siteLabel = value(c.siteLabel).toString();
    m.method = sql::toEnum(value(c.method), MeasurementMethod::Manual);
    m.instrument = value(c.instrument).toString();
    m.magnification = sql::toOptionalInt(value(c.magnification));
    qsizetype i = 0;
    for (const auto &field : measurementFields())
        field.set(m, sql::toOptionalDouble(value(c.fields.at(i++))));
    m.notes = value(c.notes).toString();
    return m;
}

// The values of writtenColumns(), in its order.
// Appended to `values` (the import's batches gather a few hundred rows in one list).
void appendWrittenValues(QVariantList &values, const Measurement &m)
{
    values << m.patientId << sql::fromOptional(m.sessionId) << sql::fromDate(m.measuredOn)
           << toKey(m.site) << sql::text(m.siteLabel.trimmed()) << toKey(m.method)
           << sql::text(m.instrument) << sql::fromOptional(m.magnification) << sql::text(m.notes);
    for (const auto &field : measurementFields())
        values << sql::fromNumber(field.get(m), field.isWholeNumber());
}

QVariantList writtenValues(const Measurement &m)
{
    QVariantList values;
    values.reserve(kFixedColumns.size() + qsizetype(measurementFields().size()));
    appendWrittenValues(values, m);
    return values;
}

// For the UPDATE: each value bound by its column's name.
void bindMeasurement(QSqlQuery &q, const Measurement &m)
{
    static const QStringList placeholders = [] {
        QStringList names;
        for (const QString &c : writtenColumns())
            names << QLatin1Char(':') + c;
        return names;
    }();
    q.bindValue(QStringLiteral(":id"), sql::fromId(m.id));
    const QVariantList values = writtenValues(m);
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(placeholders.at(i), values.at(i));
}

// The values of the INSERT: the id, then the written values.
void appendInsertValues(QVariantList &values, const Measurement &m)
{
    values << sql::fromId(m.id);
    appendWrittenValues(values, m);
}

QVariantList insertValues(const Measurement &m)
{
    QVariantList values;
    values.reserve(kFixedColumns.size() + qsizetype(measurementFields().size()));
    appendInsertValues(values, m);
    return values;
}

void bindInsert(QSqlQuery &q, const Measurement &m)
{
    const QVariantList values = insertValues(m);
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
}

// The INSERT of one measurement.
const QString &insertStatement()
{
    static const QString sql = [] {
        const QStringList columns = QStringList{QStringLiteral("id")} + writtenColumns();
        return QStringLiteral("INSERT INTO measurement (%1) VALUES (%2)")
            .arg(columns.join(QStringLiteral(", ")),
                 QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
    }();
    return sql;
}

const QString &updateStatement()
{
    static const QString sql = [] {
        QStringList sets;
        for (const QString &c : writtenColumns())
            sets << c + QStringLiteral(" = :") + c;
        return QStringLiteral("UPDATE measurement SET %1, row_version = row_version + 1, "
                              "updated_by = tricholog_user(), updated_at = tricholog_now() "
                              "WHERE id = :id AND (:rv = 0 OR row_version = :rv2)")
            .arg(sets.join(QStringLiteral(", ")));
    }();
    return sql;
}

} // namespace

MeasurementRepository::Inserter::Inserter(Database &db)
    : m_db(db)
    , m_q(db.connection())
{
    m_q.prepare(insertStatement() + db.dialect().returningId());
}

MeasurementRepository::Inserter::~Inserter() = default;

Result<void> MeasurementRepository::Inserter::insert(Measurement &m)
{
    bindInsert(m_q, m);
    if (!m_q.exec())
        return queryError(m_q);
    m.id = m_db.dialect().insertedId(m_q);
    m.rowVersion.value = 1;
    return {};
}

Result<void> MeasurementRepository::Inserter::insertAll(QList<Measurement> &measurements)
{
    return insertRecords(
        measurements, m_many,
        [this] {
            return std::make_unique<BatchInsert>(m_db, QStringLiteral("measurement"),
                                                 QStringList{QStringLiteral("id")} +
                                                     writtenColumns());
        },
        [this](Measurement &m) { return insert(m); }, appendInsertValues);
}

Result<qint64> MeasurementRepository::add(Measurement &measurement)
{
    if (auto allowed = m_db.require(Permission::EditMeasurements); !allowed)
        return allowed.error();
    QList<Measurement> one{measurement};
    if (auto r = addAll(one); !r)
        return r.error();
    measurement.id = one.first().id;
    measurement.rowVersion.value = 1;
    return measurement.id;
}

Result<void> MeasurementRepository::addAll(QList<Measurement> &measurements)
{
    if (auto allowed = m_db.require(Permission::EditMeasurements); !allowed)
        return allowed.error();
    ValidationResult all;
    PatientRepository patients(m_db);
    for (qsizetype i = 0; i < measurements.size(); ++i) {
        const auto owner = patients.find(measurements.at(i).patientId);
        if (!owner)
            return owner.error();
        const auto v = validateMeasurement(measurements.at(i), owner.value(), m_db.clock().today());
        all.merge(v, measurements.size() > 1 ? QStringLiteral("row%1").arg(i + 1) : QString());
    }
    if (!all.ok())
        return Error::validation(all);

    Transaction tx(m_db);
    if (!tx.isActive())
        return Error::storage(tx.errorText());
    // The caller's rows get their ids only once the transaction has committed.
    QList<Measurement> stored = measurements;
    Inserter inserter(m_db);
    for (auto &m : stored) {
        if (auto r = inserter.insert(m); !r)
            return r;
    }
    if (!tx.commit())
        return Error::storage(tx.errorText());
    measurements = stored;
    return {};
}

Result<void> MeasurementRepository::update(const Measurement &m)
{
    if (auto allowed = m_db.require(Permission::EditMeasurements); !allowed)
        return allowed.error();
    const auto owner = PatientRepository(m_db).find(m.patientId);
    if (!owner)
        return owner.error();
    if (const auto v = validateMeasurement(m, owner.value(), m_db.clock().today()); !v.ok())
        return Error::validation(v);
    QSqlQuery q(m_db.connection());
    q.prepare(updateStatement());
    bindMeasurement(q, m);
    q.bindValue(QStringLiteral(":id"), m.id);
    q.bindValue(QStringLiteral(":rv"), m.rowVersion.value);
    q.bindValue(QStringLiteral(":rv2"), m.rowVersion.value);
    if (!q.exec())
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return m_db.staleOrMissing(QStringLiteral("measurement"), m.id,
                                   QCoreApplication::translate("Database", "measurement"));
    return {};
}

Result<void> MeasurementRepository::remove(qint64 id)
{
    if (auto allowed = m_db.require(Permission::Delete); !allowed)
        return allowed.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM measurement WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return Error::notFound(
            QCoreApplication::translate("Database", "Measurement %1 does not exist.").arg(id));
    return {};
}

Result<void> MeasurementRepository::removeAll(const QList<qint64> &ids)
{
    if (auto allowed = m_db.require(Permission::Delete); !allowed)
        return allowed.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error::storage(tx.errorText());
    for (qint64 id : ids) {
        if (auto r = remove(id); !r)
            return r;
    }
    if (!tx.commit())
        return Error::storage(tx.errorText());
    return {};
}

Result<Measurement> MeasurementRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + selectColumns() +
              QStringLiteral(" FROM measurement WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q);
    if (!q.next()) {
        if (auto read = sql::finished(q); !read)
            return read.error();
        return Error::notFound(
            QCoreApplication::translate("Database", "Measurement %1 does not exist.").arg(id));
    }
    return readMeasurement(q, MeasurementColumns(q));
}

Result<QList<Measurement>> MeasurementRepository::forPatient(qint64 patientId) const
{
    return forPatients({patientId});
}

Result<QList<Measurement>> MeasurementRepository::forPatients(const QList<qint64> &patientIds) const
{
    if (patientIds.isEmpty())
        return QList<Measurement>{};
    QList<Measurement> list;
    auto read = sql::readRows(m_db,
                              QStringLiteral("SELECT ") + selectColumns() +
                                  QStringLiteral(" FROM measurement WHERE ") +
                                  m_db.dialect().idIn(QStringLiteral("patient_id"), patientIds),
                              {}, [&list](auto &rows) {
                                  const MeasurementColumns columns(rows);
                                  while (rows.next())
                                      list.append(readMeasurement(rows, columns));
                              });
    if (!read)
        return read.error();
    // Sorted here, not by the server: PostgreSQL's sort of a batch took longer than reading it,
    // and its order of the site keys followed the database's collation. The keys are sorted,
    // then the rows moved once into their order (swapping whole measurements cost more).
    struct Key
    {
        qint64 patient, day;
        QLatin1StringView site;
        qint64 id;
        qsizetype at;
        auto tied() const { return std::tie(patient, day, site, id); }
    };
    std::vector<Key> keys;
    keys.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Measurement &m = list.at(i);
        keys.push_back({m.patientId, m.measuredOn.toJulianDay(), keyView(m.site), m.id, i});
    }
    std::sort(keys.begin(), keys.end(),
              [](const Key &a, const Key &b) { return a.tied() < b.tied(); });
    QList<Measurement> sorted;
    sorted.reserve(list.size());
    for (const Key &key : keys)
        sorted.append(std::move(list[key.at]));
    return sorted;
}

} // namespace tricholog
