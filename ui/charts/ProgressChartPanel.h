#pragma once

#include "core/clinical/Progress.h"
#include "core/model/PatientRecord.h"

#include <QWidget>

class QComboBox;
class QRadioButton;
class QTabWidget;
class QTableView;

namespace tricholog {

class ProgressChartView;
class SiteProgressModel;

// The Progress tab of the patient file: a metric, absolute or % change, the chart with the
// per-site table under it; and a second view with density and diameter on aligned time axes.
class ProgressChartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProgressChartPanel(QWidget *parent = nullptr);

    // Keeps the chosen metric and mode. today: the owner's database clock's (an empty chart's
    // time axis is around it).
    void setRecord(const PatientRecord &record, QDate today);
    // The threshold, minimum follow-up and control sites of the verdicts and labels.
    void setVerdictRules(const VerdictRules &rules);
    void setMetric(Metric metric);
    void setPercentMode(bool percent);

    // Charts are built when they are shown (a patient opened on another tab builds none); these
    // accessors bring them up to date first.
    ProgressChartView *chartView() const;
    ProgressChartView *densityView() const;
    ProgressChartView *diameterView() const;
    SiteProgressModel *siteModel() const { return m_model; }
    QComboBox *metricBox() const { return m_metric; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void alignPair();
    void refresh();
    void buildVisible();
    void buildSingle() const;
    void buildPair() const;
    mutable bool m_singleDirty = true;
    mutable bool m_pairDirty = true;
    PatientRecord m_record;
    QDate m_today;
    VerdictRules m_rules;
    QComboBox *m_metric;
    QRadioButton *m_absolute;
    QRadioButton *m_percent;
    QTabWidget *m_views;
    ProgressChartView *m_chart;
    ProgressChartView *m_density;
    ProgressChartView *m_diameter;
    SiteProgressModel *m_model;
    QTableView *m_table;
};

} // namespace tricholog
