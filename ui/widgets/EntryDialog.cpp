#include "ui/widgets/EntryDialog.h"

#include "ui/widgets/CheckedInput.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/PatientBand.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSlider>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tricholog {

EntryDialog::EntryDialog(QWidget *parent)
    : QDialog(parent)
    , m_layout(new QVBoxLayout(this))
    , m_general(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_errors(new FieldErrors(m_general, this))
{
    m_general->setObjectName(QStringLiteral("generalError"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EntryDialog::trySave);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const auto &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter),
          QKeySequence(QKeySequence::Save)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &EntryDialog::trySave);
    }
    m_buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save (Ctrl+Return)"));
}

void EntryDialog::setPatient(const Patient &patient)
{
    if (m_baseTitle.isEmpty())
        m_baseTitle = windowTitle();
    setWindowTitle(tr("%1: %2").arg(m_baseTitle, patientIdentity(patient)));
    // Wide enough that the title bar shows the whole title (with room for its buttons).
    setMinimumWidth(std::max(minimumWidth(), fontMetrics().horizontalAdvance(windowTitle()) + 160));
    if (auto *old = findChild<PatientBand *>())
        delete old;
    m_layout->insertWidget(0, new PatientBand(patient, this));
}

void EntryDialog::finishLayout()
{
    m_layout->addWidget(m_general);
    m_layout->addWidget(m_buttons);
    watchChanges();

    // The buttons were created before the fields: move them to the end of the tab order, and
    // open the form with the cursor in its first field, not on Save.
    QList<QWidget *> fields;
    for (QWidget *w = nextInFocusChain(); w && w != this; w = w->nextInFocusChain()) {
        if (w != m_buttons && !m_buttons->isAncestorOf(w) && isAncestorOf(w) &&
            (w->focusPolicy() & Qt::TabFocus))
            fields << w;
    }
    if (fields.isEmpty())
        return;
    QWidget *previous = fields.last();
    for (QAbstractButton *button : m_buttons->buttons()) {
        setTabOrder(previous, button);
        previous = button;
    }
    fields.first()->setFocus(Qt::OtherFocusReason);
}

void EntryDialog::watchChanges()
{
    // Every kind of field the forms use; rows added later (list editors) announce themselves
    // through their own line edits, which are found again at each recheck's caller.
    auto changed = [this] {
        recheck();
    };
    for (auto *w : findChildren<QLineEdit *>())
        connect(w, &QLineEdit::textChanged, this, changed);
    for (auto *w : findChildren<QPlainTextEdit *>())
        connect(w, &QPlainTextEdit::textChanged, this, changed);
    for (auto *w : findChildren<QComboBox *>())
        connect(w, &QComboBox::currentIndexChanged, this, changed);
    for (auto *w : findChildren<QAbstractButton *>())
        if (w->isCheckable())
            connect(w, &QAbstractButton::toggled, this, changed);
    for (auto *w : findChildren<QSpinBox *>())
        connect(w, &QSpinBox::valueChanged, this, changed);
    for (auto *w : findChildren<QDoubleSpinBox *>())
        connect(w, &QDoubleSpinBox::valueChanged, this, changed);
    for (auto *w : findChildren<QDateTimeEdit *>())
        connect(w, &QDateTimeEdit::dateTimeChanged, this, changed);
    for (auto *w : findChildren<QSlider *>())
        connect(w, &QSlider::valueChanged, this, changed);
    for (auto *w : findChildren<QTableWidget *>())
        connect(w, &QTableWidget::cellChanged, this, changed);
}

QFormLayout *EntryDialog::newForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    return form;
}

QList<ValidationIssue> EntryDialog::inputProblems() const
{
    QList<ValidationIssue> issues;
    for (QWidget *w : findChildren<QWidget *>()) {
        const auto *input = dynamic_cast<const CheckedInput *>(w);
        if (!input)
            continue;
        const QString problem = input->inputProblem();
        if (problem.isEmpty())
            continue;
        const QString key = m_errors->keyOf(w);
        const auto *line = qobject_cast<const QLineEdit *>(w);
        issues << ValidationIssue{key, w->accessibleName(), line ? line->text() : QString(),
                                  input->allowedText(),
                                  key.isEmpty() && !w->accessibleName().isEmpty()
                                      ? w->accessibleName() + QStringLiteral(": ") + problem
                                      : problem};
    }
    return issues;
}

void EntryDialog::recheck()
{
    if (!m_live || m_rechecking)
        return;
    m_rechecking = true;
    QList<ValidationIssue> issues = inputProblems();
    // Without core's rules for the form, what the last save was told stays until the next one.
    issues += m_check ? m_check() : m_saveIssues;
    m_errors->show(issues);
    m_rechecking = false;
}

void EntryDialog::trySave()
{
    m_errors->clear();
    if (const auto unreadable = inputProblems(); !unreadable.isEmpty()) {
        m_live = true;
        m_errors->show(unreadable);
        if (QWidget *field = m_errors->firstInvalidField())
            field->setFocus();
        return;
    }
    const auto result = save();
    if (result) {
        accept();
        return;
    }
    if (result.error().kind == Error::Kind::Validation && !result.error().issues.isEmpty()) {
        m_live = true;
        m_saveIssues = result.error().issues;
        m_errors->show(result.error().issues);
    } else { // a refusal of no single field (or a rule core words as one sentence)
        m_errors->show({{QString(), QString(), QString(), QString(), result.error().message}});
    }
    if (QWidget *field = m_errors->firstInvalidField())
        field->setFocus();
}

} // namespace tricholog
