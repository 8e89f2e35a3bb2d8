#include "core/storage/SearchKey.h"

#include <QLocale>
#include <QRegularExpression>

namespace tricholog {

QString searchKey(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            continue;
        default:
            break;
        }
        switch (c.unicode()) {
        case u'\'':
        case u'\u2019': // right single quotation mark, as in O’Brien
        case u'`':
            continue;
        case u'\u00f8': // ø
            key += u'o';
            continue;
        case u'\u0142': // ł
            key += u'l';
            continue;
        case u'\u0111': // đ
            key += u'd';
            continue;
        case u'\u00df': // ß (simple case folding keeps it)
            key += QStringLiteral("ss");
            continue;
        case u'\u00e6': // æ
            key += QStringLiteral("ae");
            continue;
        case u'\u0153': // œ
            key += QStringLiteral("oe");
            continue;
        default:
            key += c;
        }
    }
    return key.simplified();
}

QString prefixUpperBound(const QString &prefix)
{
    return prefix + QChar(0xFFFF);
}

QDate searchDate(const QString &text, QDate today)
{
    const QString t = text.trimmed();
    if (t.size() < 6 || !t.front().isDigit() || !t.back().isDigit())
        return {};
    QDate d = QDate::fromString(t, Qt::ISODate);
    if (d.isValid())
        return d;
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    static const QRegularExpression years(QStringLiteral("y+"));
    d = locale.toDate(t, QString(format).replace(years, QStringLiteral("yyyy")));
    if (d.isValid())
        return d;
    d = locale.toDate(t, format.replace(years, QStringLiteral("yy")));
    if (!d.isValid())
        return {};
    // A two-digit year of a birth date: the latest such year not in the future.
    int year = 2000 + d.year() % 100;
    if (year > today.year())
        year -= 100;
    return QDate(year, d.month(), d.day());
}

} // namespace tricholog
