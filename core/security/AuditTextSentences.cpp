// The audit trail's sentences (AuditText.h, auditSentence): what an entry did, in words.
#include "core/model/Keys.h"
#include "core/security/AuditText.h"
#include "core/security/AuditTextInternal.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <climits>

namespace tricholog {

namespace audittext {

namespace {

QString joined(const QStringList &parts)
{
    QStringList present;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            present << part.trimmed();
    }
    return present.join(QStringLiteral(", "));
}

// The edits of an image analysis (its "edits" column, JSON), each named: "removed hair 4 (dr.lee)".
QString analysisEdits(const QString &editsJson)
{
    const QJsonArray edits = QJsonDocument::fromJson(editsJson.toUtf8()).array();
    QStringList named;
    for (const QJsonValue &v : edits) {
        const QJsonObject e = v.toObject();
        const QString kind = e.value(QLatin1String("kind")).toString();
        const int hair = e.value(QLatin1String("hair")).toInt();
        const double width = e.value(QLatin1String("width_um")).toDouble();
        QString what;
        if (kind == QLatin1String("remove"))
            what = QCoreApplication::translate("AuditText", "removed hair %1").arg(hair);
        else if (kind == QLatin1String("add"))
            what = QCoreApplication::translate("AuditText", "added a hair of %1 µm").arg(width);
        else if (kind == QLatin1String("split"))
            what = QCoreApplication::translate("AuditText", "split hair %1").arg(hair);
        else if (kind == QLatin1String("width"))
            what = QCoreApplication::translate("AuditText", "set hair %1 from %2 to %3 µm")
                       .arg(hair)
                       .arg(e.value(QLatin1String("previous_um")).toDouble())
                       .arg(width);
        else
            continue;
        named << QStringLiteral("%1 (%2)").arg(what, e.value(QLatin1String("user")).toString());
    }
    if (named.size() > 30) {
        const qsizetype more = named.size() - 30;
        named.resize(30);
        named << QCoreApplication::translate("AuditText", "%n more", nullptr, int(more));
    }
    return named.join(QStringLiteral("; "));
}

// What the sentence names the record by: "Vertex, 12 Mar 2026" for a measurement.
QString detailOf(const QString &table, const QJsonObject &row)
{
    const auto value = [&row](const char *column) {
        return row.value(QLatin1String(column));
    };
    const auto text = [&row](const char *column) {
        return row.value(QLatin1String(column)).toString().trimmed();
    };
    if (table == QLatin1String("diagnosis"))
        return joined({enumValue<DiagnosisType>(value("type")), dateValue(value("diagnosed_on"))});
    if (table == QLatin1String("session"))
        return dayOfTimestamp(value("performed_at"));
    if (table == QLatin1String("measurement")) {
        const QString site = enumValue<ScalpSite>(value("site"));
        const QString area = text("site_label");
        const QString where = area.isEmpty()   ? site
                              : site.isEmpty() ? area
                                               : QStringLiteral("%1 (%2)").arg(site, area);
        return joined({where, dateValue(value("measured_on"))});
    }
    if (table == QLatin1String("outcome"))
        return dateValue(value("recorded_on"));
    if (table == QLatin1String("photo"))
        return joined({enumValue<PhotoView>(value("view")), dayOfTimestamp(value("taken_at"))});
    if (table == QLatin1String("session_zone"))
        return enumValue<ScalpSite>(value("zone"));
    if (table == QLatin1String("session_adjunct")) {
        const QString name = enumValue<AdjunctType>(value("adjunct"));
        const QString dose = text("dose");
        return dose.isEmpty() || name.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, dose);
    }
    if (table == QLatin1String("adverse_event")) {
        const QString event = enumValue<AdverseEventType>(value("event"));
        const QString severity = enumValue<Severity>(value("severity"));
        return severity.isEmpty() || event.isEmpty()
                   ? event
                   : QStringLiteral("%1 (%2)").arg(event, severity);
    }
    if (table == QLatin1String("app_user") || table == QLatin1String("device_profile") ||
        table == QLatin1String("protocol_template"))
        return text("name");
    if (table == QLatin1String("treatment_plan"))
        return joined({text("name"), dateValue(value("start_date"))});
    if (table == QLatin1String("contact_attempt"))
        return joined(
            {enumValue<ContactOutcome>(value("outcome")), dayOfTimestamp(value("attempted_at"))});
    if (table == QLatin1String("image_analysis")) {
        const QString edits = analysisEdits(text("edits"));
        const QString figures =
            QCoreApplication::translate("AuditText", "%1, %2 hairs counted, engine %3 %4")
                .arg(enumValue<ScalpSite>(value("site")))
                .arg(value("hair_count").toVariant().toInt())
                .arg(text("algorithm"), text("algorithm_version"));
        return edits.isEmpty()
                   ? figures
                   : QCoreApplication::translate("AuditText", "%1; edits: %2").arg(figures, edits);
    }
    return {};
}

QString patientSentence(const QString &action, const QString &patientText)
{
    if (patientText.isEmpty()) {
        if (is(action, "insert"))
            return QCoreApplication::translate("AuditText", "Added the patient");
        if (is(action, "update"))
            return QCoreApplication::translate("AuditText", "Changed the patient's details");
        if (is(action, "archive"))
            return QCoreApplication::translate("AuditText", "Archived the patient");
        if (is(action, "unarchive"))
            return QCoreApplication::translate("AuditText",
                                               "Restored the patient from the archive");
        if (is(action, "delete"))
            return QCoreApplication::translate("AuditText", "Deleted the patient");
        return {};
    }
    if (is(action, "insert"))
        return QCoreApplication::translate("AuditText", "Added the patient %1").arg(patientText);
    if (is(action, "update"))
        return QCoreApplication::translate("AuditText", "Changed the details of the patient %1")
            .arg(patientText);
    if (is(action, "archive"))
        return QCoreApplication::translate("AuditText", "Archived the patient %1").arg(patientText);
    if (is(action, "unarchive"))
        return QCoreApplication::translate("AuditText", "Restored the patient %1 from the archive")
            .arg(patientText);
    if (is(action, "delete"))
        return QCoreApplication::translate("AuditText", "Deleted the patient %1").arg(patientText);
    return {};
}

// The sentence of an insert, update or delete of a known table; empty when there is none (an
// unknown table or action, or a row too damaged to name the record).
QString recordSentence(const QString &table, const QString &action, const QString &detail)
{
    if (detail.isEmpty())
        return {};
    const auto pick = [&action, &detail](const char *added, const char *changed,
                                         const char *removed) {
        const char *source = is(action, "insert")   ? added
                             : is(action, "update") ? changed
                             : is(action, "delete") ? removed
                                                    : nullptr;
        return source ? QCoreApplication::translate("AuditText", source).arg(detail) : QString();
    };
    if (table == QLatin1String("diagnosis"))
        return pick(QT_TRANSLATE_NOOP("AuditText", "Added a diagnosis: %1"),
                    QT_TRANSLATE_NOOP("AuditText", "Changed the diagnosis %1"),
                    QT_TRANSLATE_NOOP("AuditText", "Deleted the diagnosis %1"));
    if (table == QLatin1String("session"))
        return pick(QT_TRANSLATE_NOOP("AuditText", "Added a session on %1"),
                    QT_TRANSLATE_NOOP("AuditText", "Changed the session of %1"),
                    QT_TRANSLATE_NOOP("AuditText", "Deleted the session of %1"));
    if (table == QLatin1String("measurement"))
        return pick(QT_TRANSLATE_NOOP("AuditText", "Added a measurement at %1"),
                    QT_TRANSLATE_NOOP("AuditText", "Changed the measurement at %1"),
                    QT_TRANSLATE_NOOP("AuditText", "Deleted the measurement at %1"));
    if (table == QLatin1String("outcome"))
        return pick(QT_TRANSLATE_NOOP("AuditText", "Added a patient-reported outcome of %1"),
                    QT_TRANSLATE_NOOP("AuditText", "Changed the patient-reported outcome of %1"),
                    QT_TRANSLATE_NOOP("AuditText", "Deleted the patient-reported outcome of %1"));
    if (table == QLatin1String("photo"))
        return pick(QT_TRANSLATE_NOOP("AuditText", "Added a photo: %1"),
                    QT_TRANSLATE_NOOP("AuditText", "Changed the photo %1"),
                    QT_TRANSLATE_NOOP("AuditText", "Deleted the photo %1"));
    if (table == QLatin1String("session_zone"))
        return pick(QT_TRANSLATE_NOOP("AuditText", "Added the treatment zone %1 to a session"),
                    QT_TRANSLATE_NOOP("AuditText", "Changed the treatment zone %1 of a session"),
                    QT_TRANSLATE_NOOP("AuditText", "Removed the treatment zone %1 from a session"));
    if (table == QLatin1String("session_adjunct"))
        return pick(QT_TRANSLATE_NOOP("AuditText", "Added the adjunct %1 to a session"),
                    QT_TRANSLATE_NOOP("AuditText", "Changed the adjunct %1 of a session"),
                    QT_TRANSLATE_NOOP("AuditText", "Removed the adjunct %1 from a session"));
    if (table == QLatin1String("adverse_event"))
        return pick(QT_TRANSLATE_NOOP("AuditText", "Recorded the adverse event %1 in a session"),
                    QT_TRANSLATE_NOOP("AuditText", "Changed the adverse event %1 of a session"),
                    QT_TRANSLATE_NOOP("AuditText", "Removed the adverse event %1 from a session"));
    if (table == QLatin1String("app_user"))
        return pick(QT_TRANSLATE_NOOP("AuditText", "Added the account %1"),
                    QT_TRANSLATE_NOOP("AuditText", "Changed the account %1"),
                    QT_TRANSLATE_NOOP("AuditText", "Deleted the account %1"));
    if (table == QLatin1String("image_analysis"))
        return pick(QT_TRANSLATE_NOOP("AuditText", "Saved an image analysis of a photo: %1"),
                    QT_TRANSLATE_NOOP("AuditText", "Changed the image analysis of a photo: %1"),
                    QT_TRANSLATE_NOOP("AuditText", "Deleted the image analysis of a photo: %1"));
    if (table == QLatin1String("device_profile"))
        return pick(QT_TRANSLATE_NOOP("AuditText", "Added the device profile %1"),
                    QT_TRANSLATE_NOOP("AuditText", "Changed the device profile %1"),
                    QT_TRANSLATE_NOOP("AuditText", "Deleted the device profile %1"));
    if (table == QLatin1String("protocol_template"))
        return pick(QT_TRANSLATE_NOOP("AuditText", "Added the protocol template %1"),
                    QT_TRANSLATE_NOOP("AuditText", "Changed the protocol template %1"),
                    QT_TRANSLATE_NOOP("AuditText", "Deleted the protocol template %1"));
    if (table == QLatin1String("treatment_plan"))
        return pick(QT_TRANSLATE_NOOP("AuditText", "Planned the treatment %1"),
                    QT_TRANSLATE_NOOP("AuditText", "Changed the treatment plan %1"),
                    QT_TRANSLATE_NOOP("AuditText", "Deleted the treatment plan %1"));
    if (table == QLatin1String("contact_attempt"))
        return pick(QT_TRANSLATE_NOOP("AuditText", "Recorded a contact attempt: %1"),
                    QT_TRANSLATE_NOOP("AuditText", "Changed a contact attempt: %1"),
                    QT_TRANSLATE_NOOP("AuditText", "Deleted a contact attempt: %1"));
    return {};
}

// What a table's rows are, for the sentences that cannot name the record.
QString tableNoun(const QString &table)
{
    static const struct
    {
        const char *key;
        const char *noun;
    } nouns[] = {
        {"patient", QT_TRANSLATE_NOOP("AuditText", "patient")},
        {"diagnosis", QT_TRANSLATE_NOOP("AuditText", "diagnosis")},
        {"session", QT_TRANSLATE_NOOP("AuditText", "session")},
        {"measurement", QT_TRANSLATE_NOOP("AuditText", "measurement")},
        {"outcome", QT_TRANSLATE_NOOP("AuditText", "patient-reported outcome")},
        {"photo", QT_TRANSLATE_NOOP("AuditText", "photo")},
        {"session_zone", QT_TRANSLATE_NOOP("AuditText", "treatment zone")},
        {"session_adjunct", QT_TRANSLATE_NOOP("AuditText", "adjunct")},
        {"adverse_event", QT_TRANSLATE_NOOP("AuditText", "adverse event")},
        {"app_user", QT_TRANSLATE_NOOP("AuditText", "account")},
        {"device_profile", QT_TRANSLATE_NOOP("AuditText", "device profile")},
        {"image_analysis", QT_TRANSLATE_NOOP("AuditText", "image analysis")},
        {"protocol_template", QT_TRANSLATE_NOOP("AuditText", "protocol template")},
        {"treatment_plan", QT_TRANSLATE_NOOP("AuditText", "treatment plan")},
        {"contact_attempt", QT_TRANSLATE_NOOP("AuditText", "contact attempt")},
    };
    for (const auto &entry : nouns) {
        if (table == QLatin1String(entry.key))
            return QCoreApplication::translate("AuditText", entry.noun);
    }
    return table;
}

QString genericSentence(const QString &table, const QString &action)
{
    const QString noun = tableNoun(table);
    if (is(action, "insert"))
        return QCoreApplication::translate("AuditText", "Added: %1").arg(noun);
    if (is(action, "update"))
        return QCoreApplication::translate("AuditText", "Changed: %1").arg(noun);
    if (is(action, "delete"))
        return QCoreApplication::translate("AuditText", "Deleted: %1").arg(noun);
    if (is(action, "archive"))
        return QCoreApplication::translate("AuditText", "Archived: %1").arg(noun);
    if (is(action, "unarchive"))
        return QCoreApplication::translate("AuditText", "Restored from the archive: %1").arg(noun);
    // An action this version does not know: as stored.
    if (action.isEmpty() || noun.isEmpty())
        return action.isEmpty() ? noun : action;
    return QStringLiteral("%1: %2").arg(action, noun);
}

QString disclosureSentence(const AuditRecord &record)
{
    const QJsonObject values = objectOf(record.newValues).value_or(QJsonObject());
    const QString kind = values.value(QLatin1String("kind")).toString().trimmed();
    QString where = values.value(QLatin1String("destination")).toString().trimmed();
    if (where.isEmpty())
        where = QCoreApplication::translate("AuditText", "an unnamed destination");
    if (kind == QLatin1String("pdf_report"))
        return QCoreApplication::translate("AuditText", "Exported a PDF report to %1").arg(where);
    if (kind == QLatin1String("print"))
        return QCoreApplication::translate("AuditText", "Printed to %1").arg(where);
    if (kind == QLatin1String("csv"))
        return QCoreApplication::translate("AuditText", "Exported CSV files to %1").arg(where);
    if (kind == QLatin1String("fhir"))
        return QCoreApplication::translate("AuditText", "Exported a FHIR bundle to %1").arg(where);
    if (kind == QLatin1String("chart_image"))
        return QCoreApplication::translate("AuditText", "Exported a chart image to %1").arg(where);
    return QCoreApplication::translate("AuditText", "Disclosed patient data (%1) to %2")
        .arg(kind.isEmpty() ? QStringLiteral("?") : kind, where);
}

// A CSV import's one entry (CsvImporter): its files and how many rows it added.
QString importSentence(const AuditRecord &record)
{
    const QJsonObject entry = objectOf(record.newValues).value_or(QJsonObject());
    QStringList files;
    for (const QJsonValue &file : entry.value(QLatin1String("files")).toArray())
        files << file.toObject().value(QLatin1String("file")).toString();
    qint64 rows = 0;
    const QJsonObject tables = entry.value(QLatin1String("tables")).toObject();
    for (auto it = tables.constBegin(); it != tables.constEnd(); ++it)
        rows += it.value().toObject().value(QLatin1String("rows")).toInteger();
    const int count = rows > INT_MAX ? INT_MAX : int(rows);
    return QCoreApplication::translate("AuditText", "Imported %1 (%n row(s) added)", nullptr, count)
        .arg(files.join(QStringLiteral(", ")));
}

} // namespace

// Its details: each file with its SHA-256, each table with the rows added.
QStringList importDetails(const AuditRecord &record)
{
    const QJsonObject entry = objectOf(record.newValues).value_or(QJsonObject());
    QStringList out;
    for (const QJsonValue &value : entry.value(QLatin1String("files")).toArray()) {
        const QJsonObject file = value.toObject();
        out << QStringLiteral("%1: SHA-256 %2")
                   .arg(file.value(QLatin1String("file")).toString(),
                        file.value(QLatin1String("sha256")).toString());
    }
    const QJsonObject tables = entry.value(QLatin1String("tables")).toObject();
    for (auto it = tables.constBegin(); it != tables.constEnd(); ++it) {
        const qint64 rows = it.value().toObject().value(QLatin1String("rows")).toInteger();
        const int count = rows > INT_MAX ? INT_MAX : int(rows);
        out << QCoreApplication::translate("AuditText", "%1: %n row(s) added", nullptr, count)
                   .arg(it.key());
    }
    return out;
}

} // namespace audittext

using namespace audittext;

QString auditSentence(const AuditRecord &record, const QString &patientText)
{
    const QString &action = record.action;
    if (is(action, "login"))
        return QCoreApplication::translate("AuditText", "Signed in");
    if (is(action, "logout"))
        return QCoreApplication::translate("AuditText", "Signed out");
    if (is(action, "login_failed"))
        return record.recordId ? QCoreApplication::translate("AuditText", "Sign-in failed")
                               : QCoreApplication::translate(
                                     "AuditText", "Sign-in failed: no account has this name");
    if (is(action, "disclose"))
        return disclosureSentence(record);
    if (is(action, "import"))
        return importSentence(record);

    const auto before = objectOf(record.oldValues);
    const auto after = objectOf(record.newValues);
    QJsonObject row;
    if (after)
        row = *after;
    else if (before)
        row = *before;

    QString sentence = record.table == QLatin1String("patient")
                           ? patientSentence(action, patientText)
                           : recordSentence(record.table, action, detailOf(record.table, row));
    if (is(action, "update") && before && after) {
        const QStringList changed = differences(record.table, *before, *after, QString());
        const QString account = detailOf(record.table, row);
        if (changed.isEmpty() && record.table == QLatin1String("app_user") && !account.isEmpty()) {
            // An account's entry is written only when its name, role, active flag or password
            // changes, and the password is never in the trail: nothing else shows, so it was the
            // password.
            return QCoreApplication::translate("AuditText",
                                               "Changed the password of the account %1")
                .arg(account);
        }
        if (sentence.isEmpty())
            sentence = genericSentence(record.table, action);
        if (changed.size() == 1)
            sentence = QStringLiteral("%1 (%2)").arg(sentence, changed.constFirst());
        return sentence;
    }
    return sentence.isEmpty() ? genericSentence(record.table, action) : sentence;
}

} // namespace tricholog
