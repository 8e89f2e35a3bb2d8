#include "core/io/Csv.h"

#include "core/io/Utf8.h"
#include "core/security/Sha256.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>
#include <algorithm>
#include <optional>

namespace tricholog {

namespace {

using csv::utf8Boundary;
using csv::utf8SequenceLength;

// Windows-1252 is ISO 8859-1 (Latin-1, which maps each byte to the code point of its value)
// except for 0x80-0x9F, where it has printable characters (the euro sign, curly quotes, dashes,
// Š, Ž, Œ, Ÿ ...) instead of C1 control codes. Written out here rather than asked of Qt: Qt 6
// knows Windows-1252 only when it was built with ICU (or on Windows), so this keeps reading
// the same on every build. 0 marks the five bytes Windows-1252 leaves undefined (81, 8D, 8F,
// 90, 9D). Source: the Unicode Consortium's mapping table CP1252.TXT.
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,      // 88-8F
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178, // 98-9F
};

// What is read at a time: the text of about this many bytes is held in memory.
constexpr qint64 kPieceBytes = 1024 * 1024;
// The longest row read: a file without line ends (or with a quote never closed) is refused
// after this many characters rather than held whole.
constexpr qsizetype kMaxRowChars = 16 * 1024 * 1024;
// The most fields a row may have: a row of millions of commas is refused as it is read, rather
// than made a list of millions of strings (16 MB of commas took 422 MiB).
constexpr qsizetype kMaxFields = 4096;

// UTF-16 without a byte-order mark: the header line is ASCII, so up to its line end every
// second byte is NUL (the odd ones for little endian, the even ones for big endian) and the
// others are not.
std::optional<QStringConverter::Encoding> bomlessUtf16(const QByteArray &data)
{
    const qsizetype n = std::min<qsizetype>(data.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return std::nullopt;
    bool little = true, big = true;
    for (qsizetype i = 0; i < n && (little || big); i += 2) {
        const char a = data.at(i), b = data.at(i + 1);
        little = little && a != 0 && b == 0;
        big = big && a == 0 && b != 0;
        if ((little && a == '\n') || (big && b == '\n'))
            break;
    }
    if (little)
        return QStringConverter::Utf16LE;
    if (big)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

Error notUtf16()
{
    return Error::storage(QCoreApplication::translate("Csv", "The file is not valid UTF-16 text."));
}

Error brokenUtf8()
{
    // A UTF-8 byte-order mark promises UTF-8: broken bytes after it are not another encoding.
    return Error::storage(QCoreApplication::translate(
        "Csv", "The file starts as UTF-8 (byte-order mark) but holds bytes that are not UTF-8."));
}

// The file's bytes as text, a piece at a time. The encoding is told from the start of the file:
// a UTF-16 byte-order mark (or the NUL pattern of bomlessUtf16) means UTF-16; bytes that are
// valid UTF-8 (with or without a byte-order mark; a file without one is looked through once)
// are UTF-8; anything else is Windows-1252, what spreadsheet programs on Windows save as "CSV"
// (Excel's "CSV (Comma delimited)").
class TextPieces
{
public:
    TextPieces(QIODevice *device, qint64 limit, Error tooLarge)
        : m_device(device)
        , m_limit(limit)
        , m_tooLarge(std::move(tooLarge))
    {}

    Result<void> start();
    // The next piece of text (without the byte-order mark); `last` is set at the end.
    Result<QString> next(bool &last);
    TextEncoding encoding() const { return m_encoding; }
    qint64 bytesRead() const { return m_read; }
    QString sha256() const { return QString::fromLatin1(m_hash.result().toHex()); }

private:
    Result<QByteArray> read();
    Result<bool> isUtf8();
    Result<QString> decode(QByteArray data, bool last);
    Result<QString> windows1252(const QByteArray &data);
    Result<void> checkSurrogates(QString &text, bool last);

    QIODevice *m_device;
    qint64 m_limit;
    Error m_tooLarge;
    TextEncoding m_encoding = TextEncoding::Utf8;
    QStringConverter::Encoding m_utf = QStringConverter::Utf8;
    bool m_bom = false;
    QByteArray m_carry; // the start of a character the next piece completes
    QString m_heldHigh; // UTF-16: a high surrogate whose pair the next piece starts with
    int m_line = 1;     // of the text decoded so far (for errors of the encoding)
    qint64 m_read = 0;
    Sha256 m_hash; // of the bytes read
};

Result<QByteArray> TextPieces::read()
{
    QByteArray bytes = m_device->read(kPieceBytes);
    if (bytes.isEmpty() && m_device->bytesAvailable() <= 0 && !m_device->atEnd())
        return Error::storage(m_device->errorString());
    m_read += bytes.size();
    m_hash.addData(bytes);
    // The size a file claims is not trusted (files of /proc claim 0): the bytes are counted.
    if (m_limit > 0 && m_read > m_limit)
        return m_tooLarge;
    return bytes;
}

Result<void> TextPieces::start()
{
    const QByteArray head = m_device->peek(4096);
    std::optional<QStringConverter::Encoding> utf16;
    qsizetype skip = 0;
    if (head.startsWith("\xFF\xFE")) {
        utf16 = QStringConverter::Utf16LE;
        skip = 2;
    } else if (head.startsWith("\xFE\xFF")) {
        utf16 = QStringConverter::Utf16BE;
        skip = 2;
    } else if (head.startsWith("\xEF\xBB\xBF")) {
        m_bom = true;
        skip = 3;
    } else {
        utf16 = bomlessUtf16(head);
    }
    if (utf16) {
        m_encoding = TextEncoding::Utf16;
        m_utf = *utf16;
    } else if (!m_bom) {
        auto utf8 = isUtf8();
        if (!utf8)
            return utf8.error();
        if (!utf8.value())
            m_encoding = TextEncoding::Windows1252;
    }
    if (!m_device->seek(skip))
        return Error::storage(m_device->errorString());
    m_read = skip;
    m_hash.reset(); // the look through for UTF-8 read it all
    m_hash.addData(head.first(skip));
    return {};
}

// Whether every byte of the file is UTF-8 (then it is read as UTF-8, else as Windows-1252).
// Whether the whole file is UTF-8: false when it has a byte UTF-8 cannot hold (read as
// Windows-1252 then); an error when it also has characters only UTF-8 writes so, as a file pasted
// together from two programs does (read as Windows-1252, its UTF-8 names would all have come out
// garbled: "MÃ¼ller"). The evidence of UTF-8 is a Latin-1 letter or sign in its two bytes (lead
// C2 or C3, what an accented name gives): Windows-1252 text gives other valid sequences by chance
// ("é" before a no-break space and "»" is E9 A0 BB), and stays readable as such. Each sequence is
// checked as the standard has it (no overlong form, no surrogate, nothing above U+10FFFF).
Result<bool> TextPieces::isUtf8()
{
    int line = 1, latinLine = 0, invalidLine = 0;
    bool afterCr = false;
    QByteArray carry;
    for (;;) {
        auto bytes = read();
        if (!bytes)
            return bytes.error();
        const bool last = bytes.value().isEmpty();
        carry += bytes.value();
        const qsizetype end = last ? carry.size() : utf8Boundary(carry);
        qsizetype i = 0;
        while (i < end) {
            const auto c = static_cast<unsigned char>(carry.at(i));
            if (c < 0x80) {
                line += c == '\r' || (c == '\n' && !afterCr); // CR LF, LF or CR alone
                afterCr = c == '\r';
                ++i;
                continue;
            }
            afterCr = false;
            if (const qsizetype length = utf8SequenceLength(QByteArrayView(carry).first(end), i)) {
                if (latinLine == 0 && (c == 0xC2 || c == 0xC3))
                    latinLine = line;
                i += length;
            } else {
                if (invalidLine == 0)
                    invalidLine = line;
                ++i;
            }
            if (latinLine > 0 && invalidLine > 0)
                return Error::storage(
                    QCoreApplication::translate(
                        "Csv", "The file mixes UTF-8 (line %1) with another encoding (line %2): "
                               "read either way, some of its names would come out garbled. Save "
                               "it from the spreadsheet as CSV UTF-8.")
                        .arg(latinLine)
                        .arg(invalidLine));
        }
        carry.remove(0, end);
        if (last)
            return invalidLine == 0;
    }
}

Result<QString> TextPieces::windows1252(const QByteArray &data)
{
    QString text(data.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (qsizetype i = 0; i < data.size(); ++i) {
        const auto byte = static_cast<unsigned char>(data.at(i));
        if (byte == '\n')
            ++m_line;
        char16_t unit = byte;
        if (byte >= 0x80 && byte <= 0x9F) {
            unit = kWindows1252High[byte - 0x80];
            if (unit == 0)
                return Error::storage(
                    QCoreApplication::translate(
                        "Csv",
                        "The file is not UTF-8, UTF-16 or Windows-1252 text (byte 0x%1 on line %2 "
                        "is none of them); save it from the spreadsheet as CSV UTF-8.")
                        .arg(QString::number(byte, 16).toUpper())
                        .arg(m_line));
        }
        out[i] = QChar(unit);
    }
    return text;
}

// Qt's decoder passes a surrogate without its pair through; no text can hold it (UTF-8 has no
// form for it), so it would come back as "?" (found by tst_fuzz_csv).
Result<void> TextPieces::checkSurrogates(QString &text, bool last)
{
    if (!m_heldHigh.isEmpty())
        text.prepend(std::exchange(m_heldHigh, QString()));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n'))
            ++m_line;
        if (!c.isSurrogate())
            continue;
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isHighSurrogate() && i + 1 == text.size() && !last) {
            m_heldHigh = c;
            text.chop(1);
            return {};
        }
        return Error::storage(QCoreApplication::translate("Csv",
                                                          "The file is not valid UTF-16 text: a "
                                                          "surrogate without its pair (U+%1) on "
                                                          "line %2.")
                                  .arg(QString::number(c.unicode(), 16).toUpper())
                                  .arg(m_line));
    }
    return {};
}

Result<QString> TextPieces::decode(QByteArray data, bool last)
{
    if (m_encoding == TextEncoding::Windows1252)
        return windows1252(data);
    // A piece ends between two characters; what is left waits for the next one.
    qsizetype cut = data.size();
    if (m_encoding == TextEncoding::Utf16) {
        if (last && data.size() % 2 != 0) // an odd byte at the end is no character
            return notUtf16();
        cut &= ~qsizetype(1);
    } else if (!last) {
        cut = utf8Boundary(data);
    }
    QStringDecoder decoder(m_utf, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(QByteArrayView(data).first(cut));
    m_carry = data.mid(cut);
    if (decoder.hasError())
        return m_encoding == TextEncoding::Utf16 ? notUtf16() : brokenUtf8();
    if (m_encoding == TextEncoding::Utf16)
        if (auto paired = checkSurrogates(text, last); !paired)
            return paired.error();
    return text;
}

Result<QString> TextPieces::next(bool &last)
{
    auto bytes = read();
    if (!bytes)
        return bytes.error();
    last = bytes.value().isEmpty() || m_device->atEnd();
    return decode(std::exchange(m_carry, QByteArray()) + bytes.value(), last);
}

// The delimiter of the header line: the one of comma and semicolon that occurs outside quotes.
QChar detectDelimiter(QStringView text)
{
    int commas = 0, semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

// The records of the text, header first, a piece of text at a time; blank lines are skipped.
// On an error, failedAt is its line.
class RecordSplitter
{
public:
    explicit RecordSplitter(QChar delimiter)
        : m_delimiter(delimiter)
    {}
    Result<void> feed(const QString &piece, bool last, QList<CsvRecord> &out);
    int failedAt = 0;

private:
    void endField();
    void endRecord(QList<CsvRecord> &out);
    void takeRun(QStringView text, qsizetype end);

    QChar m_delimiter;
    QString m_pending; // the end of the last piece, read with the next (a "" or \r\n may span)
    CsvRecord m_current{1, {}};
    QString m_field;
    qsizetype m_runStart = -1;  // where the current field's characters not yet in m_field begin
    qsizetype m_fieldCount = 0; // of the last record: the next one's list is made that long
    int m_line = 1;
    bool m_inQuotes = false;
    bool m_afterQuote = false;   // a quoted field just closed: only a delimiter or line end follows
    bool m_fieldStarted = false; // the record has content (blank lines are skipped)
    int m_quoteLine = 0;
    qsizetype m_rowChars = 0; // of the current row
};

// The field's characters from m_runStart to `end` of this piece, into m_field: a field is copied
// once rather than grown a character at a time (QString's appends and reallocations were most of
// the reading's time, perf).
void RecordSplitter::takeRun(QStringView text, qsizetype end)
{
    if (m_runStart < 0)
        return;
    const QStringView run = text.sliced(m_runStart, end - m_runStart);
    if (m_field.isEmpty())
        m_field = run.toString();
    else
        m_field += run;
    m_runStart = -1;
}

void RecordSplitter::endField()
{
    // A cell written with a protective apostrophe ("'=1+2") comes back as it was.
    m_current.fields << csv::unprotectFormula(m_field);
    m_field.clear();
    m_afterQuote = false;
}

void RecordSplitter::endRecord(QList<CsvRecord> &out)
{
    if (m_fieldStarted || !m_current.fields.isEmpty()) {
        endField();
        m_fieldCount = m_current.fields.size();
        out << std::exchange(m_current, CsvRecord());
    }
    m_current = CsvRecord();
    // As long as the last record (at most 1,024: a hostile row of millions of fields is not
    // made room for twice).
    m_current.fields.reserve(std::min<qsizetype>(m_fieldCount, 1024));
    m_fieldStarted = false;
    m_afterQuote = false;
    m_rowChars = 0;
}

Result<void> RecordSplitter::feed(const QString &piece, bool last, QList<CsvRecord> &out)
{
    m_runStart = -1; // an index into the last piece, should an error have left one
    const QString text = m_pending.isEmpty() ? piece : std::exchange(m_pending, QString()) + piece;
    qsizetype n = text.size();
    // A carriage return at the end may pair with the next piece's first character (a quote
    // inside quotes too: kept below, one at a time, so that a run of quotes is read as it comes,
    // not held until it ends, copied again with each piece and never counted against a row's
    // length).
    if (!last && n > 0 && text.at(n - 1) == QLatin1Char('\r')) {
        m_pending = text.last(1);
        --n;
    }
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (++m_rowChars > kMaxRowChars) {
            failedAt = m_current.line;
            return Error::storage(QCoreApplication::translate(
                                      "Csv", "Line %1: a row of more than %2 million characters "
                                             "(is this a CSV file, or is a quote never closed?).")
                                      .arg(m_current.line)
                                      .arg(kMaxRowChars / (1024 * 1024)));
        }
        if (m_inQuotes) {
            if (c == QLatin1Char('"')) {
                takeRun(text, i);
                if (i + 1 == n && !last && m_pending.isEmpty()) {
                    m_pending = QStringLiteral("\""); // doubled or closing: the next piece says
                    --m_rowChars;                     // counted when read again
                    break;
                }
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    m_field += QLatin1Char('"');
                    ++i;
                } else {
                    m_inQuotes = false;
                    m_afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++m_line;
                if (m_runStart < 0)
                    m_runStart = i;
            }
            continue;
        }
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            takeRun(text, i);
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord(out);
            ++m_line;
            m_current.line = m_line;
            continue;
        }
        if (c == m_delimiter) {
            takeRun(text, i);
            m_fieldStarted = true;
            endField();
            if (m_current.fields.size() >= kMaxFields) {
                failedAt = m_current.line;
                return Error::storage(
                    QCoreApplication::translate(
                        "Csv", "Line %1: a row of more than %2 fields (is this a CSV file?).")
                        .arg(m_current.line)
                        .arg(kMaxFields));
            }
            continue;
        }
        if (m_afterQuote) {
            failedAt = m_line;
            return Error::storage(
                QCoreApplication::translate(
                    "Csv",
                    "Line %1: text after a closing quote (a quote inside a quoted field must be "
                    "doubled: \"\").")
                    .arg(m_line));
        }
        if (c == QLatin1Char('"') && m_field.isEmpty() && m_runStart < 0) {
            m_inQuotes = true;
            m_quoteLine = m_line;
            m_fieldStarted = true;
            continue;
        }
        if (c == QLatin1Char('"')) {
            failedAt = m_line;
            return Error::storage(
                QCoreApplication::translate(
                    "Csv",
                    "Line %1: a quote inside an unquoted field; quote the whole field and double "
                    "the quote (\"\").")
                    .arg(m_line));
        }
        if (m_runStart < 0)
            m_runStart = i;
        m_fieldStarted = true;
    }
    takeRun(text, n); // the next piece is another string
    if (!last)
        return {};
    if (m_inQuotes) {
        failedAt = m_quoteLine;
        return Error::storage(
            QCoreApplication::translate(
                "Csv", "Line %1: a quoted field is never closed (unbalanced quote).")
                .arg(m_quoteLine));
    }
    endRecord(out);
    return {};
}

} // namespace

struct CsvReader::State
{
    State(QIODevice *from, qint64 most)
        : device(from)
        , limit(most)
    {}
    Result<void> fill();

    QIODevice *device;
    qint64 limit;
    std::optional<TextPieces> pieces;
    std::optional<RecordSplitter> splitter;
    QList<CsvRecord> queue;
    qsizetype taken = 0;
    bool ended = false;
    QStringList header;
    QChar delimiter = QLatin1Char(',');
    int errorLine = 0;
};

// The records of the next piece of text.
Result<void> CsvReader::State::fill()
{
    queue.clear();
    taken = 0;
    bool last = false;
    auto text = pieces->next(last);
    if (!text)
        return text.error();
    if (!splitter) // the first piece: its header line tells the delimiter
        splitter.emplace(delimiter = detectDelimiter(text.value()));
    auto split = splitter->feed(text.value(), last, queue);
    ended = last;
    if (!split) {
        errorLine = splitter->failedAt;
        return split.error();
    }
    return {};
}

CsvReader::CsvReader(QIODevice *device, qint64 limit)
    : d(std::make_unique<State>(device, limit))
{}

CsvReader::~CsvReader() = default;

Result<void> CsvReader::open(const Error &tooLarge)
{
    d->pieces.emplace(d->device, d->limit, tooLarge);
    if (auto started = d->pieces->start(); !started)
        return started;
    while (d->queue.isEmpty() && !d->ended)
        if (auto filled = d->fill(); !filled)
            return filled;
    if (d->queue.isEmpty())
        return Error::storage(
            QCoreApplication::translate("Csv", "The file is empty: it needs a header line."));
    d->header = d->queue.at(0).fields;
    d->taken = 1;
    for (auto &name : d->header)
        name = name.trimmed().toLower();
    return {};
}

TextEncoding CsvReader::encoding() const
{
    return d->pieces ? d->pieces->encoding() : TextEncoding::Utf8;
}

QChar CsvReader::delimiter() const
{
    return d->delimiter;
}

const QStringList &CsvReader::header() const
{
    return d->header;
}

int CsvReader::errorLine() const
{
    return d->errorLine;
}

qint64 CsvReader::bytesRead() const
{
    return d->pieces ? d->pieces->bytesRead() : 0;
}

QString CsvReader::sha256() const
{
    return d->pieces ? d->pieces->sha256() : QString();
}

Result<bool> CsvReader::next(CsvRecord &record)
{
    for (;;) {
        while (d->taken < d->queue.size()) {
            CsvRecord &r = d->queue[d->taken++];
            // Rows of empty cells only (a spreadsheet's trailing ",,,,") carry nothing.
            if (std::all_of(r.fields.cbegin(), r.fields.cend(),
                            [](const QString &f) { return f.trimmed().isEmpty(); }))
                continue;
            if (r.fields.size() != d->header.size()) {
                d->errorLine = r.line;
                return Error::storage(QCoreApplication::translate(
                                          "Csv", "Line %1 has %2 field(s) but the header has %3 "
                                                 "(is the delimiter \"%4\" right?).")
                                          .arg(r.line)
                                          .arg(r.fields.size())
                                          .arg(d->header.size())
                                          .arg(d->delimiter));
            }
            record = std::move(r);
            return true;
        }
        if (d->ended)
            return false;
        if (auto filled = d->fill(); !filled)
            return filled.error();
    }
}

Result<CsvTable> readCsv(QIODevice *device, int *errorLine, qsizetype keepRows, qint64 limit,
                         const Error &tooLarge)
{
    int scratch = 0;
    int &failedAt = errorLine ? *errorLine : scratch;
    failedAt = 0;
    CsvReader reader(device, limit);
    auto fail = [&](const Error &error) -> Result<CsvTable> {
        failedAt = reader.errorLine();
        return error;
    };
    if (auto opened = reader.open(tooLarge); !opened)
        return fail(opened.error());
    CsvTable table;
    table.encoding = reader.encoding();
    table.delimiter = reader.delimiter();
    table.header = reader.header();
    CsvRecord record;
    for (;;) {
        auto more = reader.next(record);
        if (!more)
            return fail(more.error());
        if (!more.value())
            break;
        if (keepRows < 0 || table.records.size() < keepRows)
            table.records << std::move(record);
        ++table.rowCount;
    }
    return table;
}

Result<CsvTable> parseCsv(const QByteArray &data, int *errorLine)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return readCsv(&buffer, errorLine);
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf16:
        return QStringLiteral("UTF-16");
    case TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

namespace csv {

namespace {
// A cell a spreadsheet would run as a formula: it starts (after any apostrophes this program
// added before) with = + - @, a tab or a carriage return.
bool startsAsFormula(const QString &field, qsizetype from)
{
    if (field.size() <= from)
        return false;
    const QChar c = field.at(from);
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

qsizetype leadingApostrophes(const QString &field)
{
    qsizetype n = 0;
    while (n < field.size() && field.at(n) == QLatin1Char('\''))
        ++n;
    return n;
}
} // namespace

QString protectFormula(const QString &field)
{
    // OWASP's advice against CSV injection: a leading apostrophe makes the cell text. A number
    // ("-12.5", "+3") stays a number. Apostrophes already before a formula character get one
    // more, so reading it back removes exactly the one added here.
    static const QRegularExpression number(QStringLiteral("^[+-]?\\d+([.,]\\d+)?$"));
    if (!startsAsFormula(field, leadingApostrophes(field)) || number.match(field).hasMatch())
        return field;
    return QLatin1Char('\'') + field;
}

QString unprotectFormula(const QString &field)
{
    const qsizetype apostrophes = leadingApostrophes(field);
    if (apostrophes > 0 && startsAsFormula(field, apostrophes))
        return field.mid(1);
    return field;
}

} // namespace csv

CsvWriter::CsvWriter(QChar delimiter)
    : m_delimiter(delimiter)
{}

QString CsvWriter::quoted(const QString &field) const
{
    const bool needs = field.contains(m_delimiter) || field.contains(QLatin1Char('"')) ||
                       field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')) ||
                       (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needs)
        return field;
    QString out = field;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

void CsvWriter::addRow(const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_text += m_delimiter;
        const QString &field = fields.at(i);
        // Most cells (numbers, keys, dates) need neither protection nor quotes: one look at
        // their characters, and they are appended as they are.
        bool plain = field.isEmpty() || (!field.front().isSpace() && !field.back().isSpace());
        for (qsizetype c = 0; plain && c < field.size(); ++c) {
            const QChar ch = field.at(c);
            plain = ch != m_delimiter && ch != QLatin1Char('"') && ch != QLatin1Char('\n') &&
                    ch != QLatin1Char('\r');
        }
        if (plain && (field.isEmpty() || field.front().isLetterOrNumber()))
            m_text += field;
        else
            m_text += quoted(csv::protectFormula(field));
    }
    m_text += QStringLiteral("\r\n");
}

QByteArray CsvWriter::data() const
{
    return QByteArray("\xEF\xBB\xBF") + m_text.toUtf8();
}

QByteArray CsvWriter::take()
{
    QByteArray bytes = m_started ? m_text.toUtf8() : data();
    m_started = true;
    m_text.resize(0); // keeps its capacity for the next piece
    return bytes;
}

} // namespace tricholog
