#pragma once

#include "core/Result.h"

#include <QDate>
#include <QMarginsF>
#include <QString>
#include <functional>

class QPagedPaintDevice;

namespace tricholog {

class PageFlow;

// Lays a report out with `layout` (in points, 1/72 inch, whatever the device's resolution; it is
// given the device's scale) and paints its pages onto `device` (PDF writer, printer), each with
// a footer: `footerLeft`, `footerCentre` and "Page x of y". Returns the number of pages.
int renderPages(QPagedPaintDevice &device,
                const std::function<void(PageFlow &, double dpiScale)> &layout,
                const QString &footerLeft, const QString &footerCentre);

// What a report's PDF says about itself: the information dictionary and the XMP metadata.
struct PdfMeta
{
    QString title, author, subject, keywords;
    QDate created;
};

QByteArray xmpOf(const PdfMeta &meta);

// Writes a PDF of `render`'s pages (300 dpi, A4 or Letter as `paperSize` says, `marginsMm`)
// with `meta`, through QSaveFile so a failure never leaves a partial file; never through a link
// nor into a device. Returns the number of pages `render` painted.
Result<int> writePagedPdf(const QString &path, const QString &paperSize, const QMarginsF &marginsMm,
                          const PdfMeta &meta,
                          const std::function<int(QPagedPaintDevice &)> &render);

} // namespace tricholog
