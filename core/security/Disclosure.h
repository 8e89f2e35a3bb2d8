#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

namespace tricholog {

class Database;

// What left the program with patient data in it: a PDF report, a print, CSV files, a FHIR
// bundle, a chart image. Every such export is a disclosure and is written to the audit trail:
// who (the signed-in account), when (the trail's clock), which patients, what kind, and where to.
enum class DisclosureKind
{
    PdfReport,
    Print,
    Csv,
    Fhir,
    ChartImage,
};

QString toKey(DisclosureKind kind); // "pdf_report", "print", "csv", "fhir", "chart_image"

// One audit entry per patient named (action "disclose", table "patient", the patient's id as
// record and patient); an export of every patient is one entry that says "all" and how many.
// `destination`: the file or folder written, or the printer's name. A database opened read-only
// cannot record it (as it cannot record the sign-in): then nothing is written.
Result<void> recordDisclosure(Database &db, DisclosureKind kind, const QList<qint64> &patientIds,
                              const QString &destination);
Result<void> recordDisclosureOfAll(Database &db, DisclosureKind kind, int patientCount,
                                   const QString &destination);

} // namespace tricholog
