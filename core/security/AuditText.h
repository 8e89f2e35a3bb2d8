#pragma once

#include "core/Result.h"
#include "core/security/AuditLog.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace tricholog {

class Database;

// The audit trail as people read it: when (local time), which patient (name and MRN), what
// happened (a sentence) and which fields changed, from the raw entries the triggers write
// (AuditLog.h). Nothing here throws away information: a value or key it does not know is shown
// as stored, and JSON it cannot read is listed raw. The CSV export stays raw, for machines.

// A patient named by entries of the trail, as found in the patient table now.
struct AuditPatient
{
    QString name; // "Family, Given"
    QString mrn;
    bool deleted = false; // the patient's row is gone (only an undone creation removes one)
};

// Looks up the patients of `ids` in bulk (each distinct id once). Every id asked for is in the
// answer, deleted or not; an error only when the database could not be read.
Result<QHash<qint64, AuditPatient>> auditPatients(Database &db, const QList<qint64> &ids);

// "Family, Given (MRN)"; "patient #12 (deleted)" when the row is gone; "patient #12" when the
// patient is not in `patients`; "all patients (N)" for a disclosure of everyone; empty for
// entries about no patient (sign-ins, accounts).
QString auditPatientText(const AuditRecord &record, const QHash<qint64, AuditPatient> &patients);

// When the entry was written, in local time; invalid when `at` cannot be read. `at` is UTC
// (ISO 8601 with milliseconds, with or without the "Z").
QDateTime auditTime(const AuditRecord &record);
// That time in the locale's short form with a four-digit year (as dates are shown everywhere
// in Tricholog); the stored text when it cannot be read.
QString auditTimeText(const AuditRecord &record, const QLocale &locale = QLocale());
// A date as the sentences write it: the locale's short form with a four-digit year.
QString auditDateText(QDate date, const QLocale &locale = QLocale());

// What happened, as a sentence: "Added a measurement at Vertex, 12 Mar 2026", "Changed the
// measurement at Vertex, 12 Mar 2026 (Hair density: 150 → 160 hairs/cm²)", "Deleted the session
// of 3 Feb 2026", "Archived the patient", "Signed in", "Signed out", "Sign-in failed", "Exported a
// PDF report to /path/file.pdf". A single changed field is named in the sentence. `patientText` (as
// auditPatientText gives it), when not empty, names the patient in sentences about the patient
// record itself ("Archived the patient Müller, Jonas (T-0001)"); leave it empty where the patient
// is shown beside the sentence.
QString auditSentence(const AuditRecord &record, const QString &patientText = QString());

// The field-level details: for an update, each field whose value differs ("Hair density: 150 →
// 160 hairs/cm²"); for an insert, the values entered; for a delete, the values deleted
// ("Site: Vertex"). Bookkeeping columns (ids, row versions, who saved when) are left out. Empty
// for sign-ins and disclosures (the sentence says it all). Unreadable JSON is listed raw.
QStringList auditChanges(const AuditRecord &record);

// The translated label of a stored column ("density" in "measurement": "Hair density"); the
// column's own name when it is not known.
QString auditFieldLabel(const QString &table, const QString &column);

} // namespace tricholog
