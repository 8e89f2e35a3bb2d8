#include "ui/MainWindow.h"

#include "core/security/Anchors.h"
#include "core/security/UserRepository.h"
#include "core/storage/Database.h"
#include "core/storage/PatientRepository.h"
#include "core/storage/PracticeRepository.h"
#include "core/storage/ServerRoles.h"
#include "ui/RecordEditor.h"
#include "ui/cohort/ClinicOutcomesDialog.h"
#include "ui/commands/ChangeNotifier.h"
#include "ui/commands/DatabaseCommand.h"
#include "ui/io/DataActions.h"
#include "ui/patients/PatientFileWidget.h"
#include "ui/patients/PatientListModel.h"
#include "ui/plans/RecallDialog.h"
#include "ui/report/ReportActions.h"
#include "ui/security/IdleLock.h"
#include "ui/security/SignInDialog.h"
#include "ui/settings/PracticeDialog.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/widgets/DateText.h"
#include "ui/widgets/WindowShortcutsFirst.h"

#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
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
    delete m_clinicOutcomes; // another role may not see it
    delete m_recall;
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
