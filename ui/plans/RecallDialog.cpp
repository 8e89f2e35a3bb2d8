#include "ui/plans/RecallDialog.h"

#include "core/model/Keys.h"
#include "core/security/Disclosure.h"
#include "core/storage/Database.h"
#include "core/storage/PracticeRepository.h"
#include "ui/commands/ChangeNotifier.h"
#include "ui/plans/PlanCommand.h"
#include "ui/plans/PlanEditor.h"
#include "ui/widgets/DateText.h"
#include "ui/widgets/ExportedMessage.h"

#include <QAbstractTableModel>
#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTextDocument>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tricholog {

class RecallModel : public QAbstractTableModel
{
public:
    enum Column
    {
        Mrn,
        Name,
        Phone,
        Email,
        PlanName,
        Visit,
        Due,
        Overdue,
        LastSession,
        LastContact,
        Outcome,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<RecallRow> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const QList<RecallRow> &rows() const { return m_rows; }
    // An invalid time: no call left (the last one taken back).
    void setContact(int row, const QDateTime &at, std::optional<ContactOutcome> outcome)
    {
        m_rows[row].lastContact = at;
        m_rows[row].lastContactOutcome = outcome ? toKey(*outcome) : QString();
        emit dataChanged(index(row, LastContact), index(row, Outcome));
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant headerData(int section, Qt::Orientation o, int role) const override
    {
        if (o != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        return headers().value(section);
    }
    static QStringList headers()
    {
        return {RecallDialog::tr("MRN"),          RecallDialog::tr("Name"),
                RecallDialog::tr("Phone"),        RecallDialog::tr("E-mail"),
                RecallDialog::tr("Plan"),         RecallDialog::tr("Next visit"),
                RecallDialog::tr("Due"),          RecallDialog::tr("Days overdue"),
                RecallDialog::tr("Last session"), RecallDialog::tr("Last contact"),
                RecallDialog::tr("Outcome")};
    }
    static QString cell(const RecallRow &r, int column)
    {
        switch (column) {
        case Mrn:
            return r.mrn;
        case Name:
            return r.givenName.isEmpty() ? r.familyName
                                         : QStringLiteral("%1, %2").arg(r.familyName, r.givenName);
        case Phone:
            return r.phone;
        case Email:
            return r.email;
        case PlanName:
            return r.plan;
        case Visit:
            return r.next.kind == plan::VisitKind::Session
                       ? RecallDialog::tr("session %1").arg(r.next.number)
                       : RecallDialog::tr("measurement, week %1").arg(r.next.number);
        case Due:
            return dateText(r.next.due);
        case Overdue:
            return r.daysOverdue > 0 ? QString::number(r.daysOverdue) : QString();
        case LastSession:
            return dateText(r.lastSession);
        case LastContact:
            return r.lastContact.isValid() ? dateTimeText(r.lastContact) : QString();
        case Outcome:
            if (const auto o = fromKey<ContactOutcome>(r.lastContactOutcome))
                return label(*o);
            return {};
        default:
            return {};
        }
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size())
            return {};
        const RecallRow &r = m_rows.at(index.row());
        if (role == Qt::DisplayRole)
            return cell(r, index.column());
        if (role == Qt::ForegroundRole && index.column() == Overdue && r.daysOverdue > 0)
            return QColor(0xc6, 0x28, 0x28);
        if (role == Qt::TextAlignmentRole && index.column() == Overdue)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }

private:
    QList<RecallRow> m_rows;
};

RecallDialog::RecallDialog(Database &db, PlanEditor &plans, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_plans(plans)
    , m_model(new RecallModel(this))
{
    setWindowTitle(tr("Recall list"));
    setObjectName(QStringLiteral("recallDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *choices = new QHBoxLayout;
    m_within = new QSpinBox(this);
    m_within->setRange(0, 365);
    m_within->setValue(7);
    m_within->setSuffix(tr(" days"));
    auto *withinLabel = new QLabel(tr("Due &within:"), this);
    withinLabel->setBuddy(m_within);
    m_overdue = new QCheckBox(tr("&Overdue only"), this);
    m_count = new QLabel(this);
    choices->addWidget(withinLabel);
    choices->addWidget(m_within);
    choices->addWidget(m_overdue);
    choices->addStretch();
    choices->addWidget(m_count);
    layout->addLayout(choices);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("recallTable"));
    m_table->setAccessibleName(tr("Patients to call"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->installEventFilter(this);
    layout->addWidget(m_table, 1);
    auto *keys = new QLabel(tr("Record a call: <b>1</b> reached · <b>2</b> no answer · <b>3</b> "
                               "message left · <b>4</b> booked · <b>5</b> declined, then "
                               "<b>Enter</b> (a note may be typed first). Enter alone opens the "
                               "patient's file."),
                            this);
    keys->setWordWrap(true);
    layout->addWidget(keys);
    auto *noteRow = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("recallStatus"));
    m_status->setTextFormat(Qt::RichText);
    m_status->setWordWrap(true);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("contactNote"));
    m_note->setPlaceholderText(tr("note on the call (optional)"));
    m_note->setAccessibleName(tr("Note on the call"));
    m_note->installEventFilter(this);
    noteRow->addWidget(m_status, 1);
    noteRow->addWidget(m_note, 1);
    layout->addLayout(noteRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *csv = buttons->addButton(tr("Export &CSV…"), QDialogButtonBox::ActionRole);
    auto *printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    for (QPushButton *b : {csv, printButton})
        b->setAutoDefault(false);
    layout->addWidget(buttons);
    m_undoCall = new QAction(tr("Take back the last call"), this);
    m_undoCall->setObjectName(QStringLiteral("recallUndo"));
    m_undoCall->setShortcut(QKeySequence::Undo);
    m_redoCall = new QAction(tr("Record the call again"), this);
    m_redoCall->setObjectName(QStringLiteral("recallRedo"));
    m_redoCall->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    addAction(m_undoCall);
    addAction(m_redoCall);
    auto *undoButton = new QToolButton(this);
    undoButton->setDefaultAction(m_undoCall);
    buttons->addButton(undoButton, QDialogButtonBox::ActionRole);
    connect(m_undoCall, &QAction::triggered, this, [this] { stepCall(true); });
    connect(m_redoCall, &QAction::triggered, this, [this] { stepCall(false); });
    connect(&m_plans.undoStack(), &QUndoStack::indexChanged, this,
            &RecallDialog::updateUndoActions);
    connect(&m_plans.notifier(), &ChangeNotifier::plansChanged, this,
            &RecallDialog::refreshContact);
    updateUndoActions();
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(csv, &QPushButton::clicked, this, &RecallDialog::exportCsv);
    connect(printButton, &QPushButton::clicked, this, &RecallDialog::print);
    connect(m_within, &QSpinBox::valueChanged, this, &RecallDialog::reload);
    connect(m_overdue, &QCheckBox::toggled, this, &RecallDialog::reload);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit patientChosen(m_model->rows().at(index.row()).patientId);
    });
    resize(1200, 640);
    reload();
}

RecallDialog::~RecallDialog() = default;

namespace {

// The call the stack's step at `index` records, if it is one.
const ContactCommand *callAt(const QUndoStack &stack, int index)
{
    return index >= 0 && index < stack.count()
               ? dynamic_cast<const ContactCommand *>(stack.command(index))
               : nullptr;
}

} // namespace

void RecallDialog::updateUndoActions()
{
    const QUndoStack &stack = m_plans.undoStack();
    m_undoCall->setEnabled(callAt(stack, stack.index() - 1) != nullptr);
    m_redoCall->setEnabled(callAt(stack, stack.index()) != nullptr);
}

void RecallDialog::stepCall(bool back)
{
    QUndoStack &stack = m_plans.undoStack();
    const ContactCommand *call = callAt(stack, back ? stack.index() - 1 : stack.index());
    if (!call)
        return;
    const ContactAttempt attempt = call->attempt();
    const int before = stack.index(), steps = stack.count();
    back ? stack.undo() : stack.redo(); // a refusal is shown by the commands' error handler
    // A step refused is dropped from the stack (obsolete): the count tells, not the index.
    if (stack.index() == before || stack.count() != steps)
        return;
    const auto row =
        std::find_if(m_model->rows().cbegin(), m_model->rows().cend(),
                     [&](const RecallRow &r) { return r.patientId == attempt.patientId; });
    const QString who = row == m_model->rows().cend()
                            ? QString()
                            : RecallModel::cell(*row, RecallModel::Name).toHtmlEscaped();
    m_status->setStyleSheet(QString());
    m_status->setText((back ? tr("Taken back: %1, %2.") : tr("Recorded again: %1, %2."))
                          .arg(label(attempt.outcome).toHtmlEscaped(), who));
}

void RecallDialog::refreshContact(qint64 patientId)
{
    const auto &rows = m_model->rows();
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).patientId != patientId)
            continue;
        auto contacts = PlanRepository(m_db).contactsOf(patientId);
        if (!contacts) {
            showProblem(contacts.error().message);
            return;
        }
        if (contacts.value().isEmpty())
            m_model->setContact(i, {}, {});
        else
            m_model->setContact(i, contacts.value().first().attemptedAt,
                                contacts.value().first().outcome);
        return;
    }
}

const QList<RecallRow> &RecallDialog::rows() const
{
    return m_model->rows();
}

void RecallDialog::reload()
{
    cancelPending();
    RecallOptions o;
    o.today = m_db.clock().today();
    o.dueWithinDays = m_within->value();
    o.overdueOnly = m_overdue->isChecked();
    o.tolerance = m_plans.tolerance();
    m_within->setEnabled(!o.overdueOnly);
    auto rows = loadRecall(m_db, o);
    if (!rows) {
        m_model->setRows({});
        m_count->setText(QString());
        showProblem(rows.error().message);
        return;
    }
    const auto overdue = std::count_if(rows.value().cbegin(), rows.value().cend(),
                                       [](const RecallRow &r) { return r.daysOverdue > 0; });
    m_model->setRows(rows.value());
    m_count->setText(tr("%n patient(s) to call", nullptr, int(rows.value().size())) +
                     QStringLiteral(" · ") + tr("%n overdue", nullptr, int(overdue)));
    m_table->resizeColumnsToContents();
    // Long plan names and addresses are elided: the visit, the dates and the outcome stay in view.
    for (const auto &[column, widest] :
         {std::pair{int(RecallModel::PlanName), 260}, std::pair{int(RecallModel::Email), 220}})
        if (m_table->columnWidth(column) > widest)
            m_table->setColumnWidth(column, widest);
    if (!rows.value().isEmpty())
        m_table->selectRow(0);
    m_table->setFocus();
}

void RecallDialog::showProblem(const QString &message)
{
    m_status->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_status->setText(message.toHtmlEscaped());
}

void RecallDialog::choose(ContactOutcome outcome)
{
    if (!m_table->currentIndex().isValid())
        return;
    m_pending = outcome;
    showPending();
}

void RecallDialog::showPending()
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_pending || !current.isValid()) {
        m_status->clear();
        return;
    }
    const RecallRow &r = m_model->rows().at(current.row());
    m_status->setStyleSheet(QString());
    m_status->setText(tr("<b>%1</b> for %2 (%3): Enter records it, Esc cancels")
                          .arg(label(*m_pending).toHtmlEscaped(),
                               RecallModel::cell(r, RecallModel::Name).toHtmlEscaped(),
                               r.mrn.toHtmlEscaped()));
}

void RecallDialog::cancelPending()
{
    m_pending.reset();
    m_note->clear();
    m_status->clear();
}

bool RecallDialog::recordPending()
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_pending || !current.isValid())
        return false;
    const int row = current.row();
    ContactAttempt attempt;
    attempt.patientId = m_model->rows().at(row).patientId;
    attempt.attemptedAt = m_db.clock().now();
    attempt.outcome = *m_pending;
    attempt.note = m_note->text().trimmed();
    if (auto added = m_plans.recordContact(attempt); !added) {
        // The choice and the note stay: nothing typed is lost.
        showProblem(added.error().message);
        return false;
    }
    m_model->setContact(row, attempt.attemptedAt, attempt.outcome);
    cancelPending();
    m_status->setStyleSheet(QString());
    m_status->setText(
        tr("Recorded: %1, %2. Ctrl+Z takes it back.")
            .arg(label(attempt.outcome).toHtmlEscaped(),
                 RecallModel::cell(m_model->rows().at(row), RecallModel::Name).toHtmlEscaped()));
    if (row + 1 < m_model->rowCount())
        m_table->selectRow(row + 1);
    m_table->setFocus();
    return true;
}

bool RecallDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == m_table) {
        if (key->key() >= Qt::Key_1 && key->key() <= Qt::Key_5 &&
            key->modifiers() == Qt::NoModifier) {
            choose(allValues<ContactOutcome>().at(key->key() - Qt::Key_1));
            return true;
        }
        if (enter) {
            if (m_pending)
                recordPending();
            else if (m_table->currentIndex().isValid())
                emit patientChosen(m_model->rows().at(m_table->currentIndex().row()).patientId);
            return true;
        }
    }
    // Enter in the note records the call; it never reaches the dialog's default button.
    if (watched == m_note && enter) {
        recordPending();
        return true;
    }
    if (key->key() == Qt::Key_Escape && m_pending) {
        cancelPending();
        m_table->setFocus();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

Result<void> RecallDialog::exportCsvTo(const QString &path)
{
    return writeRecallCsv(m_db, rows(), path);
}

void RecallDialog::exportCsv()
{
    const QString path = chooseExportFile(
        this, tr("Export the recall list"),
        QStringLiteral("recall-%1.csv").arg(m_db.clock().today().toString(Qt::ISODate)),
        tr("CSV files (*.csv)"), QStringLiteral(".csv"));
    if (path.isEmpty())
        return;
    if (auto done = exportCsvTo(path); !done) {
        QMessageBox::warning(this, tr("Export the recall list"), done.error().message);
        return;
    }
    showExported(this, tr("Export the recall list"),
                 tr("%n patient(s) written to %1.", nullptr, int(rows().size()))
                     .arg(QDir::toNativeSeparators(path)),
                 path);
}

QString RecallDialog::html() const
{
    QString clinic;
    if (auto practice = PracticeRepository(m_db).load())
        clinic = practice.value().name;
    QString out =
        QStringLiteral("<h3>%1</h3><p>%2</p><table border='1' cellspacing='0' "
                       "cellpadding='3' width='100%'><tr>")
            .arg(tr("Recall list").toHtmlEscaped(),
                 (clinic.isEmpty() ? QString() : clinic + QStringLiteral(" · ")) + m_count->text() +
                     QStringLiteral(" · ") + dateText(m_db.clock().today()));
    for (const QString &h : RecallModel::headers())
        out += QStringLiteral("<th align='left'>%1</th>").arg(h.toHtmlEscaped());
    out += QStringLiteral("</tr>");
    for (const RecallRow &r : rows()) {
        out += QStringLiteral("<tr>");
        for (int c = 0; c < RecallModel::ColumnCount; ++c)
            out += QStringLiteral("<td>%1</td>").arg(RecallModel::cell(r, c).toHtmlEscaped());
        out += QStringLiteral("</tr>");
    }
    return out + QStringLiteral("</table>");
}

Result<void> RecallDialog::printTo(QPrinter &printer)
{
    printer.setPageOrientation(QPageLayout::Landscape);
    QTextDocument document;
    QFont font = document.defaultFont();
    font.setPointSizeF(8);
    document.setDefaultFont(font);
    document.setHtml(html());
    document.print(&printer);
    QList<qint64> ids;
    for (const RecallRow &r : rows())
        ids << r.patientId;
    const QString where =
        printer.outputFileName().isEmpty() ? printer.printerName() : printer.outputFileName();
    return recordDisclosure(m_db, DisclosureKind::Print, ids, where);
}

void RecallDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto printed = printTo(printer); !printed)
        QMessageBox::warning(this, tr("Print the recall list"), printed.error().message);
}

} // namespace tricholog
