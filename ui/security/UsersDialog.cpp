#include "ui/security/UsersDialog.h"

#include "core/security/UserRepository.h"
#include "core/storage/Database.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tricholog {

UsersDialog::UsersDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Users"));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 4, this);
    m_table->setAccessibleName(tr("Accounts"));
    m_table->setHorizontalHeaderLabels({tr("User"), tr("Role"), tr("Active"), tr("Locked until")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *add = buttons->addButton(tr("&Add…"), QDialogButtonBox::ActionRole);
    auto *role = buttons->addButton(tr("Change &role…"), QDialogButtonBox::ActionRole);
    auto *reset = buttons->addButton(tr("Reset &password…"), QDialogButtonBox::ActionRole);
    auto *active = buttons->addButton(tr("&Deactivate / activate"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const QStringList roles{roleLabel(Role::Administrator), roleLabel(Role::Clinician),
                            roleLabel(Role::Assistant)};
    const QList<Role> roleValues{Role::Administrator, Role::Clinician, Role::Assistant};
    connect(add, &QPushButton::clicked, this, [this, roles, roleValues] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New account"), tr("User name:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (!ok || name.trimmed().isEmpty())
            return;
        const QString roleText =
            QInputDialog::getItem(this, tr("New account"), tr("Role:"), roles, 1, false, &ok);
        if (!ok)
            return;
        const QString password = QInputDialog::getText(
            this, tr("New account"),
            tr("Password (at least %1 characters):").arg(UserRepository::kMinPasswordLength),
            QLineEdit::Password, QString(), &ok);
        if (!ok)
            return;
        const auto added =
            UserRepository(m_db).add(name, roleValues.at(roles.indexOf(roleText)), password);
        report(added ? QString() : added.error().message);
    });
    connect(role, &QPushButton::clicked, this, [this, roles, roleValues] {
        const qint64 id = selectedId();
        if (!id)
            return;
        bool ok = false;
        const QString roleText =
            QInputDialog::getItem(this, tr("Change role"), tr("Role:"), roles, 1, false, &ok);
        if (!ok)
            return;
        const auto changed =
            UserRepository(m_db).setRole(id, roleValues.at(roles.indexOf(roleText)));
        report(changed ? QString() : changed.error().message);
    });
    connect(reset, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedId();
        if (!id)
            return;
        bool ok = false;
        const QString pw = QInputDialog::getText(
            this, tr("Reset password"),
            tr("New password (at least %1 characters):").arg(UserRepository::kMinPasswordLength),
            QLineEdit::Password, QString(), &ok);
        if (!ok)
            return;
        const auto changed = UserRepository(m_db).setPassword(id, pw);
        report(changed ? QString() : changed.error().message);
    });
    connect(active, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedId();
        if (!id)
            return;
        const bool isActive = m_table->item(m_table->currentRow(), 2)->data(Qt::UserRole).toBool();
        const auto changed = UserRepository(m_db).setActive(id, !isActive);
        report(changed ? QString() : changed.error().message);
    });
    resize(640, 360);
    refresh();
}

qint64 UsersDialog::selectedId() const
{
    const int row = m_table->currentRow();
    return row >= 0 ? m_table->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

void UsersDialog::report(const QString &error)
{
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Users"), error);
    refresh();
}

void UsersDialog::refresh()
{
    const auto users = UserRepository(m_db).list();
    m_table->setRowCount(0);
    if (!users)
        return;
    m_table->setRowCount(int(users.value().size()));
    int row = 0;
    for (const auto &u : users.value()) {
        auto *name = new QTableWidgetItem(u.name);
        name->setData(Qt::UserRole, u.id);
        auto *active = new QTableWidgetItem(u.active ? tr("yes") : tr("no"));
        active->setData(Qt::UserRole, u.active);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(roleLabel(u.role)));
        m_table->setItem(row, 2, active);
        m_table->setItem(row, 3,
                         new QTableWidgetItem(u.lockedUntil.isValid()
                                                  ? QLocale().toString(u.lockedUntil.toLocalTime(),
                                                                       QLocale::ShortFormat)
                                                  : QString()));
        ++row;
    }
}

} // namespace tricholog
