# Sources of the progress charts (ui/charts), added to tricholog_ui.
target_sources(tricholog_ui PRIVATE
    charts/ChartData.h charts/ChartData.cpp
    charts/ChartRenderer.h charts/ChartRenderer.cpp
    charts/ProgressChartPanel.h charts/ProgressChartPanel.cpp
    charts/ProgressChartView.h charts/ProgressChartView.cpp
    charts/SiteColors.h charts/SiteColors.cpp
    charts/SiteProgressModel.h charts/SiteProgressModel.cpp
)
