#pragma once

#include "core/Result.h"
#include "ui/charts/ChartData.h"

#include <QImage>
#include <QLocale>

class QChart;
class QPainter;
class QPalette;

namespace tricholog {

// Builds and draws progress charts. Qt Charts stays behind this class (and ProgressChartView),
// so the charting library can be replaced (Qt Charts is deprecated from Qt 6.10).
class ChartRenderer
{
public:
    // A chart of `data`; the caller owns it. Series are filled with replace() in one call.
    // Data without a time range (not built from a record yet) gets an empty month's axis.
    static QChart *createChart(const ChartData &data);
    // Screen charts follow the window's palette (a dark desktop gets a dark chart); printed and
    // exported charts stay black on white.
    static void applyPalette(QChart *chart, const QPalette &palette);
    // Draws onto any painter (vector output on a PDF writer or printer). `today` (the caller's
    // database clock's) places the time axis of a record with nothing dated (ChartData::build).
    static void paint(QPainter &painter, const QRectF &target, const PatientRecord &record,
                      Metric metric, bool percent, QDate today, const QLocale &locale = QLocale());
    // Draws any chart (taken: deleted afterwards) onto a painter: laid out at a readable size
    // (1.6 times the target, at least 760 x 440) and scaled onto `target`.
    static void paintChart(QPainter &painter, const QRectF &target, QChart *chart);
    // A raster image at the given pixel size (for PNG export).
    static QImage image(const PatientRecord &record, Metric metric, bool percent, QSize size,
                        QDate today, const QLocale &locale = QLocale());
    // A scalable vector drawing (SVG 1.2 Tiny) of the same chart, `size` in pixels at 96 dpi.
    static QByteArray svg(const PatientRecord &record, Metric metric, bool percent, QSize size,
                          QDate today, const QLocale &locale = QLocale());
    // Writes PNG or SVG, chosen by the suffix of `path` (.png or .svg), through QSaveFile so a
    // failure never leaves a partial file.
    static Result<void> exportFile(const QString &path, const PatientRecord &record, Metric metric,
                                   bool percent, QSize size, QDate today,
                                   const QLocale &locale = QLocale());
    static bool isExportSuffix(const QString &path);
    // Print resolution for the context-menu export: 16 x 10 cm at 300 dpi.
    static QSize printSize() { return {1890, 1181}; }
};

} // namespace tricholog
