#include "core/io/CsvImporter.h"

#include "core/clinical/Validation.h"
#include "core/io/SafeIo.h"
#include "core/model/Keys.h"
#include "core/storage/Database.h"
#include "core/storage/DiagnosisRepository.h"
#include "core/storage/MeasurementRepository.h"
#include "core/storage/PatientRecordLoader.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

namespace tricholog {

namespace {

const QList<CsvKind> kAllKinds{CsvKind::Patients, CsvKind::Diagnoses, CsvKind::Sessions,
                               CsvKind::Measurements};

QString kindName(CsvKind kind)
{
    switch (kind) {
    case CsvKind::Patients:
        return QCoreApplication::translate("CsvImporter", "patients");
    case CsvKind::Diagnoses:
        return QCoreApplication::translate("CsvImporter", "diagnoses");
    case CsvKind::Sessions:
        return QCoreApplication::translate("CsvImporter", "sessions");
    case CsvKind::Measurements:
        return QCoreApplication::translate("CsvImporter", "measurements");
    }
    return {};
}

QString sessionKey(const QString &mrn, const QDateTime &at)
{
    return mrn + QLatin1Char('\x1f') + at.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

QString diagnosisKey(const QString &mrn, const Diagnosis &d)
{
    return mrn + QLatin1Char('\x1f') + toKey(d.type) + QLatin1Char('\x1f') +
           d.diagnosedOn.toString(Qt::ISODate);
}

QString measurementKey(const QString &mrn, const Measurement &m)
{
    return mrn + QLatin1Char('\x1f') + m.measuredOn.toString(Qt::ISODate) + QLatin1Char('\x1f') +
           toKey(m.site) + QLatin1Char('\x1f') + m.siteLabel + QLatin1Char('\x1f') +
           toKey(m.method);
}

enum class Match
{
    Add,
    Present,
    Problem
};

using RowCheck =
    std::function<void(const CsvRecord &, const csv::CellGetter &, QList<csv::CellProblem> &)>;

// One import, section by section (CsvImporter::importFiles): the files read, every row checked
// against the database and the other rows, and what the rows add, written only at the end.
class ImportRun
{
public:
    ImportRun(Database &db, QList<ImportIssue> &issues)
        : m_db(db)
        , m_issues(issues)
        , m_now(db.clock().now())
        , m_today(m_now.date())
    {}

    void readFiles(const ImportFiles &files);
    void checkPatients();
    void checkDiagnoses();
    void checkSessions();
    void checkMeasurements();
    Result<ImportSummary> write();
    Error failure() const;

private:
    void checkHeader(CsvKind kind, const QString &name, const QStringList &header);
    const PatientRecord *storedRecord(const QString &mrn);
    void rowsOf(CsvKind kind, const RowCheck &each);
    void addValidation(CsvKind kind, const CsvRecord &record, const csv::CellGetter &cell,
                       const ValidationResult &v);
    std::optional<Patient> ownerOf(const QString &mrn);
    void unknownMrn(CsvKind kind, const CsvRecord &record, const QString &mrn);
    Match match(CsvKind kind, const CsvRecord &record, const QString &key, const QString &keyColumn,
                const QString &keyValue, const QStringList &row,
                const QList<QStringList> &inDatabase, QList<csv::CellProblem> &problems);
    void count(CsvKind kind, Match m);
    qint64 idOf(const QString &mrn);
    Result<void> addMeasurements();

    Database &m_db;
    QList<ImportIssue> &m_issues;
    const QDateTime m_now;
    const QDate m_today;
    QMap<CsvKind, CsvTable> m_tables;
    QMap<CsvKind, QString> m_names;
    // Patients already in the database, loaded once per MRN.
    QHash<QString, std::optional<PatientRecord>> m_stored;
    ImportSummary m_summary;
    QHash<QString, Patient> m_filePatients; // MRN -> patient of the patients file
    QList<Patient> m_newPatients;
    QList<QPair<QString, Diagnosis>> m_newDiagnoses;
    QList<QPair<QString, MicroneedlingSession>> m_newSessions;
    QList<QPair<QString, Measurement>> m_newMeasurements;
    QHash<QString, QList<QPair<int, QStringList>>> m_seen; // kind-prefixed key -> (line, row)
    QHash<QString, qint64> m_patientIds;                   // MRN -> id of a patient added now
};

// Nothing is written when anything is wrong; the error lists every problem, one per line.
Error ImportRun::failure() const
{
    Error error;
    error.kind = Error::Kind::Validation;
    QStringList lines;
    for (const auto &issue : std::as_const(m_issues)) {
        lines << issue.text();
        error.issues << ValidationIssue{issue.column, issue.file, issue.value, QString(),
                                        issue.text()};
    }
    error.message =
        QCoreApplication::translate("CsvImporter", "%1 problem(s) found; nothing was imported.\n%2")
            .arg(m_issues.size())
            .arg(lines.join(QLatin1Char('\n')));
    return error;
}

void ImportRun::readFiles(const ImportFiles &files)
{
    for (CsvKind kind : kAllKinds) {
        const QString path = files.path(kind);
        if (path.isEmpty())
            continue;
        const QString name = QFileInfo(path).fileName();
        m_names[kind] = name;
        int line = 0;
        auto table = CsvImporter::readFile(path, &line);
        if (!table) {
            m_issues << ImportIssue{name, line, {}, {}, table.error().message};
            continue;
        }
        checkHeader(kind, name, table.value().header);
        m_summary.counts.insert(kind, ImportCounts{}); // a summary line even without rows
        m_summary.encodings[kind] = table.value().encoding;
        m_tables[kind] = table.value();
    }
}

void ImportRun::checkHeader(CsvKind kind, const QString &name, const QStringList &header)
{
    for (const QString &required : csv::requiredColumns(kind))
        if (!header.contains(required))
            m_issues << ImportIssue{
                name,
                1,
                required,
                {},
                QCoreApplication::translate("CsvImporter", "missing column; a %1 file needs: %2")
                    .arg(kindName(kind), csv::requiredColumns(kind).join(QStringLiteral(", ")))};
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (!csv::columns(kind).contains(header.at(i)))
            m_issues << ImportIssue{
                name,
                1,
                header.at(i),
                {},
                QCoreApplication::translate("CsvImporter",
                                            "unknown column; the columns of a %1 file are: %2")
                    .arg(kindName(kind), csv::columns(kind).join(QStringLiteral(", ")))};
        else if (header.indexOf(header.at(i)) != i)
            m_issues << ImportIssue{
                name,
                1,
                header.at(i),
                {},
                QCoreApplication::translate("CsvImporter", "column given twice")};
    }
}

const PatientRecord *ImportRun::storedRecord(const QString &mrn)
{
    auto it = m_stored.find(mrn);
    if (it == m_stored.end()) {
        std::optional<PatientRecord> record;
        if (auto p = PatientRepository(m_db).findByMrn(mrn)) {
            if (auto loaded = loadPatientRecord(m_db, p.value().id))
                record = std::move(loaded).value();
        }
        it = m_stored.insert(mrn, record);
    }
    return it->has_value() ? &**it : nullptr;
}

void ImportRun::rowsOf(CsvKind kind, const RowCheck &each)
{
    if (!m_tables.contains(kind))
        return;
    const CsvTable &table = m_tables[kind];
    for (const CsvRecord &record : table.records) {
        const csv::CellGetter cell = [&](const QString &column) {
            const int i = table.column(column);
            return i >= 0 ? record.fields.at(i) : QString();
        };
        QList<csv::CellProblem> problems;
        each(record, cell, problems);
        for (const auto &p : problems)
            m_issues << ImportIssue{m_names[kind], record.line, p.column, p.value, p.reason};
    }
}

// Core validation's problems, placed on the CSV column and showing the cell as written.
void ImportRun::addValidation(CsvKind kind, const CsvRecord &record, const csv::CellGetter &cell,
                              const ValidationResult &v)
{
    for (const auto &issue : v.issues()) {
        const QString column = csv::columnForField(kind, issue.field);
        const QString value = column.isEmpty() ? issue.value : cell(column).trimmed();
        m_issues << ImportIssue{m_names[kind], record.line, column, value, issue.message};
    }
}

// The patient a row belongs to: from this import's patients file, or already stored.
std::optional<Patient> ImportRun::ownerOf(const QString &mrn)
{
    if (m_filePatients.contains(mrn))
        return m_filePatients.value(mrn);
    if (const PatientRecord *r = storedRecord(mrn))
        return r->patient;
    return std::nullopt;
}

void ImportRun::unknownMrn(CsvKind kind, const CsvRecord &record, const QString &mrn)
{
    m_issues << ImportIssue{
        m_names[kind], record.line, QStringLiteral("mrn"), mrn,
        mrn.isEmpty() ? QCoreApplication::translate("CsvImporter", "required")
                      : QCoreApplication::translate("CsvImporter",
                                                    "no patient with this MRN, in the database "
                                                    "or in the patients file")};
}

// Matching by natural key. An identical row twice in one import is a mistake; rows that
// share a key but differ (two measurements of one site on one day) are matched in order
// with the records already stored under that key. A match must hold the same values in the
// columns the file has, or the import names the difference.
Match ImportRun::match(CsvKind kind, const CsvRecord &record, const QString &key,
                       const QString &keyColumn, const QString &keyValue, const QStringList &row,
                       const QList<QStringList> &inDatabase, QList<csv::CellProblem> &problems)
{
    auto &earlier = m_seen[QString::number(int(kind)) + QLatin1Char('\x1f') + key];
    for (const auto &[line, other] : std::as_const(earlier)) {
        if (kind == CsvKind::Patients || other == row) {
            problems << csv::CellProblem{
                keyColumn, keyValue,
                kind == CsvKind::Patients
                    ? QCoreApplication::translate("CsvImporter", "the same MRN as line %1")
                          .arg(line)
                    : QCoreApplication::translate("CsvImporter", "duplicates line %1").arg(line)};
            return Match::Problem;
        }
    }
    const qsizetype occurrence = earlier.size();
    earlier << qMakePair(record.line, row);
    if (occurrence >= inDatabase.size())
        return Match::Add;
    const QStringList columns = csv::columns(kind);
    QStringList differences;
    const QStringList &header = m_tables[kind].header;
    for (qsizetype i = 0; i < columns.size(); ++i)
        if (header.contains(columns.at(i)) && row.at(i) != inDatabase.at(occurrence).at(i))
            differences << QCoreApplication::translate("CsvImporter", "%1 is \"%2\" there")
                               .arg(columns.at(i), quoteValue(inDatabase.at(occurrence).at(i)));
    if (!differences.isEmpty()) {
        problems << csv::CellProblem{
            keyColumn, keyValue,
            QCoreApplication::translate(
                "CsvImporter",
                "already in the database with other values (%1); change the record in "
                "Tricholog, or leave this row out")
                .arg(differences.join(QStringLiteral("; ")))};
        return Match::Problem;
    }
    return Match::Present;
}

void ImportRun::count(CsvKind kind, Match m)
{
    if (m == Match::Add)
        ++m_summary.counts[kind].added;
    else if (m == Match::Present)
        ++m_summary.counts[kind].alreadyPresent;
}

// The rows of each kind; patients first, as the rows of the other kinds may belong to them.
void ImportRun::checkPatients()
{
    rowsOf(CsvKind::Patients, [&](const CsvRecord &record, const csv::CellGetter &cell,
                                  QList<csv::CellProblem> &problems) {
        Patient p = csv::patientFrom(cell, problems);
        addValidation(CsvKind::Patients, record, cell, validatePatient(p, m_today));
        if (p.mrn.isEmpty())
            return;
        QList<QStringList> matches;
        if (const PatientRecord *r = storedRecord(p.mrn))
            matches << csv::patientRow(r->patient);
        const Match m = match(CsvKind::Patients, record, p.mrn, QStringLiteral("mrn"), p.mrn,
                              csv::patientRow(p), matches, problems);
        if (m == Match::Add) {
            m_filePatients.insert(p.mrn, p);
            m_newPatients << p;
        }
        count(CsvKind::Patients, m);
    });
}

void ImportRun::checkDiagnoses()
{
    rowsOf(CsvKind::Diagnoses, [&](const CsvRecord &record, const csv::CellGetter &cell,
                                   QList<csv::CellProblem> &problems) {
        const QString mrn = cell(QStringLiteral("mrn")).trimmed();
        Diagnosis d = csv::diagnosisFrom(cell, problems);
        const auto owner = ownerOf(mrn);
        if (!owner)
            return unknownMrn(CsvKind::Diagnoses, record, mrn);
        addValidation(CsvKind::Diagnoses, record, cell, validateDiagnosis(d, *owner, m_today));
        const QString key = diagnosisKey(mrn, d);
        QList<QStringList> matches;
        if (const PatientRecord *r = storedRecord(mrn))
            for (auto it = r->diagnoses.crbegin(); it != r->diagnoses.crend(); ++it)
                if (diagnosisKey(mrn, *it) == key)
                    matches << csv::diagnosisRow(mrn, *it);
        const Match m = match(CsvKind::Diagnoses, record, key, QStringLiteral("diagnosed_on"),
                              cell(QStringLiteral("diagnosed_on")), csv::diagnosisRow(mrn, d),
                              matches, problems);
        if (m == Match::Add)
            m_newDiagnoses << qMakePair(mrn, d);
        count(CsvKind::Diagnoses, m);
    });
}

void ImportRun::checkSessions()
{
    rowsOf(CsvKind::Sessions, [&](const CsvRecord &record, const csv::CellGetter &cell,
                                  QList<csv::CellProblem> &problems) {
        const QString mrn = cell(QStringLiteral("mrn")).trimmed();
        MicroneedlingSession s = csv::sessionFrom(cell, problems);
        const auto owner = ownerOf(mrn);
        if (!owner)
            return unknownMrn(CsvKind::Sessions, record, mrn);
        if (!s.performedAt.isValid())
            return; // the date problem is reported already
        addValidation(CsvKind::Sessions, record, cell, validateSession(s, *owner, m_now));
        const QString key = sessionKey(mrn, s.performedAt);
        QList<QStringList> matches;
        if (const PatientRecord *r = storedRecord(mrn))
            for (auto it = r->sessions.crbegin(); it != r->sessions.crend(); ++it)
                if (sessionKey(mrn, it->performedAt) == key)
                    matches << csv::sessionRow(mrn, *it);
        const Match m =
            match(CsvKind::Sessions, record, key, QStringLiteral("date"),
                  cell(QStringLiteral("date")), csv::sessionRow(mrn, s), matches, problems);
        if (m == Match::Add)
            m_newSessions << qMakePair(mrn, s);
        count(CsvKind::Sessions, m);
    });
}

void ImportRun::checkMeasurements()
{
    rowsOf(CsvKind::Measurements, [&](const CsvRecord &record, const csv::CellGetter &cell,
                                      QList<csv::CellProblem> &problems) {
        const QString mrn = cell(QStringLiteral("mrn")).trimmed();
        Measurement m = csv::measurementFrom(cell, problems);
        const auto owner = ownerOf(mrn);
        if (!owner)
            return unknownMrn(CsvKind::Measurements, record, mrn);
        addValidation(CsvKind::Measurements, record, cell, validateMeasurement(m, *owner, m_today));
        const QString key = measurementKey(mrn, m);
        QList<QStringList> matches;
        if (const PatientRecord *r = storedRecord(mrn))
            for (const auto &existing : r->measurements)
                if (measurementKey(mrn, existing) == key)
                    matches << csv::measurementRow(mrn, existing);
        const Match found =
            match(CsvKind::Measurements, record, key, QStringLiteral("site"),
                  cell(QStringLiteral("site")), csv::measurementRow(mrn, m), matches, problems);
        if (found == Match::Add)
            m_newMeasurements << qMakePair(mrn, m);
        count(CsvKind::Measurements, found);
    });
}

qint64 ImportRun::idOf(const QString &mrn)
{
    if (m_patientIds.contains(mrn))
        return m_patientIds.value(mrn);
    const PatientRecord *r = storedRecord(mrn);
    return r ? r->patient.id : qint64(0);
}

Result<ImportSummary> ImportRun::write()
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error::storage(tx.errorText());
    for (Patient &p : m_newPatients) {
        const auto added = PatientRepository(m_db).add(p);
        if (!added)
            return added.error();
        m_patientIds.insert(p.mrn, p.id);
    }
    for (auto &[mrn, d] : m_newDiagnoses) {
        d.patientId = idOf(mrn);
        const auto added = DiagnosisRepository(m_db).add(d);
        if (!added)
            return added.error();
    }
    if (auto added = addMeasurements(); !added)
        return added.error();
    if (!tx.commit())
        return Error::storage(
            QCoreApplication::translate("CsvImporter", "The import could not be saved: %1")
                .arg(tx.errorText()));
    return m_summary;
}

// The sessions, then the measurements, each linked to the session of its day.
Result<void> ImportRun::addMeasurements()
{
    QHash<QString, qint64> sessionOnDay; // patient id + date -> session id
    auto dayKey = [](qint64 patientId, QDate day) -> QString {
        return QString::number(patientId) + QLatin1Char('@') + day.toString(Qt::ISODate);
    };
    for (auto &[mrn, s] : m_newSessions) {
        s.patientId = idOf(mrn);
        const auto added = SessionRepository(m_db).add(s);
        if (!added)
            return added.error();
        sessionOnDay.insert(dayKey(s.patientId, s.performedAt.date()), s.id);
    }
    QList<Measurement> measurements;
    for (auto &[mrn, m] : m_newMeasurements) {
        m.patientId = idOf(mrn);
        // A measurement belongs to the session of its day, if there is one.
        qint64 sessionId = sessionOnDay.value(dayKey(m.patientId, m.measuredOn));
        if (!sessionId)
            if (const PatientRecord *r = storedRecord(mrn))
                for (const auto &s : r->sessions)
                    if (s.performedAt.date() == m.measuredOn)
                        sessionId = s.id;
        if (sessionId)
            m.sessionId = sessionId;
        measurements << m;
    }
    if (!measurements.isEmpty()) {
        const auto added = MeasurementRepository(m_db).addAll(measurements);
        if (!added)
            return added.error();
    }
    return {};
}

} // namespace

QString ImportFiles::path(CsvKind kind) const
{
    switch (kind) {
    case CsvKind::Patients:
        return patients;
    case CsvKind::Diagnoses:
        return diagnoses;
    case CsvKind::Sessions:
        return sessions;
    case CsvKind::Measurements:
        return measurements;
    }
    return {};
}

QString ImportIssue::text() const
{
    QString where = file;
    if (line > 0)
        where += QCoreApplication::translate("CsvImporter", ", line %1").arg(line);
    if (!column.isEmpty())
        where += QCoreApplication::translate("CsvImporter", ", column %1").arg(quoteValue(column));
    if (!value.isEmpty())
        where += QStringLiteral(" (\"%1\")").arg(quoteValue(value));
    return where + QStringLiteral(": ") + reason;
}

QString ImportSummary::text() const
{
    QStringList lines;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        lines << QCoreApplication::translate(
                     "CsvImporter", "%1: %2 added, %3 already present (unchanged); read as %4")
                     .arg(kindName(it.key()))
                     .arg(it.value().added)
                     .arg(it.value().alreadyPresent)
                     .arg(encodingName(encodings.value(it.key(), TextEncoding::Utf8)));
    return lines.join(QLatin1Char('\n'));
}

CsvImporter::CsvImporter(Database &db)
    : m_db(db)
{}

Result<CsvTable> CsvImporter::readFile(const QString &path, int *errorLine)
{
    if (errorLine)
        *errorLine = 0;
    // A regular file only (a pipe or /dev/zero would never end), and at most kMaxFileBytes.
    auto data = readRegularFile(path, kMaxFileBytes);
    if (!data)
        return data.error();
    return parseCsv(data.value(), errorLine);
}

Result<ImportSummary> CsvImporter::importFiles(const ImportFiles &files)
{
    m_issues.clear();
    if (files.isEmpty())
        return Error::storage(QCoreApplication::translate(
            "CsvImporter", "Nothing to import: name at least one file."));
    ImportRun run(m_db, m_issues);

    // 1. Read every file and check its columns.
    run.readFiles(files);
    if (!m_issues.isEmpty())
        return run.failure();

    // 2. Read and check every row.
    run.checkPatients();
    run.checkDiagnoses();
    run.checkSessions();
    run.checkMeasurements();
    if (!m_issues.isEmpty())
        return run.failure();

    // 3. Write everything in one transaction.
    return run.write();
}

} // namespace tricholog
