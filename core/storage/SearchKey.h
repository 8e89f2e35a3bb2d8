#pragma once

#include <QDate>
#include <QString>

namespace tricholog {

// Folds a name or MRN for search: case-folded, accents and apostrophes removed, so "muller",
// "Müller" and "MÜLLER" match, and "obri" finds "O'Brien". SQLite's NOCASE folds ASCII only.
QString searchKey(const QString &text);

// A search that is a date of birth: ISO 8601 (1978-03-14) or the locale's short date with a
// four- or two-digit year (3/14/1978, 14.03.78; a two-digit year is the latest such year not
// after `today`, the database clock's). Invalid when the text is not a date.
QDate searchDate(const QString &text, QDate today);

// The smallest string greater than every string starting with `prefix`, for index range scans.
QString prefixUpperBound(const QString &prefix);

} // namespace tricholog
