#include "ui/charts/ProgressChartView.h"

#include "ui/charts/ChartRenderer.h"
#include "ui/widgets/ExportedMessage.h"

#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QCursor>
#include <QDir>
#include <QFileDialog>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>

namespace tricholog {

ProgressChartView::ProgressChartView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(240);
    m_view->setContextMenuPolicy(Qt::NoContextMenu); // handled here
    layout->addWidget(m_view);
    setAccessibleName(tr("Progress chart"));
    rebuild();
}

QChart *ProgressChartView::chart() const
{
    return m_view->chart();
}

void ProgressChartView::setRecord(const PatientRecord &record, Metric metric, bool percent,
                                  QDate today, double minX, double maxX)
{
    m_record = record;
    m_today = today;
    m_data = ChartData::build(record, metric, percent, today, QLocale(), m_controlSites);
    if (minX < maxX) {
        m_data.minX = minX;
        m_data.maxX = maxX;
    }
    rebuild();
}

void ProgressChartView::rebuild()
{
    QChart *chart = ChartRenderer::createChart(m_data);
    ChartRenderer::applyPalette(chart, palette());
    QMargins margins = chart->margins();
    margins.setLeft(margins.left() + m_extraLeft);
    chart->setMargins(margins);
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    connect(chart, &QChart::plotAreaChanged, this, &ProgressChartView::plotAreaChanged);

    // Tooltips: a data point shows site, date, value and change; a marker shows the session.
    const auto series = chart->series();
    int dataIndex = 0;
    for (QAbstractSeries *s : series) {
        if (auto *scatter = qobject_cast<QScatterSeries *>(s)) {
            connect(scatter, &QScatterSeries::hovered, this,
                    [this](const QPointF &point, bool state) {
                        if (!state) {
                            QToolTip::hideText();
                            return;
                        }
                        for (const auto &m : std::as_const(m_data.sessions)) {
                            if (qAbs(double(m.when.toMSecsSinceEpoch()) - point.x()) < 43200000.0) {
                                QToolTip::showText(QCursor::pos(), m.tooltip, this);
                                return;
                            }
                        }
                    });
            continue;
        }
        auto *line = qobject_cast<QLineSeries *>(s);
        if (!line || line->name().isEmpty())
            continue; // baselines carry no name
        const int index = dataIndex++;
        connect(line, &QLineSeries::hovered, this, [this, index](const QPointF &point, bool state) {
            if (!state || index >= m_data.series.size()) {
                QToolTip::hideText();
                return;
            }
            const auto &site = m_data.series.at(index);
            qsizetype best = -1;
            double bestDistance = 1e300;
            for (qsizetype i = 0; i < site.points.size(); ++i) {
                const double d = qAbs(site.points.at(i).x() - point.x());
                if (d < bestDistance) {
                    bestDistance = d;
                    best = i;
                }
            }
            if (best >= 0)
                QToolTip::showText(QCursor::pos(), site.tooltips.at(best), this);
        });
    }
}

double ProgressChartView::naturalPlotLeft() const
{
    return chart()->plotArea().left() - m_extraLeft;
}

void ProgressChartView::setExtraLeftMargin(int extra)
{
    if (extra == m_extraLeft)
        return;
    QMargins margins = chart()->margins();
    margins.setLeft(margins.left() - m_extraLeft + extra);
    m_extraLeft = extra;
    chart()->setMargins(margins);
}

bool ProgressChartView::exportFile(const QString &path, QSize size, QString *error) const
{
    const auto written = ChartRenderer::exportFile(
        path, m_record, m_data.metric, m_data.percent,
        size.isValid() ? size : ChartRenderer::printSize(), m_today, m_data.locale);
    if (!written && error)
        *error = written.error().message;
    return written.ok();
}

void ProgressChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *png = menu.addAction(tr("Export as PNG (print resolution)…"));
    QAction *svg = menu.addAction(tr("Export as SVG (vector)…"));
    QAction *chosen = menu.exec(event->globalPos());
    if (chosen != png && chosen != svg)
        return;
    if (m_exportHooks.refusal) {
        if (const QString refused = m_exportHooks.refusal(); !refused.isEmpty()) {
            QMessageBox::warning(this, tr("Export chart"), refused);
            return;
        }
    }
    const bool asSvg = chosen == svg;
    const QString suffix = asSvg ? QStringLiteral(".svg") : QStringLiteral(".png");
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export chart"), QString(),
                                     asSvg ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    QString error;
    if (!exportFile(path, asSvg ? QSize(1600, 1000) : QSize(), &error))
        QMessageBox::warning(this, tr("Export chart"), error);
    else {
        if (m_exportHooks.written)
            m_exportHooks.written(path);
        showExported(this, tr("Export chart"),
                     tr("Chart written to %1.").arg(QDir::toNativeSeparators(path)), path);
    }
}

} // namespace tricholog
