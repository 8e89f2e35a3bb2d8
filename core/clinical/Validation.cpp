#include "core/clinical/Validation.h"

#include "core/clinical/Ranges.h"
#include "core/clinical/Salt.h"
#include "core/clinical/Scales.h"
#include "core/io/SafeIo.h"
#include "core/model/Keys.h"
#include "core/model/MeasurementFields.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace tricholog {

namespace {

QString number(double value, int decimals = -1)
{
    if (decimals < 0)
        return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
    return QLocale().toString(value, 'f', decimals);
}

QString rangeText(const Range &range, const QString &unit)
{
    // Whole-number bounds print without decimals ("0–800"), others at entry precision
    // ("0.10–3.00").
    const bool whole = range.min == std::floor(range.min) && range.max == std::floor(range.max);
    const int decimals = whole ? 0 : range.decimals;
    QString text = number(range.min, decimals) + QStringLiteral("–") + number(range.max, decimals);
    if (!unit.isEmpty())
        text += (unit == QLatin1String("%") ? QString() : QStringLiteral(" ")) + unit;
    return text;
}

QString dateText(QDate date)
{
    return date.toString(Qt::ISODate);
}

// Collects issues with consistent wording.
class Checker
{
public:
    explicit Checker(ValidationResult &result)
        : m_result(result)
    {}

    void required(const QString &field, const QString &label, const QString &value)
    {
        if (value.trimmed().isEmpty())
            m_result.add(field, label, value, QCoreApplication::translate("Validation", "required"),
                         QCoreApplication::translate("Validation", "%1 is required.").arg(label));
    }

    void range(const QString &field, const QString &label, std::optional<double> value,
               const Range &range, const QString &unit = {})
    {
        if (!value)
            return;
        if (!std::isfinite(*value) || !range.contains(*value)) {
            const QString allowed = rangeText(range, unit);
            const QString shown =
                number(*value) +
                (unit.isEmpty() || unit == QLatin1String("%") ? unit : QStringLiteral(" ") + unit);
            m_result.add(
                field, label, number(*value), allowed,
                QCoreApplication::translate("Validation", "%1: %2 is outside the allowed range %3.")
                    .arg(label, shown, allowed));
        }
    }

    void range(const QString &field, const QString &label, std::optional<int> value, const Range &r,
               const QString &unit = {})
    {
        if (value)
            range(field, label, std::optional<double>(double(*value)), r, unit);
    }

    void notFuture(const QString &field, const QString &label, QDate date, QDate today)
    {
        if (date.isValid() && today.isValid() && date > today)
            m_result.add(
                field, label, dateText(date),
                QCoreApplication::translate("Validation", "not after %1").arg(dateText(today)),
                QCoreApplication::translate("Validation", "%1: %2 is in the future (today is %3).")
                    .arg(label, dateText(date), dateText(today)));
    }

    void notBeforeBirth(const QString &field, const QString &label, QDate date,
                        const Patient &owner)
    {
        if (date.isValid() && owner.dateOfBirth.isValid() && date < owner.dateOfBirth)
            m_result.add(field, label, dateText(date),
                         QCoreApplication::translate("Validation", "not before %1")
                             .arg(dateText(owner.dateOfBirth)),
                         QCoreApplication::translate(
                             "Validation", "%1: %2 is before the patient's date of birth (%3).")
                             .arg(label, dateText(date), dateText(owner.dateOfBirth)));
    }

    void requiredDate(const QString &field, const QString &label, QDate date)
    {
        if (!date.isValid())
            m_result.add(field, label, QString(),
                         QCoreApplication::translate("Validation", "a valid date"),
                         QCoreApplication::translate("Validation", "%1 is required.").arg(label));
    }

    void percentSum(const QString &field, const QString &label, const Percentage &a,
                    const Percentage &b)
    {
        if (!a.isRecorded() || !b.isRecorded())
            return;
        const double sum = a.value() + b.value();
        if (sum > 100.0 + 1e-9)
            m_result.add(
                field, label, number(sum), QStringLiteral("≤ 100%"),
                QCoreApplication::translate("Validation", "%1: the sum is %2%, more than 100%.")
                    .arg(label, number(sum)));
    }

    // Every text field: no NUL character (U+0000), which ends the text early in C programs,
    // SQLite's shell and many readers of an export, so what they show is not what is stored.
    void plainText(const QString &field, const QString &label, const QString &value)
    {
        if (!value.contains(QChar(0)))
            return;
        const QString shown = quoteValue(value); // the NUL shown as \0
        m_result.add(field, label, shown,
                     QCoreApplication::translate("Validation", "no NUL character (U+0000)"),
                     QCoreApplication::translate(
                         "Validation", "%1: \"%2\" contains a NUL character (U+0000), which is "
                                       "not allowed in text.")
                         .arg(label, shown));
    }

    void maxLength(const QString &field, const QString &label, const QString &value, int max)
    {
        if (value.size() <= max)
            return;
        // A message never repeats a huge value whole (a megabyte pasted into the notes).
        const QString shown = quoteValue(value);
        m_result.add(field, label, shown,
                     QCoreApplication::translate("Validation", "at most %1 characters").arg(max),
                     QCoreApplication::translate(
                         "Validation", "%1: \"%2\" has %3 characters; at most %4 are allowed.")
                         .arg(label, shown)
                         .arg(value.size())
                         .arg(max));
    }

private:
    ValidationResult &m_result;
};

} // namespace

bool isValidEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$)"));
    return pattern.match(email).hasMatch();
}

ValidationResult validatePatient(const Patient &p, QDate today)
{
    ValidationResult result;
    Checker check(result);
    check.plainText(QStringLiteral("mrn"),
                    QCoreApplication::translate("Validation", "Record number (MRN)"), p.mrn);
    check.plainText(QStringLiteral("family_name"),
                    QCoreApplication::translate("Validation", "Family name"), p.familyName);
    check.plainText(QStringLiteral("given_name"),
                    QCoreApplication::translate("Validation", "Given name"), p.givenName);
    check.plainText(QStringLiteral("phone"), QCoreApplication::translate("Validation", "Phone"),
                    p.phone);
    check.plainText(QStringLiteral("email"), QCoreApplication::translate("Validation", "E-mail"),
                    p.email);
    check.plainText(QStringLiteral("notes"), QCoreApplication::translate("Validation", "Notes"),
                    p.notes);
    check.maxLength(QStringLiteral("notes"), QCoreApplication::translate("Validation", "Notes"),
                    p.notes, ranges::kNotesMaxLength);
    check.required(QStringLiteral("mrn"),
                   QCoreApplication::translate("Validation", "Record number (MRN)"), p.mrn);
    check.maxLength(QStringLiteral("mrn"),
                    QCoreApplication::translate("Validation", "Record number (MRN)"), p.mrn,
                    ranges::kMrnMaxLength);
    check.required(QStringLiteral("family_name"),
                   QCoreApplication::translate("Validation", "Family name"), p.familyName);
    check.required(QStringLiteral("given_name"),
                   QCoreApplication::translate("Validation", "Given name"), p.givenName);
    check.notFuture(QStringLiteral("date_of_birth"),
                    QCoreApplication::translate("Validation", "Date of birth"), p.dateOfBirth,
                    today);
    check.range(QStringLiteral("fitzpatrick"),
                QCoreApplication::translate("Validation", "Fitzpatrick skin type"), p.fitzpatrick,
                ranges::kFitzpatrick);
    if (!p.email.isEmpty() && !isValidEmail(p.email))
        result.add(
            QStringLiteral("email"), QCoreApplication::translate("Validation", "E-mail"), p.email,
            QCoreApplication::translate("Validation", "name@domain.tld"),
            QCoreApplication::translate(
                "Validation", "E-mail: \"%1\" is not a valid address (expected name@domain.tld).")
                .arg(quoteValue(p.email)));
    static const QRegularExpression phonePattern(QStringLiteral(R"(^[0-9+()./\- ]{3,32}$)"));
    if (!p.phone.isEmpty() && !phonePattern.match(p.phone).hasMatch())
        result.add(
            QStringLiteral("phone"), QCoreApplication::translate("Validation", "Phone"), p.phone,
            QCoreApplication::translate("Validation", "digits, spaces and + ( ) . / -"),
            QCoreApplication::translate(
                "Validation",
                "Phone: \"%1\" may contain only digits, spaces and + ( ) . / - (3–32 characters).")
                .arg(quoteValue(p.phone)));
    check.notFuture(QStringLiteral("treatment_consent_date"),
                    QCoreApplication::translate("Validation", "Treatment consent date"),
                    p.treatmentConsentDate, today);
    check.notFuture(QStringLiteral("photo_consent_date"),
                    QCoreApplication::translate("Validation", "Photo consent date"),
                    p.photoConsentDate, today);
    check.notFuture(QStringLiteral("data_consent_date"),
                    QCoreApplication::translate("Validation", "Data-processing consent date"),
                    p.dataProcessingConsentDate, today);
    return result;
}

namespace {

// A diagnosis's onset, when given: a year, a month or a date, neither in the future nor after
// the diagnosis.
void checkOnset(const Diagnosis &d, QDate today, ValidationResult &result, Checker &check)
{
    if (!d.onset.isEmpty()) {
        // As patients remember it: a year (2019), a year and month (2019-03) or a date.
        const QDate onset = d.onsetStart();
        if (!onset.isValid()) {
            result.add(QStringLiteral("onset"), QCoreApplication::translate("Validation", "Onset"),
                       quoteValue(d.onset),
                       QCoreApplication::translate("Validation", "YYYY, YYYY-MM or YYYY-MM-DD"),
                       QCoreApplication::translate("Validation",
                                                   "Onset: \"%1\" is not a year, a month or a date "
                                                   "(expected YYYY, YYYY-MM or YYYY-MM-DD).")
                           .arg(quoteValue(d.onset)));
        } else {
            check.notFuture(QStringLiteral("onset"),
                            QCoreApplication::translate("Validation", "Onset"), onset, today);
            if (d.diagnosedOn.isValid() && onset > d.diagnosedOn)
                result.add(QStringLiteral("onset"),
                           QCoreApplication::translate("Validation", "Onset"), d.onset,
                           QCoreApplication::translate("Validation", "not after %1")
                               .arg(dateText(d.diagnosedOn)),
                           QCoreApplication::translate("Validation",
                                                       "Onset: %1 is after the diagnosis date %2.")
                               .arg(d.onset, dateText(d.diagnosedOn)));
        }
    }
}

// A diagnosis's severity scale (one that applies to its type) and what it grades: the SALT
// regions or total, or a grade of the scale; no grade without a scale.
void checkScaleAndGrade(const Diagnosis &d, ValidationResult &result, Checker &check)
{
    if (!scalesForType(d.type).contains(d.scale)) {
        QStringList names;
        for (Scale s : scalesForType(d.type))
            names << label(s);
        result.add(QStringLiteral("scale"),
                   QCoreApplication::translate("Validation", "Severity scale"), label(d.scale),
                   names.join(QStringLiteral(", ")),
                   QCoreApplication::translate("Validation",
                                               "Severity scale: %1 does not apply to %2 (use %3).")
                       .arg(label(d.scale), label(d.type), names.join(QStringLiteral(", "))));
    }
    if (d.scale == Scale::Salt && d.salt.isEmpty() && !d.grade.trimmed().isEmpty()) {
        // The SALT total alone (from an import): a number 0-100.
        const QString label = QCoreApplication::translate("Validation", "SALT total");
        if (const auto total = saltTotalOf(d.grade))
            check.range(QStringLiteral("salt_total"), label, total, ranges::kSaltRegion,
                        QStringLiteral("%"));
        else
            result.add(QStringLiteral("salt_total"), label, d.grade, QStringLiteral("0–100"),
                       QCoreApplication::translate("Validation",
                                                   "SALT total: \"%1\" is not a number (0–100).")
                           .arg(quoteValue(d.grade)));
    } else if (d.scale == Scale::Salt) {
        const QString unit = QStringLiteral("%");
        check.range(QStringLiteral("salt_vertex"),
                    QCoreApplication::translate("Validation", "SALT vertex"),
                    d.salt.vertex.toOptional(), ranges::kSaltRegion, unit);
        check.range(QStringLiteral("salt_posterior"),
                    QCoreApplication::translate("Validation", "SALT posterior"),
                    d.salt.posterior.toOptional(), ranges::kSaltRegion, unit);
        check.range(QStringLiteral("salt_right"),
                    QCoreApplication::translate("Validation", "SALT right side"),
                    d.salt.rightSide.toOptional(), ranges::kSaltRegion, unit);
        check.range(QStringLiteral("salt_left"),
                    QCoreApplication::translate("Validation", "SALT left side"),
                    d.salt.leftSide.toOptional(), ranges::kSaltRegion, unit);
        if (!d.salt.isComplete())
            result.add(QStringLiteral("salt"),
                       QCoreApplication::translate("Validation", "SALT regions"), QString(),
                       QCoreApplication::translate("Validation", "all four regions, 0–100%"),
                       QCoreApplication::translate(
                           "Validation",
                           "SALT needs the percent of hair loss in all four regions (vertex, "
                           "posterior, right side, left side), each 0–100%, or the SALT total "
                           "alone."));
    } else if (d.scale != Scale::None) {
        const QStringList grades = scaleGrades(d.scale);
        if (!grades.contains(d.grade))
            result.add(
                QStringLiteral("grade"), QCoreApplication::translate("Validation", "Grade"),
                d.grade, grades.join(QStringLiteral(", ")),
                QCoreApplication::translate("Validation",
                                            "Grade: \"%1\" is not a %2 grade (allowed: %3).")
                    .arg(quoteValue(d.grade), label(d.scale), grades.join(QStringLiteral(", "))));
    } else if (!d.grade.trimmed().isEmpty()) {
        result.add(QStringLiteral("grade"), QCoreApplication::translate("Validation", "Grade"),
                   d.grade, QCoreApplication::translate("Validation", "a severity scale first"),
                   QCoreApplication::translate(
                       "Validation",
                       "Grade: \"%1\" is given without a severity scale; choose the scale it "
                       "belongs to.")
                       .arg(quoteValue(d.grade)));
    }
}

// The treated zones: treatment zones only (not the measurements' target area), each once.
void checkZones(const MicroneedlingSession &s, ValidationResult &result)
{
    if (s.zones.contains(ScalpSite::TargetArea))
        result.add(
            QStringLiteral("zones"), QCoreApplication::translate("Validation", "Treated zones"),
            toKey(ScalpSite::TargetArea),
            QCoreApplication::translate(
                "Validation",
                "frontal, midscalp, vertex, temporal_left, temporal_right, occipital"),
            QCoreApplication::translate(
                "Validation",
                "Treated zones: \"target_area\" is a measurement site, not a treatment zone."));
    // A zone is treated or not: twice is a typing slip (an import's "vertex|vertex"; the window's
    // check boxes cannot give it), which the zones' table would refuse without naming the cell.
    for (qsizetype i = 1; i < s.zones.size(); ++i)
        if (s.zones.first(i).contains(s.zones.at(i))) {
            result.add(
                QStringLiteral("zones"), QCoreApplication::translate("Validation", "Treated zones"),
                toKey(s.zones.at(i)), QCoreApplication::translate("Validation", "each zone once"),
                QCoreApplication::translate("Validation", "Treated zones: \"%1\" is given twice.")
                    .arg(toKey(s.zones.at(i))));
            break;
        }
}

} // namespace

ValidationResult validateDiagnosis(const Diagnosis &d, const Patient &owner, QDate today)
{
    ValidationResult result;
    Checker check(result);
    check.plainText(QStringLiteral("icd10"),
                    QCoreApplication::translate("Validation", "ICD-10 code"), d.icd10);
    check.plainText(QStringLiteral("onset"), QCoreApplication::translate("Validation", "Onset"),
                    d.onset);
    check.plainText(QStringLiteral("grade"), QCoreApplication::translate("Validation", "Grade"),
                    d.grade);
    check.plainText(QStringLiteral("notes"), QCoreApplication::translate("Validation", "Notes"),
                    d.notes);
    check.maxLength(QStringLiteral("notes"), QCoreApplication::translate("Validation", "Notes"),
                    d.notes, ranges::kNotesMaxLength);
    static const QRegularExpression icdPattern(QStringLiteral(R"(^[A-Z][0-9]{2}(\.[0-9]{1,2})?$)"));
    if (d.icd10.isEmpty()) {
        check.required(QStringLiteral("icd10"),
                       QCoreApplication::translate("Validation", "ICD-10 code"), d.icd10);
    } else if (!icdPattern.match(d.icd10).hasMatch() || !isIcd10Allowed(d.type, d.icd10)) {
        const QString allowed = icd10Choices(d.type).join(QStringLiteral(", "));
        result.add(QStringLiteral("icd10"),
                   QCoreApplication::translate("Validation", "ICD-10 code"), d.icd10, allowed,
                   QCoreApplication::translate("Validation",
                                               "ICD-10 code: \"%1\" does not fit %2 (allowed: %3).")
                       .arg(quoteValue(d.icd10), label(d.type), allowed));
    }
    check.requiredDate(QStringLiteral("diagnosed_on"),
                       QCoreApplication::translate("Validation", "Diagnosed on"), d.diagnosedOn);
    check.notFuture(QStringLiteral("diagnosed_on"),
                    QCoreApplication::translate("Validation", "Diagnosed on"), d.diagnosedOn,
                    today);
    check.notBeforeBirth(QStringLiteral("diagnosed_on"),
                         QCoreApplication::translate("Validation", "Diagnosed on"), d.diagnosedOn,
                         owner);

    checkOnset(d, today, result, check);
    checkScaleAndGrade(d, result, check);
    return result;
}

ValidationResult validateSession(const MicroneedlingSession &s, const Patient &owner,
                                 const QDateTime &now)
{
    ValidationResult result;
    Checker check(result);
    check.plainText(QStringLiteral("operator"),
                    QCoreApplication::translate("Validation", "Operator"), s.operatorName);
    check.plainText(QStringLiteral("direction"),
                    QCoreApplication::translate("Validation", "Direction"), s.direction);
    check.plainText(QStringLiteral("anaesthetic"),
                    QCoreApplication::translate("Validation", "Anaesthetic"), s.anaestheticName);
    check.plainText(QStringLiteral("background_therapy"),
                    QCoreApplication::translate("Validation", "Background therapy"),
                    s.backgroundTherapy);
    check.plainText(QStringLiteral("post_care"),
                    QCoreApplication::translate("Validation", "Post-care"), s.postCare);
    check.plainText(QStringLiteral("notes"), QCoreApplication::translate("Validation", "Notes"),
                    s.notes);
    check.maxLength(QStringLiteral("notes"), QCoreApplication::translate("Validation", "Notes"),
                    s.notes, ranges::kNotesMaxLength);
    check.maxLength(QStringLiteral("post_care"),
                    QCoreApplication::translate("Validation", "Post-care"), s.postCare,
                    ranges::kNotesMaxLength);
    check.maxLength(QStringLiteral("background_therapy"),
                    QCoreApplication::translate("Validation", "Background therapy"),
                    s.backgroundTherapy, ranges::kShortTextMaxLength);
    check.maxLength(QStringLiteral("operator"),
                    QCoreApplication::translate("Validation", "Operator"), s.operatorName,
                    ranges::kShortTextMaxLength);
    if (!s.performedAt.isValid()) {
        check.requiredDate(QStringLiteral("date"),
                           QCoreApplication::translate("Validation", "Session date"), QDate());
    } else {
        check.notFuture(QStringLiteral("date"),
                        QCoreApplication::translate("Validation", "Session date"),
                        s.performedAt.date(), now.date());
        check.notBeforeBirth(QStringLiteral("date"),
                             QCoreApplication::translate("Validation", "Session date"),
                             s.performedAt.date(), owner);
    }
    if (!s.needleLength.isRecorded())
        result.add(QStringLiteral("needle_mm"),
                   QCoreApplication::translate("Validation", "Needle length"), QString(),
                   rangeText(ranges::kNeedleLengthMm, QStringLiteral("mm")),
                   QCoreApplication::translate("Validation", "Needle length is required (%1).")
                       .arg(rangeText(ranges::kNeedleLengthMm, QStringLiteral("mm"))));
    check.range(QStringLiteral("needle_mm"),
                QCoreApplication::translate("Validation", "Needle length"),
                s.needleLength.toOptional(), ranges::kNeedleLengthMm, NeedleLength::unitSymbol());
    check.range(QStringLiteral("needle_count"),
                QCoreApplication::translate("Validation", "Needle count"), s.needleCount,
                ranges::kNeedleCount);
    check.range(QStringLiteral("passes"), QCoreApplication::translate("Validation", "Passes"),
                s.passes, ranges::kPasses);
    check.range(QStringLiteral("session_number"),
                QCoreApplication::translate("Validation", "Session number"), s.sessionNumber,
                ranges::kSessionNumber);
    check.range(QStringLiteral("planned_sessions"),
                QCoreApplication::translate("Validation", "Planned sessions"), s.plannedSessions,
                ranges::kSessionNumber);
    check.range(QStringLiteral("anaesthetic_minutes"),
                QCoreApplication::translate("Validation", "Anaesthetic contact time"),
                s.anaestheticMinutes, ranges::kAnaestheticMinutes,
                QCoreApplication::translate("Validation", "min"));
    check.range(QStringLiteral("pain"), QCoreApplication::translate("Validation", "Pain score"),
                s.pain, ranges::kPain);
    checkZones(s, result);
    for (qsizetype i = 0; i < s.adjuncts.size(); ++i) {
        const auto &a = s.adjuncts.at(i);
        check.plainText(QStringLiteral("adjuncts[%1].dose").arg(i + 1),
                        QCoreApplication::translate("Validation", "Dose of adjunct %1").arg(i + 1),
                        a.dose);
        if (a.dose.size() > 64)
            check.maxLength(
                QStringLiteral("adjuncts[%1].dose").arg(i + 1),
                QCoreApplication::translate("Validation", "Dose of adjunct %1").arg(i + 1), a.dose,
                64);
        if (a.type == AdjunctType::Other && a.dose.trimmed().isEmpty())
            result.add(QStringLiteral("adjuncts[%1].dose").arg(i + 1),
                       QCoreApplication::translate("Validation", "Adjunct %1").arg(i + 1),
                       QString(), QCoreApplication::translate("Validation", "a name and dose"),
                       QCoreApplication::translate(
                           "Validation",
                           "Adjunct %1 is \"other\": say what was applied in its dose field.")
                           .arg(i + 1));
    }
    for (qsizetype i = 0; i < s.adverseEvents.size(); ++i) {
        const auto &e = s.adverseEvents.at(i);
        check.plainText(QStringLiteral("adverse_events[%1].notes").arg(i + 1),
                        QCoreApplication::translate("Validation", "Adverse event %1").arg(i + 1),
                        e.notes);
        if (e.type == AdverseEventType::Other && e.notes.trimmed().isEmpty())
            result.add(QStringLiteral("adverse_events[%1].notes").arg(i + 1),
                       QCoreApplication::translate("Validation", "Adverse event %1").arg(i + 1),
                       QString(), QCoreApplication::translate("Validation", "a description"),
                       QCoreApplication::translate("Validation",
                                                   "Adverse event %1 is \"other\": describe it.")
                           .arg(i + 1));
    }
    return result;
}

ValidationResult validateMeasurement(const Measurement &m, const Patient &owner, QDate today)
{
    ValidationResult result;
    Checker check(result);
    check.plainText(QStringLiteral("site_label"),
                    QCoreApplication::translate("Validation", "Target area name"), m.siteLabel);
    check.plainText(QStringLiteral("instrument"),
                    QCoreApplication::translate("Validation", "Instrument"), m.instrument);
    check.plainText(QStringLiteral("notes"), QCoreApplication::translate("Validation", "Notes"),
                    m.notes);
    check.maxLength(QStringLiteral("notes"), QCoreApplication::translate("Validation", "Notes"),
                    m.notes, ranges::kNotesMaxLength);
    check.requiredDate(QStringLiteral("date"),
                       QCoreApplication::translate("Validation", "Measurement date"), m.measuredOn);
    check.notFuture(QStringLiteral("date"),
                    QCoreApplication::translate("Validation", "Measurement date"), m.measuredOn,
                    today);
    check.notBeforeBirth(QStringLiteral("date"),
                         QCoreApplication::translate("Validation", "Measurement date"),
                         m.measuredOn, owner);
    for (const auto &field : measurementFields()) // named (translated) only when wrong
        if (const auto v = field.get(m); v && !(std::isfinite(*v) && field.range.contains(*v)))
            check.range(field.keyText(), field.labelText(), v, field.range, field.unitText());
    check.percentSum(QStringLiteral("terminal_vellus_sum"),
                     QCoreApplication::translate("Validation", "Terminal + vellus hairs"),
                     m.terminal, m.vellus);
    check.percentSum(QStringLiteral("anagen_telogen_sum"),
                     QCoreApplication::translate("Validation", "Anagen + telogen hairs"), m.anagen,
                     m.telogen);
    if (m.hairCount && !m.area.isRecorded()) {
        const MeasurementField &area = *measurementFieldByKey(u"area_cm2");
        const QString allowed = rangeText(area.range, area.unitText());
        result.add(area.keyText(), area.labelText(), QString(), allowed,
                   QCoreApplication::translate("Validation",
                                               "Counted area is required with a hair count (%1).")
                       .arg(allowed));
    }
    check.range(QStringLiteral("magnification"),
                QCoreApplication::translate("Validation", "Magnification"), m.magnification,
                ranges::kMagnification, QStringLiteral("×"));
    if (m.site == ScalpSite::TargetArea && m.siteLabel.trimmed().isEmpty() && !m.area.isRecorded())
        result.add(QStringLiteral("site"), QCoreApplication::translate("Validation", "Site"),
                   toKey(m.site),
                   QCoreApplication::translate("Validation", "a named area of known size"),
                   QCoreApplication::translate(
                       "Validation", "Site: a target area needs a name or its area in cm²."));
    if (!hasRecordedValue(m))
        result.add(QStringLiteral("values"), QCoreApplication::translate("Validation", "Values"),
                   QString(), QCoreApplication::translate("Validation", "at least one value"),
                   QCoreApplication::translate("Validation",
                                               "A measurement needs at least one recorded value."));
    return result;
}

ValidationResult validateOutcome(const PatientReportedOutcome &o, const Patient &owner, QDate today)
{
    ValidationResult result;
    Checker check(result);
    check.plainText(QStringLiteral("notes"), QCoreApplication::translate("Validation", "Notes"),
                    o.notes);
    check.maxLength(QStringLiteral("notes"), QCoreApplication::translate("Validation", "Notes"),
                    o.notes, ranges::kNotesMaxLength);
    check.requiredDate(QStringLiteral("date"),
                       QCoreApplication::translate("Validation", "Outcome date"), o.recordedOn);
    check.notFuture(QStringLiteral("date"),
                    QCoreApplication::translate("Validation", "Outcome date"), o.recordedOn, today);
    check.notBeforeBirth(QStringLiteral("date"),
                         QCoreApplication::translate("Validation", "Outcome date"), o.recordedOn,
                         owner);
    check.range(QStringLiteral("global_assessment"),
                QCoreApplication::translate("Validation", "Global self-assessment"),
                o.globalAssessment, ranges::kGlobalAssessment);
    check.range(QStringLiteral("shedding"),
                QCoreApplication::translate("Validation", "Shedding score"), o.sheddingScore,
                ranges::kShedding);
    if (!o.globalAssessment && !o.sheddingScore)
        result.add(
            QStringLiteral("values"), QCoreApplication::translate("Validation", "Values"),
            QString(), QCoreApplication::translate("Validation", "at least one score"),
            QCoreApplication::translate(
                "Validation", "An outcome needs a global self-assessment or a shedding score."));
    return result;
}

ValidationResult validatePhoto(const Photo &p, const Patient &owner, const QDateTime &now)
{
    ValidationResult result;
    Checker check(result);
    check.plainText(QStringLiteral("notes"), QCoreApplication::translate("Validation", "Notes"),
                    p.notes);
    check.plainText(QStringLiteral("file_name"),
                    QCoreApplication::translate("Validation", "File name"), p.fileName);
    const QString taken = QCoreApplication::translate("Validation", "Time taken");
    if (!p.takenAt.isValid())
        result.add(QStringLiteral("taken_at"), taken, QString(),
                   QCoreApplication::translate("Validation", "a valid date and time"),
                   QCoreApplication::translate("Validation", "%1 is required.").arg(taken));
    check.notFuture(QStringLiteral("taken_at"), taken, p.takenAt.date(), now.date());
    check.notBeforeBirth(QStringLiteral("taken_at"), taken, p.takenAt.date(), owner);
    const QString siteLabel = QCoreApplication::translate("Validation", "Site");
    const QString magnificationLabel = QCoreApplication::translate("Validation", "Magnification");
    if (p.view == PhotoView::Trichoscopic) {
        if (!p.site)
            result.add(QStringLiteral("site"), siteLabel, QString(),
                       QCoreApplication::translate("Validation", "a scalp site"),
                       QCoreApplication::translate(
                           "Validation", "A trichoscopic photo needs the scalp site it shows."));
        check.range(QStringLiteral("magnification"), magnificationLabel, p.magnification,
                    ranges::kMagnification, QStringLiteral("×"));
    } else {
        if (p.site)
            result.add(QStringLiteral("site"), siteLabel, label(*p.site),
                       QCoreApplication::translate("Validation", "trichoscopic photos only"),
                       QCoreApplication::translate(
                           "Validation", "Site: \"%1\" is recorded for trichoscopic photos only; "
                                         "a %2 photo shows its view.")
                           .arg(label(*p.site), label(p.view)));
        if (p.magnification)
            result.add(QStringLiteral("magnification"), magnificationLabel,
                       QString::number(*p.magnification),
                       QCoreApplication::translate("Validation", "trichoscopic photos only"),
                       QCoreApplication::translate(
                           "Validation", "Magnification: %1× is recorded for trichoscopic photos "
                                         "only.")
                           .arg(*p.magnification));
    }
    check.maxLength(QStringLiteral("notes"), QCoreApplication::translate("Validation", "Notes"),
                    p.notes, ranges::kNotesMaxLength);
    check.maxLength(QStringLiteral("file_name"),
                    QCoreApplication::translate("Validation", "File name"), p.fileName,
                    ranges::kShortTextMaxLength);
    return result;
}

} // namespace tricholog
