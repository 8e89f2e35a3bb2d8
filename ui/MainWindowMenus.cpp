// The main window's actions: its menus and toolbar (MainWindow.h), and which of them the
// selected patient and the signed-in role allow.
#include "core/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/RecordEditor.h"
#include "ui/cohort/ClinicOutcomesDialog.h"
#include "ui/io/DataActions.h"
#include "ui/patients/PatientFileWidget.h"
#include "ui/patients/PatientListModel.h"
#include "ui/photos/PhotosTab.h"
#include "ui/plans/PlanTab.h"
#include "ui/plans/RecallDialog.h"
#include "ui/report/ReportActions.h"
#include "ui/security/AuditDialog.h"
#include "ui/security/ChangePasswordDialog.h"
#include "ui/security/UsersDialog.h"
#include "ui/settings/ServerDialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>

namespace tricholog {

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

QAction *MainWindow::makeAction(const QString &name, const QString &text, const QKeySequence &keys,
                                std::function<void()> slot, bool needsPatient)
{
    auto *a = new QAction(text, this);
    a->setObjectName(name);
    if (!keys.isEmpty())
        a->setShortcut(keys);
    connect(a, &QAction::triggered, this, std::move(slot));
    if (needsPatient)
        m_needPatient << a;
    return a;
}

void MainWindow::createActions()
{
    createFileMenu();
    createEditMenu();
    QAction *newPatient = createPatientMenu();
    const QList<QAction *> records = createRecordMenu();
    QAction *exportPdf = createReportMenu();
    createAccountMenu();
    createHelpMenu();
    createToolbar(newPatient, records, exportPdf);
}

void MainWindow::createFileMenu()
{
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto selectedMrn = [this] {
        return m_file->record().patient.id == currentPatientId() ? m_file->record().patient.mrn
                                                                 : QString();
    };
    fileMenu->addAction(makeAction(
        QStringLiteral("openServer"), tr("Open a ser&ver database…"), QKeySequence(), [this] {
            ServerDialog dialog(m_db->isServer() ? m_db->path() : QString(), this);
            if (dialog.exec() != QDialog::Accepted)
                return;
            m_file->saveNotesIfEdited();
            m_openNext = PendingOpen{dialog.address(), dialog.password()};
            close();
        }));
    fileMenu->addAction(makeAction(
        QStringLiteral("openFile"), tr("Open a &database file…"), QKeySequence(), [this] {
            const QString path = QFileDialog::getOpenFileName(
                this, tr("Open a database file"), QFileInfo(Database::defaultPath()).path(),
                tr("Tricholog database (*.sqlite);;All files (*)"));
            if (path.isEmpty())
                return;
            m_file->saveNotesIfEdited();
            m_openNext = PendingOpen{path, {}};
            close();
        }));
    fileMenu->addSeparator();
    fileMenu->addAction(makeAction(QStringLiteral("importCsv"), tr("&Import CSV files…"),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                                   [this] { m_data->importCsv(); }));
    fileMenu->addAction(makeAction(QStringLiteral("exportCsv"), tr("Export &CSV files…"),
                                   QKeySequence(),
                                   [this, selectedMrn] { m_data->exportCsv(selectedMrn()); }));
    fileMenu->addAction(makeAction(QStringLiteral("exportFhir"), tr("Export &FHIR R4 bundle…"),
                                   QKeySequence(),
                                   [this, selectedMrn] { m_data->exportFhir(selectedMrn()); }));
    fileMenu->addAction(makeAction(
        QStringLiteral("exportFhirNdjson"), tr("Export FHIR &NDJSON files…"), QKeySequence(),
        [this, selectedMrn] { m_data->exportFhirNdjson(selectedMrn()); }));
    fileMenu->addSeparator();
    fileMenu->addAction(makeAction(QStringLiteral("backupNow"), tr("&Back up now…"), QKeySequence(),
                                   [this] { m_data->backupNow(); }));
    fileMenu->addAction(makeAction(QStringLiteral("restoreBackup"), tr("&Restore from backup…"),
                                   QKeySequence(), [this] {
                                       m_file->saveNotesIfEdited();
                                       m_restoreFrom = m_data->chooseRestore();
                                       if (!m_restoreFrom.isEmpty())
                                           close();
                                   }));
    fileMenu->addSeparator();
    fileMenu->addAction(makeAction(QStringLiteral("practice"), tr("&Practice details…"),
                                   QKeySequence(), [this] { editPractice(false); }));
    fileMenu->addAction(makeAction(QStringLiteral("settings"), tr("&Settings…"),
                                   QKeySequence::Preferences, [this] { showSettings(); }));
    fileMenu->addSeparator();
    fileMenu->addAction(
        makeAction(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit, [this] { close(); }));
}

void MainWindow::createEditMenu()
{
    auto *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
}

QAction *MainWindow::createPatientMenu()
{
    auto *patientMenu = menuBar()->addMenu(tr("&Patient"));
    QAction *newPatient =
        makeAction(QStringLiteral("newPatient"), tr("&New patient…"), QKeySequence::New, [this] {
            qint64 id = 0;
            if (m_editor->newPatient(&id)) {
                m_search->clear();
                selectPatient(id);
            }
        });
    m_editPatient = makeAction(
        QStringLiteral("editPatient"), tr("&Edit patient…"), QKeySequence(Qt::CTRL | Qt::Key_E),
        [this] { m_editor->editPatient(currentPatientId()); }, true);
    m_archive = makeAction(
        QStringLiteral("archivePatient"), tr("&Archive patient"), QKeySequence(),
        [this] {
            // The file, not the list row: an archived patient stays open when the list hides it.
            const Patient &patient = m_file->record().patient;
            if (patient.id > 0 && patient.id == currentPatientId())
                m_editor->setArchived(patient.id, !patient.archived);
        },
        true);
    QAction *find =
        makeAction(QStringLiteral("findPatient"), tr("&Find patient"), QKeySequence::Find, [this] {
            m_search->setFocus();
            m_search->selectAll();
        });
    QAction *next =
        makeAction(QStringLiteral("nextPatient"), tr("Ne&xt patient"),
                   QKeySequence(Qt::CTRL | Qt::Key_PageDown), [this] { movePatient(1); });
    QAction *previous =
        makeAction(QStringLiteral("previousPatient"), tr("Pre&vious patient"),
                   QKeySequence(Qt::CTRL | Qt::Key_PageUp), [this] { movePatient(-1); });
    patientMenu->addActions({newPatient, m_editPatient, m_archive});
    patientMenu->addSeparator();
    patientMenu->addActions({find, next, previous});
    patientMenu->addSeparator();
    patientMenu->addAction(makeAction(QStringLiteral("recallList"), tr("Re&call list…"),
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                                      [this] { openRecall(); }));
    // After a save was refused because another workstation saved first: show theirs.
    patientMenu->addAction(makeAction(QStringLiteral("reload"), tr("&Reload from the database"),
                                      QKeySequence::Refresh, [this] {
                                          m_file->saveNotesIfEdited();
                                          m_patients->reload();
                                          m_file->reload();
                                      }));
    return newPatient;
}

QList<QAction *> MainWindow::createRecordMenu()
{
    auto *recordMenu = menuBar()->addMenu(tr("&Record"));
    QAction *newSession = makeAction(
        QStringLiteral("newSession"), tr("New &session…"), QKeySequence(Qt::CTRL | Qt::Key_T),
        [this] { m_editor->newSession(currentPatientId()); }, true);
    QAction *newMeasurements = makeAction(
        QStringLiteral("newMeasurements"), tr("New &measurements…"),
        QKeySequence(Qt::CTRL | Qt::Key_M),
        [this] { m_editor->newMeasurements(currentPatientId()); }, true);
    QAction *newDiagnosis = makeAction(
        QStringLiteral("newDiagnosis"), tr("New &diagnosis…"), QKeySequence(Qt::CTRL | Qt::Key_D),
        [this] { m_editor->newDiagnosis(currentPatientId()); }, true);
    QAction *newOutcome = makeAction(
        QStringLiteral("newOutcome"), tr("New patient-reported &outcome…"),
        QKeySequence(Qt::CTRL | Qt::Key_R), [this] { m_editor->newOutcome(currentPatientId()); },
        true);
    QAction *attachPhotos = makeAction(
        QStringLiteral("attachPhotos"), tr("&Attach photos…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
        [this] {
            m_file->tabs()->setCurrentIndex(PatientFileWidget::Photos);
            m_file->photosTab()->attach();
        },
        true);
    QAction *comparePhotos = makeAction(
        QStringLiteral("comparePhotos"), tr("&Compare photos…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
        [this] {
            m_file->tabs()->setCurrentIndex(PatientFileWidget::Photos);
            m_file->photosTab()->compare();
        },
        true);
    recordMenu->addActions({newSession, newMeasurements, newDiagnosis, newOutcome});
    recordMenu->addSeparator();
    recordMenu->addActions({attachPhotos, comparePhotos});
    recordMenu->addSeparator();
    recordMenu->addAction(makeAction(
        QStringLiteral("applyPlan"), tr("Apply a treatment &plan…"), QKeySequence(),
        [this] {
            m_file->tabs()->setCurrentIndex(PatientFileWidget::Plan);
            m_file->planTab()->applyPlan();
        },
        true));
    recordMenu->addAction(makeAction(QStringLiteral("protocolTemplates"),
                                     tr("Protocol &templates…"), QKeySequence(),
                                     [this] { m_editor->plans().editTemplates(); }));
    return {newSession, newMeasurements, newDiagnosis, newOutcome};
}

QAction *MainWindow::createReportMenu()
{
    auto *reportMenu = menuBar()->addMenu(tr("Rep&ort"));
    QAction *exportPdf = makeAction(
        QStringLiteral("exportReport"), tr("&Export progress report as PDF…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
        [this] { m_reports->exportPdf(currentPatientId()); }, true);
    QAction *printReport = makeAction(
        QStringLiteral("printReport"), tr("&Print progress report…"), QKeySequence::Print,
        [this] { m_reports->print(currentPatientId()); }, true);
    QAction *previewReport = makeAction(
        QStringLiteral("previewReport"), tr("Print pre&view…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
        [this] { m_reports->preview(currentPatientId()); }, true);
    QAction *exportListed = makeAction(
        QStringLiteral("exportListedReports"), tr("Export reports of the &listed patients…"),
        QKeySequence(), [this] { m_reports->exportListed(m_patients->request()); });
    reportMenu->addActions({exportPdf, printReport, previewReport});
    reportMenu->addSeparator();
    reportMenu->addAction(exportListed);
    reportMenu->addSeparator();
    reportMenu->addAction(makeAction(QStringLiteral("clinicOutcomes"), tr("&Clinic outcomes…"),
                                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                                     [this] { openClinicOutcomes(); }));
    return exportPdf;
}

void MainWindow::openClinicOutcomes()
{
    // Outcomes across patients: clinicians and administrators (core's rule for reports).
    if (auto ok = m_db->require(Permission::ExportReports); !ok) {
        showError(ok.error().message);
        return;
    }
    if (!m_clinicOutcomes) {
        m_clinicOutcomes = new ClinicOutcomesDialog(*m_db, m_settings, this);
        // A point clicked: that patient's file, in place of the window (whose choices stay
        // for the next opening).
        connect(m_clinicOutcomes, &ClinicOutcomesDialog::patientChosen, this,
                [this](qint64 patientId) {
                    m_clinicOutcomes->accept();
                    selectPatient(patientId);
                });
    } else {
        m_clinicOutcomes->reload(); // records may have changed since
    }
    m_clinicOutcomes->exec();
}

void MainWindow::openRecall()
{
    if (auto ok = m_db->require(Permission::EditSessions); !ok) {
        showError(ok.error().message);
        return;
    }
    if (!m_recall) {
        m_recall = new RecallDialog(*m_db, m_editor->plans(), this);
        connect(m_recall, &RecallDialog::patientChosen, this, [this](qint64 patientId) {
            m_recall->accept();
            selectPatient(patientId);
        });
    } else {
        m_recall->reload(); // visits and calls may have been recorded since
    }
    m_recall->exec();
}

void MainWindow::createAccountMenu()
{
    auto *accountMenu = menuBar()->addMenu(tr("&Account"));
    accountMenu->addAction(
        makeAction(QStringLiteral("users"), tr("&Users…"), QKeySequence(), [this] {
            UsersDialog dialog(*m_db, this);
            dialog.exec();
        }));
    accountMenu->addAction(
        makeAction(QStringLiteral("auditTrail"), tr("Audit &trail…"), QKeySequence(), [this] {
            AuditDialog dialog(*m_db, this);
            // Opened with a patient on screen: that patient's entries first.
            if (m_file->record().patient.id > 0 && m_file->record().patient.id == m_selected)
                dialog.setPatientFilter(m_file->record().patient.mrn);
            dialog.exec();
        }));
    accountMenu->addSeparator();
    accountMenu->addAction(makeAction(
        QStringLiteral("changePassword"), tr("&Change my password…"), QKeySequence(), [this] {
            ChangePasswordDialog dialog(*m_db, this);
            if (dialog.exec() == QDialog::Accepted)
                statusBar()->showMessage(tr("Your password was changed."), 8000);
        }));
    accountMenu->addAction(makeAction(QStringLiteral("lock"), tr("&Lock"),
                                      QKeySequence(Qt::CTRL | Qt::Key_L), [this] { lock(); }));
    accountMenu->addAction(makeAction(QStringLiteral("signOut"), tr("Sign &out…"), QKeySequence(),
                                      [this] { signOut(); }));
}

void MainWindow::createHelpMenu()
{
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(
        makeAction(QStringLiteral("about"), tr("&About Tricholog"), QKeySequence(), [this] {
            QMessageBox::about(
                this, tr("About Tricholog"),
                tr("<b>Tricholog %1</b><p>Hair-loss clinic records, microneedling sessions and "
                   "regrowth reports.</p><p>Database: %2</p>")
                    .arg(QCoreApplication::applicationVersion(), m_db->path().toHtmlEscaped()));
        }));
}

void MainWindow::createToolbar(QAction *newPatient, const QList<QAction *> &records,
                               QAction *exportPdf)
{
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({newPatient, m_editPatient});
    toolbar->addSeparator();
    toolbar->addActions(records);
    toolbar->addSeparator();
    toolbar->addActions({exportPdf});
    toolbar->addSeparator();
    // Short labels on the toolbar ("Undo Edit notes of Müller, Anna" would push Redo into the
    // overflow menu); what would be undone is in the tooltip. The Edit menu keeps the long text.
    auto *undoShort = new QAction(tr("Undo"), this);
    undoShort->setObjectName(QStringLiteral("undoToolbar"));
    auto *redoShort = new QAction(tr("Redo"), this);
    redoShort->setObjectName(QStringLiteral("redoToolbar"));
    connect(undoShort, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(redoShort, &QAction::triggered, m_undo, &QUndoStack::redo);
    auto followStack = [this, undoShort, redoShort] {
        undoShort->setEnabled(m_undo->canUndo());
        redoShort->setEnabled(m_undo->canRedo());
        undoShort->setToolTip(m_undo->canUndo() ? tr("Undo %1 (Ctrl+Z)").arg(m_undo->undoText())
                                                : tr("Nothing to undo"));
        redoShort->setToolTip(m_undo->canRedo()
                                  ? tr("Redo %1 (Ctrl+Shift+Z)").arg(m_undo->redoText())
                                  : tr("Nothing to redo"));
    };
    connect(m_undo, &QUndoStack::indexChanged, this, followStack);
    connect(m_undo, &QUndoStack::cleanChanged, this, followStack);
    followStack();
    toolbar->addActions({undoShort, redoShort});
    for (QAction *a : toolbar->actions()) {
        if (!a->shortcut().isEmpty())
            a->setToolTip(QStringLiteral("%1 (%2)").arg(
                a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                a->shortcut().toString(QKeySequence::NativeText)));
    }
}

bool MainWindow::can(Permission permission) const
{
    return m_db->require(permission).ok();
}

void MainWindow::updateActions()
{
    const qint64 id = currentPatientId();
    for (QAction *a : std::as_const(m_needPatient))
        a->setEnabled(id > 0);
    // What the signed-in role may not do is disabled here; core refuses it as well.
    static const QList<QPair<const char *, Permission>> gated{
        {"newPatient", Permission::EditPatients},
        {"editPatient", Permission::EditPatients},
        {"archivePatient", Permission::Archive},
        {"newDiagnosis", Permission::EditDiagnoses},
        {"newSession", Permission::EditSessions},
        {"newMeasurements", Permission::EditMeasurements},
        {"newOutcome", Permission::EditMeasurements},
        {"attachPhotos", Permission::EditPhotos},
        {"importCsv", Permission::ImportData},
        {"exportCsv", Permission::ExportData},
        {"exportFhir", Permission::ExportData},
        {"exportFhirNdjson", Permission::ExportData},
        {"exportReport", Permission::ExportReports},
        {"printReport", Permission::ExportReports},
        {"previewReport", Permission::ExportReports},
        {"exportListedReports", Permission::ExportReports},
        {"clinicOutcomes", Permission::ExportReports},
        {"recallList", Permission::EditSessions},
        {"applyPlan", Permission::EditDiagnoses},
        {"backupNow", Permission::ExportData},
        {"restoreBackup", Permission::Restore},
        {"settings", Permission::ManageUsers},
        {"practice", Permission::ManageUsers},
        {"users", Permission::ManageUsers},
        {"auditTrail", Permission::ViewAudit}};
    // Both ways: another person may sign in on the lock screen with another role.
    for (const auto &[name, permission] : gated)
        if (QAction *a = action(QString::fromLatin1(name)))
            a->setEnabled(can(permission) && (!m_needPatient.contains(a) || id > 0));
    // A server's backups are pg_dump's (README, for clinic IT).
    for (const char *name : {"backupNow", "restoreBackup"})
        if (QAction *a = action(QString::fromLatin1(name)); a && m_db->isServer())
            a->setEnabled(false);
    for (const char *name : {"lock", "signOut", "changePassword"})
        if (QAction *a = action(QString::fromLatin1(name)))
            a->setEnabled(m_db->session().has_value() &&
                          (qstrcmp(name, "changePassword") != 0 || !m_db->readOnly()));
    const bool archived =
        id > 0 && m_file->record().patient.id == id && m_file->record().patient.archived;
    m_archive->setText(archived ? tr("Restore from &archive") : tr("&Archive patient"));
}

} // namespace tricholog
