#include "ui/cohort/ClinicOutcomesDialog.h"

#include "core/io/SafeIo.h"
#include "core/model/Keys.h"
#include "core/model/MeasurementFields.h"
#include "core/security/Anchors.h"
#include "core/security/Disclosure.h"
#include "core/storage/CohortQuery.h"
#include "core/storage/Database.h"
#include "ui/charts/ChartRenderer.h"
#include "ui/charts/CohortCharts.h"
#include "ui/cohort/CohortText.h"
#include "ui/report/CohortReport.h"
#include "ui/widgets/DateText.h"
#include "ui/widgets/ExportedMessage.h"
#include "ui/widgets/OptionalDateEdit.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScatterSeries>
#include <QScopeGuard>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

namespace tricholog {

ClinicOutcomesDialog::ClinicOutcomesDialog(Database &db, const AppSettings &settings,
                                           QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_settings(settings)
{
    setWindowTitle(tr("Clinic outcomes"));
    setObjectName(QStringLiteral("clinicOutcomes"));
    m_later = new QTimer(this);
    m_later->setSingleShot(true);
    m_later->setInterval(150); // a choice being typed waits for the last key
    connect(m_later, &QTimer::timeout, this, &ClinicOutcomesDialog::refresh);
    auto *layout = new QHBoxLayout(this);
    auto *side = new QVBoxLayout;
    auto *form = new QFormLayout;
    side->addLayout(form);
    buildChoices(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("outcomesError"));
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    side->addWidget(m_problem);
    side->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close | QDialogButtonBox::Help, this);
    QPushButton *csv = buttons->addButton(tr("Export &CSV…"), QDialogButtonBox::ActionRole);
    QPushButton *pdf = buttons->addButton(tr("Export &PDF report…"), QDialogButtonBox::ActionRole);
    csv->setObjectName(QStringLiteral("exportOutcomesCsv"));
    pdf->setObjectName(QStringLiteral("exportOutcomesPdf"));
    buttons->setOrientation(Qt::Vertical);
    side->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::helpRequested, this, &ClinicOutcomesDialog::showHelp);
    connect(csv, &QPushButton::clicked, this, &ClinicOutcomesDialog::exportCsv);
    connect(pdf, &QPushButton::clicked, this, &ClinicOutcomesDialog::exportPdf);
    layout->addLayout(side);

    auto *results = new QVBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("outcomesSummary"));
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("outcomesTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Outcomes by group"));
    m_changeView = new QChartView(this);
    m_changeView->setObjectName(QStringLiteral("changeChart"));
    m_changeView->setRenderHint(QPainter::Antialiasing);
    m_changeView->setToolTip(tr("Click a point to open that patient."));
    m_responderView = new QChartView(this);
    m_responderView->setObjectName(QStringLiteral("responderChart"));
    m_responderView->setRenderHint(QPainter::Antialiasing);
    m_armKey = new QLabel(this);
    m_armKey->setObjectName(QStringLiteral("publishedArms"));
    m_armKey->setWordWrap(true);
    m_armKey->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *changeBox = new QWidget(this);
    auto *changeLayout = new QVBoxLayout(changeBox);
    changeLayout->setContentsMargins(0, 0, 0, 0);
    changeLayout->addWidget(m_changeView, 1);
    changeLayout->addWidget(m_armKey);
    // One chart at a time, the whole width: the groups' names need their room.
    auto *charts = new QTabWidget(this);
    charts->setObjectName(QStringLiteral("outcomeCharts"));
    charts->addTab(changeBox, tr("C&hange by group"));
    charts->addTab(m_responderView, tr("Res&ponders"));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(charts);
    split->setSizes({190, 560});
    results->addWidget(m_summary);
    results->addWidget(split, 1);
    layout->addLayout(results, 1);
    resize(1240, 780);

    QTimer::singleShot(0, this, &ClinicOutcomesDialog::refresh);
}

ClinicOutcomesDialog::~ClinicOutcomesDialog() = default;

void ClinicOutcomesDialog::buildChoices(QFormLayout *form)
{
    auto later = [this] {
        m_later->start();
    };
    auto combo = [&](const QString &name, const QString &accessible) {
        auto *c = new QComboBox(this);
        c->setObjectName(name);
        c->setAccessibleName(accessible);
        connect(c, &QComboBox::currentIndexChanged, this, later);
        return c;
    };
    m_metric = combo(QStringLiteral("outcomeMetric"), tr("Metric"));
    for (const MeasurementField &f : measurementFields())
        m_metric->addItem(f.labelText(), f.keyText());
    m_metric->setCurrentIndex(m_metric->findData(QStringLiteral("density_per_cm2")));
    m_site = combo(QStringLiteral("outcomeSite"), tr("Site"));
    for (const QString &key : allKeys<ScalpSite>())
        m_site->addItem(label(*fromKey<ScalpSite>(key)), key);
    m_site->setCurrentIndex(m_site->findData(QStringLiteral("vertex")));
    auto spin = [&](const QString &name, int min, int max, int value, const QString &suffix) {
        auto *s = new QSpinBox(this);
        s->setObjectName(name);
        s->setRange(min, max);
        s->setValue(value);
        s->setSuffix(suffix);
        connect(s, &QSpinBox::valueChanged, this, later);
        return s;
    };
    m_atWeeks = spin(QStringLiteral("outcomeAtWeeks"), 1, 520, 12, tr(" weeks"));
    m_window = spin(QStringLiteral("outcomeWindow"), 0, 519, 4, tr(" weeks"));
    m_by = combo(QStringLiteral("outcomeBy"), tr("Groups"));
    m_by->addItem(tr("None"), QStringLiteral("none"));
    m_by->addItem(tr("Device"), QStringLiteral("device"));
    m_by->addItem(tr("Needle length"), QStringLiteral("needle"));
    m_by->addItem(tr("Diagnosis"), QStringLiteral("diagnosis"));
    m_by->addItem(tr("Adherence to the plan"), QStringLiteral("adherence"));
    for (const QString &key : allKeys<AdjunctType>())
        m_by->addItem(tr("With or without %1").arg(label(*fromKey<AdjunctType>(key))),
                      QString(QStringLiteral("adjunct:") + key));
    m_responder = new QDoubleSpinBox(this);
    m_responder->setObjectName(QStringLiteral("outcomeResponder"));
    m_responder->setRange(-100, 1000);
    m_responder->setDecimals(1);
    m_responder->setSuffix(QStringLiteral(" %"));
    m_responder->setValue(m_settings.responderThresholdPercent);
    connect(m_responder, &QDoubleSpinBox::valueChanged, this, later);
    m_diagnosis = combo(QStringLiteral("outcomeDiagnosis"), tr("Diagnosis"));
    m_diagnosis->addItem(tr("Any"), QString());
    for (const QString &key : allKeys<DiagnosisType>())
        m_diagnosis->addItem(label(*fromKey<DiagnosisType>(key)), key);
    m_sex = combo(QStringLiteral("outcomeSex"), tr("Sex"));
    m_sex->addItem(tr("Any"), QString());
    for (const QString &key : allKeys<Sex>())
        m_sex->addItem(label(*fromKey<Sex>(key)), key);
    m_age = combo(QStringLiteral("outcomeAge"), tr("Age at baseline"));
    m_age->addItem(tr("Any"), QPoint(-1, -1));
    m_age->addItem(tr("Under 30"), QPoint(0, 29));
    for (int from : {30, 40, 50})
        m_age->addItem(tr("%1 to %2").arg(from).arg(from + 9), QPoint(from, from + 9));
    m_age->addItem(tr("60 and over"), QPoint(60, 130));
    const QDate today = m_db.clock().today();
    m_from = new OptionalDateEdit(today, this);
    m_to = new OptionalDateEdit(today, this);
    m_from->setObjectName(QStringLiteral("outcomeFrom"));
    m_to->setObjectName(QStringLiteral("outcomeTo"));
    m_from->setAccessibleName(tr("Baselines from"));
    m_to->setAccessibleName(tr("Baselines to"));
    for (OptionalDateEdit *d : {m_from, m_to})
        connect(d, &QLineEdit::textChanged, this, later);
    form->addRow(tr("&Metric:"), m_metric);
    form->addRow(tr("&Site:"), m_site);
    form->addRow(tr("&Time point:"), m_atWeeks);
    form->addRow(tr("&Window (±):"), m_window);
    form->addRow(tr("&Groups:"), m_by);
    form->addRow(tr("&Responder at:"), m_responder);
    form->addRow(tr("Dia&gnosis:"), m_diagnosis);
    form->addRow(tr("S&ex:"), m_sex);
    form->addRow(tr("&Age at baseline:"), m_age);
    form->addRow(tr("Baselines &from:"), m_from);
    form->addRow(tr("Baselines t&o:"), m_to);
}

cohort::Options ClinicOutcomesDialog::options() const
{
    cohort::Options o;
    o.metric = m_metric->currentData().toString();
    o.site = fromKey<ScalpSite>(m_site->currentData().toString()).value_or(ScalpSite::Vertex);
    o.atWeeks = m_atWeeks->value();
    o.windowWeeks = m_window->value();
    o.by = m_by->currentData().toString();
    o.responderPct = m_responder->value();
    o.diagnosis = m_diagnosis->currentData().toString();
    o.sex = m_sex->currentData().toString();
    const QPoint age = m_age->currentData().toPoint();
    if (age.x() >= 0) {
        o.ageFrom = age.x();
        o.ageTo = age.y();
    }
    if (m_from->optionalDate().isValid())
        o.from = m_from->optionalDate();
    if (m_to->optionalDate().isValid())
        o.to = m_to->optionalDate();
    return o;
}

bool ClinicOutcomesDialog::refresh()
{
    m_later->stop();
    const cohort::Options o = options();
    QString problem;
    for (OptionalDateEdit *d : {m_from, m_to})
        if (!d->inputProblem().isEmpty())
            problem = d->accessibleName() + QStringLiteral(": ") + d->inputProblem();
    if (problem.isEmpty())
        if (auto ok = cohort::check(o); !ok)
            problem = ok.error().message;
    if (problem.isEmpty())
        problem = readRows(o);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return false; // the previous figures stay, the choices as typed
    m_shown = o;
    m_outcomes = cohort::compute(m_rows, o);
    showOutcomes();
    return true;
}

QString ClinicOutcomesDialog::readRows(const cohort::Options &o)
{
    // The values of a metric at a site are read when either changes; the sessions and the
    // diagnoses once, when a grouping or a filter first needs them. An error names what failed.
    const QString valuesOf = o.metric + QLatin1Char('/') + toKey(o.site);
    const bool values = valuesOf != m_valuesOf;
    const bool sessions = o.needsSessions() && !m_sessions;
    const bool diagnoses = o.needsDiagnoses() && !m_diagnoses;
    const bool plans = o.needsAdherence() && !m_plans;
    if (!values && !sessions && !diagnoses && !plans)
        return {};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto restore = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
    if (values) {
        auto read = loadCohortValues(m_db, o);
        if (!read)
            return read.error().message;
        m_rows = std::move(read.value());
        m_valuesOf = valuesOf;
    }
    if (sessions) {
        auto read = loadCohortSessions(m_db);
        if (!read)
            return read.error().message;
        m_sessions = std::move(read.value());
    }
    if (diagnoses) {
        auto read = loadCohortDiagnoses(m_db);
        if (!read)
            return read.error().message;
        m_diagnoses = std::move(read.value());
    }
    if (plans) {
        auto read = loadCohortPlans(m_db);
        if (!read)
            return read.error().message;
        m_plans = std::move(read.value());
    }
    attachCohortDetails(m_rows, m_sessions ? &*m_sessions : nullptr,
                        m_diagnoses ? &*m_diagnoses : nullptr);
    if (m_plans)
        attachCohortAdherence(m_rows, *m_plans, m_db.clock().today(), m_settings.planTolerance());
    return {};
}

void ClinicOutcomesDialog::reload()
{
    m_valuesOf.clear();
    m_sessions.reset();
    m_diagnoses.reset();
    m_plans.reset();
    refresh();
}

void ClinicOutcomesDialog::showOutcomes()
{
    const QStringList headers = cohorttext::tableHeaders(m_shown);
    const QList<QStringList> rows = cohorttext::tableRows(m_outcomes, m_shown);
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c) {
            auto *item = new QTableWidgetItem(rows[r][c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    QStringList summary{
        QStringLiteral("<b>%1</b>").arg(cohorttext::metricName(m_shown).toHtmlEscaped()),
        cohorttext::exclusions(m_outcomes).toHtmlEscaped()};
    if (const QString c = cohorttext::comparison(m_outcomes, m_shown); !c.isEmpty())
        summary << QStringLiteral("<b>%1</b>").arg(c.toHtmlEscaped());
    m_summary->setText(summary.join(QStringLiteral("<br>")));
    m_armKey->setText(cohorttext::referenceKey(m_shown));
    m_armKey->setVisible(!m_armKey->text().isEmpty());

    cohortcharts::PointPatients points;
    QChart *change = cohortcharts::changeChart(m_outcomes, m_shown, true, &points);
    QChart *responders = cohortcharts::responderChart(m_outcomes, m_shown);
    QHash<qint64, const cohort::PatientChange *> byId;
    for (const cohort::PatientChange &c : std::as_const(m_outcomes.patients))
        byId.insert(c.patientId, &c);
    for (auto it = points.cbegin(); it != points.cend(); ++it) {
        auto *series = qobject_cast<QScatterSeries *>(const_cast<QAbstractSeries *>(it.key()));
        const QList<qint64> ids = it.value();
        // The point under the mouse: the nearest of the series' points.
        auto idAt = [series, ids](const QPointF &at) -> qint64 {
            const QList<QPointF> xy = series->points();
            qsizetype best = -1;
            double bestDistance = 0;
            for (qsizetype i = 0; i < xy.size(); ++i) {
                const double d = std::hypot(xy[i].x() - at.x(), (xy[i].y() - at.y()) / 50.0);
                if (best < 0 || d < bestDistance) {
                    best = i;
                    bestDistance = d;
                }
            }
            return best >= 0 ? ids.value(best) : 0;
        };
        connect(series, &QScatterSeries::clicked, this, [this, idAt](const QPointF &at) {
            if (const qint64 id = idAt(at); id > 0)
                emit patientChosen(id);
        });
        connect(series, &QScatterSeries::hovered, this,
                [idAt, byId](const QPointF &at, bool state) {
                    const cohort::PatientChange *c = state ? byId.value(idAt(at)) : nullptr;
                    if (!c) {
                        QToolTip::hideText();
                        return;
                    }
                    QToolTip::showText(
                        QCursor::pos(),
                        tr("MRN %1: %2 on %3, %4 on %5 (change %6)")
                            .arg(c->mrn, QLocale().toString(c->baseline), dateText(c->baselineOn),
                                 QLocale().toString(c->followUp), dateText(c->followUpOn),
                                 QLocale().toString(c->change(), 'f', 1)));
                });
    }
    setCharts(change, responders);
}

void ClinicOutcomesDialog::setCharts(QChart *change, QChart *responders)
{
    for (auto [view, chart] :
         {std::pair{m_changeView, change}, std::pair{m_responderView, responders}}) {
        QChart *old = view->chart();
        ChartRenderer::applyPalette(chart, palette()); // a dark desktop gets a dark chart
        view->setChart(chart);                         // the view does not delete the chart it had
        delete old;
    }
}

Result<void> ClinicOutcomesDialog::exportCsvTo(const QString &path)
{
    if (auto ok = m_db.require(Permission::ExportData); !ok)
        return ok.error();
    if (auto written = writeWholeFile(path, cohort::csv(m_outcomes)); !written)
        return written;
    return recordDisclosureOfAll(m_db, DisclosureKind::Csv, int(m_outcomes.patients.size()), path);
}

Result<int> ClinicOutcomesDialog::exportPdfTo(const QString &path)
{
    if (auto ok = m_db.require(Permission::ExportReports); !ok)
        return ok.error();
    QString anchor;
    if (auto head = anchors::head(m_db, QStringLiteral("report")))
        anchor = head.value().shortText();
    const CohortReport report(m_shown, m_outcomes, m_settings, m_db.clock().today(), anchor);
    auto pages = report.writePdf(path);
    if (!pages)
        return pages.error();
    if (auto disclosed = recordDisclosureOfAll(m_db, DisclosureKind::PdfReport,
                                               int(m_outcomes.patients.size()), path);
        !disclosed)
        return disclosed.error();
    return pages;
}

void ClinicOutcomesDialog::exportCsv()
{
    if (!refresh())
        return;
    const QString path =
        chooseExportFile(this, tr("Export clinic outcomes"), QStringLiteral("outcomes.csv"),
                         tr("CSV files (*.csv)"), QStringLiteral(".csv"));
    if (path.isEmpty())
        return;
    if (auto done = exportCsvTo(path); !done) {
        QMessageBox::warning(this, tr("Export clinic outcomes"), done.error().message);
        return;
    }
    showExported(this, tr("Export clinic outcomes"),
                 tr("The outcomes of %n patient(s) were written to %1.", nullptr,
                    int(m_outcomes.patients.size()))
                     .arg(QDir::toNativeSeparators(path)),
                 path);
}

void ClinicOutcomesDialog::exportPdf()
{
    if (!refresh())
        return;
    const QString path = chooseExportFile(this, tr("Export the cohort report"),
                                          QStringLiteral("clinic-outcomes.pdf"),
                                          tr("PDF documents (*.pdf)"), QStringLiteral(".pdf"));
    if (path.isEmpty())
        return;
    const auto pages = exportPdfTo(path);
    if (!pages) {
        QMessageBox::warning(this, tr("Export the cohort report"), pages.error().message);
        return;
    }
    showExported(
        this, tr("Export the cohort report"),
        tr("%n page(s) written to %1.", nullptr, pages.value()).arg(QDir::toNativeSeparators(path)),
        path);
}

void ClinicOutcomesDialog::showHelp()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("Clinic outcomes: definitions"));
    box.setIcon(QMessageBox::Information);
    box.setText(cohorttext::method(options()));
    box.setInformativeText(tr("Groups: %1. Patients are selected by their baseline's date, the "
                              "type of their earliest active diagnosis, their sex and their age "
                              "at baseline. The published arms come from other populations and "
                              "methods: they are drawn apart, for context.")
                               .arg(cohorttext::grouping(options())));
    box.exec();
}

} // namespace tricholog
