#include "ui/charts/ChartRenderer.h"

#include "core/io/SafeIo.h"
#include "core/model/Keys.h"
#include "ui/charts/SiteColors.h"
#include "ui/widgets/DateText.h"

#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QGraphicsScene>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPalette>
#include <QSaveFile>
#include <QScatterSeries>
#include <QSvgGenerator>
#include <QValueAxis>

namespace tricholog {

QChart *ChartRenderer::createChart(const ChartData &data)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);

    // A chart without any range yet (a view before its first record: ChartData::build always
    // gives one) still gets sane axes, an empty month; no clock is read here.
    const double minX = data.minX < data.maxX ? data.minX : data.minX - 15 * 86400000.0;
    const double maxX = data.minX < data.maxX ? data.maxX : data.minX + 15 * 86400000.0;
    const double minY = data.minY < data.maxY ? data.minY : 0.0;
    const double maxY = data.minY < data.maxY ? data.maxY : 100.0;
    auto *x = new QDateTimeAxis;
    x->setFormat(dateFormat(data.locale));
    x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(minX)),
                QDateTime::fromMSecsSinceEpoch(qint64(maxX)));
    x->setTickCount(6);
    x->setTitleText(QCoreApplication::translate("ProgressChart", "Visit date"));
    auto *y = new QValueAxis;
    y->setRange(minY, maxY);
    y->setTitleText(data.valueAxisTitle);
    y->applyNiceNumbers();
    // Enough decimals that ticks never repeat (cumulative thickness spans a few mm/cm²).
    const double step = (y->max() - y->min()) / std::max(1, y->tickCount() - 1);
    const int decimals = step >= 1 ? 0 : step >= 0.1 ? 1 : 2;
    y->setLabelFormat(data.percent
                          ? QStringLiteral("%+.0f %%")
                          : QStringLiteral("%.") + QString::number(decimals) + QLatin1Char('f'));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    for (const auto &s : data.series) {
        const QColor color = siteColor(s.site);
        auto *line = new QLineSeries;
        line->setName(s.name);
        line->setPointsVisible(true);
        QPen pen(color, 2.5);
        line->setPen(pen);
        line->replace(s.points);
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);

        auto *baseline = new QLineSeries;
        QPen dashed(color, 1.2, Qt::DashLine);
        baseline->setPen(dashed);
        baseline->replace({QPointF(minX, s.baseline), QPointF(maxX, s.baseline)});
        chart->addSeries(baseline);
        baseline->attachAxis(x);
        baseline->attachAxis(y);
        chart->legend()->markers(baseline).first()->setVisible(false);
    }

    if (!data.sessions.isEmpty()) {
        auto *markers = new QScatterSeries;
        markers->setName(QCoreApplication::translate("ProgressChart", "Microneedling session"));
        markers->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        markers->setMarkerSize(11);
        markers->setColor(QColor(0x55, 0x55, 0x55));
        markers->setBorderColor(Qt::white);
        const double markerY = y->min() + (y->max() - y->min()) * 0.04;
        QList<QPointF> points;
        for (const auto &m : data.sessions)
            points << QPointF(double(m.when.toMSecsSinceEpoch()), markerY);
        markers->replace(points);
        chart->addSeries(markers);
        markers->attachAxis(x);
        markers->attachAxis(y);
    }
    if (!data.message.isEmpty())
        chart->setTitle(data.message);
    return chart;
}

void ChartRenderer::applyPalette(QChart *chart, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    if (base.lightness() >= 128)
        return; // the default light chart fits a light palette
    const QColor text = palette.color(QPalette::Text);
    QColor grid = text;
    grid.setAlpha(60);
    chart->setBackgroundBrush(base);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
}

void ChartRenderer::paint(QPainter &painter, const QRectF &target, const PatientRecord &record,
                          Metric metric, bool percent, QDate today, const QLocale &locale)
{
    paintChart(painter, target,
               createChart(ChartData::build(record, metric, percent, today, locale)));
}

void ChartRenderer::paintChart(QPainter &painter, const QRectF &target, QChart *chart)
{
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns it
    // Lay out at 1.6x the target (at least 760 x 440) so axis labels and titles keep their room,
    // then scale down onto the target.
    const QSizeF logical(std::max(target.width() * 1.6, 760.0),
                         std::max(target.height() * 1.6, 440.0));
    chart->setGeometry(QRectF(QPointF(0, 0), logical));
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, target, scene.sceneRect(), Qt::KeepAspectRatio);
    painter.restore();
}

QImage ChartRenderer::image(const PatientRecord &record, Metric metric, bool percent, QSize size,
                            QDate today, const QLocale &locale)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    // Fonts are sized for about 1000 px wide; larger images are scaled up, not made tiny.
    const double scale = std::max(1.0, size.width() / 1000.0);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paint(painter, QRectF(0, 0, size.width() / scale, size.height() / scale), record, metric,
          percent, today, locale);
    painter.end();
    return image;
}

QByteArray ChartRenderer::svg(const PatientRecord &record, Metric metric, bool percent, QSize size,
                              QDate today, const QLocale &locale)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(96);
    generator.setTitle(
        QCoreApplication::translate("ProgressChart", "Progress chart: %1").arg(label(metric)));
    QPainter painter(&generator);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), record, metric, percent, today, locale);
    painter.end();
    return buffer.data();
}

bool ChartRenderer::isExportSuffix(const QString &path)
{
    return path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive) ||
           path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
}

Result<void> ChartRenderer::exportFile(const QString &path, const PatientRecord &record,
                                       Metric metric, bool percent, QSize size, QDate today,
                                       const QLocale &locale)
{
    if (!isExportSuffix(path))
        return Error::storage(QCoreApplication::translate(
                                  "ProgressChart", "%1: the file name must end in .png or .svg.")
                                  .arg(path));
    // Never through a link (QSaveFile would replace the file it points to), nor into a device.
    if (auto allowed = checkOutputPath(path); !allowed)
        return allowed.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::storage(QCoreApplication::translate("ProgressChart", "Cannot write %1: %2")
                                  .arg(path, file.errorString()));
    bool written = false;
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        written = file.write(svg(record, metric, percent, size, today, locale)) > 0;
    else
        written = image(record, metric, percent, size, today, locale).save(&file, "PNG");
    if (!written || !file.commit())
        return Error::storage(QCoreApplication::translate("ProgressChart", "Cannot write %1: %2")
                                  .arg(path, file.errorString()));
    return {};
}

} // namespace tricholog
