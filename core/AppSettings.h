#pragma once

#include "model/Enums.h"

#include <QString>

class QSettings;

namespace tricholog {

// The program's settings: typed keys with their defaults in one place, stored with QSettings.
struct AppSettings
{
    QString clinicName;
    QString clinicAddress; // several lines
    QString clinicLogoPath;
    double terminalThresholdUm = 40.0; // TrichoScan counts > 40 µm as terminal
    double vellusThresholdUm = 30.0;   // vellus < 30 µm, a common clinic convention
    double responderThresholdPercent = 10.0;
    Device defaultDevice = Device::Pen;
    double defaultNeedleMm = 1.5;
    QString paperSize; // "A4" or "Letter"; empty: from the locale
    int idleLockMinutes = 10;
    int backupsToKeep = 10; // automatic backup on exit, the newest N kept; 0: off
    QString backupFolder;   // empty: a "backups" folder beside the database file
    QString language;       // "en", "de", "fr", "es"; empty: the system's language

    static AppSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
    // Paper size to use: the stored choice, or US Letter in the US and Canada, A4 elsewhere.
    QString effectivePaperSize() const;
    // Where the automatic backups of the database at `databasePath` go.
    QString effectiveBackupFolder(const QString &databasePath) const;
};

} // namespace tricholog
