#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPair>
#include <QString>

namespace tricholog {

class PageFlow;

// The text blocks every report is made of (the progress report, the cohort report): DejaVu Sans
// at pixel sizes in points, headings in the accent colour, wrapped paragraphs and label/value
// lines placed on a PageFlow.
namespace reporttext {

inline const QColor kAccent(0x1f, 0x4e, 0x79);
inline const QColor kMuted(0x55, 0x55, 0x55);

QFont font(int pixels, bool bold = false);
double textHeight(const QFont &f, double width, const QString &text);
void paragraph(PageFlow &flow, const QString &text, const QFont &f,
               const QColor &color = Qt::black);
// A heading with a rule under it, never alone at the bottom of a page.
void heading(PageFlow &flow, const QString &text);
// Label/value lines, two columns.
void facts(PageFlow &flow, const QList<QPair<QString, QString>> &rows);

} // namespace reporttext

} // namespace tricholog
