// Every layer knows every measurement field: for each row of measurementFields() (one data row
// per field key), the table itself, the repository, validation, the CSV export and import, the
// FHIR export and the audit trail's text are checked with a concrete value in that field alone.
// A field added to the table without its layer following fails here by name.
#include "core/clinical/Validation.h"
#include "core/io/Csv.h"
#include "core/io/CsvExporter.h"
#include "core/io/CsvFormat.h"
#include "core/io/CsvImporter.h"
#include "core/io/FhirExporter.h"
#include "core/model/Keys.h"
#include "core/model/Measurement.h"
#include "core/model/MeasurementFields.h"
#include "core/security/AuditLog.h"
#include "core/security/AuditText.h"
#include "core/security/UserRepository.h"
#include "core/storage/MeasurementRepository.h"
#include "core/storage/PatientRecordLoader.h"
#include "core/storage/PatientRepository.h"
#include "tests/MeasurementFieldSamples.h"
#include "tests/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QSet>
#include <QTest>

using namespace tricholog;
using test::addFieldRows;
using test::differences;
using test::fieldFor;
using test::kSampleVisit;
using test::measurementWith;
using test::sampleValue;
using test::valuesFor;

namespace {

const QString kUser = QStringLiteral("chief");

QString message(const Error &e)
{
    QString out = e.message;
    for (const auto &issue : e.issues)
        out += QStringLiteral(" [") + issue.field + QStringLiteral(": ") + issue.message +
               QLatin1Char(']');
    return out;
}

QString fieldsOf(const ValidationResult &result)
{
    QStringList out;
    for (const auto &issue : result.issues())
        out << issue.field;
    return out.join(QStringLiteral(", "));
}

// A database with an administrator signed in (whose name the audit trail writes), shared by
// every test (signing in hashes a password: once is enough), and a new patient for each use.
struct Clinic
{
    test::TempDatabase db;
    qint64 patientId = 0;
    QString mrn;
    int patients = 0;

    bool open()
    {
        UserRepository users(*db);
        return users.add(kUser, Role::Administrator, QStringLiteral("chief-pass-1")).ok() &&
               users.signIn(kUser, QStringLiteral("chief-pass-1")).ok();
    }
    bool newPatient()
    {
        mrn = QStringLiteral("T-%1").arg(++patients, 4, 10, QLatin1Char('0'));
        patientId = test::addPatient(*db, test::samplePatient(mrn));
        return patientId > 0;
    }
};

ImportFiles filesIn(const QString &dir)
{
    ImportFiles files;
    files.patients = QDir(dir).filePath(csv::fileName(CsvKind::Patients));
    files.diagnoses = QDir(dir).filePath(csv::fileName(CsvKind::Diagnoses));
    files.sessions = QDir(dir).filePath(csv::fileName(CsvKind::Sessions));
    files.measurements = QDir(dir).filePath(csv::fileName(CsvKind::Measurements));
    return files;
}

// The Observations of a bundle, by their hair-metric code.
QMap<QString, QJsonObject> observationsByCode(const QJsonObject &bundle)
{
    QMap<QString, QJsonObject> out;
    for (const QJsonValue &entry : bundle.value(QStringLiteral("entry")).toArray()) {
        const QJsonObject resource = entry.toObject().value(QStringLiteral("resource")).toObject();
        if (resource.value(QStringLiteral("resourceType")).toString() !=
            QLatin1String("Observation"))
            continue;
        const QJsonObject coding = resource.value(QStringLiteral("code"))
                                       .toObject()
                                       .value(QStringLiteral("coding"))
                                       .toArray()
                                       .at(0)
                                       .toObject();
        if (!coding.value(QStringLiteral("system")).toString().endsWith(u"/hair-metric"))
            continue;
        const QString code = coding.value(QStringLiteral("code")).toString();
        if (out.contains(code))
            out.insert(code + QStringLiteral("#duplicate"), resource);
        else
            out.insert(code, resource);
    }
    return out;
}

} // namespace

class TestMeasurementFields : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(!measurementFields().empty());
        m_clinic = std::make_unique<Clinic>();
        QVERIFY(m_clinic->open());
    }
    void cleanupTestCase() { m_clinic.reset(); }

    // Across the table: keys, columns and FHIR codes each name one field.
    void keysColumnsAndCodesAreUnique()
    {
        QSet<QString> keys, columns, codes;
        for (const MeasurementField &field : measurementFields()) {
            QVERIFY2(!keys.contains(field.keyText()), field.key);
            QVERIFY2(!columns.contains(field.columnName()), field.column);
            QVERIFY2(!codes.contains(QString::fromLatin1(field.fhirCode)), field.fhirCode);
            keys << field.keyText();
            columns << field.columnName();
            codes << QString::fromLatin1(field.fhirCode);
        }
        QCOMPARE(keys.size(), qsizetype(measurementFields().size()));
        QVERIFY(!measurementFieldByKey(u"no_such_field"));
        QVERIFY(!measurementField(Metric::CumulativeThickness)); // derived, not a field
    }

    void tableRow_data() { addFieldRows(); }
    void tableRow()
    {
        QFETCH(QString, key);
        const MeasurementField *field = measurementFieldByKey(key);
        QVERIFY(field);
        QCOMPARE(field->keyText(), key);
        QVERIFY(!field->columnName().isEmpty());
        QVERIFY2(
            field->range.min < field->range.max,
            qPrintable(QStringLiteral("%1 .. %2").arg(field->range.min).arg(field->range.max)));
        QVERIFY(field->range.decimals >= 0);
        QVERIFY(!field->labelText().isEmpty());
        QVERIFY(!field->shortLabelText().isEmpty());
        QVERIFY(!field->unitText().isEmpty());
        QVERIFY(qstrlen(field->ucum) > 0);
        QVERIFY(qstrlen(field->fhirUnit) > 0);
        QVERIFY(qstrlen(field->fhirCode) > 0);
        QVERIFY(qstrlen(field->fhirDisplay) > 0);
        QVERIFY(field->get && field->set);

        // The sample value used below is inside the range and not a bound.
        const double value = sampleValue(*field);
        QVERIFY(field->range.contains(value));
        QVERIFY(value != field->range.min && value != field->range.max);

        // set/get reach this field's own member and no other.
        Measurement m;
        QVERIFY2(differences(m, {}).isEmpty(), qPrintable(differences(m, {})));
        QVERIFY(!hasRecordedValue(m));
        field->set(m, value);
        QVERIFY2(differences(m, {{key, value}}).isEmpty(),
                 qPrintable(differences(m, {{key, value}})));
        QCOMPARE(hasRecordedValue(m), field->countsAsValue);
        field->set(m, std::nullopt);
        QVERIFY2(differences(m, {}).isEmpty(), qPrintable(differences(m, {})));

        if (field->metric) {
            QCOMPARE(measurementField(*field->metric), field);
            field->set(m, value);
            const std::optional<double> charted = m.value(*field->metric);
            QVERIFY(charted.has_value());
            QCOMPARE(*charted, *field->get(m));
        }
    }

    void repositoryRoundTrip_data() { addFieldRows(); }
    void repositoryRoundTrip()
    {
        QFETCH(QString, key);
        const MeasurementField &field = *measurementFieldByKey(key);
        const auto expected = valuesFor(field, sampleValue(field));
        Clinic &c = *m_clinic;
        QVERIFY(c.newPatient());
        MeasurementRepository repo(*c.db);
        Measurement m = measurementWith(expected, c.patientId);
        const auto added = repo.add(m);
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : message(added.error())));
        QVERIFY(m.id > 0);

        const auto found = repo.find(m.id);
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : message(found.error())));
        QVERIFY2(differences(found.value(), expected).isEmpty(),
                 qPrintable(differences(found.value(), expected)));
        QCOMPARE(found.value().measuredOn, kSampleVisit);

        const auto all = repo.forPatient(c.patientId);
        QVERIFY(all.ok());
        QCOMPARE(all.value().size(), 1);
        QCOMPARE(all.value().first().id, m.id);
        QVERIFY2(differences(all.value().first(), expected).isEmpty(),
                 qPrintable(differences(all.value().first(), expected)));

        // Changed and cleared again through update.
        Measurement changed = found.value();
        const double other = sampleValue(field, 0.61);
        QVERIFY(other != expected[key]);
        field.set(changed, other);
        QVERIFY(repo.update(changed).ok());
        auto changedValues = expected;
        changedValues[key] = other;
        QVERIFY2(differences(repo.find(m.id).value(), changedValues).isEmpty(),
                 qPrintable(differences(repo.find(m.id).value(), changedValues)));
    }

    void validation_data() { addFieldRows(); }
    void validation()
    {
        QFETCH(QString, key);
        const MeasurementField &field = *measurementFieldByKey(key);
        const Patient owner = test::samplePatient();
        const QDate today = test::fixedNow().date();

        // The sample value with its companions is a valid record.
        const auto valid = validateMeasurement(
            measurementWith(valuesFor(field, sampleValue(field))), owner, today);
        QVERIFY2(valid.ok(), qPrintable(valid.summary()));

        // Outside the range on either side: an issue for this field's key, with its label.
        for (const double wrong : {field.range.max + 1, field.range.min - 1}) {
            const auto result =
                validateMeasurement(measurementWith(valuesFor(field, wrong)), owner, today);
            QVERIFY2(result.hasIssueFor(key),
                     qPrintable(QString::number(wrong) + QStringLiteral(": ") + fieldsOf(result)));
            const auto issue = std::find_if(result.issues().cbegin(), result.issues().cend(),
                                            [&](const auto &i) { return i.field == key; });
            QVERIFY(issue != result.issues().cend());
            QCOMPARE(issue->label, field.labelText());
            QVERIFY2(issue->message.contains(field.labelText()), qPrintable(issue->message));
            QVERIFY(!issue->value.isEmpty());
        }

        // The any-value rule: this field alone (with a count, its area) keeps a measurement
        // iff it counts as a value.
        QMap<QString, double> alone{{key, sampleValue(field)}};
        if (key == QLatin1String("hair_count"))
            alone.insert(QStringLiteral("area_cm2"), sampleValue(fieldFor(u"area_cm2")));
        const Measurement m = measurementWith(alone);
        QCOMPARE(hasRecordedValue(m), field.countsAsValue);
        const auto result = validateMeasurement(m, owner, today);
        QCOMPARE(result.hasIssueFor(u"values"), !field.countsAsValue);
        QVERIFY2(result.ok() == field.countsAsValue, qPrintable(fieldsOf(result)));
    }

    void csvRoundTrip_data() { addFieldRows(); }
    void csvRoundTrip()
    {
        QFETCH(QString, key);
        const MeasurementField &field = *measurementFieldByKey(key);
        const double value = sampleValue(field);
        const auto expected = valuesFor(field, value);
        QCOMPARE(csv::columns(CsvKind::Measurements).count(key), 1);
        QCOMPARE(csv::requiredColumns(CsvKind::Measurements).contains(key), field.csvRequired);

        Clinic &c = *m_clinic;
        QVERIFY(c.newPatient());
        Measurement m = measurementWith(expected, c.patientId);
        QVERIFY(MeasurementRepository(*c.db).add(m).ok());

        // As `tricholog export csv --patient MRN` writes it.
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("export"));
        const auto written = exportCsv(*c.db, folder, c.mrn);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : message(written.error())));
        QCOMPARE(written.value().value(CsvKind::Measurements), 1);

        const auto table =
            CsvImporter::readFile(QDir(folder).filePath(csv::fileName(CsvKind::Measurements)));
        QVERIFY(table.ok());
        const int column = table.value().column(key);
        QVERIFY2(column >= 0, qPrintable(table.value().header.join(QLatin1Char(','))));
        QCOMPARE(table.value().records.size(), 1);
        const QStringList &row = table.value().records.first().fields;
        const QString expectedCell =
            field.isWholeNumber() ? QString::number(qRound64(value))
                                  : QString::number(value, 'g', QLocale::FloatingPointShortest);
        QCOMPARE(row.at(column), expectedCell);
        // Every other field's cell is empty, but the companions'.
        for (const MeasurementField &other : measurementFields()) {
            const int at = table.value().column(other.keyText());
            QVERIFY2(at >= 0, other.key);
            QCOMPARE(row.at(at).isEmpty(), !expected.contains(other.keyText()));
        }

        // Read back by the format...
        QList<csv::CellProblem> problems;
        const Measurement parsed = csv::measurementFrom(
            [&](const QString &name) {
                const int i = table.value().column(name);
                return i >= 0 ? row.at(i) : QString();
            },
            problems);
        QVERIFY(problems.isEmpty());
        QVERIFY2(differences(parsed, expected).isEmpty(),
                 qPrintable(differences(parsed, expected)));

        // ...and imported into a fresh database, as `tricholog import` does.
        test::TempDatabase target;
        CsvImporter importer(*target);
        const auto summary = importer.importFiles(filesIn(folder));
        QStringList issues;
        for (const auto &issue : importer.issues())
            issues << issue.text();
        QVERIFY2(summary.ok(), qPrintable(issues.join(QLatin1Char('\n'))));
        QCOMPARE(summary.value().counts.value(CsvKind::Measurements).added, 1);
        const auto patient = PatientRepository(*target).findByMrn(c.mrn);
        QVERIFY(patient.ok());
        const auto imported = MeasurementRepository(*target).forPatient(patient.value().id);
        QVERIFY(imported.ok());
        QCOMPARE(imported.value().size(), 1);
        QVERIFY2(differences(imported.value().first(), expected).isEmpty(),
                 qPrintable(differences(imported.value().first(), expected)));
    }

    void fhirObservation_data() { addFieldRows(); }
    void fhirObservation()
    {
        QFETCH(QString, key);
        const MeasurementField &field = *measurementFieldByKey(key);
        const double value = sampleValue(field);
        const auto expected = valuesFor(field, value);
        Clinic &c = *m_clinic;
        QVERIFY(c.newPatient());
        Measurement m = measurementWith(expected, c.patientId);
        QVERIFY(MeasurementRepository(*c.db).add(m).ok());
        const auto records = recordsForExport(*c.db, c.mrn);
        QVERIFY(records.ok());
        QCOMPARE(records.value().size(), 1);

        const auto observations =
            observationsByCode(fhir::bundle(records.value(), test::fixedNow()));
        // One Observation per recorded field, none for the others (no derived value here).
        QStringList codes;
        for (const MeasurementField &f : measurementFields())
            if (expected.contains(f.keyText()))
                codes << QString::fromLatin1(f.fhirCode);
        codes.sort();
        QCOMPARE(observations.keys(), codes);

        const QJsonObject o = observations.value(QString::fromLatin1(field.fhirCode));
        const QJsonObject coding = o.value(QStringLiteral("code"))
                                       .toObject()
                                       .value(QStringLiteral("coding"))
                                       .toArray()
                                       .at(0)
                                       .toObject();
        QCOMPARE(coding.value(QStringLiteral("code")).toString(),
                 QString::fromLatin1(field.fhirCode));
        QCOMPARE(
            coding.value(QStringLiteral("system")).toString(),
            QString(QString::fromLatin1(fhir::kBase) + QStringLiteral("CodeSystem/hair-metric")));
        QCOMPARE(coding.value(QStringLiteral("display")).toString(),
                 QString::fromLatin1(field.fhirDisplay));
        const QJsonObject quantity = o.value(QStringLiteral("valueQuantity")).toObject();
        QVERIFY(quantity.value(QStringLiteral("value")).isDouble());
        QCOMPARE(quantity.value(QStringLiteral("value")).toDouble(), value);
        QCOMPARE(quantity.value(QStringLiteral("code")).toString(),
                 QString::fromLatin1(field.ucum));
        QCOMPARE(quantity.value(QStringLiteral("unit")).toString(),
                 QString::fromUtf8(field.fhirUnit));
        QCOMPARE(quantity.value(QStringLiteral("system")).toString(),
                 QStringLiteral("http://unitsofmeasure.org"));
        QCOMPARE(o.value(QStringLiteral("effectiveDateTime")).toString(),
                 kSampleVisit.toString(Qt::ISODate));
    }

    void auditText_data() { addFieldRows(); }
    void auditText()
    {
        QFETCH(QString, key);
        const MeasurementField &field = *measurementFieldByKey(key);
        const double value = sampleValue(field);
        Clinic &c = *m_clinic;
        QVERIFY(c.newPatient());
        MeasurementRepository repo(*c.db);
        Measurement m = measurementWith(valuesFor(field, value), c.patientId);
        QVERIFY(repo.add(m).ok());
        const double other = sampleValue(field, 0.61);
        Measurement changed = repo.find(m.id).value();
        field.set(changed, other);
        QVERIFY(repo.update(changed).ok());

        QCOMPARE(auditFieldLabel(QStringLiteral("measurement"), field.columnName()),
                 field.labelText());

        const auto trail = AuditLog(*c.db).query({});
        QVERIFY(trail.ok());
        std::optional<AuditRecord> insert, update;
        for (const AuditRecord &r : trail.value()) {
            if (r.table != QLatin1String("measurement") || r.recordId != m.id)
                continue;
            if (r.action == QLatin1String("insert"))
                insert = r;
            else if (r.action == QLatin1String("update"))
                update = r;
        }
        QVERIFY(insert && update);
        QCOMPARE(insert->user, kUser);
        QCOMPARE(insert->patientId, c.patientId);

        // The history's details for the insert: "Label: value unit", as stored.
        const QLocale locale;
        const auto shown = [&](double v) {
            return locale.toString(v, 'f', QLocale::FloatingPointShortest);
        };
        const QString line = field.labelText() + QStringLiteral(": ") + shown(value) +
                             QLatin1Char(' ') + field.unitText();
        const QStringList entered = auditChanges(*insert);
        QVERIFY2(entered.contains(line), qPrintable(entered.join(QStringLiteral(" | "))));

        // The update names only this field, with both values, in the details and the sentence.
        const QString change = field.labelText() + QStringLiteral(": ") + shown(value) +
                               QStringLiteral(" → ") + shown(other) + QLatin1Char(' ') +
                               field.unitText();
        QCOMPARE(auditChanges(*update), QStringList{change});
        QVERIFY2(auditSentence(*update).contains(field.labelText()),
                 qPrintable(auditSentence(*update)));
    }

private:
    std::unique_ptr<Clinic> m_clinic;
};

QTEST_GUILESS_MAIN(TestMeasurementFields)
#include "tst_measurementfields.moc"
