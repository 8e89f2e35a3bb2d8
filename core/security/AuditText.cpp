#include "core/security/AuditText.h"

#include "core/model/Keys.h"
#include "core/model/MeasurementFields.h"
#include "core/model/Patient.h"
#include "core/model/PatientReportedOutcome.h"
#include "core/model/Quantity.h"
#include "core/security/Access.h"
#include "core/security/AuditTextInternal.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <cmath>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace tricholog {

namespace audittext {

const QString kArrow = QStringLiteral(" → ");
const QString kNothing = QStringLiteral("—"); // a value not recorded, in a change

// ---- Reading the stored values -----------------------------------------------------------

// The JSON object of old_values or new_values; nullopt when empty or unreadable.
std::optional<QJsonObject> objectOf(const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

std::optional<qint64> integerOf(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && number == std::floor(number) && std::abs(number) < 9.0e15)
            return qint64(number);
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

// A stored timestamp (UTC, ISO 8601, with or without milliseconds and "Z") in local time.
QDateTime localTimeOf(const QString &text)
{
    QDateTime at = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!at.isValid())
        return {};
    if (at.timeSpec() == Qt::LocalTime) // written without the "Z": UTC all the same
        at.setTimeSpec(Qt::UTC);
    return at.toLocalTime();
}

QString localTimeText(const QDateTime &local, const QLocale &locale)
{
    return auditDateText(local.date(), locale) + QLatin1Char(' ') +
           locale.toString(local.time(), QLocale::ShortFormat);
}

// ---- Values as people read them ----------------------------------------------------------

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("AuditText", "yes")
                 : QCoreApplication::translate("AuditText", "no");
}

QString numberText(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

// Any value, as stored: text as it is, numbers in the locale's form.
QString plainValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return yesNo(value.toBool());
    case QJsonValue::Double:
        return numberText(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString boolValue(const QJsonValue &value)
{
    if (value.isBool())
        return yesNo(value.toBool());
    if (const auto number = integerOf(value); number && (*number == 0 || *number == 1))
        return yesNo(*number == 1);
    return plainValue(value);
}

QString idValue(const QJsonValue &value)
{
    if (const auto number = integerOf(value))
        return QStringLiteral("#%1").arg(*number);
    return plainValue(value);
}

QString dateValue(const QJsonValue &value)
{
    const QDate date = QDate::fromString(value.toString().trimmed(), Qt::ISODate);
    return date.isValid() ? auditDateText(date) : plainValue(value);
}

QString timestampValue(const QJsonValue &value)
{
    const QDateTime local = localTimeOf(value.toString());
    return local.isValid() ? localTimeText(local, QLocale()) : plainValue(value);
}

// The local date of a stored timestamp (the day of a session or photo).
QString dayOfTimestamp(const QJsonValue &value)
{
    const QDateTime local = localTimeOf(value.toString());
    return local.isValid() ? auditDateText(local.date()) : plainValue(value);
}

QString findingsValue(const QJsonValue &value)
{
    if (!value.isString())
        return plainValue(value);
    QStringList names;
    const QStringList keys = value.toString().split(QLatin1Char('|'), Qt::SkipEmptyParts);
    for (const QString &key : keys) {
        const auto finding = fromKey<TrichoscopyFinding>(key);
        names << (finding ? label(*finding) : key);
    }
    return names.join(QStringLiteral(", "));
}

QString roleValue(const QJsonValue &value)
{
    const auto role = roleFromKey(value.toString());
    return role ? roleLabel(*role) : plainValue(value);
}

QString assessmentValue(const QJsonValue &value)
{
    const auto score = integerOf(value);
    const QString text =
        score && *score >= -3 && *score <= 3 ? globalAssessmentLabel(int(*score)) : QString();
    return text.isEmpty() ? plainValue(value) : text;
}

QString fitzpatrickValue(const QJsonValue &value)
{
    const auto type = integerOf(value);
    const QString text =
        type && *type >= 1 && *type <= 6 ? fitzpatrickRoman(int(*type)) : QString();
    return text.isEmpty() ? plainValue(value) : text;
}

QString minutesUnit()
{
    return QCoreApplication::translate("Validation", "min");
}

QString timesUnit()
{
    return QStringLiteral("×");
}

QString bytesUnit()
{
    return QCoreApplication::translate("AuditText", "bytes");
}

QString pixelsUnit()
{
    return QCoreApplication::translate("AuditText", "px");
}

// ---- The audited columns -----------------------------------------------------------------

using Format = QString (*)(const QJsonValue &);
using Unit = QString (*)();

// A column of an audited table: its label (translated in `context`; the forms' own labels where
// they exist), how its values read and their unit. In the order the forms show them.
struct Field
{
    const char *column;
    const char *context;
    const char *text;
    Format format = nullptr; // nullptr: plainValue
    Unit unit = nullptr;
    const MeasurementField *measured = nullptr; // a recorded value: its label and unit
};

// The measurement's columns: what was measured where and how, each recorded value
// (MeasurementFields.h) in table order, the notes.
std::vector<Field> measurementColumns()
{
    std::vector<Field> fields{
        {"measured_on", "Validation", QT_TRANSLATE_NOOP("Validation", "Measurement date"),
         dateValue},
        {"site", "Validation", QT_TRANSLATE_NOOP("Validation", "Site"), enumValue<ScalpSite>},
        {"site_label", "AuditText", QT_TRANSLATE_NOOP("AuditText", "Target area")},
        {"session_id", "AuditText", QT_TRANSLATE_NOOP("AuditText", "Session"), idValue},
        {"method", "AuditText", QT_TRANSLATE_NOOP("AuditText", "Method"),
         enumValue<MeasurementMethod>},
        {"instrument", "AuditText", QT_TRANSLATE_NOOP("AuditText", "Instrument")},
        {"magnification", "Validation", QT_TRANSLATE_NOOP("Validation", "Magnification"), nullptr,
         timesUnit},
    };
    for (const MeasurementField &value : measurementFields())
        fields.push_back(
            {value.column, "MeasurementFields", value.label, nullptr, nullptr, &value});
    fields.push_back({"notes", "Validation", QT_TRANSLATE_NOOP("Validation", "Notes")});
    return fields;
}

// The columns of each audited table as the trail's sentences name them.
const Field kPatientFields[] = {
    {"mrn", "Validation", QT_TRANSLATE_NOOP("Validation", "Record number (MRN)")},
    {"family_name", "Validation", QT_TRANSLATE_NOOP("Validation", "Family name")},
    {"given_name", "Validation", QT_TRANSLATE_NOOP("Validation", "Given name")},
    {"date_of_birth", "Validation", QT_TRANSLATE_NOOP("Validation", "Date of birth"), dateValue},
    {"sex", "AuditText", QT_TRANSLATE_NOOP("AuditText", "Sex"), enumValue<Sex>},
    {"fitzpatrick", "Validation", QT_TRANSLATE_NOOP("Validation", "Fitzpatrick skin type"),
     fitzpatrickValue},
    {"phone", "Validation", QT_TRANSLATE_NOOP("Validation", "Phone")},
    {"email", "Validation", QT_TRANSLATE_NOOP("Validation", "E-mail")},
    {"treatment_consent_date", "Validation",
     QT_TRANSLATE_NOOP("Validation", "Treatment consent date"), dateValue},
    {"photo_consent", "AuditText", QT_TRANSLATE_NOOP("AuditText", "Photo consent"), boolValue},
    {"photo_consent_date", "Validation", QT_TRANSLATE_NOOP("Validation", "Photo consent date"),
     dateValue},
    {"data_consent", "AuditText", QT_TRANSLATE_NOOP("AuditText", "Data-processing consent"),
     boolValue},
    {"data_consent_date", "Validation",
     QT_TRANSLATE_NOOP("Validation", "Data-processing consent date"), dateValue},
    {"archived", "AuditText", QT_TRANSLATE_NOOP("AuditText", "Archived"), boolValue},
    {"notes", "Validation", QT_TRANSLATE_NOOP("Validation", "Notes")},
};
const Field kDiagnosisFields[] = {
    {"type", "AuditText", QT_TRANSLATE_NOOP("AuditText", "Diagnosis"), enumValue<DiagnosisType>},
    {"icd10", "Validation", QT_TRANSLATE_NOOP("Validation", "ICD-10 code")},
    {"diagnosed_on", "Validation", QT_TRANSLATE_NOOP("Validation", "Diagnosed on"), dateValue},
    {"onset", "Validation", QT_TRANSLATE_NOOP("Validation", "Onset")},
    {"status", "AuditText", QT_TRANSLATE_NOOP("AuditText", "Status"), enumValue<DiagnosisStatus>},
    {"scale", "Validation", QT_TRANSLATE_NOOP("Validation", "Severity scale"), enumValue<Scale>},
    {"grade", "Validation", QT_TRANSLATE_NOOP("Validation", "Grade")},
    {"salt_vertex", "Validation", QT_TRANSLATE_NOOP("Validation", "SALT vertex"), nullptr,
     &Percentage::unitSymbol},
    {"salt_posterior", "Validation", QT_TRANSLATE_NOOP("Validation", "SALT posterior"), nullptr,
     &Percentage::unitSymbol},
    {"salt_right", "Validation", QT_TRANSLATE_NOOP("Validation", "SALT right side"), nullptr,
     &Percentage::unitSymbol},
    {"salt_left", "Validation", QT_TRANSLATE_NOOP("Validation", "SALT left side"), nullptr,
     &Percentage::unitSymbol},
    {"findings", "AuditText", QT_TRANSLATE_NOOP("AuditText", "Trichoscopic findings"),
     findingsValue},
    {"notes", "Validation", QT_TRANSLATE_NOOP("Validation", "Notes")},
};
const Field kSessionFields[] = {
    {"performed_at", "Validation", QT_TRANSLATE_NOOP("Validation", "Session date"), timestampValue},
    {"session_number", "Validation", QT_TRANSLATE_NOOP("Validation", "Session number")},
    {"planned_sessions", "Validation", QT_TRANSLATE_NOOP("Validation", "Planned sessions")},
    {"operator", "Validation", QT_TRANSLATE_NOOP("Validation", "Operator")},
    {"device", "AuditText", QT_TRANSLATE_NOOP("AuditText", "Device"), enumValue<Device>},
    {"needle_mm", "Validation", QT_TRANSLATE_NOOP("Validation", "Needle length"), nullptr,
     &NeedleLength::unitSymbol},
    {"needle_count", "Validation", QT_TRANSLATE_NOOP("Validation", "Needle count")},
    {"passes", "Validation", QT_TRANSLATE_NOOP("Validation", "Passes")},
    {"direction", "AuditText", QT_TRANSLATE_NOOP("AuditText", "Direction")},
    {"endpoint", "AuditText", QT_TRANSLATE_NOOP("AuditText", "Clinical endpoint"),
     enumValue<Endpoint>},
    {"anaesthetic", "AuditText", QT_TRANSLATE_NOOP("AuditText", "Anaesthetic")},
    {"anaesthetic_minutes", "Validation",
     QT_TRANSLATE_NOOP("Validation", "Anaesthetic contact time"), nullptr, minutesUnit},
    {"background_therapy", "Validation", QT_TRANSLATE_NOOP("Validation", "Background therapy")},
    {"pain", "Validation", QT_TRANSLATE_NOOP("Validation", "Pain score")},
    {"post_care", "Validation", QT_TRANSLATE_NOOP("Validation", "Post-care")},
    {"notes", "Validation", QT_TRANSLATE_NOOP("Validation", "Notes")},
};
const Field kOutcomeFields[] = {
    {"recorded_on", "Validation", QT_TRANSLATE_NOOP("Validation", "Outcome date"), dateValue},
    {"session_id", "AuditText", QT_TRANSLATE_NOOP("AuditText", "Session"), idValue},
    {"global_assessment", "Validation", QT_TRANSLATE_NOOP("Validation", "Global self-assessment"),
     assessmentValue},
    {"shedding", "Validation", QT_TRANSLATE_NOOP("Validation", "Shedding score")},
    {"notes", "Validation", QT_TRANSLATE_NOOP("Validation", "Notes")},
};
const Field kZoneFields[] = {
    {"zone", "AuditText", QT_TRANSLATE_NOOP("AuditText", "Treatment zone"), enumValue<ScalpSite>},
};
const Field kAdjunctFields[] = {
    {"adjunct", "AuditText", QT_TRANSLATE_NOOP("AuditText", "Adjunct"), enumValue<AdjunctType>},
    {"dose", "AuditText", QT_TRANSLATE_NOOP("AuditText", "Dose")},
};
const Field kAdverseEventFields[] = {
    {"event", "AuditText", QT_TRANSLATE_NOOP("AuditText", "Adverse event"),
     enumValue<AdverseEventType>},
    {"severity", "AuditText", QT_TRANSLATE_NOOP("AuditText", "Severity"), enumValue<Severity>},
    {"notes", "Validation", QT_TRANSLATE_NOOP("Validation", "Notes")},
};
const Field kPhotoFields[] = {
    {"view", "AuditText", QT_TRANSLATE_NOOP("AuditText", "View"), enumValue<PhotoView>},
    {"site", "Validation", QT_TRANSLATE_NOOP("Validation", "Site"), enumValue<ScalpSite>},
    {"magnification", "Validation", QT_TRANSLATE_NOOP("Validation", "Magnification"), nullptr,
     timesUnit},
    {"taken_at", "Validation", QT_TRANSLATE_NOOP("Validation", "Time taken"), timestampValue},
    {"taken_at_source", "AuditText", QT_TRANSLATE_NOOP("AuditText", "Time source"),
     enumValue<TakenAtSource>},
    {"session_id", "AuditText", QT_TRANSLATE_NOOP("AuditText", "Session"), idValue},
    {"file_name", "Validation", QT_TRANSLATE_NOOP("Validation", "File name")},
    {"format", "AuditText", QT_TRANSLATE_NOOP("AuditText", "Format")},
    {"byte_size", "AuditText", QT_TRANSLATE_NOOP("AuditText", "File size"), nullptr, bytesUnit},
    {"width", "AuditText", QT_TRANSLATE_NOOP("AuditText", "Width"), nullptr, pixelsUnit},
    {"height", "AuditText", QT_TRANSLATE_NOOP("AuditText", "Height"), nullptr, pixelsUnit},
    {"orientation", "AuditText", QT_TRANSLATE_NOOP("AuditText", "Orientation")},
    {"sha256", "AuditText", QT_TRANSLATE_NOOP("AuditText", "Checksum (SHA-256)")},
    {"notes", "Validation", QT_TRANSLATE_NOOP("Validation", "Notes")},
};
const Field kAccountFields[] = {
    {"name", "AuditText", QT_TRANSLATE_NOOP("AuditText", "Name")},
    {"role", "AuditText", QT_TRANSLATE_NOOP("AuditText", "Role"), roleValue},
    {"active", "AuditText", QT_TRANSLATE_NOOP("AuditText", "Active"), boolValue},
};

std::span<const Field> fieldsOf(const QString &table)
{
    static const std::vector<Field> measurement = measurementColumns();
    if (table == QLatin1String("patient"))
        return kPatientFields;
    if (table == QLatin1String("diagnosis"))
        return kDiagnosisFields;
    if (table == QLatin1String("session"))
        return kSessionFields;
    if (table == QLatin1String("measurement"))
        return measurement;
    if (table == QLatin1String("outcome"))
        return kOutcomeFields;
    if (table == QLatin1String("session_zone"))
        return kZoneFields;
    if (table == QLatin1String("session_adjunct"))
        return kAdjunctFields;
    if (table == QLatin1String("adverse_event"))
        return kAdverseEventFields;
    if (table == QLatin1String("photo"))
        return kPhotoFields;
    if (table == QLatin1String("app_user"))
        return kAccountFields;
    return {};
}

const Field *findField(const QString &table, const QString &column)
{
    for (const Field &field : fieldsOf(table)) {
        if (column == QLatin1String(field.column))
            return &field;
    }
    return nullptr;
}

// Columns that say who saved what when, or link rows, rather than what was recorded.
bool isBookkeeping(const QString &table, const QString &column)
{
    static const QSet<QString> always{
        QStringLiteral("id"),           QStringLiteral("patient_id"),
        QStringLiteral("row_version"),  QStringLiteral("updated_at"),
        QStringLiteral("updated_by"),   QStringLiteral("created_at"),
        QStringLiteral("position"),     QStringLiteral("failed_logins"),
        QStringLiteral("locked_until"), QStringLiteral("password_hash"),
    };
    if (always.contains(column) || column.endsWith(QLatin1String("_key")))
        return true;
    // The children of a session: the session is the entry's record.
    return column == QLatin1String("session_id") &&
           (table == QLatin1String("session_zone") || table == QLatin1String("session_adjunct") ||
            table == QLatin1String("adverse_event"));
}

QString fieldLabel(const Field *field, const QString &column)
{
    if (field && field->measured)
        return field->measured->labelText();
    return field ? QCoreApplication::translate(field->context, field->text) : column;
}

// One line, not too long: the Details column is a single line (the tooltip has everything).
QString brief(QString text)
{
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    constexpr qsizetype kMax = 80;
    if (text.size() > kMax) {
        qsizetype cut = kMax - 1;
        if (text.at(cut - 1).isHighSurrogate())
            --cut;
        text = text.left(cut) + QStringLiteral("…");
    }
    return text;
}

QString formatted(const Field *field, const QJsonValue &value)
{
    return brief(field && field->format ? field->format(value) : plainValue(value));
}

QString withUnit(const QString &number, const QString &unit)
{
    if (number.isEmpty() || unit.isEmpty())
        return number;
    if (unit == timesUnit())
        return number + unit;
    return number + QLatin1Char(' ') + unit;
}

QString unitOf(const Field *field)
{
    if (field && field->measured)
        return field->measured->unitText();
    return field && field->unit ? field->unit() : QString();
}

// The table's known columns in order, then any other column of the rows (sorted).
QStringList columnsOf(const QString &table, const QJsonObject &a, const QJsonObject &b)
{
    QStringList columns;
    for (const Field &field : fieldsOf(table)) {
        const QString name = QString::fromLatin1(field.column);
        if (a.contains(name) || b.contains(name))
            columns << name;
    }
    QStringList others = a.keys();
    for (const QString &key : b.keys()) {
        if (!a.contains(key))
            others << key;
    }
    others.sort();
    for (const QString &key : std::as_const(others)) {
        if (!columns.contains(key))
            columns << key;
    }
    return columns;
}

// "Hair density: 150 hairs/cm²", for each recorded value of a row (inserted or deleted).
QStringList valueList(const QString &table, const QJsonObject &row)
{
    QStringList out;
    for (const QString &column : columnsOf(table, row, QJsonObject())) {
        if (isBookkeeping(table, column))
            continue;
        const QJsonValue value = row.value(column);
        const Field *field = findField(table, column);
        const QString text = formatted(field, value);
        if (text.isEmpty())
            continue;
        // Every patient starts outside the archive: not worth a line.
        if (table == QLatin1String("patient") && column == QLatin1String("archived") &&
            boolValue(value) == yesNo(false))
            continue;
        out << fieldLabel(field, column) + QStringLiteral(": ") + withUnit(text, unitOf(field));
    }
    return out;
}

QJsonValue normalized(const QJsonValue &value)
{
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

// "Hair density: 150 → 160 hairs/cm²", for each column whose value differs.
QStringList differences(const QString &table, const QJsonObject &before, const QJsonObject &after,
                        const QString &skip)
{
    QStringList out;
    for (const QString &column : columnsOf(table, before, after)) {
        if (column == skip || isBookkeeping(table, column))
            continue;
        const QJsonValue was = normalized(before.value(column));
        const QJsonValue now = normalized(after.value(column));
        if (was == now)
            continue;
        const Field *field = findField(table, column);
        const QString unit = unitOf(field);
        const QString wasText = formatted(field, was);
        const QString nowText = formatted(field, now);
        QString values;
        if (!wasText.isEmpty() && !nowText.isEmpty())
            values = wasText + kArrow + withUnit(nowText, unit);
        else
            values = (wasText.isEmpty() ? kNothing : withUnit(wasText, unit)) + kArrow +
                     (nowText.isEmpty() ? kNothing : withUnit(nowText, unit));
        out << fieldLabel(field, column) + QStringLiteral(": ") + values;
    }
    return out;
}

// What cannot be read as expected is listed as stored: "key: value", or the text itself.
QStringList rawList(const QString &text)
{
    if (const auto row = objectOf(text)) {
        QStringList out;
        for (auto it = row->constBegin(); it != row->constEnd(); ++it)
            out << it.key() + QStringLiteral(": ") + brief(plainValue(it.value()));
        return out;
    }
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QStringList() : QStringList{brief(trimmed)};
}

} // namespace audittext

using namespace audittext;

// ---- Public ------------------------------------------------------------------------------

Result<QHash<qint64, AuditPatient>> auditPatients(Database &db, const QList<qint64> &ids)
{
    QList<qint64> wanted;
    QSet<qint64> seen;
    for (const qint64 id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            wanted << id;
        }
    }
    QHash<qint64, AuditPatient> found;
    // A few hundred bound values per statement: well inside both engines' limits.
    constexpr qsizetype kChunk = 500;
    for (qsizetype start = 0; start < wanted.size(); start += kChunk) {
        const QList<qint64> chunk = wanted.mid(start, kChunk);
        QStringList marks;
        marks.fill(QStringLiteral("?"), chunk.size());
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT id, family_name, given_name, mrn FROM patient WHERE id IN (") +
            marks.join(QLatin1Char(',')) + QLatin1Char(')'));
        for (const qint64 chunkId : chunk)
            q.addBindValue(chunkId);
        if (!q.exec())
            return Error::storage(Database::describe(q));
        while (q.next()) {
            Patient p;
            p.familyName = q.value(1).toString();
            p.givenName = q.value(2).toString();
            AuditPatient shown;
            shown.name = p.displayName();
            shown.mrn = q.value(3).toString();
            found.insert(q.value(0).toLongLong(), shown);
        }
        if (auto read = sql::finished(q); !read)
            return read.error();
    }
    for (const qint64 wantedId : std::as_const(wanted)) {
        if (!found.contains(wantedId)) {
            AuditPatient gone;
            gone.deleted = true;
            found.insert(wantedId, gone);
        }
    }
    return found;
}

QString auditPatientText(const AuditRecord &record, const QHash<qint64, AuditPatient> &patients)
{
    if (!record.patientId) {
        // A disclosure of everyone names no patient: it says "all (N)".
        if (is(record.action, "disclose")) {
            const QString scope = objectOf(record.newValues)
                                      .value_or(QJsonObject())
                                      .value(QLatin1String("patients"))
                                      .toString();
            static const QRegularExpression all(QStringLiteral("^all \\((\\d+)\\)$"));
            const QRegularExpressionMatch match = all.match(scope);
            if (match.hasMatch())
                return QCoreApplication::translate("AuditText", "all patients (%1)")
                    .arg(match.captured(1));
        }
        return {};
    }
    const qint64 id = *record.patientId;
    const auto it = patients.constFind(id);
    if (it == patients.constEnd())
        return QCoreApplication::translate("AuditText", "patient #%1").arg(id);
    if (it->deleted)
        return QCoreApplication::translate("AuditText", "patient #%1 (deleted)").arg(id);
    return it->mrn.isEmpty() ? it->name : QStringLiteral("%1 (%2)").arg(it->name, it->mrn);
}

QDateTime auditTime(const AuditRecord &record)
{
    return localTimeOf(record.at);
}

QString auditTimeText(const AuditRecord &record, const QLocale &locale)
{
    const QDateTime local = auditTime(record);
    return local.isValid() ? localTimeText(local, locale) : record.at;
}

QString auditDateText(QDate date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    // Four-digit years, as everywhere in Tricholog (ui/widgets/DateText.h).
    static const QRegularExpression years(QStringLiteral("y+"));
    QString format = locale.dateFormat(QLocale::ShortFormat);
    format.replace(years, QStringLiteral("yyyy"));
    return locale.toString(date, format);
}

QStringList auditChanges(const AuditRecord &record)
{
    const QString &action = record.action;
    if (is(action, "login") || is(action, "logout") || is(action, "login_failed") ||
        is(action, "disclose"))
        return {};
    if (is(action, "import"))
        return importDetails(record);
    const auto before = objectOf(record.oldValues);
    const auto after = objectOf(record.newValues);
    if (is(action, "insert"))
        return after ? valueList(record.table, *after) : rawList(record.newValues);
    if (is(action, "delete"))
        return before ? valueList(record.table, *before) : rawList(record.oldValues);
    if (is(action, "update") || is(action, "archive") || is(action, "unarchive")) {
        if (before && after)
            return differences(record.table, *before, *after,
                               is(action, "update") ? QString() : QStringLiteral("archived"));
        // One side unreadable: what can be read, as stored.
        if (after || before)
            return rawList(after ? record.newValues : record.oldValues);
    }
    return rawList(record.newValues.trimmed().isEmpty() ? record.oldValues : record.newValues);
}

QString auditFieldLabel(const QString &table, const QString &column)
{
    return fieldLabel(findField(table, column), column);
}

} // namespace tricholog
