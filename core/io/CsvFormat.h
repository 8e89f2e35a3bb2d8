#pragma once

#include "core/model/PatientRecord.h"

#include <QStringList>
#include <functional>

namespace tricholog {

// The CSV interchange format of Tricholog, one file per kind, as the README documents it.
// Columns named in the clinic contract come first, in this order; the rest carry the remaining
// fields so an export imports back to identical data. Enumerations use the stable keys; list
// cells separate items with "|", an item's detail follows a colon ("minoxidil:5%"); numbers use
// a dot; dates are ISO 8601; empty cells mean "not recorded".
enum class CsvKind
{
    Patients,
    Diagnoses,
    Sessions,
    Measurements
};

namespace csv {

QString fileName(CsvKind kind);            // "patients.csv"
QStringList requiredColumns(CsvKind kind); // the contract: must all be present to import
QStringList columns(CsvKind kind);         // required + optional, in export order

QStringList patientRow(const Patient &p);
QStringList diagnosisRow(const QString &mrn, const Diagnosis &d);
QStringList sessionRow(const QString &mrn, const MicroneedlingSession &s);
// `photoSha256`: the photo an image-analysis measurement was measured on (empty otherwise).
QStringList measurementRow(const QString &mrn, const Measurement &m,
                           const QString &photoSha256 = {});

// A problem with one cell while reading: which column, the value, and why.
struct CellProblem
{
    QString column;
    QString value;
    QString reason;
};

// A number cell's value as QLocale::c().toDouble reads it (dot decimal separator, an exponent
// allowed, no group separators); nullopt when it is not one or not finite ("inf", "nan").
// Plain decimals of up to 15 digits are read without QLocale (exactly: see the definition).
std::optional<double> parseNumber(QStringView text);

// Reading one record into a model value. `cell(name)` gives the cell of a column ("" when the
// column is absent). Problems are appended; the value is filled as far as it could be.
using CellGetter = std::function<QString(const QString &column)>;
Patient patientFrom(const CellGetter &cell, QList<CellProblem> &problems);
Diagnosis diagnosisFrom(const CellGetter &cell, QList<CellProblem> &problems);
MicroneedlingSession sessionFrom(const CellGetter &cell, QList<CellProblem> &problems);
Measurement measurementFrom(const CellGetter &cell, QList<CellProblem> &problems);

// The CSV column a core validation field belongs to ("adjuncts[2].dose" -> "adjuncts").
QString columnForField(CsvKind kind, const QString &validationField);

} // namespace csv
} // namespace tricholog
