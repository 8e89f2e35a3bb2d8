#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace tricholog {

// One record of a CSV file and the line it starts on (1 = the header), for error reports.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// The character encoding a file was read in (parseCsv detects it).
enum class TextEncoding
{
    Utf8,
    Utf16,
    Windows1252
};

// "UTF-8", "UTF-16", "Windows-1252": the names spreadsheet programs give them (not translated).
QString encodingName(TextEncoding encoding);

struct CsvTable
{
    TextEncoding encoding = TextEncoding::Utf8;
    QChar delimiter = QLatin1Char(',');
    QStringList header;
    QList<CsvRecord> records;
    qint64 rowCount = 0; // every row of the file, also those a preview left out of `records`

    // Index of a column by its header name (exact, case-sensitive); -1 when absent.
    int column(const QString &name) const { return int(header.indexOf(name)); }
};

// RFC 4180 reading in the encodings spreadsheet programs save: UTF-8 with or without a
// byte-order mark; UTF-16 (little or big endian) with its byte-order mark, or without one when
// every second byte of the start is NUL (the ASCII header); otherwise, when the bytes are not
// valid UTF-8, Windows-1252 (a file that is not valid UTF-8 and holds one of the five bytes
// Windows-1252 leaves undefined is refused). CsvTable::encoding tells which. LF or CRLF line
// ends; fields quoted with ", a quote inside a quoted field doubled (""), delimiters and line
// breaks allowed inside quotes. The delimiter (comma or semicolon) is detected from the header
// line. Blank lines are skipped. Errors name the line: an unbalanced quote, text after a
// closing quote, a record with more or fewer fields than the header, bytes of no encoding above.
// `errorLine`, when given, receives the line a failure is on (0 for the whole file).
Result<CsvTable> parseCsv(const QByteArray &data, int *errorLine = nullptr);

// parseCsv's rules, record by record: only a piece of the file (about a megabyte) is held at a
// time, so a file of any size is read in bounded memory. The device must be open and seekable
// (a file without a byte-order mark is looked through once to tell UTF-8 from Windows-1252).
class CsvReader
{
public:
    explicit CsvReader(QIODevice *device, qint64 limit = -1);
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Reads the header (names trimmed and in lower case). `limit` (> 0): more bytes than this
    // are refused with the error `tooLarge`.
    Result<void> open(const Error &tooLarge = {});
    TextEncoding encoding() const;
    QChar delimiter() const;
    const QStringList &header() const;
    int column(const QString &name) const { return int(header().indexOf(name)); }

    // The next row (as many fields as the header; rows of empty cells are skipped): true, or
    // false at the end. An error names its line (errorLine()).
    Result<bool> next(CsvRecord &record);
    int errorLine() const;
    qint64 bytesRead() const;
    // The SHA-256 (hex) of the bytes read so far: of the whole file once next() gave false.
    QString sha256() const;

private:
    struct State;
    std::unique_ptr<State> d;
};

// The same from a device (open, seekable), read a piece at a time: at most `keepRows` rows are
// kept in CsvTable::records (-1: all), all are counted in rowCount. `limit` (> 0): more bytes
// than this are refused with the error `tooLarge`.
Result<CsvTable> readCsv(QIODevice *device, int *errorLine = nullptr, qsizetype keepRows = -1,
                         qint64 limit = -1, const Error &tooLarge = {});

// RFC 4180 writing: cells that a spreadsheet would run as a formula get a leading apostrophe
// (csv::protectFormula); fields that hold the delimiter, a quote, a line break or leading or
// trailing spaces are quoted; CRLF line ends; UTF-8 with a byte-order mark so spreadsheet
// programs read the accents right.
class CsvWriter
{
public:
    explicit CsvWriter(QChar delimiter = QLatin1Char(','));
    void addRow(const QStringList &fields);
    QByteArray data() const; // with the byte-order mark
    // For a file written in pieces: the rows added since the last take(), as UTF-8 (the first
    // piece with the byte-order mark), and forgets them.
    QByteArray take();
    // Characters added since the last take().
    qsizetype pending() const { return m_text.size(); }

private:
    QString quoted(const QString &field) const;
    QChar m_delimiter;
    QString m_text;
    bool m_started = false;
};

namespace csv {
// Spreadsheet formula injection: a cell that starts with = + - @, a tab or a carriage return is
// written with a leading apostrophe (a number such as -12.5 stays as it is), and reading removes
// it again, so a round trip gives back the same text. CsvWriter and parseCsv do both.
QString protectFormula(const QString &field);
QString unprotectFormula(const QString &field);
} // namespace csv

} // namespace tricholog
