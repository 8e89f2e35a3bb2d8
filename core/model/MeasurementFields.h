#pragma once

#include "core/model/Enums.h"
#include "core/model/Range.h"

#include <QString>
#include <optional>
#include <span>

namespace tricholog {

struct Measurement;

// One recorded value of a measurement, described once for every layer: the repository builds
// its SQL from these rows, CSV import and export, FHIR export, validation, the measurement grid,
// the table model, the chart's metric list and both demo generators iterate them. Adding a field
// is a member in Measurement, a row in measurementFields() and one migration per engine (see
// README, "Adding a measurement field").
struct MeasurementField
{
    const char *key;        // stable: the CSV column and the validation field key
    const char *column;     // the column of table measurement
    const char *label;      // English; translated in context "MeasurementFields"
    const char *shortLabel; // a column header; translated in context "MeasurementFields"
    const char *unit;       // English symbol; translated in context "Units"
    const char *ucum;       // UCUM code of the FHIR valueQuantity
    const char *fhirUnit;   // human-readable unit of the FHIR valueQuantity (never translated)
    const char *fhirCode;   // code in Tricholog's FHIR CodeSystem "hair-metric"
    const char *fhirDisplay;
    Range range;                  // valid values; range.decimals 0 means a whole number
    bool csvRequired;             // a required CSV column (else optional, after magnification)
    bool countsAsValue;           // recording it alone makes a measurement worth keeping
    std::optional<Metric> metric; // the progress metric charted from it
    std::optional<double> (*get)(const Measurement &);
    void (*set)(Measurement &, std::optional<double>);

    QString keyText() const { return QString::fromLatin1(key); }
    QString columnName() const { return QString::fromLatin1(column); }
    QString labelText() const;      // translated
    QString shortLabelText() const; // translated
    QString unitText() const;       // translated
    bool isWholeNumber() const { return range.decimals == 0; }
};

// Every field, in the order of the CSV columns, the grid and the FHIR export.
std::span<const MeasurementField> measurementFields();
// The field a progress metric is read from; nullptr for a derived metric (cumulative thickness).
const MeasurementField *measurementField(Metric metric);
const MeasurementField *measurementFieldByKey(QStringView key);
// True when at least one field that counts as a value is recorded.
bool hasRecordedValue(const Measurement &m);

} // namespace tricholog
