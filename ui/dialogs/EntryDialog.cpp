#include "EntryDialog.h"

#include "widgets/FieldErrors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
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

void EntryDialog::finishLayout()
{
    m_layout->addWidget(m_general);
    m_layout->addWidget(m_buttons);

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

QFormLayout *EntryDialog::newForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    return form;
}

void EntryDialog::trySave()
{
    m_errors->clear();
    const auto result = save();
    if (result) {
        accept();
        return;
    }
    if (result.error().kind == Error::Kind::Validation)
        m_errors->show(result.error().issues);
    else
        m_errors->show({{QString(), QString(), QString(), QString(), result.error().message}});
    if (QWidget *field = m_errors->firstInvalidField())
        field->setFocus();
}

} // namespace tricholog
