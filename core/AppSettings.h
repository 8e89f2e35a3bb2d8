#pragma once

#include "core/clinical/Progress.h"
#include "core/clinical/TreatmentPlan.h"
#include "core/model/Enums.h"
#include "core/storage/PracticeRepository.h"

#include <QList>
#include <QString>

class QSettings;

namespace tricholog {

// The program's settings: typed keys with their defaults in one place, stored with QSettings.
struct AppSettings
{
    QString clinicName;
    QString clinicAddress; // several lines
    QString clinicLogoPath;
    QByteArray clinicLogo; // the practice's logo from the database (preferred to the path)
    double terminalThresholdUm = 40.0; // TrichoScan counts > 40 µm as terminal
    double vellusThresholdUm = 30.0;   // vellus < 30 µm, a common clinic convention
    double responderThresholdPercent = 10.0;
    // No verdict before this follow-up (weeks from a site's baseline to its latest visit).
    int minFollowUpWeeks = kDefaultMinFollowUpWeeks;
    // Sites measured as untreated controls: no verdict, left out of the overall response.
    QList<ScalpSite> controlSites{ScalpSite::Occipital};
    // A recorded session or measurement visit fulfils a planned one this many days either side.
    int planSessionToleranceDays = 3;
    int planMeasurementToleranceDays = 14;
    Device defaultDevice = Device::Pen;
    double defaultNeedleMm = 1.5;
    QString paperSize;  // "A4" or "Letter"; empty: from the locale
    QString mrnPattern; // e.g. "HC-{year}-{n:05}": proposes a new patient's MRN; empty: none
    int idleLockMinutes = 10;
    int backupsToKeep = 10; // automatic backup on exit, the newest N kept; 0: off
    QString backupFolder;   // empty: a "backups" folder beside the database file
    QString language;       // "en", "de", "fr", "es"; empty: the system's language

    // The practice's details kept in the database (name, address, logo, paper) replace this
    // workstation's, once the practice is set up.
    void applyPractice(const Practice &practice);

    VerdictRules verdictRules() const
    {
        return {responderThresholdPercent, minFollowUpWeeks, controlSites};
    }

    plan::Tolerance planTolerance() const
    {
        return {planSessionToleranceDays, planMeasurementToleranceDays};
    }

    static AppSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
    // Paper size to use: the stored choice, or US Letter in the US and Canada, A4 elsewhere.
    QString effectivePaperSize() const;
    // Where the automatic backups of the database at `databasePath` go.
    QString effectiveBackupFolder(const QString &databasePath) const;
};

} // namespace tricholog
