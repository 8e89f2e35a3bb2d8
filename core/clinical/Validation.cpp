#include "Validation.h"

#include "Ranges.h"
#include "Scales.h"
#include "model/Keys.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace tricholog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Validation", text);
}

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
            m_result.add(field, label, value, tr("required"), tr("%1 is required.").arg(label));
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
            m_result.add(field, label, number(*value), allowed,
                         tr("%1: %2 is outside the allowed range %3.").arg(label, shown, allowed));
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
            m_result.add(field, label, dateText(date), tr("not after %1").arg(dateText(today)),
                         tr("%1: %2 is in the future (today is %3).")
                             .arg(label, dateText(date), dateText(today)));
    }

    void notBeforeBirth(const QString &field, const QString &label, QDate date,
                        const Patient &owner)
    {
        if (date.isValid() && owner.dateOfBirth.isValid() && date < owner.dateOfBirth)
            m_result.add(field, label, dateText(date),
                         tr("not before %1").arg(dateText(owner.dateOfBirth)),
                         tr("%1: %2 is before the patient's date of birth (%3).")
                             .arg(label, dateText(date), dateText(owner.dateOfBirth)));
    }

    void requiredDate(const QString &field, const QString &label, QDate date)
    {
        if (!date.isValid())
            m_result.add(field, label, QString(), tr("a valid date"),
                         tr("%1 is required.").arg(label));
    }

    void percentSum(const QString &field, const QString &label, const Percentage &a,
                    const Percentage &b)
    {
        if (!a.isRecorded() || !b.isRecorded())
            return;
        const double sum = a.value() + b.value();
        if (sum > 100.0 + 1e-9)
            m_result.add(field, label, number(sum), QStringLiteral("≤ 100%"),
                         tr("%1: the sum is %2%, more than 100%.").arg(label, number(sum)));
    }

    void maxLength(const QString &field, const QString &label, const QString &value, int max)
    {
        if (value.size() > max)
            m_result.add(field, label, value, tr("at most %1 characters").arg(max),
                         tr("%1: \"%2\" has %3 characters; at most %4 are allowed.")
                             .arg(label, value)
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
    check.required(QStringLiteral("mrn"), tr("Record number (MRN)"), p.mrn);
    check.maxLength(QStringLiteral("mrn"), tr("Record number (MRN)"), p.mrn, ranges::kMrnMaxLength);
    check.required(QStringLiteral("family_name"), tr("Family name"), p.familyName);
    check.required(QStringLiteral("given_name"), tr("Given name"), p.givenName);
    check.notFuture(QStringLiteral("date_of_birth"), tr("Date of birth"), p.dateOfBirth, today);
    check.range(QStringLiteral("fitzpatrick"), tr("Fitzpatrick skin type"), p.fitzpatrick,
                ranges::kFitzpatrick);
    if (!p.email.isEmpty() && !isValidEmail(p.email))
        result.add(
            QStringLiteral("email"), tr("E-mail"), p.email, tr("name@domain.tld"),
            tr("E-mail: \"%1\" is not a valid address (expected name@domain.tld).").arg(p.email));
    static const QRegularExpression phonePattern(QStringLiteral(R"(^[0-9+()./\- ]{3,32}$)"));
    if (!p.phone.isEmpty() && !phonePattern.match(p.phone).hasMatch())
        result.add(
            QStringLiteral("phone"), tr("Phone"), p.phone, tr("digits, spaces and + ( ) . / -"),
            tr("Phone: \"%1\" may contain only digits, spaces and + ( ) . / - (3–32 characters).")
                .arg(p.phone));
    check.notFuture(QStringLiteral("treatment_consent_date"), tr("Treatment consent date"),
                    p.treatmentConsentDate, today);
    check.notFuture(QStringLiteral("photo_consent_date"), tr("Photo consent date"),
                    p.photoConsentDate, today);
    check.notFuture(QStringLiteral("data_consent_date"), tr("Data-processing consent date"),
                    p.dataProcessingConsentDate, today);
    return result;
}

ValidationResult validateDiagnosis(const Diagnosis &d, const Patient &owner, QDate today)
{
    ValidationResult result;
    Checker check(result);
    static const QRegularExpression icdPattern(QStringLiteral(R"(^[A-Z][0-9]{2}(\.[0-9]{1,2})?$)"));
    if (d.icd10.isEmpty()) {
        check.required(QStringLiteral("icd10"), tr("ICD-10 code"), d.icd10);
    } else if (!icdPattern.match(d.icd10).hasMatch() || !isIcd10Allowed(d.type, d.icd10)) {
        const QString allowed = icd10Choices(d.type).join(QStringLiteral(", "));
        result.add(QStringLiteral("icd10"), tr("ICD-10 code"), d.icd10, allowed,
                   tr("ICD-10 code: \"%1\" does not fit %2 (allowed: %3).")
                       .arg(d.icd10, label(d.type), allowed));
    }
    check.requiredDate(QStringLiteral("diagnosed_on"), tr("Diagnosed on"), d.diagnosedOn);
    check.notFuture(QStringLiteral("diagnosed_on"), tr("Diagnosed on"), d.diagnosedOn, today);
    check.notBeforeBirth(QStringLiteral("diagnosed_on"), tr("Diagnosed on"), d.diagnosedOn, owner);

    if (!d.onset.isEmpty()) {
        QDate onset = QDate::fromString(d.onset, Qt::ISODate);
        if (!onset.isValid())
            onset = QDate::fromString(d.onset + QStringLiteral("-01"), Qt::ISODate);
        if (!onset.isValid()) {
            result.add(
                QStringLiteral("onset"), tr("Onset"), d.onset, tr("YYYY-MM or YYYY-MM-DD"),
                tr("Onset: \"%1\" is not a date (expected YYYY-MM or YYYY-MM-DD).").arg(d.onset));
        } else {
            check.notFuture(QStringLiteral("onset"), tr("Onset"), onset, today);
            if (d.diagnosedOn.isValid() && onset > d.diagnosedOn)
                result.add(QStringLiteral("onset"), tr("Onset"), d.onset,
                           tr("not after %1").arg(dateText(d.diagnosedOn)),
                           tr("Onset: %1 is after the diagnosis date %2.")
                               .arg(d.onset, dateText(d.diagnosedOn)));
        }
    }

    if (!scalesForType(d.type).contains(d.scale)) {
        QStringList names;
        for (Scale s : scalesForType(d.type))
            names << label(s);
        result.add(QStringLiteral("scale"), tr("Severity scale"), label(d.scale),
                   names.join(QStringLiteral(", ")),
                   tr("Severity scale: %1 does not apply to %2 (use %3).")
                       .arg(label(d.scale), label(d.type), names.join(QStringLiteral(", "))));
    }
    if (d.scale == Scale::Salt) {
        const QString unit = QStringLiteral("%");
        check.range(QStringLiteral("salt_vertex"), tr("SALT vertex"), d.salt.vertex.toOptional(),
                    ranges::kSaltRegion, unit);
        check.range(QStringLiteral("salt_posterior"), tr("SALT posterior"),
                    d.salt.posterior.toOptional(), ranges::kSaltRegion, unit);
        check.range(QStringLiteral("salt_right"), tr("SALT right side"),
                    d.salt.rightSide.toOptional(), ranges::kSaltRegion, unit);
        check.range(QStringLiteral("salt_left"), tr("SALT left side"), d.salt.leftSide.toOptional(),
                    ranges::kSaltRegion, unit);
        if (!d.salt.isComplete())
            result.add(QStringLiteral("salt"), tr("SALT regions"), QString(),
                       tr("all four regions, 0–100%"),
                       tr("SALT needs the percent of hair loss in all four regions (vertex, "
                          "posterior, right side, left side), each 0–100%."));
    } else if (d.scale != Scale::None) {
        const QStringList grades = scaleGrades(d.scale);
        if (!grades.contains(d.grade))
            result.add(QStringLiteral("grade"), tr("Grade"), d.grade,
                       grades.join(QStringLiteral(", ")),
                       tr("Grade: \"%1\" is not a %2 grade (allowed: %3).")
                           .arg(d.grade, label(d.scale), grades.join(QStringLiteral(", "))));
    } else if (!d.grade.trimmed().isEmpty()) {
        result.add(QStringLiteral("grade"), tr("Grade"), d.grade, tr("a severity scale first"),
                   tr("Grade: \"%1\" is given without a severity scale; choose the scale it "
                      "belongs to.")
                       .arg(d.grade));
    }
    return result;
}

ValidationResult validateSession(const MicroneedlingSession &s, const Patient &owner,
                                 const QDateTime &now)
{
    ValidationResult result;
    Checker check(result);
    if (!s.performedAt.isValid()) {
        check.requiredDate(QStringLiteral("date"), tr("Session date"), QDate());
    } else {
        check.notFuture(QStringLiteral("date"), tr("Session date"), s.performedAt.date(),
                        now.date());
        check.notBeforeBirth(QStringLiteral("date"), tr("Session date"), s.performedAt.date(),
                             owner);
    }
    if (!s.needleLength.isRecorded())
        result.add(QStringLiteral("needle_mm"), tr("Needle length"), QString(),
                   rangeText(ranges::kNeedleLengthMm, QStringLiteral("mm")),
                   tr("Needle length is required (%1).")
                       .arg(rangeText(ranges::kNeedleLengthMm, QStringLiteral("mm"))));
    check.range(QStringLiteral("needle_mm"), tr("Needle length"), s.needleLength.toOptional(),
                ranges::kNeedleLengthMm, NeedleLength::unitSymbol());
    check.range(QStringLiteral("needle_count"), tr("Needle count"), s.needleCount,
                ranges::kNeedleCount);
    check.range(QStringLiteral("passes"), tr("Passes"), s.passes, ranges::kPasses);
    check.range(QStringLiteral("session_number"), tr("Session number"), s.sessionNumber,
                ranges::kSessionNumber);
    check.range(QStringLiteral("planned_sessions"), tr("Planned sessions"), s.plannedSessions,
                ranges::kSessionNumber);
    check.range(QStringLiteral("anaesthetic_minutes"), tr("Anaesthetic contact time"),
                s.anaestheticMinutes, ranges::kAnaestheticMinutes, tr("min"));
    check.range(QStringLiteral("pain"), tr("Pain score"), s.pain, ranges::kPain);
    if (s.zones.contains(ScalpSite::TargetArea))
        result.add(
            QStringLiteral("zones"), tr("Treated zones"), toKey(ScalpSite::TargetArea),
            tr("frontal, midscalp, vertex, temporal_left, temporal_right, occipital"),
            tr("Treated zones: \"target_area\" is a measurement site, not a treatment zone."));
    for (qsizetype i = 0; i < s.adjuncts.size(); ++i) {
        const auto &a = s.adjuncts.at(i);
        if (a.dose.size() > 64)
            check.maxLength(QStringLiteral("adjuncts[%1].dose").arg(i + 1),
                            tr("Dose of adjunct %1").arg(i + 1), a.dose, 64);
        if (a.type == AdjunctType::Other && a.dose.trimmed().isEmpty())
            result.add(
                QStringLiteral("adjuncts[%1].dose").arg(i + 1), tr("Adjunct %1").arg(i + 1),
                QString(), tr("a name and dose"),
                tr("Adjunct %1 is \"other\": say what was applied in its dose field.").arg(i + 1));
    }
    for (qsizetype i = 0; i < s.adverseEvents.size(); ++i) {
        const auto &e = s.adverseEvents.at(i);
        if (e.type == AdverseEventType::Other && e.notes.trimmed().isEmpty())
            result.add(QStringLiteral("adverse_events[%1].notes").arg(i + 1),
                       tr("Adverse event %1").arg(i + 1), QString(), tr("a description"),
                       tr("Adverse event %1 is \"other\": describe it.").arg(i + 1));
    }
    return result;
}

ValidationResult validateMeasurement(const Measurement &m, const Patient &owner, QDate today)
{
    ValidationResult result;
    Checker check(result);
    check.requiredDate(QStringLiteral("date"), tr("Measurement date"), m.measuredOn);
    check.notFuture(QStringLiteral("date"), tr("Measurement date"), m.measuredOn, today);
    check.notBeforeBirth(QStringLiteral("date"), tr("Measurement date"), m.measuredOn, owner);
    const QString pct = QStringLiteral("%");
    check.range(QStringLiteral("density_per_cm2"), tr("Hair density"), m.density.toOptional(),
                ranges::kDensity, HairDensity::unitSymbol());
    check.range(QStringLiteral("mean_diameter_um"), tr("Mean hair-shaft diameter"),
                m.meanDiameter.toOptional(), ranges::kDiameterUm, ShaftDiameter::unitSymbol());
    check.range(QStringLiteral("terminal_pct"), tr("Terminal hairs"), m.terminal.toOptional(),
                ranges::kPercent, pct);
    check.range(QStringLiteral("vellus_pct"), tr("Vellus hairs"), m.vellus.toOptional(),
                ranges::kPercent, pct);
    check.range(QStringLiteral("anagen_pct"), tr("Anagen hairs"), m.anagen.toOptional(),
                ranges::kPercent, pct);
    check.range(QStringLiteral("telogen_pct"), tr("Telogen hairs"), m.telogen.toOptional(),
                ranges::kPercent, pct);
    check.percentSum(QStringLiteral("terminal_vellus_sum"), tr("Terminal + vellus hairs"),
                     m.terminal, m.vellus);
    check.percentSum(QStringLiteral("anagen_telogen_sum"), tr("Anagen + telogen hairs"), m.anagen,
                     m.telogen);
    check.range(QStringLiteral("hair_count"), tr("Hair count"), m.hairCount, ranges::kHairCount);
    check.range(QStringLiteral("area_cm2"), tr("Counted area"), m.area.toOptional(),
                ranges::kAreaCm2, AreaCm2::unitSymbol());
    if (m.hairCount && !m.area.isRecorded())
        result.add(QStringLiteral("area_cm2"), tr("Counted area"), QString(),
                   rangeText(ranges::kAreaCm2, AreaCm2::unitSymbol()),
                   tr("Counted area is required with a hair count (%1).")
                       .arg(rangeText(ranges::kAreaCm2, AreaCm2::unitSymbol())));
    check.range(QStringLiteral("fu_per_cm2"), tr("Follicular units"),
                m.follicularUnits.toOptional(), ranges::kFollicularUnits,
                FollicularUnitDensity::unitSymbol());
    check.range(QStringLiteral("hairs_per_fu"), tr("Hairs per follicular unit"),
                m.hairsPerFollicularUnit.toOptional(), ranges::kHairsPerUnit);
    check.range(QStringLiteral("magnification"), tr("Magnification"), m.magnification,
                ranges::kMagnification, QStringLiteral("×"));
    if (m.site == ScalpSite::TargetArea && m.siteLabel.trimmed().isEmpty() && !m.area.isRecorded())
        result.add(QStringLiteral("site"), tr("Site"), toKey(m.site),
                   tr("a named area of known size"),
                   tr("Site: a target area needs a name or its area in cm²."));
    const bool anyValue = m.density.isRecorded() || m.hairCount || m.meanDiameter.isRecorded() ||
                          m.terminal.isRecorded() || m.vellus.isRecorded() ||
                          m.anagen.isRecorded() || m.telogen.isRecorded() ||
                          m.follicularUnits.isRecorded();
    if (!anyValue)
        result.add(QStringLiteral("values"), tr("Values"), QString(), tr("at least one value"),
                   tr("A measurement needs at least one recorded value."));
    return result;
}

ValidationResult validateOutcome(const PatientReportedOutcome &o, const Patient &owner, QDate today)
{
    ValidationResult result;
    Checker check(result);
    check.requiredDate(QStringLiteral("date"), tr("Outcome date"), o.recordedOn);
    check.notFuture(QStringLiteral("date"), tr("Outcome date"), o.recordedOn, today);
    check.notBeforeBirth(QStringLiteral("date"), tr("Outcome date"), o.recordedOn, owner);
    check.range(QStringLiteral("global_assessment"), tr("Global self-assessment"),
                o.globalAssessment, ranges::kGlobalAssessment);
    check.range(QStringLiteral("shedding"), tr("Shedding score"), o.sheddingScore,
                ranges::kShedding);
    if (!o.globalAssessment && !o.sheddingScore)
        result.add(QStringLiteral("values"), tr("Values"), QString(), tr("at least one score"),
                   tr("An outcome needs a global self-assessment or a shedding score."));
    return result;
}

} // namespace tricholog
