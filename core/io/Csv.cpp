#include "core/io/Csv.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>
#include <algorithm>
#include <optional>

namespace tricholog {

namespace {

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

struct DecodedText
{
    QString text;
    TextEncoding encoding = TextEncoding::Utf8;
};

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

Result<QString> decodeWindows1252(const QByteArray &data)
{
    QString text(data.size(), Qt::Uninitialized);
    QChar *out = text.data();
    int line = 1;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const auto byte = static_cast<unsigned char>(data.at(i));
        if (byte == '\n')
            ++line;
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
                        .arg(line));
        }
        out[i] = QChar(unit);
    }
    return text;
}

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

// The text of the file without its byte-order mark, and the encoding it was read in:
// a UTF-16 byte-order mark (or the NUL pattern of bomlessUtf16) means UTF-16; bytes that are
// valid UTF-8 (with or without a byte-order mark) are UTF-8; anything else is Windows-1252,
// what spreadsheet programs on Windows save as "CSV" (Excel's "CSV (Comma delimited)").
Result<DecodedText> decodeText(const QByteArray &data)
{
    std::optional<QStringConverter::Encoding> utf16;
    qsizetype skip = 0;
    if (data.startsWith("\xFF\xFE")) {
        utf16 = QStringConverter::Utf16LE;
        skip = 2;
    } else if (data.startsWith("\xFE\xFF")) {
        utf16 = QStringConverter::Utf16BE;
        skip = 2;
    } else if (!data.startsWith("\xEF\xBB\xBF")) {
        utf16 = bomlessUtf16(data);
    }
    if (utf16) {
        QStringDecoder decoder(*utf16, QStringDecoder::Flag::Stateless);
        QString text = decoder.decode(QByteArrayView(data).sliced(skip));
        // An odd byte at the end is no character: the decoder would drop it silently.
        if (decoder.hasError() || (data.size() - skip) % 2 != 0)
            return Error::storage(
                QCoreApplication::translate("Csv", "The file is not valid UTF-16 text."));
        // Qt's decoder passes a surrogate without its pair through; no text can hold it (UTF-8
        // has no form for it), so it would come back as "?" (found by tst_fuzz_csv).
        int line = 1;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('\n'))
                ++line;
            if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                ++i;
                continue;
            }
            if (c.isSurrogate())
                return Error::storage(
                    QCoreApplication::translate("Csv", "The file is not valid UTF-16 text: a "
                                                       "surrogate without its pair (U+%1) on "
                                                       "line %2.")
                        .arg(QString::number(c.unicode(), 16).toUpper())
                        .arg(line));
        }
        return DecodedText{text, TextEncoding::Utf16};
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (!decoder.hasError()) {
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        return DecodedText{text, TextEncoding::Utf8};
    }
    // A UTF-8 byte-order mark promises UTF-8: broken bytes after it are not another encoding.
    if (data.startsWith("\xEF\xBB\xBF"))
        return Error::storage(QCoreApplication::translate(
            "Csv",
            "The file starts as UTF-8 (byte-order mark) but holds bytes that are not UTF-8."));
    auto latin = decodeWindows1252(data);
    if (!latin)
        return latin.error();
    return DecodedText{std::move(latin).value(), TextEncoding::Windows1252};
}

// The records of the text, header first; blank lines are skipped. On an error, failedAt is its
// line.
Result<QList<CsvRecord>> splitRecords(const QString &text, QChar delimiter, int &failedAt)
{
    QList<CsvRecord> all;
    CsvRecord current;
    QString field;
    int line = 1;
    current.line = 1;
    bool inQuotes = false;
    bool afterQuote = false; // a quoted field just closed: only a delimiter or line end may follow
    bool fieldStarted = false; // the record has content (blank lines are skipped)
    int quoteLine = 0;

    auto endField = [&] {
        // A cell written with a protective apostrophe ("'=1+2") comes back as it was.
        current.fields << csv::unprotectFormula(field);
        field.clear();
        afterQuote = false;
    };
    auto endRecord = [&] {
        if (fieldStarted || !current.fields.isEmpty()) {
            endField();
            all << current;
        }
        current = CsvRecord();
        fieldStarted = false;
        afterQuote = false;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            current.line = line;
            continue;
        }
        if (c == delimiter) {
            fieldStarted = true;
            endField();
            continue;
        }
        if (afterQuote) {
            failedAt = line;
            return Error::storage(
                QCoreApplication::translate(
                    "Csv",
                    "Line %1: text after a closing quote (a quote inside a quoted field must be "
                    "doubled: \"\").")
                    .arg(line));
        }
        if (c == QLatin1Char('"') && field.isEmpty()) {
            inQuotes = true;
            quoteLine = line;
            fieldStarted = true;
            continue;
        }
        if (c == QLatin1Char('"')) {
            failedAt = line;
            return Error::storage(
                QCoreApplication::translate(
                    "Csv",
                    "Line %1: a quote inside an unquoted field; quote the whole field and double "
                    "the quote (\"\").")
                    .arg(line));
        }
        field += c;
        fieldStarted = true;
    }
    if (inQuotes) {
        failedAt = quoteLine;
        return Error::storage(
            QCoreApplication::translate(
                "Csv", "Line %1: a quoted field is never closed (unbalanced quote).")
                .arg(quoteLine));
    }
    endRecord();
    return all;
}

// The header (names trimmed and in lower case) and the rows, each with as many fields.
Result<CsvTable> tableOf(QList<CsvRecord> all, QChar delimiter, int &failedAt)
{
    if (all.isEmpty())
        return Error::storage(
            QCoreApplication::translate("Csv", "The file is empty: it needs a header line."));
    CsvTable table;
    table.delimiter = delimiter;
    table.header = all.takeFirst().fields;
    for (auto &name : table.header)
        name = name.trimmed().toLower();
    // Rows of empty cells only (a spreadsheet's trailing ",,,,") carry nothing.
    all.removeIf([](const CsvRecord &r) {
        return std::all_of(r.fields.cbegin(), r.fields.cend(),
                           [](const QString &f) { return f.trimmed().isEmpty(); });
    });
    for (const auto &record : std::as_const(all)) {
        if (record.fields.size() != table.header.size()) {
            failedAt = record.line;
            return Error::storage(
                QCoreApplication::translate("Csv",
                                            "Line %1 has %2 field(s) but the header has %3 (is the "
                                            "delimiter \"%4\" right?).")
                    .arg(record.line)
                    .arg(record.fields.size())
                    .arg(table.header.size())
                    .arg(delimiter));
        }
    }
    table.records = all;
    return table;
}

} // namespace

Result<CsvTable> parseCsv(const QByteArray &data, int *errorLine)
{
    int scratch = 0;
    int &failedAt = errorLine ? *errorLine : scratch;
    failedAt = 0;
    auto decoded = decodeText(data);
    if (!decoded)
        return decoded.error();
    const QString &text = decoded.value().text;
    const QChar delimiter = detectDelimiter(text);
    auto records = splitRecords(text, delimiter, failedAt);
    if (!records)
        return records.error();
    auto table = tableOf(std::move(records).value(), delimiter, failedAt);
    if (table)
        table.value().encoding = decoded.value().encoding;
    return table;
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
