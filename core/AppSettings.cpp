#include "core/AppSettings.h"

#include "core/model/Keys.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <algorithm>

namespace tricholog {

namespace keys {
const QString clinicName = QStringLiteral("clinic/name");
const QString clinicAddress = QStringLiteral("clinic/address");
const QString clinicLogo = QStringLiteral("clinic/logo");
const QString terminalThreshold = QStringLiteral("measurement/terminalThresholdUm");
const QString vellusThreshold = QStringLiteral("measurement/vellusThresholdUm");
const QString responderThreshold = QStringLiteral("progress/responderThresholdPercent");
const QString minFollowUp = QStringLiteral("progress/minFollowUpWeeks");
const QString sessionTolerance = QStringLiteral("plans/sessionToleranceDays");
const QString measurementTolerance = QStringLiteral("plans/measurementToleranceDays");
const QString controlSites = QStringLiteral("progress/controlSites");
const QString defaultDevice = QStringLiteral("session/defaultDevice");
const QString defaultNeedle = QStringLiteral("session/defaultNeedleMm");
const QString paperSize = QStringLiteral("report/paperSize");
const QString mrnPattern = QStringLiteral("patient/mrnPattern");
const QString idleLock = QStringLiteral("security/idleLockMinutes");
const QString backupsToKeep = QStringLiteral("backup/keep");
const QString backupFolder = QStringLiteral("backup/folder");
const QString language = QStringLiteral("ui/language");
} // namespace keys

AppSettings AppSettings::load(const QSettings &s)
{
    AppSettings d;
    AppSettings a;
    a.clinicName = s.value(keys::clinicName, d.clinicName).toString();
    a.clinicAddress = s.value(keys::clinicAddress, d.clinicAddress).toString();
    a.clinicLogoPath = s.value(keys::clinicLogo, d.clinicLogoPath).toString();
    a.terminalThresholdUm = s.value(keys::terminalThreshold, d.terminalThresholdUm).toDouble();
    a.vellusThresholdUm = s.value(keys::vellusThreshold, d.vellusThresholdUm).toDouble();
    a.responderThresholdPercent =
        s.value(keys::responderThreshold, d.responderThresholdPercent).toDouble();
    a.minFollowUpWeeks = s.value(keys::minFollowUp, d.minFollowUpWeeks).toInt();
    a.planSessionToleranceDays =
        std::clamp(s.value(keys::sessionTolerance, d.planSessionToleranceDays).toInt(), 0, 60);
    a.planMeasurementToleranceDays = std::clamp(
        s.value(keys::measurementTolerance, d.planMeasurementToleranceDays).toInt(), 0, 60);
    if (s.contains(keys::controlSites)) {
        a.controlSites.clear();
        for (const QString &key :
             s.value(keys::controlSites).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (const auto site = fromKey<ScalpSite>(key.trimmed()))
                a.controlSites << *site;
    }
    a.defaultDevice =
        fromKey<Device>(s.value(keys::defaultDevice).toString()).value_or(d.defaultDevice);
    a.defaultNeedleMm = s.value(keys::defaultNeedle, d.defaultNeedleMm).toDouble();
    a.paperSize = s.value(keys::paperSize, d.paperSize).toString();
    a.mrnPattern = s.value(keys::mrnPattern, d.mrnPattern).toString();
    a.idleLockMinutes = s.value(keys::idleLock, d.idleLockMinutes).toInt();
    a.backupsToKeep = s.value(keys::backupsToKeep, d.backupsToKeep).toInt();
    a.backupFolder = s.value(keys::backupFolder, d.backupFolder).toString();
    a.language = s.value(keys::language, d.language).toString();
    return a;
}

void AppSettings::save(QSettings &s) const
{
    s.setValue(keys::clinicName, clinicName);
    s.setValue(keys::clinicAddress, clinicAddress);
    s.setValue(keys::clinicLogo, clinicLogoPath);
    s.setValue(keys::terminalThreshold, terminalThresholdUm);
    s.setValue(keys::vellusThreshold, vellusThresholdUm);
    s.setValue(keys::responderThreshold, responderThresholdPercent);
    s.setValue(keys::minFollowUp, minFollowUpWeeks);
    s.setValue(keys::sessionTolerance, planSessionToleranceDays);
    s.setValue(keys::measurementTolerance, planMeasurementToleranceDays);
    QStringList controls;
    for (ScalpSite site : controlSites)
        controls << toKey(site);
    s.setValue(keys::controlSites, controls.join(QLatin1Char(',')));
    s.setValue(keys::defaultDevice, toKey(defaultDevice));
    s.setValue(keys::defaultNeedle, defaultNeedleMm);
    s.setValue(keys::paperSize, paperSize);
    s.setValue(keys::mrnPattern, mrnPattern);
    s.setValue(keys::idleLock, idleLockMinutes);
    s.setValue(keys::backupsToKeep, backupsToKeep);
    s.setValue(keys::backupFolder, backupFolder);
    s.setValue(keys::language, language);
}

void AppSettings::applyPractice(const Practice &practice)
{
    if (!practice.isSetUp())
        return;
    clinicName = practice.name;
    clinicAddress = practice.address;
    clinicLogo = practice.logo;
    clinicLogoPath.clear();
    if (!practice.paperSize.isEmpty())
        paperSize = practice.paperSize;
}

QString AppSettings::effectivePaperSize() const
{
    if (paperSize == QLatin1String("A4") || paperSize == QLatin1String("Letter"))
        return paperSize;
    const auto territory = QLocale().territory();
    return territory == QLocale::UnitedStates || territory == QLocale::Canada
               ? QStringLiteral("Letter")
               : QStringLiteral("A4");
}

QString AppSettings::effectiveBackupFolder(const QString &databasePath) const
{
    if (!backupFolder.isEmpty())
        return backupFolder;
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

} // namespace tricholog
