#include "core/io/CsvImporter.h"

#include "core/clinical/Validation.h"
#include "core/io/SafeIo.h"
#include "core/model/Keys.h"
#include "core/storage/Database.h"
#include "core/storage/DiagnosisRepository.h"
#include "core/storage/Integrity.h"
#include "core/storage/MeasurementRepository.h"
#include "core/storage/PatientRecordLoader.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

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

// A row seen earlier in this import under the same key: its line and a hash of its cells.
struct SeenRow
{
    int line = 0;
    quint32 cells = 0;
};

// 64 bits of a key: rows of a million-row file are told apart without holding their text.
quint64 keyHash(CsvKind kind, const QString &key)
{
    return (quint64(qHash(key, 0x9E3779B9u + uint(kind))) << 32) ^ qHash(key, 0x85EBCA6Bu);
}

quint32 cellsHash(const QStringList &row)
{
    return quint32(qHashRange(row.cbegin(), row.cend(), 0x27D4EB2Du));
}

// A patient's stored session of a day: patient id and the day as one number.
quint64 dayKey(qint64 patientId, QDate day)
{
    return (quint64(patientId) << 24) ^ quint64(day.toJulianDay());
}

// The ids of the rows an import wrote, as ranges (one per table on SQLite).
struct IdRanges
{
    QList<integrity::IdRange> ranges;
    void add(qint64 id)
    {
        if (!ranges.isEmpty() && ranges.last().last + 1 == id)
            ranges.last().last = id;
        else
            ranges << integrity::IdRange{id, id};
    }
};

// Turns the importing mode of the connection off again, whatever way the import ends.
class ImportingMode
{
public:
    explicit ImportingMode(Database &db)
        : m_db(db)
    {}
    Result<void> start() { return m_db.setImporting(true); }
    ~ImportingMode() { (void)m_db.setImporting(false); }
    ImportingMode(const ImportingMode &) = delete;
    ImportingMode &operator=(const ImportingMode &) = delete;

private:
    Database &m_db;
};

// Bulk writing for as long as the import's transaction lasts (declared before it).
class BulkWriting
{
public:
    explicit BulkWriting(Database &db)
        : m_db(db)
    {
        m_db.setBulkWriting(true);
    }
    ~BulkWriting() { m_db.setBulkWriting(false); }
    BulkWriting(const BulkWriting &) = delete;
    BulkWriting &operator=(const BulkWriting &) = delete;

private:
    Database &m_db;
};

// The files of an import, each read a piece at a time.
struct Source
{
    CsvKind kind;
    QString name;
    std::unique_ptr<QFile> file;
    std::unique_ptr<CsvReader> reader;
};

// One import (CsvImporter::importFiles): the files read row by row, each row checked against the
// database and the rows before it, and written in batches inside one transaction while no row
// has a problem. A problem anywhere stops the writing (the rest is still checked, so that every
// problem is named) and the transaction is rolled back: all files or nothing.
class ImportRun
{
public:
    ImportRun(Database &db, QList<ImportIssue> &issues, const ImportProgress &progress)
        : m_db(db)
        , m_issues(issues)
        , m_progress(progress)
        , m_now(db.clock().now())
        , m_today(m_now.date())
    {}

    void openFiles(const ImportFiles &files);
    Result<ImportSummary> run();
    Error failure() const;
    bool failed() const { return m_problemCount > 0; }

private:
    void checkHeader(CsvKind kind, const QString &name, const QStringList &header);
    Result<void> prepare();
    Result<void> readRows(Source &source);
    void checkRow(CsvKind kind, const CsvRecord &record, const csv::CellGetter &cell,
                  QList<csv::CellProblem> &problems);
    void addIssue(ImportIssue issue);
    const PatientRecord *storedRecord(const QString &mrn);
    void addValidation(CsvKind kind, const CsvRecord &record, const csv::CellGetter &cell,
                       const ValidationResult &v);
    std::optional<Patient> ownerOf(const QString &mrn);
    void unknownMrn(CsvKind kind, const CsvRecord &record, const QString &mrn);
    Match match(CsvKind kind, const CsvRecord &record, const QString &key, const QString &keyColumn,
                const QString &keyValue, const QStringList &row,
                const QList<QStringList> &inDatabase, QList<csv::CellProblem> &problems);
    void count(CsvKind kind, Match m);
    void checkPatient(const CsvRecord &record, const csv::CellGetter &cell,
                      QList<csv::CellProblem> &problems);
    void checkDiagnosis(const CsvRecord &record, const csv::CellGetter &cell,
                        QList<csv::CellProblem> &problems);
    void checkSession(const CsvRecord &record, const csv::CellGetter &cell,
                      QList<csv::CellProblem> &problems);
    void checkMeasurement(const CsvRecord &record, const csv::CellGetter &cell,
                          QList<csv::CellProblem> &problems);
    qint64 idOf(const QString &mrn);
    Result<void> flush();
    qint64 newId(const QString &table);
    Result<void> logImport();
    bool reportProgress(const Source &source);

    Database &m_db;
    QList<ImportIssue> &m_issues;
    const ImportProgress &m_progress;
    const QDateTime m_now;
    const QDate m_today;
    std::vector<Source> m_sources;
    QMap<CsvKind, QString> m_names;
    qint64 m_totalBytes = 0;
    qint64 m_doneBytes = 0; // of the files read to the end
    qsizetype m_problemCount = 0;
    ImportSummary m_summary;
    // The patients stored before the import (MRN -> id), and the records of some of them,
    // loaded when a row names them (at most kStoredCached at a time).
    QHash<QString, qint64> m_storedIds;
    QHash<QString, std::optional<PatientRecord>> m_stored;
    QHash<QString, qint64> m_lastIdBefore;     // table -> its largest id before the import
    QHash<QString, Patient> m_filePatients;    // MRN -> patient of the patients file (birth date)
    QHash<quint64, SeenRow> m_seen;            // key hash -> the first row with that key
    QHash<quint64, QList<SeenRow>> m_seenMore; // the rare later rows with the same key
    QHash<QString, qint64> m_patientIds;       // MRN -> id of a patient added now
    QHash<quint64, qint64> m_sessionOnDay;     // dayKey of a session added now -> its id
    // The rows to add, written in batches.
    QList<Patient> m_newPatients;
    QList<QPair<QString, Diagnosis>> m_newDiagnoses;
    QList<QPair<QString, MicroneedlingSession>> m_newSessions;
    QList<QPair<QString, Measurement>> m_newMeasurements;
    std::optional<PatientRepository::Inserter> m_patientInserter;
    std::optional<DiagnosisRepository::Inserter> m_diagnosisInserter;
    std::optional<SessionRepository::Inserter> m_sessionInserter;
    std::optional<MeasurementRepository::Inserter> m_measurementInserter;
    // The ids this import gives its rows (SQLite: above every id an earlier import used, so
    // that two imports never share an id; PostgreSQL: its sequences), and those it gave.
    QHash<QString, qint64> m_nextId;
    QHash<QString, IdRanges> m_written;
};

constexpr qsizetype kBatchRows = 2000;
constexpr qsizetype kStoredCached = 256;
// The problems listed one by one; beyond them, a count (a file of a million bad rows must not
// make a million lines).
constexpr qsizetype kListedProblems = 500;

// Nothing is written when anything is wrong; the error lists the problems, one per line.
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
    if (m_problemCount > m_issues.size())
        lines << QCoreApplication::translate("CsvImporter", "… and %n more problem(s).", nullptr,
                                             int(m_problemCount - m_issues.size()));
    error.message =
        QCoreApplication::translate("CsvImporter", "%1 problem(s) found; nothing was imported.\n%2")
            .arg(m_problemCount)
            .arg(lines.join(QLatin1Char('\n')));
    return error;
}

void ImportRun::addIssue(ImportIssue issue)
{
    if (m_issues.size() < kListedProblems)
        m_issues << std::move(issue);
    ++m_problemCount;
}

void ImportRun::openFiles(const ImportFiles &files)
{
    for (CsvKind kind : kAllKinds) {
        const QString path = files.path(kind);
        if (path.isEmpty())
            continue;
        const QString name = QFileInfo(path).fileName();
        auto file = openRegularFile(path, CsvImporter::kMaxFileBytes);
        if (!file) {
            addIssue(ImportIssue{name, 0, {}, {}, file.error().message});
            continue;
        }
        auto reader = std::make_unique<CsvReader>(file.value().get(), CsvImporter::kMaxFileBytes);
        if (auto opened = reader->open(fileTooLarge(path, CsvImporter::kMaxFileBytes)); !opened) {
            addIssue(ImportIssue{name, reader->errorLine(), {}, {}, opened.error().message});
            continue;
        }
        m_names[kind] = name;
        checkHeader(kind, name, reader->header());
        m_summary.counts.insert(kind, ImportCounts{}); // a summary line even without rows
        m_summary.encodings[kind] = reader->encoding();
        m_totalBytes += file.value()->size();
        m_sources.push_back(Source{kind, name, std::move(file).value(), std::move(reader)});
    }
}

void ImportRun::checkHeader(CsvKind kind, const QString &name, const QStringList &header)
{
    for (const QString &required : csv::requiredColumns(kind))
        if (!header.contains(required))
            addIssue(ImportIssue{
                name,
                1,
                required,
                {},
                QCoreApplication::translate("CsvImporter", "missing column; a %1 file needs: %2")
                    .arg(kindName(kind), csv::requiredColumns(kind).join(QStringLiteral(", ")))});
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (!csv::columns(kind).contains(header.at(i)))
            addIssue(ImportIssue{
                name,
                1,
                header.at(i),
                {},
                QCoreApplication::translate("CsvImporter",
                                            "unknown column; the columns of a %1 file are: %2")
                    .arg(kindName(kind), csv::columns(kind).join(QStringLiteral(", ")))});
        else if (header.indexOf(header.at(i)) != i)
            addIssue(ImportIssue{name,
                                 1,
                                 header.at(i),
                                 {},
                                 QCoreApplication::translate("CsvImporter", "column given twice")});
    }
}

// What the rows are checked against: the patients stored now, and the largest id of each table
// (rows above it are this import's own, not "already in the database").
Result<void> ImportRun::prepare()
{
    const auto ids = PatientRepository(m_db).idsByMrn();
    if (!ids)
        return ids.error();
    for (const auto &[id, mrn] : ids.value())
        m_storedIds.insert(mrn, id);
    const auto earlier = integrity::recordedImports(m_db);
    if (!earlier)
        return earlier.error();
    QSqlQuery q(m_db.connection());
    for (const QString &table : {QStringLiteral("patient"), QStringLiteral("diagnosis"),
                                 QStringLiteral("session"), QStringLiteral("measurement")}) {
        if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM ") + table) || !q.next())
            return Error::storage(Database::describe(q));
        const qint64 last = q.value(0).toLongLong();
        m_lastIdBefore.insert(table, last);
        qint64 highest = last;
        for (const auto &entry : earlier.value())
            for (const auto &scope : entry.scopes)
                if (scope.table == table && !scope.ranges.isEmpty())
                    highest = std::max(highest, scope.ranges.last().last);
        m_nextId.insert(table, m_db.isServer() ? 0 : highest + 1);
    }
    m_patientInserter.emplace(m_db);
    m_diagnosisInserter.emplace(m_db);
    m_sessionInserter.emplace(m_db);
    m_measurementInserter.emplace(m_db);
    return {};
}

const PatientRecord *ImportRun::storedRecord(const QString &mrn)
{
    const auto id = m_storedIds.constFind(mrn);
    if (id == m_storedIds.cend())
        return nullptr;
    auto it = m_stored.find(mrn);
    if (it == m_stored.end()) {
        if (m_stored.size() >= kStoredCached)
            m_stored.clear();
        std::optional<PatientRecord> record;
        if (auto loaded = loadPatientRecord(m_db, id.value())) {
            record = std::move(loaded).value();
            // As it was before the import: without the rows this import has written.
            auto later = [this](const char *table) {
                return [last = m_lastIdBefore.value(QLatin1String(table))](const auto &row) {
                    return row.id > last;
                };
            };
            record->diagnoses.removeIf(later("diagnosis"));
            record->sessions.removeIf(later("session"));
            record->measurements.removeIf(later("measurement"));
        }
        it = m_stored.insert(mrn, record);
    }
    return it->has_value() ? &**it : nullptr;
}

// Core validation's problems, placed on the CSV column and showing the cell as written.
void ImportRun::addValidation(CsvKind kind, const CsvRecord &record, const csv::CellGetter &cell,
                              const ValidationResult &v)
{
    for (const auto &issue : v.issues()) {
        const QString column = csv::columnForField(kind, issue.field);
        const QString value = column.isEmpty() ? issue.value : cell(column).trimmed();
        addIssue(ImportIssue{m_names.value(kind), record.line, column, value, issue.message});
    }
}

// The patient a row belongs to: from this import's patients file, or already stored.
std::optional<Patient> ImportRun::ownerOf(const QString &mrn)
{
    if (const auto it = m_filePatients.constFind(mrn); it != m_filePatients.cend())
        return it.value();
    if (const PatientRecord *r = storedRecord(mrn))
        return r->patient;
    return std::nullopt;
}

void ImportRun::unknownMrn(CsvKind kind, const CsvRecord &record, const QString &mrn)
{
    addIssue(ImportIssue{
        m_names.value(kind), record.line, QStringLiteral("mrn"), mrn,
        mrn.isEmpty() ? QCoreApplication::translate("CsvImporter", "required")
                      : QCoreApplication::translate("CsvImporter",
                                                    "no patient with this MRN, in the database "
                                                    "or in the patients file")});
}

// Matching by natural key. An identical row twice in one import is a mistake; rows that
// share a key but differ (two measurements of one site on one day) are matched in order
// with the records already stored under that key. A match must hold the same values in the
// columns the file has, or the import names the difference.
Match ImportRun::match(CsvKind kind, const CsvRecord &record, const QString &key,
                       const QString &keyColumn, const QString &keyValue, const QStringList &row,
                       const QList<QStringList> &inDatabase, QList<csv::CellProblem> &problems)
{
    const quint64 hash = keyHash(kind, key);
    const SeenRow self{record.line, cellsHash(row)};
    qsizetype occurrence = 0;
    if (const auto first = m_seen.constFind(hash); first != m_seen.cend()) {
        QList<SeenRow> earlier{first.value()};
        earlier << m_seenMore.value(hash);
        for (const SeenRow &other : std::as_const(earlier)) {
            if (kind == CsvKind::Patients || other.cells == self.cells) {
                problems << csv::CellProblem{
                    keyColumn, keyValue,
                    kind == CsvKind::Patients
                        ? QCoreApplication::translate("CsvImporter", "the same MRN as line %1")
                              .arg(other.line)
                        : QCoreApplication::translate("CsvImporter", "duplicates line %1")
                              .arg(other.line)};
                return Match::Problem;
            }
        }
        occurrence = earlier.size();
        m_seenMore[hash] << self;
    } else {
        m_seen.insert(hash, self);
    }
    if (occurrence >= inDatabase.size())
        return Match::Add;
    const QStringList columns = csv::columns(kind);
    QStringList differences;
    const auto source = std::find_if(m_sources.cbegin(), m_sources.cend(),
                                     [kind](const Source &s) { return s.kind == kind; });
    for (qsizetype i = 0; i < columns.size(); ++i)
        if (source->reader->header().contains(columns.at(i)) &&
            row.at(i) != inDatabase.at(occurrence).at(i))
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

void ImportRun::checkPatient(const CsvRecord &record, const csv::CellGetter &cell,
                             QList<csv::CellProblem> &problems)
{
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
        // What the rows of the other files need of their patient: the birth date.
        Patient owner;
        owner.mrn = p.mrn;
        owner.dateOfBirth = p.dateOfBirth;
        owner.sex = p.sex;
        m_filePatients.insert(p.mrn, owner);
        m_newPatients << p;
    }
    count(CsvKind::Patients, m);
}

void ImportRun::checkDiagnosis(const CsvRecord &record, const csv::CellGetter &cell,
                               QList<csv::CellProblem> &problems)
{
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
    const Match m =
        match(CsvKind::Diagnoses, record, key, QStringLiteral("diagnosed_on"),
              cell(QStringLiteral("diagnosed_on")), csv::diagnosisRow(mrn, d), matches, problems);
    if (m == Match::Add)
        m_newDiagnoses << qMakePair(mrn, d);
    count(CsvKind::Diagnoses, m);
}

void ImportRun::checkSession(const CsvRecord &record, const csv::CellGetter &cell,
                             QList<csv::CellProblem> &problems)
{
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
    const Match m = match(CsvKind::Sessions, record, key, QStringLiteral("date"),
                          cell(QStringLiteral("date")), csv::sessionRow(mrn, s), matches, problems);
    if (m == Match::Add)
        m_newSessions << qMakePair(mrn, s);
    count(CsvKind::Sessions, m);
}

void ImportRun::checkMeasurement(const CsvRecord &record, const csv::CellGetter &cell,
                                 QList<csv::CellProblem> &problems)
{
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
}

void ImportRun::checkRow(CsvKind kind, const CsvRecord &record, const csv::CellGetter &cell,
                         QList<csv::CellProblem> &problems)
{
    switch (kind) {
    case CsvKind::Patients:
        return checkPatient(record, cell, problems);
    case CsvKind::Diagnoses:
        return checkDiagnosis(record, cell, problems);
    case CsvKind::Sessions:
        return checkSession(record, cell, problems);
    case CsvKind::Measurements:
        return checkMeasurement(record, cell, problems);
    }
}

qint64 ImportRun::idOf(const QString &mrn)
{
    if (const auto it = m_patientIds.constFind(mrn); it != m_patientIds.cend())
        return it.value();
    return m_storedIds.value(mrn);
}

// The id of the next row of `table` (0 on a server: its sequence gives one).
qint64 ImportRun::newId(const QString &table)
{
    qint64 &next = m_nextId[table];
    return next > 0 ? next++ : 0;
}

// The rows checked so far, written (while no row has had a problem) and forgotten.
Result<void> ImportRun::flush()
{
    if (failed()) { // nothing more is written; the rows are still checked
        m_newPatients.clear();
        m_newDiagnoses.clear();
        m_newSessions.clear();
        m_newMeasurements.clear();
        return {};
    }
    const QString patient = QStringLiteral("patient"), diagnosis = QStringLiteral("diagnosis"),
                  session = QStringLiteral("session"), measurement = QStringLiteral("measurement");
    for (Patient &p : m_newPatients) {
        p.id = newId(patient);
        // Checked like PatientRepository::add: the core rules, and the MRN by match().
        if (auto added = m_patientInserter->insert(p); !added)
            return added.error();
        m_patientIds.insert(p.mrn, p.id);
        m_written[patient].add(p.id);
    }
    m_newPatients.clear();
    for (auto &[mrn, d] : m_newDiagnoses) {
        d.patientId = idOf(mrn);
        d.id = newId(diagnosis);
        if (auto added = m_diagnosisInserter->insert(d); !added)
            return added.error();
        m_written[diagnosis].add(d.id);
    }
    m_newDiagnoses.clear();
    for (auto &[mrn, s] : m_newSessions) {
        s.patientId = idOf(mrn);
        s.id = newId(session);
        if (auto added = m_sessionInserter->insert(s); !added)
            return added.error();
        m_written[session].add(s.id);
        m_sessionOnDay.insert(dayKey(s.patientId, s.performedAt.date()), s.id);
    }
    m_newSessions.clear();
    for (auto &[mrn, m] : m_newMeasurements) {
        m.patientId = idOf(mrn);
        // A measurement belongs to the session of its day, if there is one.
        qint64 sessionId = m_sessionOnDay.value(dayKey(m.patientId, m.measuredOn));
        if (!sessionId)
            if (const PatientRecord *r = storedRecord(mrn))
                for (const auto &s : r->sessions)
                    if (s.performedAt.date() == m.measuredOn)
                        sessionId = s.id;
        if (sessionId)
            m.sessionId = sessionId;
        m.id = newId(measurement);
        if (auto added = m_measurementInserter->insert(m); !added)
            return added.error();
        m_written[measurement].add(m.id);
    }
    m_newMeasurements.clear();
    return {};
}

// Tells how far the import is; false when it was cancelled.
bool ImportRun::reportProgress(const Source &source)
{
    if (!m_progress)
        return true;
    return m_progress(m_doneBytes + source.reader->bytesRead(), m_totalBytes);
}

Result<void> ImportRun::readRows(Source &source)
{
    CsvReader &reader = *source.reader;
    CsvRecord record;
    qsizetype pending = 0;
    for (;;) {
        auto more = reader.next(record);
        if (!more) {
            addIssue(ImportIssue{source.name, reader.errorLine(), {}, {}, more.error().message});
            break;
        }
        if (!more.value())
            break;
        const csv::CellGetter cell = [&](const QString &column) {
            const int i = reader.column(column);
            return i >= 0 ? record.fields.at(i) : QString();
        };
        QList<csv::CellProblem> problems;
        checkRow(source.kind, record, cell, problems);
        for (const auto &p : problems)
            addIssue(ImportIssue{source.name, record.line, p.column, p.value, p.reason});
        if (++pending < kBatchRows)
            continue;
        pending = 0;
        if (auto written = flush(); !written)
            return written;
        if (!reportProgress(source))
            return Error::storage(QCoreApplication::translate(
                "CsvImporter", "The import was cancelled; nothing was imported."));
    }
    m_doneBytes += source.file->size();
    return flush();
}

// The import's one trail entry (README, "Audit of imports"): each file with its SHA-256, and
// for each table the ids of the rows it wrote with their count and SHA-256 as written, from
// which `audit verify` tells whether any of them was changed outside the program since.
Result<void> ImportRun::logImport()
{
    QJsonArray files;
    for (const Source &source : m_sources)
        files.append(QJsonObject{{QStringLiteral("kind"), csv::fileName(source.kind)},
                                 {QStringLiteral("file"), source.name},
                                 {QStringLiteral("bytes"), source.file->size()},
                                 {QStringLiteral("sha256"), source.reader->sha256()}});
    // Zones, adjuncts and adverse events are found by their session.
    for (const char *child : {"session_zone", "session_adjunct", "adverse_event"})
        if (m_written.contains(QStringLiteral("session")))
            m_written.insert(QLatin1String(child), m_written.value(QStringLiteral("session")));
    QJsonObject tables;
    for (const QString &table : integrity::importedTables()) {
        if (!m_written.contains(table))
            continue;
        const auto written = integrity::importDigest(m_db, table, m_written.value(table).ranges,
                                                     std::numeric_limits<qint64>::max());
        if (!written)
            return written.error();
        QJsonArray ranges;
        for (const auto &r : written.value().ranges)
            ranges.append(QJsonArray{r.first, r.last});
        tables.insert(table, QJsonObject{{QStringLiteral("ranges"), ranges},
                                         {QStringLiteral("rows"), written.value().rows},
                                         {QStringLiteral("sha256"), written.value().sha256}});
    }
    QSqlQuery q(m_db.connection());
    q.prepare(m_db.dialect().auditDocument(QStringLiteral("import"), QStringLiteral("import")));
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("files"), files},
                                                               {QStringLiteral("tables"), tables}})
                                         .toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return Error::storage(Database::describe(q));
    return {};
}

Result<ImportSummary> ImportRun::run()
{
    const BulkWriting bulk(m_db);
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error::storage(tx.errorText());
    if (auto prepared = prepare(); !prepared)
        return prepared.error();
    ImportingMode importing(m_db);
    if (auto started = importing.start(); !started)
        return started.error();

    // Patients first, as the rows of the other kinds may belong to them.
    for (Source &source : m_sources)
        if (auto read = readRows(source); !read)
            return read.error();
    if (failed())
        return failure(); // the transaction is rolled back
    if (auto logged = logImport(); !logged)
        return logged.error();
    if (!tx.commit())
        return Error::storage(
            QCoreApplication::translate("CsvImporter", "The import could not be saved: %1")
                .arg(tx.errorText()));
    return m_summary;
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

Result<CsvTable> CsvImporter::readFile(const QString &path, int *errorLine, qsizetype keepRows)
{
    if (errorLine)
        *errorLine = 0;
    // A regular file only (a pipe or /dev/zero would never end), and at most kMaxFileBytes.
    auto file = openRegularFile(path, kMaxFileBytes);
    if (!file)
        return file.error();
    return readCsv(file.value().get(), errorLine, keepRows, kMaxFileBytes,
                   fileTooLarge(path, kMaxFileBytes));
}

Result<ImportSummary> CsvImporter::importFiles(const ImportFiles &files,
                                               const ImportProgress &progress)
{
    m_issues.clear();
    if (files.isEmpty())
        return Error::storage(QCoreApplication::translate(
            "CsvImporter", "Nothing to import: name at least one file."));
    for (Permission needed :
         {Permission::ImportData, Permission::EditPatients, Permission::EditDiagnoses,
          Permission::EditSessions, Permission::EditMeasurements})
        if (auto allowed = m_db.require(needed); !allowed)
            return allowed.error();
    ImportRun run(m_db, m_issues, progress);
    // 1. Open every file and check its columns.
    run.openFiles(files);
    if (run.failed())
        return run.failure();
    // 2. Read, check and write every row, in one transaction.
    return run.run();
}

} // namespace tricholog
