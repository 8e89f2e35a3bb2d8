#include "core/io/CsvImporter.h"

#include "core/io/BatchMemory.h"
#include "core/io/CsvImportRun.h"
#include "core/io/SafeIo.h"
#include "core/storage/CopyRows.h"
#include "core/storage/Database.h"
#include "core/storage/Integrity.h"
#include "core/storage/PatientRecordLoader.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/PatientSummary.h"
#include "core/storage/SqlValues.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFuture>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

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

// A patient's stored session of a day: patient id and the day as one number.
quint64 dayKey(qint64 patientId, QDate day)
{
    return (quint64(patientId) << 24) ^ quint64(day.toJulianDay());
}

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

// 8,000 rows rather than 2,000: each batch ends with the server (or SQLite) finishing its rows
// while the program waits, then the program starting the next while the server waits; fewer
// ends made the clinic's import 24.2 s instead of 26.6-27.2 s into a local server and 14.5 s
// instead of 16.4 s into SQLite (the chain's 149.5 s instead of 170-180 s), for 12-17 MiB more
// at the peak (231 MiB for the chain's).
constexpr qsizetype kBatchRows = 8000;
// The batches are made on the thread pool and freed on the import's thread, so glibc's
// allocator keeps what they freed in the pool thread's arena, in holes it seldom hands back
// (the clinic's import: 100 MB of heap at its peak, 185 MiB resident). Every
// kBatchesBetweenTrims batches that memory goes back to the system (malloc_trim), which took
// the chain's import from 323 to 292 MiB. About every 100,000 rows.
constexpr qint64 kBatchesBetweenTrims = 100000 / kBatchRows;

constexpr qsizetype kStoredCached = 256;
// The problems listed one by one; beyond them, a count (a file of a million bad rows must not
// make a million lines).
constexpr qsizetype kListedProblems = 500;

} // namespace

namespace csvimport {

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
            addIssue(ImportIssue{.file = name,
                                 .line = reader->errorLine(),
                                 .reason = opened.error().message,
                                 .lineInReason = true});
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
    m_digester = std::make_unique<integrity::ImportDigester>(m_db);
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

// The session each day of these patients' measurements belongs to: of the sessions this import
// added, the last one added that day; else, of those stored before it, the earliest that day.
// Read from the database a batch at a time, so that what an import keeps does not grow with the
// sessions it adds (the 100,000-patient chain adds 751,551).
Result<QHash<quint64, qint64>> ImportRun::sessionDays(const QList<qint64> &patients, QDate firstDay,
                                                      QDate lastDay, const IdRanges &addedNow) const
{
    QHash<quint64, qint64> days;
    QList<qint64> ids;
    for (const qint64 id : patients)
        if (id > 0)
            ids << id;
    if (ids.isEmpty() || !firstDay.isValid() || !lastDay.isValid())
        return days;
    struct Day
    {
        qint64 added = 0, stored = 0;
        QDateTime storedAt;
    };
    QHash<quint64, Day> found;
    const qint64 lastBefore = m_lastIdBefore.value(QStringLiteral("session"));
    // Only the sessions of the batch's days (a day more on each side: performed_at is UTC, the
    // day local), so that a file sorted by date does not read every session of its patients.
    QSqlQuery q(m_db.connection());
    if (auto ran = sql::execForward(
            q,
            QStringLiteral("SELECT id, patient_id, performed_at FROM session WHERE ") +
                m_db.dialect().idIn(QStringLiteral("patient_id"), ids) +
                QStringLiteral(" AND performed_at >= ? AND performed_at < ?"),
            {firstDay.addDays(-1).toString(Qt::ISODate), lastDay.addDays(2).toString(Qt::ISODate)});
        !ran)
        return ran.error();
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QDateTime at = sql::toDateTime(q.value(2));
        Day &day = found[dayKey(q.value(1).toLongLong(), at.date())];
        if (addedNow.contains(id))
            day.added = std::max(day.added, id);
        else if (id <= lastBefore &&
                 (!day.stored || at < day.storedAt || (at == day.storedAt && id < day.stored))) {
            day.stored = id;
            day.storedAt = at;
        }
    }
    if (auto read = sql::finished(q); !read)
        return read.error();
    days.reserve(found.size());
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        if (const qint64 id = it->added ? it->added : it->stored)
            days.insert(it.key(), id);
    return days;
}

qint64 ImportRun::idOf(const QString &mrn)
{
    if (const auto it = m_patientIds.constFind(mrn); it != m_patientIds.cend())
        return it.value();
    return m_storedIds.value(mrn);
}

// The id of the next row of `table`: on SQLite the next above every earlier import's, on a
// server the next of those reserved from its sequence for the batch (reserveIds).
qint64 ImportRun::newId(const QString &table)
{
    if (m_db.isServer()) {
        Reserved &ids = m_reserved[table];
        return ids.at < ids.ids.size() ? ids.ids.at(ids.at++) : 0;
    }
    qint64 &next = m_nextId[table];
    return next > 0 ? next++ : 0;
}

// On a server, `count` ids of `table` taken from its sequence in one statement, so that the
// batch's rows go many to a statement as on SQLite (one INSERT and its RETURNING per row took
// 386 s for the clinic). Increasing, and no other connection is given them.
Result<void> ImportRun::reserveIds(const QString &table, qsizetype count)
{
    Reserved &reserved = m_reserved[table];
    reserved = {};
    if (!m_db.isServer() || count == 0)
        return {};
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The sequence named once per table: pg_get_serial_sequence in the statement ran for every
    // id (11 ms for 2,000 ids rather than 1.3 ms; 3.7 s of the clinic's import).
    QString &sequence = m_sequences[table];
    if (sequence.isEmpty()) {
        if (!q.exec(QStringLiteral("SELECT pg_get_serial_sequence('%1', 'id')").arg(table)) ||
            !q.next())
            return Error::storage(Database::describe(q));
        sequence = q.value(0).toString().replace(QLatin1Char('\''), QStringLiteral("''"));
        if (sequence.isEmpty())
            return Error::storage(QStringLiteral("%1 has no sequence for its ids").arg(table));
    }
    if (!q.exec(QStringLiteral("SELECT nextval('%1'::regclass) FROM generate_series(1, %2) "
                               "ORDER BY 1")
                    .arg(sequence)
                    .arg(count)))
        return Error::storage(Database::describe(q));
    reserved.ids.reserve(count);
    while (q.next())
        reserved.ids << q.value(0).toLongLong();
    return sql::finished(q);
}

// A batch of checked rows, written while no row up to its last has had a problem.
Result<void> ImportRun::flush(CheckedBatch &rows)
{
    if (rows.failed) // nothing more is written; the rows are still checked
        return {};
    const QString patient = QStringLiteral("patient"), diagnosis = QStringLiteral("diagnosis"),
                  session = QStringLiteral("session"), measurement = QStringLiteral("measurement");
    QHash<QString, IdRanges> batch; // the ids this flush writes
    for (const auto &[table, count] :
         {std::pair{patient, rows.patients.size()}, std::pair{diagnosis, rows.diagnoses.size()},
          std::pair{session, rows.sessions.size()},
          std::pair{measurement, rows.measurements.size()}})
        if (auto reserved = reserveIds(table, count); !reserved)
            return reserved;
    // Checked like PatientRepository::add: the core rules, and the MRN by match().
    for (Patient &p : rows.patients)
        p.id = newId(patient);
    if (auto added = m_patientInserter->insertAll(rows.patients); !added)
        return added.error();
    for (const Patient &p : std::as_const(rows.patients)) {
        m_patientIds.insert(p.mrn, p.id);
        batch[patient].add(p.id);
    }
    QList<Diagnosis> diagnoses;
    diagnoses.reserve(rows.diagnoses.size());
    for (auto &[mrn, d] : rows.diagnoses) {
        d.patientId = idOf(mrn);
        d.id = newId(diagnosis);
        diagnoses << std::move(d);
    }
    if (auto added = m_diagnosisInserter->insertAll(diagnoses); !added)
        return added.error();
    for (const Diagnosis &d : std::as_const(diagnoses))
        batch[diagnosis].add(d.id);
    QList<MicroneedlingSession> sessions;
    sessions.reserve(rows.sessions.size());
    for (auto &[mrn, s] : rows.sessions) {
        s.patientId = idOf(mrn);
        s.id = newId(session);
        sessions << std::move(s);
    }
    if (auto added = m_sessionInserter->insertAll(sessions); !added)
        return added.error();
    for (const MicroneedlingSession &s : std::as_const(sessions))
        batch[session].add(s.id);
    QList<Measurement> measurements;
    measurements.reserve(rows.measurements.size());
    QList<qint64> measured;
    QDate firstDay, lastDay;
    for (auto &[mrn, m] : rows.measurements) {
        m.patientId = idOf(mrn);
        if (measured.isEmpty() || measured.last() != m.patientId)
            measured << m.patientId;
        if (!firstDay.isValid() || m.measuredOn < firstDay)
            firstDay = m.measuredOn;
        if (!lastDay.isValid() || m.measuredOn > lastDay)
            lastDay = m.measuredOn;
    }
    std::sort(measured.begin(), measured.end());
    measured.erase(std::unique(measured.begin(), measured.end()), measured.end());
    // A measurement belongs to the session of its day, if there is one.
    IdRanges addedNow = m_written.value(session);
    for (const integrity::IdRange &r : batch.value(session).ranges)
        addedNow.add(r);
    auto days = sessionDays(measured, firstDay, lastDay, addedNow);
    if (!days)
        return days.error();
    for (auto &[mrn, m] : rows.measurements) {
        if (const qint64 sessionId = days.value().value(dayKey(m.patientId, m.measuredOn)))
            m.sessionId = sessionId;
        m.id = newId(measurement);
        measurements << std::move(m);
    }
    // Many to a statement on SQLite, where the import gives the ids (Inserter::insertAll).
    if (auto added = m_measurementInserter->insertAll(measurements); !added)
        return added.error();
    for (const Measurement &m : std::as_const(measurements))
        batch[measurement].add(m.id);
    // Each table's rows into the import's digest (zones, adjuncts and adverse events by their
    // session): read back now while the batch is fresh (on a server, made from the values sent
    // where it can), hashed while the import goes on.
    for (auto it = batch.cbegin(); it != batch.cend(); ++it)
        for (const integrity::IdRange &r : it.value().ranges)
            m_written[it.key()].add(r);
    if (batch.contains(session))
        for (const char *child : {"session_zone", "session_adjunct", "adverse_event"})
            batch.insert(QLatin1String(child), batch.value(session));
    for (auto it = batch.cbegin(); it != batch.cend(); ++it)
        if (auto digested = m_digester->add(it.key(), it.value().ranges); !digested)
            return digested;
    return {};
}

// Tells how far the import is; false when it was cancelled.
bool ImportRun::reportProgress(qint64 bytesRead)
{
    if (!m_progress)
        return true;
    return m_progress(m_doneBytes + bytesRead, m_totalBytes);
}

// Reads and checks the next kBatchRows rows of a file. Touches the reader and what the checks
// remember, never what the writing does (ids, inserters, digest).
CheckedBatch ImportRun::checkBatch(Source &source)
{
    CsvReader &reader = *source.reader;
    CsvRecord record;
    CheckedBatch batch;
    for (qsizetype rows = 0; rows < kBatchRows; ++rows) {
        auto more = reader.next(record);
        if (!more) {
            addIssue(ImportIssue{.file = source.name,
                                 .line = reader.errorLine(),
                                 .reason = more.error().message,
                                 .lineInReason = true});
            batch.end = true;
            break;
        }
        if (!more.value()) {
            batch.end = true;
            break;
        }
        const csv::CellGetter cell = [&](const QString &column) {
            const int i = reader.column(column);
            return i >= 0 ? record.fields.at(i) : QString();
        };
        QList<csv::CellProblem> problems;
        checkRow(source.kind, record, cell, problems);
        for (const auto &p : problems)
            addIssue(ImportIssue{source.name, record.line, p.column, p.value, p.reason});
    }
    batch.patients = std::exchange(m_newPatients, {});
    batch.diagnoses = std::exchange(m_newDiagnoses, {});
    batch.sessions = std::exchange(m_newSessions, {});
    batch.measurements = std::exchange(m_newMeasurements, {});
    batch.failed = failed();
    batch.bytesRead = reader.bytesRead();
    return batch;
}

Result<void> ImportRun::readRows(Source &source)
{
    // When no patient was stored before the import, the checks read nothing from the database:
    // they then run on the thread pool a batch ahead of the writing (one batch at a time, in
    // order), so that checking and writing share the two cores. Otherwise they run in turn.
    const bool ahead = m_storedIds.isEmpty();
    QFuture<CheckedBatch> next;
    const auto checkNext = [this, &source] {
        return QtConcurrent::run([this, &source] { return checkBatch(source); });
    };
    const auto waitForChecks = qScopeGuard([&next] { next.waitForFinished(); });
    if (ahead)
        next = checkNext();
    for (;;) {
        CheckedBatch batch = ahead ? next.result() : checkBatch(source);
        if (ahead && !batch.end)
            next = checkNext();
        if (auto written = flush(batch); !written)
            return written;
        if (++m_batchesWritten % kBatchesBetweenTrims == 0)
            returnFreedMemory();
        if (batch.end)
            break;
        if (!reportProgress(batch.bytesRead))
            return Error::storage(QCoreApplication::translate(
                "CsvImporter", "The import was cancelled; nothing was imported."));
    }
    m_doneBytes += source.file->size();
    return {};
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
        // What integrity::importDigest gives for these rows (the digester took them batch by
        // batch as they were written).
        const integrity::ImportScope written = m_digester->finish(table);
        QJsonArray ranges;
        for (const auto &r : m_written.value(table).ranges)
            ranges.append(QJsonArray{r.first, r.last});
        tables.insert(table,
                      QJsonObject{{QStringLiteral("ranges"), ranges},
                                  {QStringLiteral("rows"), written.rows},
                                  {QStringLiteral("sha256"), written.sha256},
                                  {QStringLiteral("blocks"),
                                   QJsonObject{{QStringLiteral("ids"), integrity::kImportBlockIds},
                                               {QStringLiteral("first"), written.firstBlock},
                                               {QStringLiteral("sha"),
                                                QJsonArray::fromStringList(written.blocks)}}}});
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

// On a server the summary's trigger lets the import's inserts through (schema 14): the patients
// of the sessions, measurements and diagnoses it added are marked stale here, once, before the
// commit, rather than their summary row rewritten for each row (14 of the 29 us a measurement
// took the server). The rows stay locked to the commit, as row by row. SQLite's triggers marked
// them as the rows went in (and write a row only once, schema 13).
Result<void> ImportRun::markSummariesStale()
{
    if (!m_db.isServer())
        return {};
    QStringList added;
    for (const QString &table : patientsummary::sourceTables()) {
        const QList<integrity::IdRange> &ranges = m_written.value(table).ranges;
        if (!ranges.isEmpty()) // the ids between are few, and other patients' at worst
            added << QStringLiteral("SELECT patient_id FROM %1 WHERE id BETWEEN %2 AND %3")
                         .arg(table)
                         .arg(ranges.first().first)
                         .arg(ranges.last().last);
    }
    if (added.isEmpty())
        return {};
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("UPDATE patient_summary SET stale = 1 WHERE patient_id IN (%1)")
                    .arg(added.join(QStringLiteral(" UNION ")))))
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
    if (auto marked = markSummariesStale(); !marked)
        return marked.error();
    if (auto logged = logImport(); !logged)
        return logged.error();
    if (!tx.commit())
        return Error::storage(
            QCoreApplication::translate("CsvImporter", "The import could not be saved: %1")
                .arg(tx.errorText()));
    return m_summary;
}

} // namespace csvimport

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
    if (line > 0 && !lineInReason)
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
    csvimport::ImportRun run(m_db, m_issues, progress);
    // 1. Open every file and check its columns.
    run.openFiles(files);
    if (run.failed())
        return run.failure();
    // 2. Read, check and write every row, in one transaction.
    return run.run();
}

} // namespace tricholog
