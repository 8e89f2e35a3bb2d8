#include "ui/charts/ProgressChartPanel.h"

#include "core/clinical/Progress.h"
#include "core/model/Keys.h"
#include "core/model/MeasurementFields.h"
#include "ui/charts/ProgressChartView.h"
#include "ui/charts/SiteProgressModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tricholog {

ProgressChartPanel::ProgressChartPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *controls = new QHBoxLayout;
    auto *metricLabel = new QLabel(tr("Me&tric:"), this);
    m_metric = new QComboBox(this);
    m_metric->setAccessibleName(tr("Metric"));
    metricLabel->setBuddy(m_metric);
    // Every field that is charted, in the table's order, then the thickness derived from them.
    for (const auto &field : measurementFields())
        if (field.metric)
            m_metric->addItem(label(*field.metric), toKey(*field.metric));
    m_metric->addItem(label(Metric::CumulativeThickness), toKey(Metric::CumulativeThickness));
    m_absolute = new QRadioButton(tr("A&bsolute values"), this);
    m_percent = new QRadioButton(tr("% c&hange from baseline"), this);
    m_absolute->setChecked(true);
    // The metric and the mode share a row but may shrink: long translations must not force the
    // patient list narrow.
    m_metric->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_metric->setMinimumContentsLength(14);
    controls->addWidget(metricLabel);
    controls->addWidget(m_metric, 1);
    controls->addSpacing(16);
    controls->addWidget(m_absolute);
    controls->addWidget(m_percent);
    controls->addStretch();
    layout->addLayout(controls);

    m_views = new QTabWidget(this);
    m_views->setDocumentMode(true);
    auto *single = new QSplitter(Qt::Vertical, this);
    m_chart = new ProgressChartView(single);
    m_model = new SiteProgressModel(this);
    m_table = new QTableView(single);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Progress per site"));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    single->addWidget(m_chart);
    single->addWidget(m_table);
    single->setStretchFactor(0, 3);
    single->setStretchFactor(1, 2);
    single->setSizes({440, 200}); // room for six sites under the chart
    m_views->addTab(single, tr("One metric"));

    auto *pair = new QWidget(this);
    auto *pairLayout = new QVBoxLayout(pair);
    pairLayout->setContentsMargins(0, 0, 0, 0);
    m_density = new ProgressChartView(pair);
    m_diameter = new ProgressChartView(pair);
    pairLayout->addWidget(m_density);
    pairLayout->addWidget(m_diameter);
    m_views->addTab(pair, tr("Density and diameter"));
    layout->addWidget(m_views, 1);

    // The two charts of the pair share the time axis: their plot areas start at the same x,
    // whatever the width of each value axis's labels.
    for (auto *view : {m_density, m_diameter})
        connect(view, &ProgressChartView::plotAreaChanged, this, &ProgressChartPanel::alignPair);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &ProgressChartPanel::refresh);
    connect(m_percent, &QRadioButton::toggled, this, &ProgressChartPanel::refresh);
    connect(m_views, &QTabWidget::currentChanged, this, &ProgressChartPanel::buildVisible);
}

void ProgressChartPanel::alignPair()
{
    const double a = m_density->naturalPlotLeft();
    const double b = m_diameter->naturalPlotLeft();
    const double left = std::max(a, b);
    m_density->setExtraLeftMargin(qRound(left - a));
    m_diameter->setExtraLeftMargin(qRound(left - b));
}

void ProgressChartPanel::setRecord(const PatientRecord &record, QDate today)
{
    m_record = record;
    m_today = today;
    refresh();
}

void ProgressChartPanel::setVerdictRules(const VerdictRules &rules)
{
    m_rules = rules;
    for (ProgressChartView *view : {m_chart, m_density, m_diameter})
        view->setControlSites(rules.controlSites);
}

void ProgressChartPanel::setMetric(Metric metric)
{
    m_metric->setCurrentIndex(m_metric->findData(toKey(metric)));
}

void ProgressChartPanel::setPercentMode(bool percent)
{
    (percent ? m_percent : m_absolute)->setChecked(true);
}

void ProgressChartPanel::refresh()
{
    m_singleDirty = true;
    m_pairDirty = true;
    buildVisible();
}

void ProgressChartPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    buildVisible();
}

void ProgressChartPanel::buildVisible()
{
    if (!isVisible())
        return;
    if (m_views->currentIndex() == 0)
        buildSingle();
    else
        buildPair();
}

void ProgressChartPanel::buildSingle() const
{
    if (!m_singleDirty)
        return;
    m_singleDirty = false;
    const Metric metric =
        fromKey<Metric>(m_metric->currentData().toString()).value_or(Metric::Density);
    const bool percent = m_percent->isChecked();
    m_chart->setRecord(m_record, metric, percent, m_today);
    m_model->setSeries(metric, progressBySite(m_record.measurements, metric), m_rules);
    m_table->resizeColumnsToContents();
}

void ProgressChartPanel::buildPair() const
{
    if (!m_pairDirty)
        return;
    m_pairDirty = false;
    const bool percent = m_percent->isChecked();
    // The pair shares one time range: both are built from the same sessions and visit dates.
    const auto density = ChartData::build(m_record, Metric::Density, percent, m_today);
    const auto diameter = ChartData::build(m_record, Metric::MeanDiameter, percent, m_today);
    const double minX = std::min(density.minX, diameter.minX);
    const double maxX = std::max(density.maxX, diameter.maxX);
    m_density->setRecord(m_record, Metric::Density, percent, m_today, minX, maxX);
    m_diameter->setRecord(m_record, Metric::MeanDiameter, percent, m_today, minX, maxX);
    // Once both new charts are laid out, their plot areas are aligned again.
    auto *self = const_cast<ProgressChartPanel *>(this);
    QMetaObject::invokeMethod(
        self, [self] { self->alignPair(); }, Qt::QueuedConnection);
}

ProgressChartView *ProgressChartPanel::chartView() const
{
    buildSingle();
    return m_chart;
}

ProgressChartView *ProgressChartPanel::densityView() const
{
    buildPair();
    return m_density;
}

ProgressChartView *ProgressChartPanel::diameterView() const
{
    buildPair();
    return m_diameter;
}

} // namespace tricholog
