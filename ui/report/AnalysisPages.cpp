// The report's image-analysis pages: for each analysed site, the baseline and the latest analysed
// photo side by side, each with its hairs drawn over it and its figures, and the method note
// naming the engine and its version.
#include "ui/report/AnalysisPages.h"

#include "core/analysis/AnalysisJson.h"
#include "core/analysis/AnalysisRecord.h"
#include "core/model/Keys.h"
#include "ui/report/PageFlow.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <map>

namespace tricholog {

namespace {

struct Analysed
{
    Photo photo;
    analysis::CorrectedAnalysis analysis;
};

// The photo at print size with every counted hair drawn over it (removed ones left out).
QImage withHairs(const QImage &photo, const analysis::AnalysisResult &r, int edge)
{
    QImage out = (photo.width() > edge || photo.height() > edge
                      ? photo.scaled(edge, edge, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                      : photo)
                     .convertToFormat(QImage::Format_RGB32);
    QPainter p(&out);
    p.setRenderHint(QPainter::Antialiasing);
    const double scale = double(out.width()) / std::max(1, r.imageSize.width());
    p.scale(scale, scale);
    QPen field(Qt::white, 1.5 / scale, Qt::DashLine);
    p.setPen(field);
    p.drawPath(r.options.field.outline());
    for (const analysis::Hair &h : r.hairs) {
        if (h.removed)
            continue;
        QPainterPath path(h.path.value(0, h.a));
        for (qsizetype i = 1; i < h.path.size(); ++i)
            path.lineTo(h.path[i]);
        p.setPen(QPen(analysis::classColour(h.widthUm, r.options), 1.6 / scale,
                      h.inField ? Qt::SolidLine : Qt::DotLine));
        p.drawPath(path);
    }
    return out;
}

QString figures(const Analysed &a, const QLocale &l)
{
    const analysis::AnalysisResult &r = a.analysis.result();
    QString text =
        QCoreApplication::translate("ProgressReport", "%1: %2 hairs in %3 cm², %4 hairs/cm²")
            .arg(minuteText(a.photo.takenAt, l))
            .arg(r.hairCount)
            .arg(l.toString(r.fieldCm2, 'f', 3), l.toString(r.densityPerCm2, 'f', 0));
    if (r.hairCount > 0)
        text +=
            QLatin1Char('\n') +
            QCoreApplication::translate("ProgressReport", "mean %1 µm, terminal %2 %, vellus %3 %")
                .arg(l.toString(r.meanDiameterUm, 'f', 1), l.toString(r.terminalPct, 'f', 0),
                     l.toString(r.vellusPct, 'f', 0));
    return text + QLatin1Char('\n') + analysis::editSummary(a.analysis);
}

} // namespace

void imageAnalysisPages(PageFlow &flow, const PatientRecord &record, const ReportOptions &o)
{
    if (!o.imageAnalyses || !o.photoImage)
        return;
    auto saved = o.imageAnalyses(record.patient.id);
    if (!saved)
        return;
    // By site, oldest photo first; only photos the report may show (consent, period).
    std::map<ScalpSite, QList<Analysed>> bySite;
    for (const ImageAnalysisRecord &r : saved.value()) {
        const auto photo = std::find_if(record.photos.begin(), record.photos.end(),
                                        [&](const Photo &p) { return p.id == r.photoId; });
        auto restored = analysis::analysisFrom(r);
        if (photo == record.photos.end() || !restored)
            continue;
        bySite[r.site] << Analysed{*photo, restored.value()};
    }
    if (bySite.empty())
        return;
    const QLocale &l = o.locale;
    flow.newPage();
    QFont headingFont;
    headingFont.setPixelSize(14);
    headingFont.setBold(true);
    QFont small;
    small.setPixelSize(8);
    QFont titleFont;
    titleFont.setPixelSize(10);
    titleFont.setBold(true);
    auto paragraph = [&](const QString &text, const QFont &f) {
        const double h = QFontMetricsF(f)
                             .boundingRect(QRectF(0, 0, flow.width(), 1e6), Qt::TextWordWrap, text)
                             .height();
        flow.place(h + 2, [=](QPainter &p, const QRectF &area) {
            p.setFont(f);
            p.setPen(Qt::black);
            p.drawText(area, Qt::TextWordWrap, text);
        });
    };
    paragraph(QCoreApplication::translate("ProgressReport", "Image analysis: baseline and latest"),
              headingFont);
    paragraph(QCoreApplication::translate(
                  "ProgressReport",
                  "Hairs counted and measured in the photos by Tricholog's image analysis (engine "
                  "%1 %2, method in its documentation), every hair drawn over the photo: terminal "
                  "cyan, intermediate pink, vellus yellow; hairs outside the counting field "
                  "dotted. Corrections made by hand are counted under each photo.")
                  .arg(QLatin1String(analysis::kAlgorithmName),
                       QLatin1String(analysis::kAlgorithmVersion)),
              small);
    flow.space(6);
    const double gap = 14;
    const double boxWidth = (flow.width() - gap) / 2;
    const double imageHeight = std::min(200.0, boxWidth * 0.75);
    const double captionHeight = 3 * QFontMetricsF(small).height() + 6;
    const int printEdge = int(boxWidth * 300.0 / 72.0);
    for (auto &[site, list] : bySite) {
        std::sort(list.begin(), list.end(), [](const Analysed &a, const Analysed &b) {
            return a.photo.takenAt < b.photo.takenAt;
        });
        QList<std::pair<QImage, QString>> shots;
        for (const Analysed *a : {&list.first(), list.size() > 1 ? &list.last() : nullptr}) {
            if (!a)
                continue;
            auto image = o.photoImage(a->photo.id);
            shots.append(
                {image ? withHairs(image.value(), a->analysis.result(), printEdge) : QImage(),
                 figures(*a, l)});
        }
        flow.ensure(QFontMetricsF(titleFont).height() + imageHeight + captionHeight + 16);
        paragraph(label(site), titleFont);
        flow.place(imageHeight + captionHeight + 4, [=](QPainter &p, const QRectF &area) {
            for (qsizetype i = 0; i < shots.size(); ++i) {
                const QRectF box(area.left() + double(i) * (boxWidth + gap), area.top(), boxWidth,
                                 imageHeight);
                if (!shots[i].first.isNull()) {
                    const QSizeF fitted =
                        QSizeF(shots[i].first.size()).scaled(box.size(), Qt::KeepAspectRatio);
                    p.drawImage(QRectF(box.left() + (box.width() - fitted.width()) / 2, box.top(),
                                       fitted.width(), fitted.height()),
                                shots[i].first);
                }
                p.setFont(small);
                p.setPen(Qt::black);
                p.drawText(QRectF(box.left(), box.bottom() + 3, box.width(), captionHeight),
                           Qt::AlignHCenter | Qt::AlignTop, shots[i].second);
            }
            if (shots.size() == 1) {
                p.setPen(QColor(0x55, 0x55, 0x55));
                p.drawText(QRectF(area.left() + boxWidth + gap, area.top(), boxWidth, imageHeight),
                           Qt::AlignCenter | Qt::TextWordWrap,
                           QCoreApplication::translate(
                               "ProgressReport", "Only one analysed photo of this site so far."));
            }
        });
        flow.space(10);
    }
}

} // namespace tricholog
