#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace tricholog {

// One date format for forms and views: the user's locale's short date with the year in four
// digits (en_US 3/14/1978, de 14.03.1978, ISO 1978-03-14 where the locale writes that). Two-digit
// years are never shown, so a birth date and a visit date cannot be mistaken for each other.
QString dateFormat(const QLocale &locale);
QString dateFormat(); // the default locale's
QString dateText(const QDate &date, const QLocale &locale);
QString dateText(const QDate &date);         // empty for an invalid date
QString dateTimeText(const QDateTime &when); // the date as above and the locale's short time

// Reads a date as typed: ISO 8601 (1978-03-14), 19780314, or the locale's short form, with a
// four- or two-digit year (a two-digit year is the latest such year no more than ten years ahead
// of `today`, the database clock's). Returns an invalid date for anything else: the caller says
// so, never guesses.
QDate readDate(const QString &text, const QDate &today);

} // namespace tricholog
