#include "ui/patients/PatientFileWidget.h"

#include "core/clinical/Course.h"
#include "core/clinical/MetricFormat.h"
#include "core/clinical/Progress.h"
#include "core/model/Keys.h"
#include "core/security/Disclosure.h"
#include "core/storage/Database.h"
#include "core/storage/PatientRecordLoader.h"
#include "ui/RecordEditor.h"
#include "ui/charts/ProgressChartPanel.h"
#include "ui/charts/ProgressChartView.h"
#include "ui/commands/ChangeNotifier.h"
#include "ui/diagnoses/DiagnosisTableModel.h"
#include "ui/measurements/MeasurementTableModel.h"
#include "ui/outcomes/OutcomeTableModel.h"
#include "ui/photos/PhotosTab.h"
#include "ui/plans/PlanTab.h"
#include "ui/sessions/SessionTableModel.h"
#include "ui/widgets/DateText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tricholog {

namespace {

QTableView *newTable(QWidget *parent, QAbstractItemModel *model, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setObjectName(name);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

PatientFileWidget::PatientFileWidget(Database &db, ChangeNotifier &notifier, RecordEditor &editor,
                                     QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_editor(editor)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel(this);
    m_header->setTextFormat(Qt::RichText);
    m_header->setObjectName(QStringLiteral("patientHeader"));
    m_header->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_header);
    m_tabs = new QTabWidget(this);
    // Every tab visible at once: no scroll arrows hiding Photos or Notes at 1280 x 800.
    m_tabs->setUsesScrollButtons(false);
    layout->addWidget(m_tabs, 1);

    m_overview = new QTextBrowser(this);
    m_overview->setObjectName(QStringLiteral("overview"));
    m_overview->setOpenLinks(false);
    m_progress = new ProgressChartPanel(this);
    // A chart image of the patient is a report: the same permission, and a disclosure.
    const ProgressChartView::ExportHooks hooks{
        [this] {
            const auto ok = m_db.require(Permission::ExportReports);
            return ok ? QString() : ok.error().message;
        },
        [this](const QString &path) {
            if (auto r =
                    recordDisclosure(m_db, DisclosureKind::ChartImage, {m_record.patient.id}, path);
                !r)
                emit m_editor.error(r.error().message);
        }};
    for (auto *view :
         {m_progress->chartView(), m_progress->densityView(), m_progress->diameterView()})
        view->setExportHooks(hooks);
    m_diagnoses = new DiagnosisTableModel(this);
    m_sessions = new SessionTableModel(this);
    m_measurements = new MeasurementTableModel(this);
    m_outcomes = new OutcomeTableModel(this);
    m_diagnosesView = newTable(this, m_diagnoses, tr("Diagnoses"));
    m_sessionsView = newTable(this, m_sessions, tr("Sessions"));
    m_measurementsView = newTable(this, m_measurements, tr("Measurements"));
    m_outcomesView = newTable(this, m_outcomes, tr("Outcomes"));
    m_measurementsView->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_measurementsView->horizontalHeader()->setMinimumHeight(
        2 * m_measurementsView->fontMetrics().height() + 8);

    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(m_progress, tr("&Progress"));
    m_tabs->addTab(makeListTab(m_diagnosesView, tr("New &diagnosis…"),
                               [this] { m_editor.newDiagnosis(m_patientId); }),
                   tr("D&iagnoses"));
    m_tabs->addTab(makeListTab(m_sessionsView, tr("New &session…"),
                               [this] { m_editor.newSession(m_patientId); }),
                   tr("&Sessions"));
    m_plan = new PlanTab(m_editor, this);
    m_tabs->addTab(m_plan, tr("&Treatment plan"));
    m_tabs->addTab(makeListTab(m_measurementsView, tr("New &measurements…"),
                               [this] { m_editor.newMeasurements(m_patientId); }),
                   tr("&Measurements"));
    m_tabs->addTab(makeListTab(m_outcomesView, tr("New o&utcome…"),
                               [this] { m_editor.newOutcome(m_patientId); }),
                   tr("O&utcomes"));

    m_photos = new PhotosTab(m_db, m_editor, this);
    m_tabs->addTab(m_photos, tr("P&hotos"));

    auto *notesTab = new QWidget(this);
    auto *notesLayout = new QVBoxLayout(notesTab);
    m_notes = new QPlainTextEdit(notesTab);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setAccessibleName(tr("Patient notes"));
    m_saveNotes = new QPushButton(tr("Save notes"), notesTab);
    m_saveNotes->setEnabled(false);
    notesLayout->addWidget(m_notes);
    notesLayout->addWidget(m_saveNotes, 0, Qt::AlignRight);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        m_saveNotes->setEnabled(m_patientId && m_notes->toPlainText() != m_record.patient.notes);
    });
    connect(m_saveNotes, &QPushButton::clicked, this, [this] { saveNotesIfEdited(); });
    m_saveNotes->setToolTip(tr("Save the notes (Ctrl+S). Notes are also saved when you switch "
                               "to another patient."));
    auto *saveShortcut = new QShortcut(QKeySequence::Save, m_notes);
    saveShortcut->setContext(Qt::WidgetShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] { saveNotesIfEdited(); });
    m_tabs->addTab(notesTab, tr("&Notes"));

    connect(m_tabs, &QTabWidget::currentChanged, this, &PatientFileWidget::resizeCurrentTable);
    connect(m_tabs, &QTabWidget::currentChanged, this, &PatientFileWidget::updateOverview);
    connect(&notifier, &ChangeNotifier::patientChanged, this, &PatientFileWidget::onChanged);
    connect(&notifier, &ChangeNotifier::diagnosesChanged, this, &PatientFileWidget::onChanged);
    connect(&notifier, &ChangeNotifier::sessionsChanged, this, &PatientFileWidget::onChanged);
    connect(&notifier, &ChangeNotifier::measurementsChanged, this, &PatientFileWidget::onChanged);
    connect(&notifier, &ChangeNotifier::outcomesChanged, this, &PatientFileWidget::onChanged);
    connect(&notifier, &ChangeNotifier::photosChanged, this, &PatientFileWidget::onChanged);
    connect(&notifier, &ChangeNotifier::plansChanged, this, &PatientFileWidget::onChanged);
    connect(&notifier, &ChangeNotifier::everythingChanged, this, &PatientFileWidget::reload);
    setPatient(0);
}

QWidget *PatientFileWidget::makeListTab(QTableView *view, const QString &newText,
                                        const std::function<void()> &onNew)
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(newText, tab);
    auto *edit = new QPushButton(tr("&Edit…"), tab);
    auto *remove = new QPushButton(tr("De&lete"), tab);
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(view);
    connect(add, &QPushButton::clicked, this, onNew);
    connect(edit, &QPushButton::clicked, this, &PatientFileWidget::editCurrent);
    connect(remove, &QPushButton::clicked, this, &PatientFileWidget::deleteCurrent);
    connect(view, &QTableView::activated, this, &PatientFileWidget::editCurrent);
    auto *del = new QShortcut(QKeySequence::Delete, view);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &PatientFileWidget::deleteCurrent);
    return tab;
}

QTextBrowser *PatientFileWidget::overview() const
{
    if (m_overviewDirty && m_patientId > 0) {
        m_overviewDirty = false;
        m_overview->setHtml(overviewHtml());
    }
    return m_overview;
}

void PatientFileWidget::updateOverview() const
{
    if (m_overviewDirty && m_tabs->currentWidget() == m_overview)
        overview();
}

void PatientFileWidget::resizeCurrentTable()
{
    for (QTableView *view : std::as_const(m_resizePending))
        if (view->isVisibleTo(this) && m_tabs->currentWidget()->isAncestorOf(view)) {
            view->resizeColumnsToContents();
            m_resizePending.remove(view);
        }
}

void PatientFileWidget::onChanged(qint64 patientId)
{
    if (patientId == m_patientId)
        reload();
}

void PatientFileWidget::setPatient(qint64 patientId)
{
    // Notes typed but not saved go with the patient they were typed for, never lost.
    if (patientId != m_patientId)
        saveNotesIfEdited();
    m_patientId = patientId;
    reload();
}

bool PatientFileWidget::notesEdited() const
{
    return m_patientId > 0 && m_notes->toPlainText() != m_record.patient.notes;
}

bool PatientFileWidget::saveNotesIfEdited()
{
    if (!notesEdited())
        return true;
    return m_editor.saveNotes(m_patientId, m_notes->toPlainText());
}

void PatientFileWidget::reload()
{
    const bool have = m_patientId > 0;
    PatientRecord record;
    if (have) {
        auto loaded = loadPatientRecord(m_db, m_patientId);
        if (loaded)
            record = std::move(loaded).value();
        else
            m_patientId = 0;
    }
    // A reload for the same patient (a session added, an undo) keeps notes being typed.
    const bool keepTypedNotes =
        m_patientId > 0 && record.patient.id == m_record.patient.id && notesEdited();
    m_record = record;
    m_plan->setRecord(m_record, m_db.clock().today()); // before the overview, which names it
    m_tabs->setEnabled(m_patientId > 0);
    if (!m_patientId) {
        m_header->setText(
            tr("<i>No patient selected. Choose one in the list, or create one with Ctrl+N.</i>"));
        m_overview->clear();
    } else {
        const Patient &p = m_record.patient;
        const auto age = p.ageOn(m_db.clock().today());
        m_header->setText(
            tr("<span style='font-size:large'><b>%1</b></span> &nbsp; MRN %2 &nbsp; %3%4%5")
                .arg(escaped(p.displayName()), escaped(p.mrn),
                     age ? tr("%n year(s)", nullptr, *age) : tr("age unknown"),
                     QStringLiteral(" · ") + label(p.sex),
                     p.archived ? tr(" · <b>archived</b>") : QString()));
        // Written when the Overview tab is shown: laying out its text is the slowest part of
        // opening a file, and the clinician may be on another tab.
        m_overviewDirty = true;
        updateOverview();
    }
    m_progress->setVerdictRules(m_editor.settings().verdictRules());
    m_progress->setRecord(m_record, m_db.clock().today());
    m_diagnoses->setDiagnoses(m_record.diagnoses);
    m_sessions->setSessions(m_record.sessions);
    m_measurements->setMeasurements(m_record.measurements);
    // Only the values this patient has: a clinic that never counts hairs sees no empty columns.
    // With no measurement yet every column shows, so the table says what it will hold.
    for (int c = MeasurementTableModel::FirstField; c < m_measurements->columnCount(); ++c)
        m_measurementsView->setColumnHidden(c, !m_record.measurements.isEmpty() &&
                                                   m_measurements->isEmptyValueColumn(c));
    m_outcomes->setOutcomes(m_record.outcomes);
    m_photos->setRecord(m_record);
    // Column widths are measured for the table on screen only; the others when they are shown.
    m_resizePending = {m_diagnosesView, m_sessionsView, m_measurementsView, m_outcomesView};
    resizeCurrentTable();
    if (!keepTypedNotes) {
        const QSignalBlocker blocker(m_notes);
        m_notes->setPlainText(m_record.patient.notes);
    }
    m_saveNotes->setEnabled(notesEdited());
}

QString PatientFileWidget::onsetText(const QString &onset)
{
    // A year stays a year, a month is written as the locale writes months, a date as a date.
    const QDate start =
        QDate::fromString(onset.size() == 7 ? onset + QStringLiteral("-01") : onset, Qt::ISODate);
    if (onset.size() == 7 && start.isValid())
        return QLocale().toString(start, QStringLiteral("MMMM yyyy"));
    if (onset.size() == 10 && start.isValid())
        return dateText(start);
    return onset;
}

QString PatientFileWidget::overviewHtml() const
{
    const Patient &p = m_record.patient;
    const QLocale locale;
    auto date = [&](QDate d) {
        return d.isValid() ? dateText(d) : tr("—");
    };
    QString html =
        QStringLiteral("<style>td, th { padding: 2px 10px 2px 0; } th { text-align: left; }"
                       " .r { text-align: right; }</style>");

    html += tr("<h3>Patient</h3>");
    html += QStringLiteral("<table>");
    auto row = [&](const QString &k, const QString &v) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(k, v);
    };
    const auto age = p.ageOn(m_db.clock().today());
    row(tr("Date of birth"),
        p.dateOfBirth.isValid()
            ? tr("%1 (%2)").arg(date(p.dateOfBirth), tr("%n year(s)", nullptr, age.value_or(0)))
            : tr("not recorded"));
    row(tr("Sex at birth"), label(p.sex));
    row(tr("Fitzpatrick skin type"),
        p.fitzpatrick ? fitzpatrickRoman(*p.fitzpatrick) : tr("not recorded"));
    if (!p.phone.isEmpty() || !p.email.isEmpty())
        row(tr("Contact"),
            escaped(QStringList{p.phone, p.email}.join(QStringLiteral("  "))).trimmed());
    row(tr("Treatment consent"),
        p.treatmentConsentDate.isValid() ? date(p.treatmentConsentDate) : tr("not recorded"));
    row(tr("Photo consent"),
        p.photoConsent ? tr("yes, %1").arg(date(p.photoConsentDate)) : tr("no"));
    row(tr("Data-processing consent"),
        p.dataProcessingConsent ? tr("yes, %1").arg(date(p.dataProcessingConsentDate)) : tr("no"));
    html += QStringLiteral("</table>");

    html += tr("<h3>Diagnoses</h3>");
    QStringList active;
    for (const auto &d : m_record.diagnoses) {
        if (d.status != DiagnosisStatus::Active)
            continue;
        QString line = QStringLiteral("%1 (%2)").arg(escaped(label(d.type)), d.icd10);
        if (!d.severityText().isEmpty())
            line += QStringLiteral(" — ") + escaped(d.severityText());
        // "since" is when it began, as the patient remembers it; "diagnosed" when it was found.
        if (!d.onset.isEmpty())
            line += tr(", since %1").arg(escaped(onsetText(d.onset)));
        line += tr(", diagnosed %1").arg(date(d.diagnosedOn));
        active << line;
    }
    html += active.isEmpty()
                ? tr("<p>No active diagnosis.</p>")
                : QStringLiteral("<ul><li>") + active.join(QStringLiteral("</li><li>")) +
                      QStringLiteral("</li></ul>");

    const CourseStatus course = courseStatus(m_record.sessions);
    html += tr("<h3>Treatment course</h3><table>");
    row(tr("Course"), course.text());
    row(tr("Last visit"), date(course.lastSession));
    if (const QString next = m_plan->nextDueLine(); !next.isEmpty()) {
        row(tr("Plan"), escaped(m_plan->plans().last().plan.protocol.name));
        row(tr("Due next"), escaped(next));
        if (const QString kept = PlanTab::adherenceText(m_plan->plans().last()); !kept.isEmpty())
            row(tr("Adherence"), escaped(kept));
    } else {
        row(tr("Next visit (expected)"),
            course.expectedNext.isValid() ? date(course.expectedNext) : tr("—"));
    }
    html += QStringLiteral("</table>");

    html += tr("<h3>Progress since baseline</h3>");
    bool any = false;
    for (Metric metric : {Metric::Density, Metric::MeanDiameter}) {
        const auto series = progressBySite(m_record.measurements, metric);
        if (series.isEmpty())
            continue;
        any = true;
        const int decimals = metricDecimals(metric);
        auto num = [&](double v, bool sign) -> QString {
            return (sign && v > 0 ? QStringLiteral("+") : QString()) +
                   locale.toString(v, 'f', decimals);
        };
        html += QStringLiteral("<p><b>%1</b> (%2)</p><table><tr><th>%3</th><th class='r'>%4</th>"
                               "<th class='r'>%5</th><th class='r'>%6</th><th class='r'>%7</th>"
                               "<th class='r'>%8</th><th>%9</th></tr>")
                    .arg(label(metric), metricUnit(metric), tr("Site"), tr("Baseline"),
                         tr("Latest"), tr("Change"), tr("% change"), tr("Per month"),
                         metric == Metric::Density ? tr("Response") : QString());
        for (const auto &s : series) {
            const VerdictRules rules = m_editor.settings().verdictRules();
            QString site = s.siteLabel.isEmpty()
                               ? label(s.site)
                               : label(s.site) + QStringLiteral(": ") + s.siteLabel;
            if (rules.isControl(s.site))
                site = tr("%1 (control)").arg(site);
            const QString response =
                metric == Metric::Density ? responderText(siteVerdict(s, rules)) : QString();
            html += QStringLiteral("<tr><td>%1</td><td class='r'>%2</td><td class='r'>%3</td>"
                                   "<td class='r'>%4</td><td class='r'>%5</td><td class='r'>%6</td>"
                                   "<td>%7</td></tr>")
                        .arg(escaped(site), num(s.baseline(), false), num(s.latest().value, false),
                             s.hasProgress() ? num(s.latest().change, true) : tr("single visit"),
                             s.hasProgress() ? formatPercentChange(s.latest().percentChange)
                                             : QString(),
                             s.ratePerMonth ? num(*s.ratePerMonth, true) : tr("—"), response);
        }
        html += QStringLiteral("</table>");
    }
    if (!any)
        html += tr("<p>No measurements yet: record a baseline visit with Ctrl+M.</p>");
    return html;
}

void PatientFileWidget::editCurrent()
{
    switch (m_tabs->currentIndex()) {
    case Diagnoses:
        if (auto *d = m_diagnoses->diagnosisAt(m_diagnosesView->currentIndex().row()))
            m_editor.editDiagnosis(Diagnosis(*d));
        break;
    case Sessions:
        if (auto *s = m_sessions->sessionAt(m_sessionsView->currentIndex().row()))
            m_editor.editSession(MicroneedlingSession(*s));
        break;
    case Measurements:
        if (auto *m = m_measurements->measurementAt(m_measurementsView->currentIndex().row()))
            m_editor.editMeasurement(Measurement(*m));
        break;
    case Outcomes:
        if (auto *o = m_outcomes->outcomeAt(m_outcomesView->currentIndex().row()))
            m_editor.editOutcome(PatientReportedOutcome(*o));
        break;
    case Plan:
        m_plan->changeShown();
        break;
    case Photos:
        m_photos->editCurrent();
        break;
    default:
        break;
    }
}

void PatientFileWidget::deleteCurrent()
{
    // Copies: the models are reset by the change the removal causes.
    switch (m_tabs->currentIndex()) {
    case Diagnoses:
        if (auto *d = m_diagnoses->diagnosisAt(m_diagnosesView->currentIndex().row()))
            m_editor.removeDiagnosis(Diagnosis(*d));
        break;
    case Sessions:
        if (auto *s = m_sessions->sessionAt(m_sessionsView->currentIndex().row()))
            m_editor.removeSession(MicroneedlingSession(*s));
        break;
    case Measurements:
        if (auto *m = m_measurements->measurementAt(m_measurementsView->currentIndex().row()))
            m_editor.removeMeasurement(Measurement(*m));
        break;
    case Outcomes:
        if (auto *o = m_outcomes->outcomeAt(m_outcomesView->currentIndex().row()))
            m_editor.removeOutcome(PatientReportedOutcome(*o));
        break;
    case Photos:
        m_photos->deleteCurrent();
        break;
    default:
        break;
    }
}

} // namespace tricholog
