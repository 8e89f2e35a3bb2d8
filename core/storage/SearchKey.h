#pragma once

#include <QString>

namespace tricholog {

// Folds a name or MRN for search: case-folded, accents and apostrophes removed, so "muller",
// "Müller" and "MÜLLER" match, and "obri" finds "O'Brien". SQLite's NOCASE folds ASCII only.
QString searchKey(const QString &text);

// The smallest string greater than every string starting with `prefix`, for index range scans.
QString prefixUpperBound(const QString &prefix);

} // namespace tricholog
