#pragma once

#include "core/AppSettings.h"
#include "core/security/Disclosure.h"
#include "core/storage/PatientListQuery.h"

#include <QDate>
#include <QObject>

class QPrinter;
class QWidget;

namespace tricholog {

class Database;
class ProgressReport;

// Export PDF, print and print preview of the selected patient's progress report, each after
// asking for the period (all records by default).
class ReportActions : public QObject
{
    Q_OBJECT
public:
    ReportActions(Database &db, QWidget *parent);
    void setSettings(const AppSettings &settings) { m_settings = settings; }

    bool exportPdf(qint64 patientId);
    bool print(qint64 patientId);
    bool preview(qint64 patientId);
    // One PDF per patient the list shows (all its pages, not only those loaded), into a folder;
    // behind a progress dialog that can be cancelled. Returns how many were written.
    int exportListed(const PatientListRequest &listed);
    // Chooses the folder; for tests, exportListedInto() takes it.
    int exportListedInto(const PatientListRequest &listed, const QString &folder);

private:
    struct Period
    {
        QDate from, to;
        bool accepted = false;
    };
    Period askPeriod(const QString &title, qint64 patientId) const;
    bool allowed(const QString &title) const;
    void disclosed(DisclosureKind kind, qint64 patientId, const QString &destination) const;
    void setUpPrinter(QPrinter &printer, const ProgressReport &report) const;
    Database &m_db;
    QWidget *m_parent;
    AppSettings m_settings;
};

} // namespace tricholog
