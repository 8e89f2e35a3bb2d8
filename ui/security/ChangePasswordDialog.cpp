#include "ui/security/ChangePasswordDialog.h"

#include "core/security/UserRepository.h"
#include "core/storage/Database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tricholog {

ChangePasswordDialog::ChangePasswordDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Change my password"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Account %1. The new password needs at least %2 characters.")
                                 .arg(db.session() ? db.session()->name : QString())
                                 .arg(UserRepository::kMinPasswordLength),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    auto field = [&](const QString &text, const QString &name) {
        auto *edit = new QLineEdit(this);
        edit->setEchoMode(QLineEdit::Password);
        edit->setAccessibleName(name);
        auto *label = new QLabel(text, this);
        label->setBuddy(edit);
        form->addRow(label, edit);
        return edit;
    };
    m_current = field(tr("&Current password:"), tr("Current password"));
    m_new = field(tr("&New password:"), tr("New password"));
    m_repeat = field(tr("New password &again:"), tr("New password again"));
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("passwordError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Change password"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_current->setFocus();
    setMinimumWidth(420);
}

void ChangePasswordDialog::accept()
{
    m_error->clear();
    if (m_new->text() != m_repeat->text()) {
        m_error->setText(tr("The two new passwords differ."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    const auto changed = UserRepository(m_db).changeOwnPassword(m_current->text(), m_new->text());
    if (!changed) {
        m_error->setText(changed.error().kind == Error::Kind::Validation &&
                                 !changed.error().issues.isEmpty()
                             ? changed.error().issues.first().message
                             : changed.error().message);
        m_current->selectAll();
        m_current->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace tricholog
