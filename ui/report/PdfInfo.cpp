#include "ui/report/PdfInfo.h"

#include <QRegularExpression>

namespace tricholog {

namespace {

// A text string as UTF-16BE with byte-order mark, hex-encoded: safe for any character.
QByteArray pdfTextString(const QString &text)
{
    QByteArray utf16("\xFE\xFF", 2);
    for (const QChar c : text) {
        utf16 += char(c.unicode() >> 8);
        utf16 += char(c.unicode() & 0xFF);
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

} // namespace

QByteArray addPdfInfoEntries(const QByteArray &pdf,
                             const QList<QPair<QByteArray, QString>> &entries)
{
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    if (trailerAt < 0)
        return pdf;
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt));
    static const QRegularExpression sizeRe(QStringLiteral(R"(/Size\s+(\d+))"));
    static const QRegularExpression infoRe(QStringLiteral(R"(/Info\s+(\d+)\s+0\s+R)"));
    static const QRegularExpression rootRe(QStringLiteral(R"(/Root\s+(\d+)\s+0\s+R)"));
    static const QRegularExpression startRe(QStringLiteral(R"(startxref\s+(\d+))"));
    const auto size = sizeRe.match(trailer);
    const auto info = infoRe.match(trailer);
    const auto root = rootRe.match(trailer);
    const auto start = startRe.match(trailer);
    if (!size.hasMatch() || !info.hasMatch() || !root.hasMatch() || !start.hasMatch())
        return pdf;

    const QByteArray infoNumber = info.captured(1).toLatin1();
    const QByteArray header = '\n' + infoNumber + " 0 obj";
    const qsizetype objAt = pdf.indexOf(header);
    const qsizetype open = objAt < 0 ? -1 : pdf.indexOf("<<", objAt);
    const qsizetype end = objAt < 0 ? -1 : pdf.indexOf("\nendobj", objAt);
    const qsizetype close = end < 0 ? -1 : pdf.lastIndexOf(">>", end);
    if (open < 0 || close < open || end < 0)
        return pdf;
    QByteArray dictionary = pdf.mid(open + 2, close - open - 2);
    for (const auto &[key, value] : entries)
        dictionary += '/' + key + ' ' + pdfTextString(value) + '\n';

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    const qsizetype objectOffset = out.size();
    out += infoNumber + " 0 obj\n<<" + dictionary + ">>\nendobj\n";
    const qsizetype xrefOffset = out.size();
    out += "xref\n" + infoNumber + " 1\n" +
           QByteArray::number(objectOffset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<<\n/Size " + size.captured(1).toLatin1() + "\n/Info " + infoNumber +
           " 0 R\n/Root " + root.captured(1).toLatin1() + " 0 R\n/Prev " +
           start.captured(1).toLatin1() + "\n>>\nstartxref\n" + QByteArray::number(xrefOffset) +
           "\n%%EOF\n";
    return out;
}

} // namespace tricholog
