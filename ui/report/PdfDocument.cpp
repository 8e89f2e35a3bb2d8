#include "ui/report/PdfDocument.h"

#include "core/io/SafeIo.h"
#include "ui/report/PageFlow.h"
#include "ui/report/PdfInfo.h"
#include "ui/report/ReportText.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace tricholog {

int renderPages(QPagedPaintDevice &device,
                const std::function<void(PageFlow &, double dpiScale)> &layout,
                const QString &footerLeft, const QString &footerCentre)
{
    const double scale = device.logicalDpiX() / 72.0;
    const QRectF page(0, 0, device.width() / scale, device.height() / scale);
    const double footerHeight = 22;
    PageFlow flow(QRectF(page.left(), page.top(), page.width(), page.height() - footerHeight));
    layout(flow, scale);

    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    const int pages = flow.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        painter.save();
        painter.scale(scale, scale);
        flow.paintPage(i, painter);
        const QRectF footer(page.left(), page.bottom() - footerHeight + 8, page.width(),
                            footerHeight - 8);
        painter.setPen(QPen(reporttext::kMuted, 0.5));
        painter.drawLine(footer.topLeft(), footer.topRight());
        painter.setFont(reporttext::font(8));
        painter.drawText(footer.adjusted(0, 3, 0, 0), Qt::AlignLeft | Qt::AlignTop, footerLeft);
        if (!footerCentre.isEmpty())
            painter.drawText(footer.adjusted(0, 3, 0, 0), Qt::AlignHCenter | Qt::AlignTop,
                             footerCentre);
        painter.drawText(
            footer.adjusted(0, 3, 0, 0), Qt::AlignRight | Qt::AlignTop,
            QCoreApplication::translate("ProgressReport", "Page %1 of %2").arg(i + 1).arg(pages));
        painter.restore();
    }
    painter.end();
    return pages;
}

QByteArray xmpOf(const PdfMeta &meta)
{
    auto esc = [](const QString &t) {
        return t.toHtmlEscaped().toUtf8();
    };
    QByteArray xmp;
    xmp += "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
           "<x:xmpmeta xmlns:x='adobe:ns:meta/'>\n"
           "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
           "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
           "xmlns:pdf='http://ns.adobe.com/pdf/1.3/' xmlns:xmp='http://ns.adobe.com/xap/1.0/'>\n";
    xmp += "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>" + esc(meta.title) +
           "</rdf:li></rdf:Alt></dc:title>\n";
    xmp +=
        "<dc:creator><rdf:Seq><rdf:li>" + esc(meta.author) + "</rdf:li></rdf:Seq></dc:creator>\n";
    xmp += "<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>" + esc(meta.subject) +
           "</rdf:li></rdf:Alt></dc:description>\n";
    xmp += "<pdf:Producer>Tricholog " + esc(QCoreApplication::applicationVersion()) +
           "</pdf:Producer>\n";
    xmp += "<xmp:CreateDate>" + meta.created.toString(Qt::ISODate).toUtf8() + "</xmp:CreateDate>\n";
    xmp += "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end='w'?>";
    return xmp;
}

Result<int> writePagedPdf(const QString &path, const QString &paperSize, const QMarginsF &marginsMm,
                          const PdfMeta &meta,
                          const std::function<int(QPagedPaintDevice &)> &render)
{
    // Never through a link (QSaveFile would replace the file it points to), nor into a device.
    if (auto allowed = checkOutputPath(path); !allowed)
        return allowed.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::storage(QCoreApplication::translate("ProgressReport", "Cannot write %1: %2")
                                  .arg(path, file.errorString()));
    int pages = 0;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageSize(paperSize == QLatin1String("Letter") ? QPageSize(QPageSize::Letter)
                                                                : QPageSize(QPageSize::A4));
        writer.setPageMargins(marginsMm, QPageLayout::Millimeter);
        writer.setTitle(meta.title);
        writer.setCreator(
            QStringLiteral("Tricholog %1").arg(QCoreApplication::applicationVersion()));
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
        // Qt 6.4 writes only title and creator into the information dictionary: author and
        // subject go into the XMP metadata here and into the dictionary just below.
        writer.setDocumentXmpMetadata(xmpOf(meta));
        pages = render(writer);
    }
    const QByteArray pdf = addPdfInfoEntries(
        buffer.data(),
        {{"Author", meta.author}, {"Subject", meta.subject}, {"Keywords", meta.keywords}});
    if (file.write(pdf) != pdf.size() || !file.commit())
        return Error::storage(QCoreApplication::translate("ProgressReport", "Cannot write %1: %2")
                                  .arg(path, file.errorString()));
    return pages;
}

} // namespace tricholog
