#include "ui/settings/ServerDialog.h"

#include "core/storage/Database.h"
#include "ui/tasks/BackgroundTask.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace tricholog {

ServerDialog::ServerDialog(const QString &address, QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Open a server database"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A PostgreSQL database shared by the clinic's workstations. "
                                "Ask the clinic's IT for the address; the password is not "
                                "stored."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_password->setEchoMode(QLineEdit::Password);
    auto row = [&](const QString &text, QWidget *field) {
        auto *l = new QLabel(text, this);
        l->setBuddy(field);
        field->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form->addRow(l, field);
    };
    row(tr("&Server:"), m_host);
    row(tr("P&ort:"), m_port);
    row(tr("&Database:"), m_database);
    row(tr("&User:"), m_user);
    row(tr("Pass&word:"), m_password);
    layout->addLayout(form);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const QUrl url(address.isEmpty()
                       ? QSettings().value(QStringLiteral("server/lastAddress")).toString()
                       : address);
    if (url.isValid() && !url.host().isEmpty()) {
        m_host->setText(url.host());
        m_port->setValue(url.port(5432));
        m_database->setText(url.path().mid(1));
        m_user->setText(url.userName());
    }
    (m_host->text().isEmpty() ? m_host : m_password)->setFocus();
    setMinimumWidth(460);
}

QString ServerDialog::address() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    return url.toString();
}

QString ServerDialog::password() const
{
    return m_password->text();
}

void ServerDialog::accept()
{
    m_error->hide();
    const QString location = address();
    const QString secret = password();
    const auto tried = runInBackground(this, tr("Open a server database"),
                                       tr("Connecting to %1…").arg(m_host->text()),
                                       [&](TaskProgress &) -> Result<void> {
                                           auto db = Database::open(location, {}, secret);
                                           if (!db)
                                               return db.error();
                                           return {};
                                       });
    if (!tried) {
        m_error->setText(tried.error().message);
        m_error->show();
        return;
    }
    QSettings().setValue(QStringLiteral("server/lastAddress"), location);
    QDialog::accept();
}

} // namespace tricholog
