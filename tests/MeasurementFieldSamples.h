#pragma once

// Sample values for the table of measurement fields, shared by the suites that check each field
// in every layer (one data row per field of measurementFields()).
#include "core/model/Measurement.h"
#include "core/model/MeasurementFields.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTest>
#include <cmath>
#include <optional>

namespace tricholog::test {

// The visit of every sample measurement.
inline const QDate kSampleVisit{2026, 3, 12};

// A valid value inside the field's range that is not a bound: `fraction` of the way (37 % unless
// told), at the field's decimals.
inline double sampleValue(const MeasurementField &field, double fraction = 0.37)
{
    const double scale = std::pow(10.0, field.range.decimals);
    const double raw = field.range.min + (field.range.max - field.range.min) * fraction;
    return std::round(raw * scale) / scale;
}

inline const MeasurementField &fieldFor(QStringView key)
{
    const MeasurementField *field = measurementFieldByKey(key);
    if (!field)
        qFatal("the table has no field %s", qPrintable(key.toString()));
    return *field;
}

// `value` in `field`, and what a valid measurement needs besides it, by key: a hair count needs
// its counted area; a field that does not count as a value alone needs one that does.
inline QMap<QString, double> valuesFor(const MeasurementField &field, double value)
{
    QMap<QString, double> out{{field.keyText(), value}};
    if (field.keyText() == QLatin1String("hair_count")) {
        const MeasurementField &area = fieldFor(u"area_cm2");
        out.insert(area.keyText(), sampleValue(area));
    }
    if (!field.countsAsValue) {
        const MeasurementField &density = fieldFor(u"density_per_cm2");
        out.insert(density.keyText(), sampleValue(density));
    }
    return out;
}

// A vertex measurement by trichoscopy holding `values` (by key) and nothing else.
inline Measurement measurementWith(const QMap<QString, double> &values, qint64 patientId = 1,
                                   QDate measuredOn = kSampleVisit)
{
    Measurement m;
    m.patientId = patientId;
    m.measuredOn = measuredOn;
    m.site = ScalpSite::Vertex;
    m.method = MeasurementMethod::Trichoscopy;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        fieldFor(it.key()).set(m, it.value());
    return m;
}

// Empty when every field of `m` holds exactly `expected` (absent keys: not recorded); else
// what differs, field by field.
inline QString differences(const Measurement &m, const QMap<QString, double> &expected)
{
    const auto text = [](std::optional<double> v) {
        return v ? QString::number(*v, 'g', 17) : QStringLiteral("not recorded");
    };
    QStringList out;
    for (const MeasurementField &field : measurementFields()) {
        const std::optional<double> want = expected.contains(field.keyText())
                                               ? std::optional<double>(expected[field.keyText()])
                                               : std::nullopt;
        const std::optional<double> have = field.get(m);
        if (want != have)
            out << QString(field.keyText() + QStringLiteral(": ") + text(have) +
                           QStringLiteral(" instead of ") + text(want));
    }
    return out.join(QStringLiteral("; "));
}

// The data of a test run once per field: a column "key", one row per field, named by its key.
inline void addFieldRows()
{
    QTest::addColumn<QString>("key");
    for (const MeasurementField &field : measurementFields())
        QTest::newRow(field.key) << field.keyText();
}

} // namespace tricholog::test
