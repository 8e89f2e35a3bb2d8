#include "core/storage/DeviceProfileRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <cmath>

namespace tricholog {

namespace {

Error invalid(const QString &message)
{
    return Error{Error::Kind::Validation, message, {}};
}

const QString kColumns = QStringLiteral("id, name, magnification, um_per_px, "
                                        "uncertainty_um_per_px, calibrated_on, method, notes, "
                                        "row_version");

DeviceProfile fromRow(const QSqlQuery &q)
{
    DeviceProfile p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    if (!q.value(2).isNull())
        p.magnification = q.value(2).toInt();
    p.umPerPx = q.value(3).toDouble();
    if (!q.value(4).isNull())
        p.uncertaintyUmPerPx = q.value(4).toDouble();
    p.calibratedOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    p.method = q.value(6).toString();
    p.notes = q.value(7).toString();
    p.rowVersion = q.value(8).toInt();
    return p;
}

} // namespace

DeviceProfileRepository::DeviceProfileRepository(Database &db)
    : m_db(db)
{}

Result<void> DeviceProfileRepository::check(const DeviceProfile &p)
{
    QStringList problems;
    const QString name = p.name.trimmed();
    if (name.isEmpty() || name.size() > kNameMaxLength)
        problems << QCoreApplication::translate("DeviceProfiles",
                                                "The name must have 1 to %1 characters.")
                        .arg(kNameMaxLength);
    if (!std::isfinite(p.umPerPx) || p.umPerPx < 0.2 || p.umPerPx > 50)
        problems << QCoreApplication::translate(
                        "DeviceProfiles",
                        "The scale must be between 0.2 and 50 micrometres per pixel (given: %1).")
                        .arg(p.umPerPx);
    if (p.magnification && (*p.magnification < 1 || *p.magnification > 1000))
        problems << QCoreApplication::translate("DeviceProfiles",
                                                "The magnification must be 1 to 1000 (given: %1).")
                        .arg(*p.magnification);
    if (p.uncertaintyUmPerPx && !(*p.uncertaintyUmPerPx >= 0))
        problems << QCoreApplication::translate("DeviceProfiles",
                                                "The uncertainty cannot be negative.");
    if (!p.calibratedOn.isValid())
        problems << QCoreApplication::translate("DeviceProfiles",
                                                "The calibration date is missing.");
    if (p.method != QLatin1String("ruler") && p.method != QLatin1String("entered"))
        problems << QCoreApplication::translate("DeviceProfiles",
                                                "The method must be ruler or entered, not %1.")
                        .arg(p.method);
    if (!problems.isEmpty())
        return invalid(problems.join(QLatin1Char(' ')));
    return {};
}

Result<QList<DeviceProfile>> DeviceProfileRepository::list() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT %1 FROM device_profile ORDER BY lower(name), id").arg(kColumns)))
        return Error::storage(Database::describe(q));
    QList<DeviceProfile> out;
    while (q.next())
        out << fromRow(q);
    if (q.lastError().isValid())
        return Error::storage(Database::describe(q));
    return out;
}

Result<DeviceProfile> DeviceProfileRepository::find(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM device_profile WHERE lower(name) = lower(?)").arg(kColumns));
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return Error::storage(Database::describe(q));
    if (!q.next())
        return Error::notFound(QCoreApplication::translate(
                                   "DeviceProfiles", "There is no device profile named \"%1\".")
                                   .arg(name));
    return fromRow(q);
}

Result<qint64> DeviceProfileRepository::save(DeviceProfile &p)
{
    if (auto allowed = m_db.require(Permission::EditMeasurements); !allowed)
        return allowed.error();
    if (auto ok = check(p); !ok)
        return ok.error();
    p.name = p.name.trimmed();
    // Another profile of the same name (whatever its case) is named, not a database error.
    if (const auto same = find(p.name); same && same.value().id != p.id)
        return Error::conflict(
            QCoreApplication::translate("DeviceProfiles", "A device profile named \"%1\" exists.")
                .arg(same.value().name));
    QSqlQuery q(m_db.connection());
    if (p.id == 0)
        q.prepare(QStringLiteral("INSERT INTO device_profile (id, name, magnification, "
                                 "um_per_px, uncertainty_um_per_px, calibrated_on, method, notes) "
                                 "VALUES (NULL, :name, :mag, :scale, :unc, :on, :method, :notes)") +
                  m_db.dialect().returningId());
    else
        q.prepare(QStringLiteral(
            "UPDATE device_profile SET name = :name, magnification = :mag, um_per_px = :scale, "
            "uncertainty_um_per_px = :unc, calibrated_on = :on, method = :method, notes = :notes, "
            "row_version = row_version + 1, updated_by = tricholog_user(), "
            "updated_at = tricholog_now() WHERE id = :id AND row_version = :rv"));
    q.bindValue(QStringLiteral(":name"), p.name);
    q.bindValue(QStringLiteral(":mag"), sql::fromOptional(p.magnification));
    q.bindValue(QStringLiteral(":scale"), p.umPerPx);
    q.bindValue(QStringLiteral(":unc"), p.uncertaintyUmPerPx
                                            ? QVariant(*p.uncertaintyUmPerPx)
                                            : QVariant(QMetaType::fromType<double>()));
    q.bindValue(QStringLiteral(":on"), sql::fromDate(p.calibratedOn));
    q.bindValue(QStringLiteral(":method"), p.method);
    q.bindValue(QStringLiteral(":notes"), sql::text(p.notes));
    return m_db.saveVersioned(q, p.id, p.rowVersion, QStringLiteral("device_profile"),
                              QCoreApplication::translate("DeviceProfiles", "device profile"));
}

Result<void> DeviceProfileRepository::remove(qint64 id)
{
    if (auto allowed = m_db.require(Permission::EditMeasurements); !allowed)
        return allowed.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM device_profile WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Error::storage(Database::describe(q));
    if (q.numRowsAffected() != 1)
        return Error::notFound(
            QCoreApplication::translate("DeviceProfiles", "The device profile is gone."));
    return {};
}

} // namespace tricholog
