#pragma once

#include "ui/charts/ChartData.h"

#include <QWidget>
#include <functional>

class QChart;
class QChartView;

namespace tricholog {

// An interactive progress chart: tooltips on points and session markers, and a context menu
// that exports the chart as PNG at print resolution.
class ProgressChartView : public QWidget
{
    Q_OBJECT
public:
    explicit ProgressChartView(QWidget *parent = nullptr);

    // minX/maxX (ms since the epoch) force a shared time range, e.g. for aligned charts. today:
    // the owner's database clock's (a record with nothing dated gets an axis around it).
    void setRecord(const PatientRecord &record, Metric metric, bool percent, QDate today,
                   double minX = 0, double maxX = 0);
    const ChartData &data() const { return m_data; }
    QChart *chart() const;
    QString message() const { return m_data.message; }
    // Writes the chart as PNG or SVG (by the suffix) at `size` (default: print resolution)
    // through QSaveFile.
    bool exportFile(const QString &path, QSize size = {}, QString *error = nullptr) const;

    // Aligning charts stacked on one time axis: the plot's left edge without any extra margin,
    // and an extra left margin that moves it to a common edge.
    double naturalPlotLeft() const;
    void setExtraLeftMargin(int extra);
    // Asked before the context menu's export (a refusal's reason, or empty when allowed) and
    // told of each file written: the patient file checks the role and writes the disclosure.
    struct ExportHooks
    {
        std::function<QString()> refusal;
        std::function<void(const QString &path)> written;
    };
    void setExportHooks(ExportHooks hooks) { m_exportHooks = std::move(hooks); }
    // Sites labelled "(control)" in the legend; used from the next setRecord().
    void setControlSites(const QList<ScalpSite> &sites) { m_controlSites = sites; }

private:
    ExportHooks m_exportHooks;
    QList<ScalpSite> m_controlSites{ScalpSite::Occipital};

signals:
    void plotAreaChanged();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void rebuild();
    PatientRecord m_record;
    QDate m_today;
    ChartData m_data;
    QChartView *m_view;
    int m_extraLeft = 0;
};

} // namespace tricholog
