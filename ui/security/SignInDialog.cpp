#include "ui/security/SignInDialog.h"

#include "core/demo/DemoGenerator.h"
#include "core/security/UserRepository.h"
#include "core/storage/Database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>

namespace tricholog {

SignInDialog::SignInDialog(Database &db, Mode mode, QWidget *parent, LockReason reason,
                           int idleMinutes)
    : QDialog(parent)
    , m_db(db)
    , m_mode(mode)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("signInIntro"));
    m_intro = intro;
    intro->setWordWrap(true);
    switch (mode) {
    case Mode::SignIn:
        setWindowTitle(tr("Sign in to Tricholog"));
        intro->setText(tr("Sign in to open %1.").arg(db.path()));
        break;
    case Mode::CreateAdministrator:
        setWindowTitle(tr("Create the administrator"));
        intro->setText(tr("This database has no accounts yet. Create its administrator, who "
                          "then adds the clinicians and assistants (Account > Users)."));
        break;
    case Mode::Unlock:
        setWindowTitle(tr("Tricholog is locked"));
        // Whether the screen locked itself or someone locked it: a clinician back at a
        // workstation should know which.
        intro->setText(
            reason == LockReason::ByHand
                ? tr("Locked by %1 at %2. Enter the password of %1 to go on, or sign in as "
                     "someone else.")
                      .arg(db.session() ? db.session()->name : QString(),
                           QLocale().toString(db.clock().now().time(), QLocale::ShortFormat))
                : tr("Locked after %n minute(s) without use. Enter the password of %1 to go on, "
                     "or sign in as someone else.",
                     nullptr, idleMinutes)
                      .arg(db.session() ? db.session()->name : QString()));
        break;
    }
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("User name"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    auto *nameLabel = new QLabel(tr("&User name:"), this);
    nameLabel->setBuddy(m_name);
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(nameLabel, m_name);
    form->addRow(passwordLabel, m_password);
    if (mode == Mode::CreateAdministrator) {
        m_repeat = new QLineEdit(this);
        m_repeat->setEchoMode(QLineEdit::Password);
        m_repeat->setAccessibleName(tr("Password again"));
        auto *repeatLabel = new QLabel(tr("Password &again:"), this);
        repeatLabel->setBuddy(m_repeat);
        form->addRow(repeatLabel, m_repeat);
        m_password->setPlaceholderText(
            tr("at least %1 characters").arg(UserRepository::kMinPasswordLength));
    }
    if (mode == Mode::Unlock) {
        m_name->setText(db.session() ? db.session()->name : QString());
        m_name->setReadOnly(true);
    }
    layout->addLayout(form);
    if (mode == Mode::SignIn && isDemoDatabase(db)) {
        auto *hint =
            new QLabel(tr("Demo database, fictitious patients. Accounts (user / password):\n"
                          "%1 / %2 (administrator)\n%3 / %4 (clinician)\n%5 / %6 (assistant)")
                           .arg(QString::fromLatin1(kDemoAdministrator.name),
                                QString::fromLatin1(kDemoAdministrator.password),
                                QString::fromLatin1(kDemoClinician.name),
                                QString::fromLatin1(kDemoClinician.password),
                                QString::fromLatin1(kDemoAssistant.name),
                                QString::fromLatin1(kDemoAssistant.password)),
                       this);
        hint->setObjectName(QStringLiteral("demoHint"));
        hint->setWordWrap(true);
        layout->addWidget(hint);
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::CreateAdministrator ? tr("Create and sign in") : tr("Sign in"));
    if (mode == Mode::Unlock) {
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit Tricholog"));
        m_switch = buttons->addButton(tr("Sign in as &someone else"), QDialogButtonBox::ActionRole);
        m_switch->setObjectName(QStringLiteral("switchUser"));
        connect(m_switch, &QPushButton::clicked, this, &SignInDialog::signInAsSomeoneElse);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    (mode == Mode::Unlock ? m_password : m_name)->setFocus();
    setMinimumWidth(420);
}

void SignInDialog::signInAsSomeoneElse()
{
    if (m_mode != Mode::Unlock)
        return;
    m_mode = Mode::SignIn;
    setWindowTitle(tr("Sign in to Tricholog"));
    m_intro->setText(tr("Sign in with your own account. The locked session of %1 ends; its "
                        "typed notes were saved when it locked.")
                         .arg(m_db.session() ? m_db.session()->name : QString()));
    m_name->setReadOnly(false);
    m_name->clear();
    m_password->clear();
    m_error->clear();
    m_switch->hide();
    m_name->setFocus();
}

void SignInDialog::accept()
{
    UserRepository users(m_db);
    m_error->clear();
    if (m_mode == Mode::Unlock) {
        if (users.verifyCurrent(m_password->text())) {
            QDialog::accept();
            return;
        }
        m_error->setText(tr("The password is wrong."));
        m_password->clear();
        return;
    }
    if (m_mode == Mode::CreateAdministrator) {
        if (m_password->text() != m_repeat->text()) {
            m_error->setText(tr("The two passwords differ."));
            return;
        }
        const auto added = users.add(m_name->text(), Role::Administrator, m_password->text());
        if (!added) {
            m_error->setText(added.error().message);
            return;
        }
    }
    const std::optional<UserSession> before = m_db.session();
    const auto session = users.signIn(m_name->text(), m_password->text());
    if (!session) {
        if (before) // a failed switch keeps the locked session as it was
            m_db.setSession(before);
        m_error->setText(session.error().message);
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_switched = before.has_value() && before->userId != session.value().userId;
    QDialog::accept();
}

} // namespace tricholog
