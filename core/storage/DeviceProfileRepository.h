#pragma once

#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace tricholog {

class Database;

// A device at one magnification and the scale of its images, from a ruler image (`tricholog
// calibrate --save-profile`) or entered. The image analysis records the profile it used.
struct DeviceProfile
{
    qint64 id = 0;
    QString name; // unique whatever its case, e.g. "Dermatoscope A, 20x"
    std::optional<int> magnification;
    double umPerPx = 0;
    std::optional<double> uncertaintyUmPerPx;
    QDate calibratedOn;
    QString method = QStringLiteral("ruler"); // "ruler" or "entered"
    QString notes;
    int rowVersion = 0;
};

// Device calibration profiles (schema 8, both engines, every change in the audit trail). Writing
// needs Permission::EditMeasurements.
class DeviceProfileRepository
{
public:
    explicit DeviceProfileRepository(Database &db);

    static constexpr int kNameMaxLength = 100;

    Result<QList<DeviceProfile>> list() const; // by name
    // The profile of this name (any case); a not-found error naming it otherwise.
    Result<DeviceProfile> find(const QString &name) const;
    // A new profile (id 0) or a change to one (its row version must be the stored one). The name
    // must be unique, 1-100 characters; the scale 0.2-50 um per pixel; the magnification 1-1000.
    Result<qint64> save(DeviceProfile &profile);
    Result<void> remove(qint64 id);

    // Checks a profile as save() does, without writing: the message names each problem.
    static Result<void> check(const DeviceProfile &profile);

private:
    Database &m_db;
};

} // namespace tricholog
