#include "ui/MainWindow.h"

#include "core/security/Anchors.h"
#include "core/security/UserRepository.h"
#include "core/storage/Database.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/PracticeRepository.h"
#include "core/storage/ServerRoles.h"
#include "ui/RecordEditor.h"
#include "ui/commands/ChangeNotifier.h"
#include "ui/commands/DatabaseCommand.h"
#include "ui/io/DataActions.h"
#include "ui/patients/PatientFileWidget.h"
#include "ui/patients/PatientListModel.h"
#include "ui/photos/PhotosTab.h"
#include "ui/report/ReportActions.h"
#include "ui/security/AuditDialog.h"
#include "ui/security/ChangePasswordDialog.h"
#include "ui/security/IdleLock.h"
#include "ui/security/SignInDialog.h"
#include "ui/security/UsersDialog.h"
#include "ui/settings/PracticeDialog.h"
#include "ui/settings/ServerDialog.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/widgets/DateText.h"
#include "ui/widgets/WindowShortcutsFirst.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tricholog {

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
    , m_notifier(new ChangeNotifier(this))
    , m_undo(new QUndoStack(this))
{
    m_settings = AppSettings::load(QSettings());
    loadPractice();
    m_editor = new RecordEditor(*m_db, *m_notifier, *m_undo, this);
    m_editor->setSettings(m_settings);
    m_reports = new ReportActions(*m_db, this);
    m_reports->setSettings(m_settings);
    m_data = new DataActions(*m_db, *m_notifier, this);
    m_data->setSettings(m_settings);
    connect(m_editor, &RecordEditor::error, this, &MainWindow::showError);
    DatabaseCommand::setErrorHandler([this](const Error &error) { showError(error.message); });

    QWidget *left = createPatientList();
    m_file = new PatientFileWidget(*m_db, *m_notifier, *m_editor, this);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_file);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({630, 650});
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    addBanners(centralLayout, central);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_dbLabel = new QLabel(this);
    m_dbLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_countLabel = new QLabel(this);
    statusBar()->addWidget(m_dbLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);

    createActions();
    // The find field and the notes keep Ctrl+E, Ctrl+D... from the actions on X11 otherwise.
    WindowShortcutsFirst::install(this);
    m_idle = new IdleLock(this);
    m_idle->setMinutes(m_settings.idleLockMinutes);
    connect(m_idle, &IdleLock::idleTimeout, this,
            [this] { lockFor(SignInDialog::LockReason::Idle); });

    connectPatientList();

    setWindowTitle(tr("Tricholog"));
    resize(1280, 800);
    refreshStatus();
    updateActions();
    if (m_patients->rowCount() > 0)
        m_list->selectRow(0);
}

// The left pane: the find field, the archived switch and the patient list, its columns sized.
QWidget *MainWindow::createPatientList()
{
    m_patients = new PatientListModel(*m_db, this);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(4, 4, 0, 4);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Find patient by name or MRN (Ctrl+F)"));
    m_search->setAccessibleName(tr("Find patient"));
    m_search->setClearButtonEnabled(true);
    m_showArchived = new QCheckBox(tr("Show &archived patients"), left);
    m_list = new QTableView(left);
    m_list->setObjectName(QStringLiteral("patientList"));
    m_list->setAccessibleName(tr("Patients"));
    m_list->setModel(m_patients);
    m_list->setSortingEnabled(true);
    m_list->horizontalHeader()->setSortIndicator(PatientListModel::Name, Qt::AscendingOrder);
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_list->verticalHeader()->hide();
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_showArchived);
    leftLayout->addWidget(m_list, 1);

    // Fixed widths from the font (ResizeToContents would measure every row: slow on big lists);
    // the diagnosis takes the rest and is elided, its full text in the tooltip.
    const QFontMetrics fm(m_list->font());
    auto *header = m_list->horizontalHeader();
    header->setStretchLastSection(false);
    // Wide enough for the sample value and for the header in the current language (with room
    // for the sort arrow).
    const QFontMetrics headerFm(header->font());
    auto fixed = [&](int column, const QString &sample) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        const QString title = m_patients->headerData(column, Qt::Horizontal).toString();
        m_list->setColumnWidth(column, std::max(fm.horizontalAdvance(sample) + 14,
                                                headerFm.horizontalAdvance(title) + 28));
    };
    fixed(PatientListModel::Mrn, QStringLiteral("DEMO-00000"));
    fixed(PatientListModel::Name, QStringLiteral("Fernández, Amélie"));
    fixed(PatientListModel::Age, QStringLiteral("100"));
    fixed(PatientListModel::Sessions, QStringLiteral("999"));
    fixed(PatientListModel::LastVisit, dateText(QDate(2026, 12, 28)));
    fixed(PatientListModel::DensityChange,
          QLocale().toString(-100.0, 'f', 1) + QStringLiteral(" %"));
    header->setSectionResizeMode(PatientListModel::Diagnosis, QHeaderView::Stretch);
    return left;
}

// The list follows the find field and every change of a record; the file follows the list.
void MainWindow::connectPatientList()
{
    connect(m_search, &QLineEdit::textChanged, m_patients, &PatientListModel::setFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_patients->rowCount() > 0) {
            m_list->setFocus();
            if (!m_list->currentIndex().isValid())
                m_list->selectRow(0);
        }
    });
    connect(m_showArchived, &QCheckBox::toggled, m_patients, &PatientListModel::setIncludeArchived);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onSelectionChanged);
    m_followList = new QTimer(this);
    m_followList->setSingleShot(true);
    m_followList->setInterval(300);
    connect(m_followList, &QTimer::timeout, this, &MainWindow::followList);
    connect(m_patients, &PatientListModel::reloaded, this, &MainWindow::onListReloaded);
    for (auto signal : {&ChangeNotifier::patientChanged, &ChangeNotifier::sessionsChanged,
                        &ChangeNotifier::measurementsChanged, &ChangeNotifier::diagnosesChanged})
        connect(m_notifier, signal, m_patients, &PatientListModel::reload);
    connect(m_notifier, &ChangeNotifier::everythingChanged, m_patients, &PatientListModel::reload);
}

void MainWindow::onListReloaded()
{
    // Keep the selected patient selected across reloads (search, sort, edits). When the list
    // no longer shows the open patient, the file follows the list: its first patient, or no
    // one. The file on the right and the list never disagree, so a record shortcut can only
    // reach the patient the list shows as selected.
    const int row = m_patients->rowOf(m_selected);
    // The greyed file's patient listed again (the search was corrected): open at once.
    const int back = m_selected == 0 && m_file->record().patient.id > 0
                         ? m_patients->rowOf(m_file->record().patient.id)
                         : -1;
    if (row >= 0) {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->selectRow(row);
    } else if (back >= 0) {
        m_followList->stop();
        m_list->selectRow(back);
        onSelectionChanged();
    } else {
        if (m_selected > 0) {
            // At once: no patient is current, so every record action is off, and the
            // hidden patient's file is greyed with the reason in the status bar.
            const QString hidden = m_file->record().patient.displayName();
            m_selected = 0;
            m_file->setEnabled(false);
            statusBar()->showMessage(
                tr("%1 is not in the list: record actions are off until a patient of the "
                   "list is open.")
                    .arg(hidden),
                4000);
            updateActions();
        }
        // Once typing pauses, the file opens the list's first patient (opening a file at
        // every keystroke would slow the search); each keystroke starts the wait again.
        m_followList->start();
    }
    refreshStatus();
}

MainWindow::~MainWindow()
{
    DatabaseCommand::setErrorHandler({});
    // Commands refer to the database: clear them before it closes.
    m_undo->clear();
}

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
    return exportPdf;
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
        {"exportReport", Permission::ExportReports},
        {"printReport", Permission::ExportReports},
        {"previewReport", Permission::ExportReports},
        {"exportListedReports", Permission::ExportReports},
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

qint64 MainWindow::currentPatientId() const
{
    return m_selected;
}

void MainWindow::selectPatient(qint64 patientId)
{
    int row = m_patients->rowOf(patientId);
    if (row < 0 && patientId > 0) {
        m_search->clear();
        row = m_patients->rowOf(patientId);
    }
    if (row < 0 && patientId > 0) {
        // Not on the pages read so far (a long list): find the patient by record number.
        if (auto p = PatientRepository(*m_db).find(patientId)) {
            m_search->setText(p.value().mrn);
            row = m_patients->rowOf(patientId);
        }
    }
    if (row >= 0) {
        m_list->selectRow(row);
        m_list->scrollTo(m_patients->index(row, 0));
    }
}

void MainWindow::onSelectionChanged()
{
    const QModelIndex current = m_list->currentIndex();
    const auto *row = current.isValid() ? m_patients->rowAt(current.row()) : nullptr;
    const qint64 id = row ? row->id : 0;
    if (id > 0)
        m_followList->stop();
    if (m_file->record().patient.id != id)
        m_file->setPatient(id);
    m_selected = id;
    m_file->setEnabled(true);
    updateActions();
}

void MainWindow::followList()
{
    // The search hid the open patient: the file takes the list's current or first patient, or
    // no one when the list is empty.
    if (m_selected > 0)
        return;
    if (m_patients->rowCount() > 0 && !m_list->currentIndex().isValid())
        m_list->selectRow(0);
    else
        onSelectionChanged();
}

void MainWindow::movePatient(int delta)
{
    const int rows = m_patients->rowCount();
    if (rows == 0)
        return;
    const int current = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
    const int target = std::clamp(current + delta, 0, rows - 1);
    m_list->selectRow(target);
}

void MainWindow::loadPractice()
{
    if (auto practice = PracticeRepository(*m_db).load())
        m_settings.applyPractice(practice.value());
}

bool MainWindow::editPractice(bool firstStart)
{
    auto current = PracticeRepository(*m_db).load();
    if (!current) {
        showError(current.error().message);
        return false;
    }
    PracticeDialog dialog(*m_db, current.value(), firstStart, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_settings.applyPractice(dialog.practice());
    m_editor->setSettings(m_settings);
    m_reports->setSettings(m_settings);
    m_data->setSettings(m_settings);
    return true;
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings = dialog.settings();
    QSettings store;
    m_settings.save(store);
    loadPractice(); // the database's practice details stay in force
    m_editor->setSettings(m_settings);
    m_reports->setSettings(m_settings);
    m_data->setSettings(m_settings);
    m_idle->setMinutes(m_settings.idleLockMinutes);
    m_file->reload();
}

void MainWindow::addBanners(QVBoxLayout *layout, QWidget *parent)
{
    auto banner = [&](const QString &name, const QString &text, bool bold) {
        auto *label = new QLabel(text, parent);
        label->setObjectName(name);
        label->setWordWrap(true);
        label->setContentsMargins(10, 6, 10, 6);
        label->setStyleSheet(QStringLiteral("background: #fff3cd; color: #5c4400;") +
                             (bold ? QStringLiteral(" font-weight: bold;") : QString()));
        layout->addWidget(label);
    };
    // Impossible to miss: nothing typed here can be saved.
    if (m_db->readOnly())
        banner(QStringLiteral("readOnlyBanner"),
               m_db->integrityProblems().isEmpty()
                   ? tr("This database is open read-only (%1 cannot be written): you can look and "
                        "print, but nothing can be saved.")
                         .arg(m_db->path())
                   : tr("This database is open read-only: its audit protection was changed "
                        "outside Tricholog (%1). Nothing can be saved, so that nothing goes "
                        "unlogged. Ask the administrator to run tricholog audit verify and to "
                        "restore a backup.")
                         .arg(m_db->integrityProblems().mid(0, 3).join(QStringLiteral("; "))),
               true);
    // Day-to-day work as the tables' owner: the triggers could be switched off unseen.
    if (auto owner = serverroles::connectedAsOwner(*m_db); owner && owner.value())
        banner(QStringLiteral("ownerBanner"), serverroles::ownerWarning(*m_db), false);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_file->saveNotesIfEdited();
    if (m_restoreFrom.isEmpty() && !m_db->isServer()) // a restore keeps its own copy
        m_data->backupOnExit();
    recordAnchor(QStringLiteral("exit"));
    QMainWindow::closeEvent(event);
}

void MainWindow::recordAnchor(const QString &source)
{
    if (!m_db->session())
        return; // nobody signed in has seen the trail
    if (auto anchored = anchors::recordHead(*m_db, source); !anchored)
        statusBar()->showMessage(
            tr("The audit trail's head could not be recorded: %1").arg(anchored.error().message),
            10000);
}

void MainWindow::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Tricholog"), message);
}

void MainWindow::lock()
{
    lockFor(SignInDialog::LockReason::ByHand);
}

void MainWindow::lockFor(SignInDialog::LockReason reason)
{
    if (!m_db->session() || m_locked)
        return;
    m_locked = true;
    m_file->saveNotesIfEdited();
    centralWidget()->hide(); // no patient data on screen while locked
    SignInDialog unlock(*m_db, SignInDialog::Mode::Unlock, this, reason,
                        m_settings.idleLockMinutes);
    const bool unlocked = unlock.exec() == QDialog::Accepted;
    m_locked = false;
    m_idle->reset();
    if (!unlocked) {
        close();
        return;
    }
    if (unlock.switchedUser())
        sessionChanged();
    centralWidget()->show();
}

void MainWindow::signOut()
{
    if (!m_db->session() || m_locked)
        return;
    m_locked = true;
    m_file->saveNotesIfEdited();
    centralWidget()->hide();
    recordAnchor(QStringLiteral("sign-out"));
    if (auto out = UserRepository(*m_db).signOut(); !out)
        showError(out.error().message);
    sessionChanged();
    SignInDialog signIn(*m_db, SignInDialog::Mode::SignIn, this);
    const bool signedIn = signIn.exec() == QDialog::Accepted;
    m_locked = false;
    m_idle->reset();
    if (!signedIn) {
        close();
        return;
    }
    sessionChanged();
    centralWidget()->show();
}

void MainWindow::sessionChanged()
{
    // Another person: the previous one's edits are not theirs to undo, and the menus follow
    // the new role.
    m_undo->clear();
    refreshStatus();
    updateActions();
    m_file->reload();
}

void MainWindow::refreshStatus()
{
    m_dbLabel->setText(m_db->session() ? tr("%1 · signed in as %2 (%3)")
                                             .arg(m_db->displayName(), m_db->session()->name,
                                                  roleLabel(m_db->session()->role))
                                       : m_db->displayName());
    m_countLabel->setText(
        m_patients->totalIsAtLeast()
            ? tr("%1 or more patients listed").arg(QLocale().toString(m_patients->totalCount()))
            : tr("%n patient(s) listed", nullptr, m_patients->totalCount()));
    if (!m_patients->lastError().isEmpty())
        statusBar()->showMessage(m_patients->lastError(), 10000);
}

} // namespace tricholog
