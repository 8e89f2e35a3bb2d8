#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace tricholog {

// Adds entries (Author, Subject, Keywords...) to the information dictionary of a PDF that
// QPdfWriter wrote: Qt 6.4 sets only Title and Creator there. Appends a standard incremental
// update (PDF 1.7, 7.5.6): the Info object again with the extra keys, a one-entry xref section
// and a trailer whose /Prev points at the original. The original bytes are not touched.
// Returns the input unchanged when its trailer is not the classic form QPdfWriter writes.
QByteArray addPdfInfoEntries(const QByteArray &pdf,
                             const QList<QPair<QByteArray, QString>> &entries);

} // namespace tricholog
