#include "core/storage/MeasurementRepository.h"

#include "core/clinical/Validation.h"
#include "core/storage/Database.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/SqlValues.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace tricholog {

namespace {

const QString kColumns = QStringLiteral(
    "id, patient_id, session_id, measured_on, site, site_label, method, instrument, magnification, "
    "density, hair_count, area_cm2, mean_diameter_um, terminal_pct, vellus_pct, anagen_pct, "
    "telogen_pct, fu_per_cm2, hairs_per_fu, notes, row_version");

Error queryError(const QSqlQuery &q)
{
    return Error::storage(Database::describe(q));
}

Measurement readMeasurement(const QSqlQuery &q)
{
    Measurement m;
    m.rowVersion.value = q.value(20).toInt(); // kColumns: row_version last
    m.id = q.value(0).toLongLong();
    m.patientId = q.value(1).toLongLong();
    m.sessionId = sql::toOptionalId(q.value(2));
    m.measuredOn = sql::toDate(q.value(3));
    m.site = sql::toEnum(q.value(4), ScalpSite::Vertex);
    m.siteLabel = q.value(5).toString();
    m.method = sql::toEnum(q.value(6), MeasurementMethod::Manual);
    m.instrument = q.value(7).toString();
    m.magnification = sql::toOptionalInt(q.value(8));
    m.density = sql::toQuantity<HairDensity>(q.value(9));
    m.hairCount = sql::toOptionalInt(q.value(10));
    m.area = sql::toQuantity<AreaCm2>(q.value(11));
    m.meanDiameter = sql::toQuantity<ShaftDiameter>(q.value(12));
    m.terminal = sql::toQuantity<Percentage>(q.value(13));
    m.vellus = sql::toQuantity<Percentage>(q.value(14));
    m.anagen = sql::toQuantity<Percentage>(q.value(15));
    m.telogen = sql::toQuantity<Percentage>(q.value(16));
    m.follicularUnits = sql::toQuantity<FollicularUnitDensity>(q.value(17));
    m.hairsPerFollicularUnit = sql::toQuantity<HairsPerUnit>(q.value(18));
    m.notes = q.value(19).toString();
    return m;
}

void bindMeasurement(QSqlQuery &q, const Measurement &m)
{
    q.bindValue(QStringLiteral(":id"), sql::fromId(m.id));
    q.bindValue(QStringLiteral(":patient"), m.patientId);
    q.bindValue(QStringLiteral(":session"), sql::fromOptional(m.sessionId));
    q.bindValue(QStringLiteral(":on"), sql::fromDate(m.measuredOn));
    q.bindValue(QStringLiteral(":site"), toKey(m.site));
    q.bindValue(QStringLiteral(":label"), sql::text(m.siteLabel.trimmed()));
    q.bindValue(QStringLiteral(":method"), toKey(m.method));
    q.bindValue(QStringLiteral(":instrument"), sql::text(m.instrument));
    q.bindValue(QStringLiteral(":mag"), sql::fromOptional(m.magnification));
    q.bindValue(QStringLiteral(":density"), sql::fromQuantity(m.density));
    q.bindValue(QStringLiteral(":count"), sql::fromOptional(m.hairCount));
    q.bindValue(QStringLiteral(":area"), sql::fromQuantity(m.area));
    q.bindValue(QStringLiteral(":diameter"), sql::fromQuantity(m.meanDiameter));
    q.bindValue(QStringLiteral(":terminal"), sql::fromQuantity(m.terminal));
    q.bindValue(QStringLiteral(":vellus"), sql::fromQuantity(m.vellus));
    q.bindValue(QStringLiteral(":anagen"), sql::fromQuantity(m.anagen));
    q.bindValue(QStringLiteral(":telogen"), sql::fromQuantity(m.telogen));
    q.bindValue(QStringLiteral(":fu"), sql::fromQuantity(m.follicularUnits));
    q.bindValue(QStringLiteral(":hpf"), sql::fromQuantity(m.hairsPerFollicularUnit));
    q.bindValue(QStringLiteral(":notes"), sql::text(m.notes));
}

} // namespace

Result<void> MeasurementRepository::insert(Measurement &m)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral(
            "INSERT INTO measurement (id, patient_id, session_id, measured_on, site, site_label, "
            "method, "
            "instrument, magnification, density, hair_count, area_cm2, mean_diameter_um, "
            "terminal_pct, "
            "vellus_pct, anagen_pct, telogen_pct, fu_per_cm2, hairs_per_fu, notes) VALUES (:id, "
            ":patient, "
            ":session, :on, :site, :label, :method, :instrument, :mag, :density, :count, :area, "
            ":diameter, :terminal, :vellus, :anagen, :telogen, :fu, :hpf, :notes)") +
        m_db.dialect().returningId());
    bindMeasurement(q, m);
    if (!q.exec())
        return queryError(q);
    m.id = m_db.dialect().insertedId(q);
    return {};
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
    QList<Measurement> stored = measurements;
    for (auto &m : stored) {
        if (auto r = insert(m); !r)
            return r;
    }
    if (!tx.commit())
        return Error::storage(tx.errorText());
    for (auto &m : stored)
        m.rowVersion.value = 1;
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
    q.prepare(QStringLiteral(
        "UPDATE measurement SET patient_id = :patient, session_id = :session, measured_on = :on, "
        "site = :site, site_label = :label, method = :method, instrument = :instrument, "
        "magnification = :mag, density = :density, hair_count = :count, area_cm2 = :area, "
        "mean_diameter_um = :diameter, terminal_pct = :terminal, vellus_pct = :vellus, "
        "anagen_pct = :anagen, telogen_pct = :telogen, fu_per_cm2 = :fu, hairs_per_fu = :hpf, "
        "notes = :notes, row_version = row_version + 1, updated_by = tricholog_user(), "
        "updated_at = tricholog_now() WHERE id = :id AND (:rv = 0 OR row_version = :rv2)"));
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
    q.prepare(QStringLiteral("SELECT ") + kColumns +
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
    return readMeasurement(q);
}

Result<QList<Measurement>> MeasurementRepository::forPatient(qint64 patientId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT ") + kColumns +
        QStringLiteral(" FROM measurement WHERE patient_id = ? ORDER BY measured_on, site, id"));
    q.addBindValue(patientId);
    if (!q.exec())
        return queryError(q);
    QList<Measurement> list;
    while (q.next())
        list.append(readMeasurement(q));
    if (auto read = sql::finished(q); !read)
        return read.error();
    return list;
}

} // namespace tricholog
