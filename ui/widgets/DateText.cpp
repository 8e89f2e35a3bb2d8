#include "ui/widgets/DateText.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace tricholog {

namespace {
QString fourDigitYears(QString format)
{
    static const QRegularExpression years(QStringLiteral("y+"));
    format.replace(years, QStringLiteral("yyyy"));
    return format;
}
} // namespace

QString dateFormat(const QLocale &locale)
{
    return fourDigitYears(locale.dateFormat(QLocale::ShortFormat));
}

QString dateFormat()
{
    return dateFormat(QLocale());
}

QString dateText(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, dateFormat(locale)) : QString();
}

QString dateText(const QDate &date)
{
    return dateText(date, QLocale());
}

QString dateTimeText(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return dateText(when.date()) + QLatin1Char(' ') +
           QLocale().toString(when.time(), QLocale::ShortFormat);
}

QDate readDate(const QString &text, const QDate &today)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    QDate d = QDate::fromString(t, Qt::ISODate);
    if (d.isValid())
        return d;
    static const QRegularExpression compact(QStringLiteral("^\\d{8}$"));
    if (compact.match(t).hasMatch())
        return QDate::fromString(t, QStringLiteral("yyyyMMdd"));
    const QLocale locale;
    d = locale.toDate(t, dateFormat());
    if (d.isValid())
        return d;
    // The locale's own short form, usually with a two-digit year, read into the right century.
    QString shortFormat = locale.dateFormat(QLocale::ShortFormat);
    static const QRegularExpression years(QStringLiteral("y+"));
    shortFormat.replace(years, QStringLiteral("yy"));
    d = locale.toDate(t, shortFormat);
    if (!d.isValid())
        return {};
    int year = 2000 + d.year() % 100;
    if (year > today.year() + 10)
        year -= 100;
    return QDate(year, d.month(), d.day());
}

} // namespace tricholog
