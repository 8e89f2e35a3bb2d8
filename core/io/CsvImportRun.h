#pragma once

// Internal to the CSV import (CsvImporter.cpp and CsvRowChecks.cpp): one import run, its
// files and what it remembers of the rows read so far. Not part of the core's interface.

#include "core/clinical/ValidationResult.h"
#include "core/io/CsvImporter.h"
#include "core/io/SeenKeys.h"
#include "core/model/PatientRecord.h"
#include "core/storage/Database.h"
#include "core/storage/DiagnosisRepository.h"
#include "core/storage/Integrity.h"
#include "core/storage/MeasurementRepository.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/SessionRepository.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace tricholog::csvimport {

enum class Match
{
    Add,
    Present,
    Problem
};

// The ids of the rows an import wrote, as ranges (one per table on SQLite).
struct IdRanges
{
    QList<integrity::IdRange> ranges;
    void add(qint64 id) { add(integrity::IdRange{id, id}); }
    void add(const integrity::IdRange &range) // above every range added before
    {
        if (!ranges.isEmpty() && ranges.last().last + 1 == range.first)
            ranges.last().last = range.last;
        else
            ranges << range;
    }
    bool contains(qint64 id) const
    {
        const auto after = std::upper_bound(
            ranges.cbegin(), ranges.cend(), id,
            [](qint64 value, const integrity::IdRange &r) { return value < r.first; });
        return after != ranges.cbegin() && id <= std::prev(after)->last;
    }
};

// The files of an import, each read a piece at a time.
struct Source
{
    CsvKind kind;
    QString name;
    std::unique_ptr<QFile> file;
    std::unique_ptr<CsvReader> reader;
};

// The rows of a batch of one file, checked and ready to write.
struct CheckedBatch
{
    QList<Patient> patients;
    QList<QPair<QString, Diagnosis>> diagnoses; // (MRN, row)
    QList<QPair<QString, MicroneedlingSession>> sessions;
    QList<QPair<QString, Measurement>> measurements;
    bool failed = false;  // a problem in this batch or one before: nothing more is written
    bool end = false;     // the file's last batch
    qint64 bytesRead = 0; // of the file, up to this batch's end
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
    Result<QHash<quint64, qint64>> sessionDays(const QList<qint64> &patients, QDate firstDay,
                                               QDate lastDay, const IdRanges &addedNow) const;
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
    CheckedBatch checkBatch(Source &source);
    Result<void> flush(CheckedBatch &rows);
    qint64 newId(const QString &table);
    Result<void> reserveIds(const QString &table, qsizetype count);
    Result<void> logImport();
    Result<void> markSummariesStale();
    bool reportProgress(qint64 bytesRead);

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
    QHash<QString, qint64> m_lastIdBefore; // table -> its largest id before the import
    // MRN -> what the rows of the other files need of a patient of the patients file (a whole
    // Patient for each of the chain's 100,000 patients was about 40 MB).
    struct FilePatient
    {
        QDate dateOfBirth;
        Sex sex = Sex::Other;
    };
    QHash<QString, FilePatient> m_filePatients;
    qint64 m_batchesWritten = 0;
    SeenKeys m_seen;                     // key hash -> the rows with that key
    QHash<QString, qint64> m_patientIds; // MRN -> id of a patient added now
    // The rows checked since the last batch was taken (checkBatch).
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
    struct Reserved
    {
        QList<qint64> ids;
        qsizetype at = 0;
    };
    QHash<QString, Reserved> m_reserved; // on a server: the ids of the batch being written
    QHash<QString, QString> m_sequences; // on a server: each table's sequence of ids
    QHash<QString, IdRanges> m_written;
    std::unique_ptr<integrity::ImportDigester> m_digester; // of the rows written so far
};

} // namespace tricholog::csvimport
