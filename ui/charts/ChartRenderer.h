#pragma once

#include "ChartData.h"

#include <QImage>
#include <QLocale>

class QChart;
class QPainter;

namespace tricholog {

// Builds and draws progress charts. Qt Charts stays behind this class (and ProgressChartView),
// so the charting library can be replaced (Qt Charts is deprecated from Qt 6.10).
class ChartRenderer
{
public:
    // A chart of `data`; the caller owns it. Series are filled with replace() in one call.
    static QChart *createChart(const ChartData &data);
    // Draws onto any painter (vector output on a PDF writer or printer).
    static void paint(QPainter &painter, const QRectF &target, const PatientRecord &record,
                      Metric metric, bool percent, const QLocale &locale = QLocale());
    // A raster image at the given pixel size (for PNG export).
    static QImage image(const PatientRecord &record, Metric metric, bool percent, QSize size,
                        const QLocale &locale = QLocale());
    // Print resolution for the context-menu export: 16 x 10 cm at 300 dpi.
    static QSize printSize() { return {1890, 1181}; }
};

} // namespace tricholog
