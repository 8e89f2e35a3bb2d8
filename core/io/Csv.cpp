#include "core/io/Csv.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>
#include <algorithm>

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

// The text of the file: UTF-8, without its byte-order mark.
Result<QString> decodeText(const QByteArray &data)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError())
        return Error::storage(QCoreApplication::translate("Csv", "The file is not UTF-8 text."));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
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
    auto text = decodeText(data);
    if (!text)
        return text.error();
    const QChar delimiter = detectDelimiter(text.value());
    auto records = splitRecords(text.value(), delimiter, failedAt);
    if (!records)
        return records.error();
    return tableOf(std::move(records).value(), delimiter, failedAt);
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
        m_text += quoted(csv::protectFormula(fields.at(i)));
    }
    m_text += QStringLiteral("\r\n");
}

QByteArray CsvWriter::data() const
{
    return QByteArray("\xEF\xBB\xBF") + m_text.toUtf8();
}

} // namespace tricholog
