#include "core/io/FhirExporter.h"

#include "core/clinical/Salt.h"
#include "core/io/CsvExporter.h"
#include "core/io/SafeIo.h"
#include "core/model/Keys.h"
#include "core/model/MeasurementFields.h"
#include "core/security/Disclosure.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

namespace tricholog::fhir {

namespace {

const QUuid kNamespace(QStringLiteral("{6b1f3c2e-5d0a-4e7b-9a51-2f6c8d4e7a10}"));
const QString kUcum = QStringLiteral("http://unitsofmeasure.org");

QString system(const char *path)
{
    return QString::fromLatin1(kBase) + QString::fromLatin1(path);
}

QString uuid(const QString &naturalKey)
{
    return QUuid::createUuidV5(kNamespace, naturalKey).toString(QUuid::WithoutBraces);
}

// A reference to the resource of `type` with `id`: inside a Bundle its full URL (urn:uuid:...),
// in Bulk Data's NDJSON files "Type/id".
QString referenceTo(ReferenceStyle style, const char *type, const QString &id)
{
    if (style == ReferenceStyle::Bundle)
        return QStringLiteral("urn:uuid:") + id;
    return QString::fromLatin1(type) + QLatin1Char('/') + id;
}

QJsonObject reference(const QString &target)
{
    return {{QStringLiteral("reference"), target}};
}

QJsonObject coding(const QString &sys, const QString &code, const QString &display = {})
{
    QJsonObject c{{QStringLiteral("system"), sys}, {QStringLiteral("code"), code}};
    if (!display.isEmpty())
        c.insert(QStringLiteral("display"), display);
    return c;
}

QJsonObject codeable(const QJsonObject &c, const QString &text = {})
{
    QJsonObject out{{QStringLiteral("coding"), QJsonArray{c}}};
    if (!text.isEmpty())
        out.insert(QStringLiteral("text"), text);
    return out;
}

QJsonObject textConcept(const QString &text)
{
    return {{QStringLiteral("text"), text}};
}

QString dateTime(const QDateTime &at)
{
    // FHIR needs the offset with a time of day.
    return at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODate);
}

QJsonObject quantity(double value, const QString &unit, const QString &code)
{
    return {{QStringLiteral("value"), value},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("system"), kUcum},
            {QStringLiteral("code"), code}};
}

QJsonObject siteConcept(ScalpSite site, const QString &siteLabel = {})
{
    return codeable(coding(system("CodeSystem/scalp-site"), toKey(site), label(site)),
                    siteLabel.isEmpty() ? label(site)
                                        : label(site) + QStringLiteral(": ") + siteLabel);
}

QJsonObject entry(const QString &id, QJsonObject resource)
{
    resource.insert(QStringLiteral("id"), id);
    return {{QStringLiteral("fullUrl"), QString(QStringLiteral("urn:uuid:") + id)},
            {QStringLiteral("resource"), resource}};
}

// A resource as the sink receives it: compact JSON with its id.
QByteArray compact(QJsonObject resource, const QString &id)
{
    resource.insert(QStringLiteral("id"), id);
    return QJsonDocument(resource).toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A JSON string literal, quotes and escapes included.
QByteArray jsonString(const QString &text)
{
    return QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

QJsonObject extension(const char *name, const QString &valueKey, const QJsonValue &value)
{
    return {{QStringLiteral("url"),
             QString(system("StructureDefinition/") + QString::fromLatin1(name))},
            {valueKey, value}};
}

// An Observation's metric: one per measurement field (MeasurementFields.h), in table order, then
// the derived cumulative thickness.
struct Metric
{
    const char *code;
    const char *display;
    QString unit, ucum;
    std::optional<double> (*get)(const Measurement &);
};

std::optional<double> cumulativeThickness(const Measurement &m)
{
    return m.cumulativeThickness().toOptional();
}

QList<Metric> observationMetrics()
{
    QList<Metric> metrics;
    for (const MeasurementField &field : measurementFields())
        metrics << Metric{field.fhirCode, field.fhirDisplay, QString::fromUtf8(field.fhirUnit),
                          QString::fromUtf8(field.ucum), field.get};
    metrics << Metric{"cumulative-hair-thickness", "Cumulative hair thickness",
                      QStringLiteral("mm/cm²"), QStringLiteral("mm/cm2"), &cumulativeThickness};
    return metrics;
}

QJsonObject patientResource(const Patient &p)
{
    QJsonObject r{{QStringLiteral("resourceType"), QStringLiteral("Patient")},
                  {QStringLiteral("active"), !p.archived}};
    r.insert(QStringLiteral("identifier"),
             QJsonArray{QJsonObject{{QStringLiteral("system"), system("sid/mrn")},
                                    {QStringLiteral("value"), p.mrn}}});
    QJsonObject name{{QStringLiteral("family"), p.familyName}};
    if (!p.givenName.isEmpty())
        name.insert(QStringLiteral("given"), QJsonArray::fromStringList(p.givenName.split(
                                                 QLatin1Char(' '), Qt::SkipEmptyParts)));
    r.insert(QStringLiteral("name"), QJsonArray{name});
    r.insert(QStringLiteral("gender"), p.sex == Sex::Female ? QStringLiteral("female")
                                       : p.sex == Sex::Male ? QStringLiteral("male")
                                                            : QStringLiteral("unknown"));
    if (p.dateOfBirth.isValid())
        r.insert(QStringLiteral("birthDate"), p.dateOfBirth.toString(Qt::ISODate));
    QJsonArray telecom;
    if (!p.phone.isEmpty())
        telecom << QJsonObject{{QStringLiteral("system"), QStringLiteral("phone")},
                               {QStringLiteral("value"), p.phone}};
    if (!p.email.isEmpty())
        telecom << QJsonObject{{QStringLiteral("system"), QStringLiteral("email")},
                               {QStringLiteral("value"), p.email}};
    if (!telecom.isEmpty())
        r.insert(QStringLiteral("telecom"), telecom);
    return r;
}

QJsonObject conditionResource(const Diagnosis &d, const QString &patientRef)
{
    static const QString clinical =
        QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-clinical");
    const QString status = d.status == DiagnosisStatus::Active        ? QStringLiteral("active")
                           : d.status == DiagnosisStatus::InRemission ? QStringLiteral("remission")
                                                                      : QStringLiteral("resolved");
    QJsonObject r{{QStringLiteral("resourceType"), QStringLiteral("Condition")},
                  {QStringLiteral("clinicalStatus"), codeable(coding(clinical, status))},
                  {QStringLiteral("code"),
                   codeable(coding(QStringLiteral("http://hl7.org/fhir/sid/icd-10"), d.icd10),
                            label(d.type))},
                  {QStringLiteral("subject"), reference(patientRef)}};
    if (d.diagnosedOn.isValid())
        r.insert(QStringLiteral("recordedDate"), d.diagnosedOn.toString(Qt::ISODate));
    if (!d.onset.isEmpty())
        r.insert(QStringLiteral("onsetString"), d.onset);
    if (d.scale != Scale::None) {
        QJsonObject stage{
            {QStringLiteral("summary"), textConcept(d.severityText())},
            {QStringLiteral("type"), codeable(coding(system("CodeSystem/alopecia-scale"),
                                                     toKey(d.scale), label(d.scale)))}};
        r.insert(QStringLiteral("stage"), QJsonArray{stage});
    }
    QJsonArray evidence;
    for (auto f : d.findings)
        evidence << QJsonObject{
            {QStringLiteral("code"),
             QJsonArray{
                 codeable(coding(system("CodeSystem/trichoscopy-finding"), toKey(f), label(f)))}}};
    if (!evidence.isEmpty())
        r.insert(QStringLiteral("evidence"), evidence);
    if (!d.notes.isEmpty())
        r.insert(QStringLiteral("note"),
                 QJsonArray{QJsonObject{{QStringLiteral("text"), d.notes}}});
    return r;
}

QJsonObject encounterResource(const MicroneedlingSession &s, const QString &patientRef)
{
    return {{QStringLiteral("resourceType"), QStringLiteral("Encounter")},
            {QStringLiteral("status"), QStringLiteral("finished")},
            {QStringLiteral("class"),
             coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ActCode"),
                    QStringLiteral("AMB"), QStringLiteral("ambulatory"))},
            {QStringLiteral("subject"), reference(patientRef)},
            {QStringLiteral("period"),
             QJsonObject{{QStringLiteral("start"), dateTime(s.performedAt)}}}};
}

QJsonObject procedureResource(const MicroneedlingSession &s, const QString &patientRef,
                              const QString &encounterRef)
{
    QJsonObject r{{QStringLiteral("resourceType"), QStringLiteral("Procedure")},
                  {QStringLiteral("status"), QStringLiteral("completed")},
                  {QStringLiteral("code"),
                   codeable(coding(system("CodeSystem/procedure"), QStringLiteral("microneedling"),
                                   QStringLiteral("Microneedling (collagen induction therapy)")))},
                  {QStringLiteral("subject"), reference(patientRef)},
                  {QStringLiteral("encounter"), reference(encounterRef)},
                  {QStringLiteral("performedDateTime"), dateTime(s.performedAt)}};
    QJsonArray ext{extension("microneedling-device", QStringLiteral("valueCode"), toKey(s.device))};
    if (s.needleLength.isRecorded())
        ext << extension(
            "needle-length", QStringLiteral("valueQuantity"),
            quantity(s.needleLength.valueOr(0), QStringLiteral("mm"), QStringLiteral("mm")));
    if (s.needleCount)
        ext << extension("needle-count", QStringLiteral("valueInteger"), *s.needleCount);
    if (s.passes)
        ext << extension("passes", QStringLiteral("valueInteger"), *s.passes);
    if (s.endpoint)
        ext << extension("clinical-endpoint", QStringLiteral("valueCode"), toKey(*s.endpoint));
    if (s.pain)
        ext << extension("pain-score", QStringLiteral("valueInteger"), *s.pain);
    if (s.sessionNumber)
        ext << extension("session-number", QStringLiteral("valueInteger"), *s.sessionNumber);
    if (!s.backgroundTherapy.isEmpty())
        ext << extension("background-therapy", QStringLiteral("valueString"), s.backgroundTherapy);
    r.insert(QStringLiteral("extension"), ext);
    if (!s.operatorName.isEmpty())
        r.insert(
            QStringLiteral("performer"),
            QJsonArray{QJsonObject{{QStringLiteral("actor"),
                                    QJsonObject{{QStringLiteral("display"), s.operatorName}}}}});
    QJsonArray sites;
    for (auto z : s.zones)
        sites << siteConcept(z);
    if (!sites.isEmpty())
        r.insert(QStringLiteral("bodySite"), sites);
    QJsonArray complications;
    for (const auto &e : s.adverseEvents)
        complications << codeable(
            coding(system("CodeSystem/adverse-event"), toKey(e.type), label(e.type)),
            QStringLiteral("%1 (%2)").arg(label(e.type), toKey(e.severity)));
    if (!complications.isEmpty())
        r.insert(QStringLiteral("complication"), complications);
    QJsonArray used;
    for (const auto &a : s.adjuncts)
        used << codeable(coding(system("CodeSystem/adjunct"), toKey(a.type), label(a.type)),
                         a.dose.isEmpty() ? label(a.type)
                                          : label(a.type) + QLatin1Char(' ') + a.dose);
    if (!used.isEmpty())
        r.insert(QStringLiteral("usedCode"), used);
    QJsonArray notes;
    for (const QString &n : {s.notes, s.postCare})
        if (!n.isEmpty())
            notes << QJsonObject{{QStringLiteral("text"), n}};
    if (!notes.isEmpty())
        r.insert(QStringLiteral("note"), notes);
    return r;
}

// A photo that image-analysis measurements were made on: its facts and checksum, not its bytes.
QJsonObject mediaResource(const Photo &p, const QString &patientRef)
{
    QJsonObject content{{QStringLiteral("contentType"), p.format == QLatin1String("png")
                                                            ? QStringLiteral("image/png")
                                                            : QStringLiteral("image/jpeg")},
                        {QStringLiteral("creation"), dateTime(p.takenAt)}};
    if (p.byteSize > 0)
        content.insert(QStringLiteral("size"), p.byteSize);
    QJsonObject r{
        {QStringLiteral("resourceType"), QStringLiteral("Media")},
        {QStringLiteral("status"), QStringLiteral("completed")},
        {QStringLiteral("type"),
         codeable(coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/media-type"),
                         QStringLiteral("image"), QStringLiteral("Image")))},
        {QStringLiteral("identifier"),
         QJsonArray{QJsonObject{{QStringLiteral("system"), system("photo-sha256")},
                                {QStringLiteral("value"), p.sha256}}}},
        {QStringLiteral("subject"), reference(patientRef)},
        {QStringLiteral("createdDateTime"), dateTime(p.takenAt)},
        {QStringLiteral("content"), content}};
    if (p.site)
        r.insert(QStringLiteral("bodySite"), siteConcept(*p.site));
    if (p.size.width() > 0 && p.size.height() > 0) {
        r.insert(QStringLiteral("width"), p.size.width());
        r.insert(QStringLiteral("height"), p.size.height());
    }
    return r;
}

// The photos that image-analysis measurements were made on, as Media (their Observations are
// derived from them); returns, per photo id, the reference to its Media as JSON.
QHash<qint64, QByteArray> forEachMedia(const PatientRecord &record, ReferenceStyle style,
                                       const QString &patientRef, const ResourceSink &sink)
{
    QHash<qint64, QByteArray> mediaOf;
    for (const Photo &photo : record.photos) {
        if (record.analysedPhotos.key(photo.id, 0) == 0)
            continue;
        const QString id = uuid(QStringLiteral("patient/") + record.patient.mrn +
                                QStringLiteral("/media/") + photo.sha256);
        sink(QLatin1StringView("Media"), id, compact(mediaResource(photo, patientRef), id));
        mediaOf.insert(photo.id, compact(reference(referenceTo(style, "Media", id))));
    }
    return mediaOf;
}

// The parts of a measurement Observation's JSON that depend only on its metric, made once.
struct ObservationPieces
{
    struct PerMetric
    {
        QByteArray code;     // the "code" concept
        QByteArray quantity; // the "valueQuantity" object up to its value: {"code":...,"value":
    };
    QByteArray category;
    QList<PerMetric> metrics; // in observationMetrics() order
};

const ObservationPieces &observationPieces()
{
    static const ObservationPieces pieces = [] {
        ObservationPieces p;
        p.category = compact(QJsonObject{
            {QStringLiteral("x"),
             QJsonArray{codeable(coding(
                 QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category"),
                 QStringLiteral("exam")))}}});
        p.category = p.category.mid(5).chopped(1); // the array alone: {"x":[...]} -> [...]
        for (const Metric &metric : observationMetrics())
            p.metrics.append({compact(codeable(coding(system("CodeSystem/hair-metric"),
                                                      QString::fromLatin1(metric.code),
                                                      QString::fromLatin1(metric.display)))),
                              "{\"code\":" + jsonString(metric.ucum) +
                                  ",\"system\":" + jsonString(kUcum) +
                                  ",\"unit\":" + jsonString(metric.unit) + ",\"value\":"});
        return p;
    }();
    return pieces;
}

} // namespace

void forEachResource(const PatientRecord &record, ReferenceStyle style, const ResourceSink &sink)
{
    static const QList<Metric> metrics = observationMetrics();
    const Patient &p = record.patient;
    const QString key = QStringLiteral("patient/") + p.mrn;
    const QString patientId = uuid(key);
    const QString patientRef = referenceTo(style, "Patient", patientId);
    sink(QLatin1StringView("Patient"), patientId, compact(patientResource(p), patientId));
    // Records that share a natural key (two measurements of a site on one day) get the
    // occurrence number in their id: ids stay unique within the bundle.
    QHash<QString, int> occurrences;
    auto occurrence = [&occurrences](const QString &naturalKey) -> QString {
        const int n = occurrences[naturalKey]++;
        return n == 0 ? QString() : QStringLiteral("#%1").arg(n);
    };
    for (const auto &d : record.diagnoses) {
        const QString natural = key + QStringLiteral("/condition/") + toKey(d.type) +
                                QLatin1Char('/') + d.diagnosedOn.toString(Qt::ISODate);
        const QString id = uuid(natural + occurrence(natural));
        sink(QLatin1StringView("Condition"), id, compact(conditionResource(d, patientRef), id));
    }
    QHash<qint64, QString> encounterOf;
    for (auto it = record.sessions.crbegin(); it != record.sessions.crend(); ++it) {
        // UTC: the id must not change with the time zone of the exporting computer.
        const QString utc = it->performedAt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
        const QString at = utc + occurrence(key + QStringLiteral("/session/") + utc);
        const QString encounterId = uuid(key + QStringLiteral("/encounter/") + at);
        const QString encounterRef = referenceTo(style, "Encounter", encounterId);
        encounterOf.insert(it->id, encounterRef);
        sink(QLatin1StringView("Encounter"), encounterId,
             compact(encounterResource(*it, patientRef), encounterId));
        const QString procedureId = uuid(key + QStringLiteral("/procedure/") + at);
        sink(QLatin1StringView("Procedure"), procedureId,
             compact(procedureResource(*it, patientRef, encounterRef), procedureId));
    }
    const QHash<qint64, QByteArray> mediaOf = forEachMedia(record, style, patientRef, sink);
    // A clinic's export is mostly these Observations (one per measured value, millions of them):
    // their JSON is put together from pieces made once per metric, per patient and per
    // measurement, rather than built as a QJsonObject and written out each time. The text is
    // what QJsonDocument writes for the same object (keys in its order), as a test checks.
    const QByteArray subject = compact(reference(patientRef));
    for (const auto &m : record.measurements) {
        const QString date = m.measuredOn.toString(Qt::ISODate);
        const QByteArray head = "{\"bodySite\":" + compact(siteConcept(m.site, m.siteLabel)) +
                                ",\"category\":" + observationPieces().category + ",\"code\":";
        QByteArray afterCode;
        if (const auto photo = record.analysedPhotos.constFind(m.id);
            photo != record.analysedPhotos.cend() && mediaOf.contains(*photo))
            afterCode += ",\"derivedFrom\":[" + mediaOf.value(*photo) + "]";
        afterCode += ",\"effectiveDateTime\":" + jsonString(date);
        if (m.sessionId && encounterOf.contains(*m.sessionId))
            afterCode += ",\"encounter\":" + compact(reference(encounterOf.value(*m.sessionId)));
        afterCode += ",\"id\":\"";
        const QByteArray afterId =
            "\",\"method\":" +
            compact(codeable(
                coding(system("CodeSystem/measurement-method"), toKey(m.method), label(m.method)),
                m.instrument.isEmpty() ? label(m.method)
                                       : label(m.method) + QStringLiteral(", ") + m.instrument)) +
            ",\"resourceType\":\"Observation\",\"status\":\"final\",\"subject\":" + subject +
            ",\"valueQuantity\":";
        const QString naturalBase =
            key + QStringLiteral("/observation/") + date + QLatin1Char('/') + toKey(m.site) +
            QLatin1Char('/') + m.siteLabel + QLatin1Char('/') + toKey(m.method) + QLatin1Char('/');
        qsizetype i = 0;
        for (const Metric &metric : metrics) {
            const ObservationPieces::PerMetric &pieces = observationPieces().metrics.at(i++);
            const std::optional<double> value = metric.get(m);
            if (!value)
                continue;
            const QString natural = naturalBase + QString::fromLatin1(metric.code);
            const QString id = uuid(natural + occurrence(natural));
            sink(QLatin1StringView("Observation"), id,
                 head + pieces.code + afterCode + id.toLatin1() + afterId + pieces.quantity +
                     QByteArray::number(*value, 'g', QLocale::FloatingPointShortest) + "}}");
        }
    }
    for (const auto &o : record.outcomes) {
        auto outcome = [&](const char *code, const char *display, int value) {
            return QJsonObject{
                {QStringLiteral("resourceType"), QStringLiteral("Observation")},
                {QStringLiteral("status"), QStringLiteral("final")},
                {QStringLiteral("code"),
                 codeable(coding(system("CodeSystem/patient-reported"), QString::fromLatin1(code),
                                 QString::fromLatin1(display)))},
                {QStringLiteral("subject"), reference(patientRef)},
                {QStringLiteral("effectiveDateTime"), o.recordedOn.toString(Qt::ISODate)},
                {QStringLiteral("valueInteger"), value}};
        };
        const QString base = key + QStringLiteral("/outcome/") + o.recordedOn.toString(Qt::ISODate);
        if (o.globalAssessment) {
            const QString id = uuid(base + QStringLiteral("/global"));
            sink(QLatin1StringView("Observation"), id,
                 compact(outcome("global-self-assessment",
                                 "Global self-assessment (-3 much worse to +3 much better)",
                                 *o.globalAssessment),
                         id));
        }
        if (o.sheddingScore) {
            const QString id = uuid(base + QStringLiteral("/shedding"));
            sink(QLatin1StringView("Observation"), id,
                 compact(outcome("shedding-score", "Shedding score (1-6)", *o.sheddingScore), id));
        }
    }
}

QString bundleId(const QStringList &mrns)
{
    return uuid(QStringLiteral("bundle/") + mrns.join(QLatin1Char('|')));
}

QJsonObject bundle(const QList<PatientRecord> &records, const QDateTime &timestamp)
{
    QJsonArray entries;
    QStringList mrns;
    for (const PatientRecord &record : records) {
        mrns << record.patient.mrn;
        forEachResource(record, ReferenceStyle::Bundle,
                        [&entries](QLatin1StringView, const QString &id, const QByteArray &json) {
                            entries << entry(id, QJsonDocument::fromJson(json).object());
                        });
    }
    return {{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
            {QStringLiteral("id"), bundleId(mrns)},
            {QStringLiteral("type"), QStringLiteral("collection")},
            {QStringLiteral("timestamp"), dateTime(timestamp)},
            {QStringLiteral("entry"), entries}};
}

namespace {
// How much JSON an export holds before it writes it out.
constexpr qsizetype kFlushBytes = 4 * 1024 * 1024;
} // namespace

Result<int> exportBundle(Database &db, const QString &path, const QString &mrn)
{
    // Never through a link (QSaveFile would replace the file it points to), nor into a device.
    if (auto allowed = checkOutputPath(path); !allowed)
        return allowed.error();
    // One view of the database from the first batch to the last, while others go on writing.
    ReadSnapshot snapshot(db);
    auto scope = startExport(db, snapshot, mrn);
    if (!scope)
        return scope.error();
    QSaveFile file(path);
    auto cannotWrite = [&] {
        return Error::storage(QCoreApplication::translate("FhirExporter", "Cannot write %1: %2")
                                  .arg(path, file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite();
    // The Bundle's members written by hand around its entries, one entry a line as they are
    // made, so the whole document is never in memory.
    QByteArray out =
        "{\n\"resourceType\": \"Bundle\",\n\"id\": " + jsonString(bundleId(scope.value().mrns)) +
        ",\n\"type\": \"collection\",\n\"timestamp\": " + jsonString(dateTime(db.clock().now())) +
        ",\n\"entry\": [";
    int written = 0;
    bool failed = false;
    // Written out every few megabytes: a batch of 500 patients is about 125,000 resources.
    auto flush = [&] {
        failed = failed || file.write(out) != out.size();
        out.resize(0);
    };
    auto writeBatch = [&](const QList<PatientRecord> &batch) -> Result<void> {
        for (const PatientRecord &record : batch)
            forEachResource(record, ReferenceStyle::Bundle,
                            [&](QLatin1StringView, const QString &id, const QByteArray &json) {
                                out += written++ == 0 ? "\n" : ",\n";
                                out += "{\"fullUrl\":\"urn:uuid:" + id.toLatin1() +
                                       "\",\"resource\":" + json + '}';
                                if (out.size() > kFlushBytes)
                                    flush();
                            });
        flush();
        if (failed)
            return cannotWrite();
        return {};
    };
    if (auto read = forEachRecordBatch(db, scope.value(), writeBatch); !read)
        return read.error(); // QSaveFile drops what was written: the previous file stays
    out += "\n]\n}\n";
    if (file.write(out) != out.size() || !file.commit())
        return cannotWrite();
    snapshot.end();
    if (auto disclosed = discloseExport(db, DisclosureKind::Fhir, scope.value(), path); !disclosed)
        return disclosed.error();
    return written;
}

QStringList ndjsonFileNames()
{
    return {QStringLiteral("Patient.ndjson"),   QStringLiteral("Condition.ndjson"),
            QStringLiteral("Encounter.ndjson"), QStringLiteral("Procedure.ndjson"),
            QStringLiteral("Media.ndjson"),     QStringLiteral("Observation.ndjson")};
}

Result<QMap<QString, int>> exportNdjson(Database &db, const QString &folder, const QString &mrn)
{
    // One view of the database from the first batch to the last, while others go on writing.
    ReadSnapshot snapshot(db);
    auto scope = startExport(db, snapshot, mrn);
    if (!scope)
        return scope.error();
    if (auto made = makeExportFolder(folder); !made)
        return made.error();
    const QStringList names = ndjsonFileNames();
    FileSetWriter files(folder, names);
    if (auto opened = files.open(); !opened)
        return opened.error();
    QMap<QString, QByteArray> lines;
    QMap<QString, int> counts;
    for (const QString &name : names)
        counts.insert(name, 0);
    Result<void> written;
    auto flush = [&](const QString &name, QByteArray &bytes) {
        if (written.ok())
            written = files.write(name, bytes);
        bytes.resize(0);
    };
    auto writeBatch = [&](const QList<PatientRecord> &batch) -> Result<void> {
        for (const PatientRecord &record : batch)
            forEachResource(record, ReferenceStyle::Relative,
                            [&](QLatin1StringView type, const QString &, const QByteArray &json) {
                                const QString name = type + QStringLiteral(".ndjson");
                                Q_ASSERT(counts.contains(name));
                                ++counts[name];
                                QByteArray &to = lines[name];
                                to += json;
                                to += '\n';
                                if (to.size() > kFlushBytes)
                                    flush(name, to);
                            });
        for (auto it = lines.begin(); it != lines.end(); ++it)
            flush(it.key(), it.value());
        return written;
    };
    if (auto read = forEachRecordBatch(db, scope.value(), writeBatch); !read)
        return read.error();
    if (auto committed = files.commit(); !committed)
        return committed.error();
    snapshot.end();
    if (auto disclosed = discloseExport(db, DisclosureKind::Fhir, scope.value(), folder);
        !disclosed)
        return disclosed.error();
    return counts;
}

} // namespace tricholog::fhir
