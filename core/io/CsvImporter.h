#pragma once

#include "core/Result.h"
#include "core/io/Csv.h"
#include "core/io/CsvFormat.h"

#include <QMap>
#include <QString>
#include <functional>

namespace tricholog {

class Database;

// How far an import is (bytes read of all files, and their total); returns false to cancel it.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

struct ImportFiles
{
    QString patients, diagnoses, sessions, measurements; // paths; empty: not imported
    bool isEmpty() const
    {
        return patients.isEmpty() && diagnoses.isEmpty() && sessions.isEmpty() &&
               measurements.isEmpty();
    }
    QString path(CsvKind kind) const;
};

// One bad cell (or line) of an import file: where it is, what it holds, and why it is refused.
struct ImportIssue
{
    QString file; // file name as given
    int line = 0; // 1 = the header; 0 = the whole file
    QString column;
    QString value;
    QString reason;
    bool lineInReason = false; // the CSV reader's messages name their line themselves
    QString text() const;      // "measurements.csv, line 4, column density_per_cm2 (\"900\"): ..."
};

struct ImportCounts
{
    int added = 0;
    int alreadyPresent = 0; // matched an existing record: left unchanged
};

struct ImportSummary
{
    QMap<CsvKind, ImportCounts> counts;    // every file read, even one without rows
    QMap<CsvKind, TextEncoding> encodings; // the encoding each file was read in
    // One line per kind: "patients: 3 added, 0 already present (unchanged); read as UTF-16".
    QString text() const;
};

// Imports the CSV files of ../README (one per kind) all-or-nothing, in one transaction across all
// files: the rows are read a piece of a file at a time, checked with the core rules and written
// in batches; a problem in any row stops the writing (the rest is still checked, so that every
// problem is named) and nothing is kept. Rows are matched to existing records by their natural key
// (patients by MRN; diagnoses by MRN, type and date; sessions by MRN and date-time; measurements
// by MRN, date, site, target-area name and method): a match is left unchanged, so re-importing a
// file adds nothing. Two rows with the same key in one import are an error.
class CsvImporter
{
public:
    explicit CsvImporter(Database &db);

    // Needs the import permission and those of editing each kind. `progress` (optional) is told
    // after every batch and can cancel the import (nothing is then kept).
    Result<ImportSummary> importFiles(const ImportFiles &files,
                                      const ImportProgress &progress = {});
    const QList<ImportIssue> &issues() const { return m_issues; }

    // The largest CSV file read (README, "Limits"): about 40 million measurement rows. Memory
    // does not grow with the size of a file; the limit stops a file that would take hours.
    static constexpr qint64 kMaxFileBytes = 4LL * 1024 * 1024 * 1024;

    // A file as parsed, with at most `keepRows` of its rows (-1: all; the preview before
    // importing keeps 20) and the count of all. Only a regular file of at most kMaxFileBytes is
    // read (openRegularFile).
    static Result<CsvTable> readFile(const QString &path, int *errorLine = nullptr,
                                     qsizetype keepRows = -1);

private:
    Database &m_db;
    QList<ImportIssue> m_issues;
};

} // namespace tricholog
