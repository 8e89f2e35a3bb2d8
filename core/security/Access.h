#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace tricholog {

// Who may do what. Core checks these on every write (Database::require); the UI hides or
// disables what the signed-in role may not do, but is not the only guard.
enum class Role
{
    Administrator, // everything, including accounts and settings
    Clinician,     // everything clinical, including archiving and deleting
    Assistant,     // enters sessions, measurements, outcomes and photos
};

enum class Permission
{
    EditPatients, // add and edit patients and their notes
    EditDiagnoses,
    EditSessions,     // add and edit sessions
    EditMeasurements, // add and edit measurements and patient-reported outcomes
    EditPhotos,       // attach photos and edit their details
    Archive,          // archive and restore patients
    Delete,           // delete any record
    ImportData,
    ExportData,    // CSV/FHIR export and backups
    ExportReports, // progress reports (PDF, print) and chart images of a patient
    Restore,       // replace the database with a backup
    ManageUsers,
    ViewAudit,
};

QString toKey(Role role); // "administrator", "clinician", "assistant"
std::optional<Role> roleFromKey(const QString &key);
QString roleLabel(Role role); // translated
bool allows(Role role, Permission permission);

// The signed-in account of a connection.
struct UserSession
{
    qint64 userId = 0;
    QString name;
    Role role = Role::Assistant;
};

} // namespace tricholog
