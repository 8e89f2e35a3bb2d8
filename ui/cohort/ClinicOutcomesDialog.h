#pragma once

#include "core/AppSettings.h"
#include "core/Result.h"
#include "core/clinical/Cohort.h"
#include "core/storage/CohortQuery.h"

#include <QDialog>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QSpinBox;
class QDoubleSpinBox;
class QFormLayout;
class QTableWidget;
class QTimer;

namespace tricholog {

class Database;
class OptionalDateEdit;

// Report > Clinic outcomes: what works in this practice across its patients (docs/OUTCOMES.md).
// The choices (metric, site, time point and window, grouping, responder threshold, and the
// filters: diagnosis, sex, age band, baseline dates) update the table of the groups, the chart
// of each patient's change by group (box plot with the points, the published arms apart for
// context) and the chart of the responder rates. Clicking a point opens that patient. Exports the
// CSV of `tricholog outcomes` and the cohort report as PDF, both recorded as disclosures.
// The values of a metric at a site are read once (set-based, core/storage/CohortQuery.h), the
// sessions and diagnoses once when first needed; other choices recompute in core without reading.
class ClinicOutcomesDialog : public QDialog
{
    Q_OBJECT
public:
    ClinicOutcomesDialog(Database &db, const AppSettings &settings, QWidget *parent = nullptr);
    ~ClinicOutcomesDialog() override;

    cohort::Options options() const;
    const cohort::Outcomes &outcomes() const { return m_outcomes; }
    // Recomputes now (the choices wait a moment for more typing); false with the error shown.
    bool refresh();
    // Reads the rows again (records may have changed), then recomputes.
    void reload();
    // The exports, to a chosen file (the buttons ask for it first).
    Result<void> exportCsvTo(const QString &path);
    Result<int> exportPdfTo(const QString &path);

signals:
    void patientChosen(qint64 patientId);

private:
    void buildChoices(QFormLayout *form);
    QString readRows(const cohort::Options &o); // an error, or empty
    void showOutcomes();
    void setCharts(QChart *change, QChart *responders);
    void exportCsv();
    void exportPdf();
    void showHelp();
    Database &m_db;
    AppSettings m_settings;
    QComboBox *m_metric, *m_site, *m_by, *m_diagnosis, *m_sex, *m_age;
    QSpinBox *m_atWeeks, *m_window;
    QDoubleSpinBox *m_responder;
    OptionalDateEdit *m_from, *m_to;
    QTableWidget *m_table;
    QChartView *m_changeView, *m_responderView;
    QLabel *m_summary, *m_problem, *m_armKey;
    QTimer *m_later;
    QString m_valuesOf; // "metric/site" of m_rows
    QList<cohort::PatientRows> m_rows;
    std::optional<CohortSessions> m_sessions;
    std::optional<CohortDiagnoses> m_diagnoses;
    std::optional<CohortPlans> m_plans;
    cohort::Outcomes m_outcomes;
    cohort::Options m_shown;
};

} // namespace tricholog
