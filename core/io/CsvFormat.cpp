#include "core/io/CsvFormat.h"

#include "core/io/SafeIo.h"
#include "core/model/Keys.h"
#include "core/model/MeasurementFields.h"
#include "core/storage/SqlValues.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace tricholog::csv {

namespace {

const QLocale &c()
{
    static const QLocale locale = QLocale::c();
    return locale;
}

// A plain decimal, -?(0|[1-9][0-9]*)(.[0-9]+)? of at most 15 digits: its digits as an integer
// divided by a power of ten. Both are exact doubles (below 2^53 and 10^22), so the one rounding
// of the division gives the nearest double, as QLocale's full conversion does; nullopt for any
// other text (left to QLocale).
std::optional<double> plainDecimal(QStringView text)
{
    static constexpr double kTens[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                       1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    qsizetype at = 0;
    const bool negative = !text.isEmpty() && text.front() == QLatin1Char('-');
    at += negative ? 1 : 0;
    quint64 digits = 0;
    int count = 0, decimals = 0;
    bool point = false;
    const qsizetype wholeFrom = at;
    for (; at < text.size(); ++at) {
        const char16_t ch = text.at(at).unicode();
        if (ch == u'.' && !point && at > wholeFrom) {
            point = true;
            continue;
        }
        if (ch < u'0' || ch > u'9' || ++count > 15)
            return std::nullopt;
        // No leading zero before another digit of the whole part.
        if (!point && at == wholeFrom + 1 && text.at(wholeFrom) == QLatin1Char('0'))
            return std::nullopt;
        digits = digits * 10 + (ch - u'0');
        decimals += point ? 1 : 0;
    }
    if (count == 0 || (point && decimals == 0))
        return std::nullopt;
    const double value = double(digits) / kTens[decimals];
    return negative ? -value : value;
}

} // namespace

std::optional<double> parseNumber(QStringView text)
{
    if (const auto plain = plainDecimal(text))
        return plain;
    if (text.contains(QLatin1Char(',')))
        return std::nullopt;
    bool ok = false;
    const double d = c().toDouble(text, &ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

namespace {

// Numbers as written: shortest exact form, dot decimal separator.
QString num(std::optional<double> v)
{
    // QString::number writes what QLocale::c() does (no group separators), without the locale.
    return v ? QString::number(*v, 'g', QLocale::FloatingPointShortest) : QString();
}

QString num(std::optional<int> v)
{
    return v ? QString::number(*v) : QString();
}

QString date(QDate d)
{
    return sql::dateText(d); // an export of a clinic writes more than a million dates
}

QString yesNo(bool v)
{
    return v ? QStringLiteral("yes") : QStringLiteral("no");
}

template<typename E>
QString keyList(const QList<E> &values)
{
    QStringList keys;
    for (const E &v : values)
        keys << toKey(v);
    return keys.join(QLatin1Char('|'));
}

// Readers: each appends a problem naming the column, the value and the rule when it fails.
struct Reader
{
    const CellGetter &cell;
    QList<CellProblem> &problems;

    QString text(const QString &column) const { return cell(column).trimmed(); }

    void problem(const QString &column, const QString &value, const QString &reason) const
    {
        problems << CellProblem{column, quoteValue(value), reason};
    }

    QDate date(const QString &column) const
    {
        const QString v = text(column);
        if (v.isEmpty())
            return {};
        static const QRegularExpression iso(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
        const bool isoForm = iso.match(v).hasMatch();
        const QDate d = isoForm ? QDate::fromString(v, Qt::ISODate) : QDate();
        if (!d.isValid())
            problem(column, v,
                    QCoreApplication::translate(
                        "CsvFormat", "not a date: use YYYY-MM-DD with a day that exists"));
        return d;
    }

    std::optional<double> number(const QString &column) const
    {
        const QString v = text(column);
        if (v.isEmpty())
            return std::nullopt;
        const auto d = parseNumber(v);
        if (!d)
            problem(column, v,
                    QCoreApplication::translate(
                        "CsvFormat", "not a number (use a dot as decimal separator, e.g. 1.5)"));
        return d;
    }

    std::optional<int> integer(const QString &column) const
    {
        const QString v = text(column);
        if (v.isEmpty())
            return std::nullopt;
        bool ok = false;
        const int i = v.toInt(&ok);
        if (!ok) {
            problem(column, v, QCoreApplication::translate("CsvFormat", "not a whole number"));
            return std::nullopt;
        }
        return i;
    }

    bool yesNo(const QString &column) const
    {
        const QString v = text(column).toLower();
        if (v.isEmpty() || v == QLatin1String("no"))
            return false;
        if (v == QLatin1String("yes"))
            return true;
        problem(column, text(column), QCoreApplication::translate("CsvFormat", "use yes or no"));
        return false;
    }

    template<typename E>
    std::optional<E> key(const QString &column, const QString &value) const
    {
        const auto e = fromKey<E>(value.trimmed());
        if (!e)
            problem(column, value,
                    QCoreApplication::translate("CsvFormat", "unknown key; use one of: %1")
                        .arg(allKeys<E>().join(QStringLiteral(", "))));
        return e;
    }

    template<typename E>
    std::optional<E> key(const QString &column) const
    {
        const QString v = text(column);
        if (v.isEmpty())
            return std::nullopt;
        return key<E>(column, v);
    }

    // A stable key that must be given; a missing one is reported with the keys allowed.
    template<typename E>
    std::optional<E> requiredKey(const QString &column) const
    {
        if (text(column).isEmpty()) {
            problem(column, QString(),
                    QCoreApplication::translate("CsvFormat", "required; use one of: %1")
                        .arg(allKeys<E>().join(QStringLiteral(", "))));
            return std::nullopt;
        }
        return key<E>(column);
    }

    // "a|b:detail|c" -> [(a, ""), (b, "detail"), (c, "")]
    QList<QPair<QString, QString>> items(const QString &column) const
    {
        QList<QPair<QString, QString>> out;
        const QString v = text(column);
        if (v.isEmpty())
            return out;
        for (const QString &item : v.split(QLatin1Char('|'))) {
            const qsizetype colon = item.indexOf(QLatin1Char(':'));
            if (colon < 0)
                out << qMakePair(item.trimmed(), QString());
            else
                out << qMakePair(item.left(colon).trimmed(), item.mid(colon + 1).trimmed());
        }
        return out;
    }
};

// The measurement fields (MeasurementFields.h) with required CSV columns, or the optional ones,
// in table order.
QStringList fieldColumns(bool required)
{
    QStringList out;
    for (const MeasurementField &field : measurementFields())
        if (field.csvRequired == required)
            out << field.keyText();
    return out;
}

// Their cells: whole numbers without decimals, others in the shortest exact form.
QStringList fieldCells(const Measurement &m, bool required)
{
    QStringList out;
    out.reserve(qsizetype(measurementFields().size()));
    for (const MeasurementField &field : measurementFields()) {
        if (field.csvRequired != required)
            continue;
        const std::optional<double> v = field.get(m);
        if (!v)
            out << QString();
        else if (field.isWholeNumber())
            out << QString::number(qRound64(*v));
        else
            out << num(v);
    }
    return out;
}

// Reads them: a whole-number field takes no fraction (a cell problem, as any integer column).
void readFields(const Reader &r, Measurement &m, bool required)
{
    for (const MeasurementField &field : measurementFields()) {
        if (field.csvRequired != required)
            continue;
        const QString column = field.keyText();
        if (field.isWholeNumber()) {
            const std::optional<int> i = r.integer(column);
            field.set(m, i ? std::optional<double>(*i) : std::nullopt);
        } else {
            field.set(m, r.number(column));
        }
    }
}

int fitzpatrickFrom(const QString &v, bool *ok)
{
    static const QStringList roman{QStringLiteral("I"),   QStringLiteral("II"),
                                   QStringLiteral("III"), QStringLiteral("IV"),
                                   QStringLiteral("V"),   QStringLiteral("VI")};
    const int r = int(roman.indexOf(v.toUpper()));
    if (r >= 0) {
        *ok = true;
        return r + 1;
    }
    const int n = v.toInt(ok);
    return n;
}

} // namespace

QString fileName(CsvKind kind)
{
    switch (kind) {
    case CsvKind::Patients:
        return QStringLiteral("patients.csv");
    case CsvKind::Diagnoses:
        return QStringLiteral("diagnoses.csv");
    case CsvKind::Sessions:
        return QStringLiteral("sessions.csv");
    case CsvKind::Measurements:
        return QStringLiteral("measurements.csv");
    }
    return {};
}

QStringList requiredColumns(CsvKind kind)
{
    switch (kind) {
    case CsvKind::Patients:
        return {QStringLiteral("mrn"),          QStringLiteral("family_name"),
                QStringLiteral("given_name"),   QStringLiteral("date_of_birth"),
                QStringLiteral("sex"),          QStringLiteral("fitzpatrick"),
                QStringLiteral("phone"),        QStringLiteral("email"),
                QStringLiteral("photo_consent")};
    case CsvKind::Diagnoses:
        return {QStringLiteral("mrn"),          QStringLiteral("type"),  QStringLiteral("icd10"),
                QStringLiteral("diagnosed_on"), QStringLiteral("scale"), QStringLiteral("grade"),
                QStringLiteral("status")};
    case CsvKind::Sessions:
        return {
            QStringLiteral("mrn"),       QStringLiteral("date"),  QStringLiteral("device"),
            QStringLiteral("needle_mm"), QStringLiteral("zones"), QStringLiteral("endpoint"),
            QStringLiteral("adjuncts"),  QStringLiteral("pain"),  QStringLiteral("adverse_events"),
            QStringLiteral("notes")};
    case CsvKind::Measurements:
        return QStringList{QStringLiteral("mrn"), QStringLiteral("date"), QStringLiteral("site"),
                           QStringLiteral("method")} +
               fieldColumns(true);
    }
    return {};
}

QStringList columns(CsvKind kind)
{
    QStringList all = requiredColumns(kind);
    switch (kind) {
    case CsvKind::Patients:
        all << QStringLiteral("photo_consent_date") << QStringLiteral("treatment_consent_date")
            << QStringLiteral("data_consent") << QStringLiteral("data_consent_date")
            << QStringLiteral("archived") << QStringLiteral("notes");
        break;
    case CsvKind::Diagnoses:
        all << QStringLiteral("onset") << QStringLiteral("findings") << QStringLiteral("notes");
        break;
    case CsvKind::Sessions:
        all << QStringLiteral("session_number") << QStringLiteral("planned_sessions")
            << QStringLiteral("operator") << QStringLiteral("needle_count")
            << QStringLiteral("passes") << QStringLiteral("direction")
            << QStringLiteral("anaesthetic") << QStringLiteral("anaesthetic_minutes")
            << QStringLiteral("background_therapy") << QStringLiteral("post_care");
        break;
    case CsvKind::Measurements:
        // photo_sha256: written on export, not read on import (the photo is not in the file).
        all << QStringLiteral("site_label") << QStringLiteral("instrument")
            << QStringLiteral("magnification") << fieldColumns(false) << QStringLiteral("notes")
            << QStringLiteral("photo_sha256");
        break;
    }
    return all;
}

QStringList patientRow(const Patient &p)
{
    return {p.mrn,
            p.familyName,
            p.givenName,
            date(p.dateOfBirth),
            toKey(p.sex),
            p.fitzpatrick ? fitzpatrickRoman(*p.fitzpatrick) : QString(),
            p.phone,
            p.email,
            yesNo(p.photoConsent),
            date(p.photoConsentDate),
            date(p.treatmentConsentDate),
            yesNo(p.dataProcessingConsent),
            date(p.dataProcessingConsentDate),
            yesNo(p.archived),
            p.notes};
}

QStringList diagnosisRow(const QString &mrn, const Diagnosis &d)
{
    QString grade = d.grade;
    // SALT: the four regions, or the total alone when no region is recorded.
    if (d.scale == Scale::Salt && !(d.salt.isEmpty() && !d.grade.isEmpty()))
        grade = QStringList{num(d.salt.vertex.toOptional()), num(d.salt.posterior.toOptional()),
                            num(d.salt.rightSide.toOptional()), num(d.salt.leftSide.toOptional())}
                    .join(QLatin1Char('|'));
    return {mrn,   toKey(d.type),   d.icd10, date(d.diagnosedOn), toKey(d.scale),
            grade, toKey(d.status), d.onset, keyList(d.findings), d.notes};
}

QStringList sessionRow(const QString &mrn, const MicroneedlingSession &s)
{
    QStringList adjuncts, events;
    for (const auto &a : s.adjuncts)
        adjuncts << (a.dose.isEmpty() ? toKey(a.type) : toKey(a.type) + QLatin1Char(':') + a.dose);
    for (const auto &e : s.adverseEvents)
        events << toKey(e.type) + QLatin1Char(':') + toKey(e.severity) +
                      (e.notes.isEmpty() ? QString() : QLatin1Char(':') + e.notes);
    return {mrn,
            s.performedAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm")),
            toKey(s.device),
            num(s.needleLength.toOptional()),
            keyList(s.zones),
            s.endpoint ? toKey(*s.endpoint) : QString(),
            adjuncts.join(QLatin1Char('|')),
            num(s.pain),
            events.join(QLatin1Char('|')),
            s.notes,
            num(s.sessionNumber),
            num(s.plannedSessions),
            s.operatorName,
            num(s.needleCount),
            num(s.passes),
            s.direction,
            s.anaestheticName,
            num(s.anaestheticMinutes),
            s.backgroundTherapy,
            s.postCare};
}

QStringList measurementRow(const QString &mrn, const Measurement &m, const QString &photoSha256)
{
    QStringList row{mrn, date(m.measuredOn), toKey(m.site), toKey(m.method)};
    row.reserve(32);
    row << fieldCells(m, true) << m.siteLabel << m.instrument << num(m.magnification)
        << fieldCells(m, false) << m.notes << photoSha256;
    return row;
}

Patient patientFrom(const CellGetter &cell, QList<CellProblem> &problems)
{
    const Reader r{cell, problems};
    Patient p;
    p.mrn = r.text(QStringLiteral("mrn"));
    p.familyName = r.text(QStringLiteral("family_name"));
    p.givenName = r.text(QStringLiteral("given_name"));
    p.dateOfBirth = r.date(QStringLiteral("date_of_birth"));
    p.sex = r.key<Sex>(QStringLiteral("sex")).value_or(Sex::Other);
    const QString fitz = r.text(QStringLiteral("fitzpatrick"));
    if (!fitz.isEmpty()) {
        bool ok = false;
        const int type = fitzpatrickFrom(fitz, &ok);
        if (!ok)
            r.problem(QStringLiteral("fitzpatrick"), fitz,
                      QCoreApplication::translate("CsvFormat", "use I to VI (or 1 to 6)"));
        else
            p.fitzpatrick = type; // the range is core validation's to check
    }
    p.phone = r.text(QStringLiteral("phone"));
    p.email = r.text(QStringLiteral("email"));
    p.photoConsent = r.yesNo(QStringLiteral("photo_consent"));
    p.photoConsentDate = r.date(QStringLiteral("photo_consent_date"));
    p.treatmentConsentDate = r.date(QStringLiteral("treatment_consent_date"));
    p.dataProcessingConsent = r.yesNo(QStringLiteral("data_consent"));
    p.dataProcessingConsentDate = r.date(QStringLiteral("data_consent_date"));
    p.archived = r.yesNo(QStringLiteral("archived"));
    p.notes = cell(QStringLiteral("notes"));
    return p;
}

Diagnosis diagnosisFrom(const CellGetter &cell, QList<CellProblem> &problems)
{
    const Reader r{cell, problems};
    Diagnosis d;
    if (r.text(QStringLiteral("type")).isEmpty())
        r.problem(QStringLiteral("type"), QString(),
                  QCoreApplication::translate("CsvFormat", "required"));
    d.type = r.key<DiagnosisType>(QStringLiteral("type")).value_or(DiagnosisType::Other);
    d.icd10 = r.text(QStringLiteral("icd10")).toUpper();
    d.diagnosedOn = r.date(QStringLiteral("diagnosed_on"));
    d.scale = r.key<Scale>(QStringLiteral("scale")).value_or(Scale::None);
    d.status =
        r.requiredKey<DiagnosisStatus>(QStringLiteral("status")).value_or(DiagnosisStatus::Active);
    const QString grade = r.text(QStringLiteral("grade"));
    if (d.scale == Scale::Salt) {
        const QStringList parts = grade.split(QLatin1Char('|'));
        if (parts.size() == 1 && !grade.isEmpty()) {
            // The SALT total alone (27.8), as clinics' spreadsheets often carry it; the regions
            // are preferred, as they say where the hair is lost.
            // Written back as the export writes it ("27.80" -> "27.8"); a total that is not a
            // number stays as it is, for core validation to refuse on this cell.
            const std::optional<double> total = parseNumber(grade);
            d.grade = total ? num(total) : grade;
        } else if (parts.size() != 4) {
            r.problem(QStringLiteral("grade"), grade,
                      QCoreApplication::translate(
                          "CsvFormat",
                          "for the SALT scale give the hair loss in % of the four regions: "
                          "vertex|posterior|right|left, e.g. 50|25|10|0, or the SALT total "
                          "alone, e.g. 27.8"));
        } else {
            std::optional<double> v[4];
            for (int i = 0; i < 4; ++i) {
                if (!parts.at(i).trimmed().isEmpty()) {
                    v[i] = parseNumber(parts.at(i).trimmed());
                    if (!v[i])
                        r.problem(QStringLiteral("grade"), grade,
                                  QCoreApplication::translate("CsvFormat", "\"%1\" is not a number")
                                      .arg(quoteValue(parts.at(i))));
                }
            }
            d.salt.vertex = Percentage(v[0]);
            d.salt.posterior = Percentage(v[1]);
            d.salt.rightSide = Percentage(v[2]);
            d.salt.leftSide = Percentage(v[3]);
        }
    } else {
        d.grade = grade;
    }
    d.onset = r.text(QStringLiteral("onset"));
    for (const auto &[key, detail] : r.items(QStringLiteral("findings")))
        if (const auto f = r.key<TrichoscopyFinding>(QStringLiteral("findings"), key))
            d.findings << *f;
    d.notes = cell(QStringLiteral("notes"));
    return d;
}

MicroneedlingSession sessionFrom(const CellGetter &cell, QList<CellProblem> &problems)
{
    const Reader r{cell, problems};
    MicroneedlingSession s;
    const QString when = r.text(QStringLiteral("date"));
    static const QRegularExpression dateTime(
        QStringLiteral(R"(^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2})?)?$)"));
    const auto match = dateTime.match(when);
    const QDate day =
        match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
    // "HH:mm", its four digits checked by the expression (QTime(25, 0) is not valid).
    const QString hhmm = match.captured(2);
    const QTime time = hhmm.isEmpty() ? QTime(0, 0)
                                      : QTime(QStringView(hhmm).left(2).toInt(),
                                              QStringView(hhmm).mid(3, 2).toInt());
    if (when.isEmpty())
        r.problem(
            QStringLiteral("date"), when,
            QCoreApplication::translate("CsvFormat", "required: YYYY-MM-DD or YYYY-MM-DDTHH:MM"));
    else if (!day.isValid() || !time.isValid())
        r.problem(QStringLiteral("date"), when,
                  QCoreApplication::translate(
                      "CsvFormat",
                      "not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM with a day that exists"));
    else if (const QDateTime at(day, time); !at.isValid())
        r.problem(
            QStringLiteral("date"), when,
            QCoreApplication::translate(
                "CsvFormat", "this local time does not exist (a daylight-saving change skips it)"));
    else
        s.performedAt = at;
    s.device = r.requiredKey<Device>(QStringLiteral("device")).value_or(Device::Dermaroller);
    s.needleLength = NeedleLength(r.number(QStringLiteral("needle_mm")));
    for (const auto &[key, detail] : r.items(QStringLiteral("zones")))
        if (const auto z = r.key<ScalpSite>(QStringLiteral("zones"), key))
            s.zones << *z;
    s.endpoint = r.key<Endpoint>(QStringLiteral("endpoint"));
    for (const auto &[key, detail] : r.items(QStringLiteral("adjuncts")))
        if (const auto a = r.key<AdjunctType>(QStringLiteral("adjuncts"), key))
            s.adjuncts << Adjunct{*a, detail};
    s.pain = r.integer(QStringLiteral("pain"));
    for (const auto &[key, detail] : r.items(QStringLiteral("adverse_events"))) {
        // "type:severity" or "type:severity:description"
        const auto type = r.key<AdverseEventType>(QStringLiteral("adverse_events"), key);
        const qsizetype colon = detail.indexOf(QLatin1Char(':'));
        const QString severityKey = (colon < 0 ? detail : detail.left(colon)).trimmed();
        const QString notes = colon < 0 ? QString() : detail.mid(colon + 1).trimmed();
        std::optional<Severity> severity;
        if (severityKey.isEmpty())
            r.problem(QStringLiteral("adverse_events"), key,
                      QCoreApplication::translate(
                          "CsvFormat", "give the severity after a colon, e.g. %1:mild (%2)")
                          .arg(quoteValue(key), allKeys<Severity>().join(QStringLiteral(", "))));
        else
            severity = r.key<Severity>(QStringLiteral("adverse_events"), severityKey);
        if (type && severity)
            s.adverseEvents << AdverseEvent{*type, *severity, notes};
    }
    s.notes = cell(QStringLiteral("notes"));
    s.sessionNumber = r.integer(QStringLiteral("session_number"));
    s.plannedSessions = r.integer(QStringLiteral("planned_sessions"));
    s.operatorName = r.text(QStringLiteral("operator"));
    s.needleCount = r.integer(QStringLiteral("needle_count"));
    s.passes = r.integer(QStringLiteral("passes"));
    s.direction = r.text(QStringLiteral("direction"));
    s.anaestheticName = r.text(QStringLiteral("anaesthetic"));
    s.anaestheticMinutes = r.integer(QStringLiteral("anaesthetic_minutes"));
    s.backgroundTherapy = r.text(QStringLiteral("background_therapy"));
    s.postCare = r.text(QStringLiteral("post_care"));
    return s;
}

Measurement measurementFrom(const CellGetter &cell, QList<CellProblem> &problems)
{
    const Reader r{cell, problems};
    Measurement m;
    m.measuredOn = r.date(QStringLiteral("date"));
    if (r.text(QStringLiteral("date")).isEmpty())
        r.problem(QStringLiteral("date"), QString(),
                  QCoreApplication::translate("CsvFormat", "required: YYYY-MM-DD"));
    m.site = r.requiredKey<ScalpSite>(QStringLiteral("site")).value_or(ScalpSite::Vertex);
    m.method = r.requiredKey<MeasurementMethod>(QStringLiteral("method"))
                   .value_or(MeasurementMethod::Trichoscopy);
    readFields(r, m, true);
    m.siteLabel = r.text(QStringLiteral("site_label"));
    m.instrument = r.text(QStringLiteral("instrument"));
    m.magnification = r.integer(QStringLiteral("magnification"));
    readFields(r, m, false);
    m.notes = cell(QStringLiteral("notes"));
    return m;
}

QString columnForField(CsvKind kind, const QString &field)
{
    QString f = field;
    const qsizetype bracket = f.indexOf(QLatin1Char('['));
    if (bracket >= 0)
        f = f.left(bracket);
    const qsizetype dot = f.indexOf(QLatin1Char('.'));
    if (dot >= 0)
        f = f.left(dot);
    if (f.startsWith(QLatin1String("salt")))
        return QStringLiteral("grade");
    // The two sum rules of validateMeasurement belong to their first value's column.
    if (f == QLatin1String("terminal_vellus_sum"))
        return QStringLiteral("terminal_pct");
    if (f == QLatin1String("anagen_telogen_sum"))
        return QStringLiteral("anagen_pct");
    if (kind == CsvKind::Patients && f == QLatin1String("photo_consent_date") &&
        !columns(kind).contains(f))
        return QStringLiteral("photo_consent");
    return columns(kind).contains(f) ? f : QString();
}

} // namespace tricholog::csv
