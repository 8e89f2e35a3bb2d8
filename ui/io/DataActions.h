#pragma once

#include "core/AppSettings.h"

#include <QObject>

class QWidget;

namespace tricholog {

class ChangeNotifier;
class Database;

// The File menu's data commands: import CSV, export CSV or FHIR (a Bundle or NDJSON files; the
// selected patient or all),
// back up now, choose a backup to restore, and the automatic backup on exit. Each reports its
// outcome in a message box; the work itself is done by core.
class DataActions : public QObject
{
    Q_OBJECT
public:
    DataActions(Database &db, ChangeNotifier &notifier, QWidget *parent);
    void setSettings(const AppSettings &settings) { m_settings = settings; }

    bool importCsv();
    bool exportCsv(const QString &selectedMrn);
    bool exportFhir(const QString &selectedMrn);
    // FHIR Bulk Data's form: one NDJSON file per resource type in a chosen folder.
    bool exportFhirNdjson(const QString &selectedMrn);
    bool backupNow();
    // Asks for a backup file, checks it and asks for confirmation; the path to restore from, or
    // empty. The restore itself happens once the database is closed (see app/main.cpp).
    QString chooseRestore();
    // The automatic backup on exit (when the settings keep any); returns false when it failed.
    bool backupOnExit();

private:
    // For a selected patient: just this one, or everyone? Empty MRN: everyone; nullopt: cancel.
    std::optional<QString> askScope(const QString &title, const QString &selectedMrn) const;

    Database &m_db;
    ChangeNotifier &m_notifier;
    QWidget *m_parent;
    AppSettings m_settings;
};

} // namespace tricholog
