#include "ui/plans/TemplatesDialog.h"

#include "core/storage/Database.h"
#include "ui/plans/ProtocolForm.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace tricholog {

TemplatesDialog::TemplatesDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Protocol templates"));
    setObjectName(QStringLiteral("templatesDialog"));
    m_canEdit = bool(m_db.require(Permission::EditDiagnoses));
    auto *layout = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setMinimumWidth(340);
    m_list->setWordWrap(true);
    layout->addWidget(m_list);
    auto *right = new QVBoxLayout;
    m_form = new ProtocolForm(this);
    m_form->setEnabled(m_canEdit);
    right->addWidget(m_form);
    right->addStretch(1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("templateMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    right->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("New te&mplate"), this);
    m_save = new QPushButton(tr("&Save"), this);
    m_remove = new QPushButton(tr("&Delete"), this);
    for (QPushButton *b : {add, m_save, m_remove}) {
        b->setEnabled(m_canEdit);
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(close);
    right->addLayout(buttons);
    layout->addLayout(right, 1);
    setLayout(layout);
    if (!m_canEdit)
        say(tr("Only clinicians and administrators change protocol templates."), false);
    connect(add, &QPushButton::clicked, this, &TemplatesDialog::newTemplate);
    connect(m_save, &QPushButton::clicked, this, &TemplatesDialog::saveCurrent);
    connect(m_remove, &QPushButton::clicked, this, &TemplatesDialog::removeCurrent);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplatesDialog::chooseRow);
    reload(0);
    resize(980, 640);
}

void TemplatesDialog::say(const QString &text, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color: #c0392b;") : QString());
    m_message->setText(text);
}

void TemplatesDialog::reload(qint64 select)
{
    auto loaded = PlanRepository(m_db).templates();
    if (!loaded) {
        say(loaded.error().message, true);
        return;
    }
    m_templates = loaded.value();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int row = 0;
    for (int i = 0; i < m_templates.size(); ++i) {
        m_list->addItem(m_templates.at(i).protocol.name);
        if (m_templates.at(i).id == select)
            row = i;
    }
    if (m_templates.isEmpty()) {
        showNew(); // nothing was shown yet: nothing to ask about
        return;
    }
    m_list->setCurrentRow(row);
    showTemplate(row);
}

void TemplatesDialog::showTemplate(int row)
{
    if (row < 0 || row >= m_templates.size())
        return;
    m_current = m_templates.at(row);
    m_form->setProtocol(m_current.protocol);
    m_remove->setEnabled(m_canEdit);
    m_shownRow = row;
    rememberShown();
}

void TemplatesDialog::rememberShown()
{
    const auto shown = m_form->protocol();
    m_shown = shown ? std::optional(shown.value()) : std::nullopt;
    m_shownProblem = shown ? QString() : shown.error().message;
}

bool TemplatesDialog::hasUnsavedChanges() const
{
    if (!m_canEdit)
        return false;
    const auto now = m_form->protocol();
    if (bool(now) != m_shown.has_value())
        return true;
    return now ? !(now.value() == *m_shown) : now.error().message != m_shownProblem;
}

bool TemplatesDialog::settleChanges()
{
    if (!hasUnsavedChanges())
        return true;
    const QString name = m_form->nameEdit()->text().trimmed();
    const auto answer = QMessageBox::question(
        this, windowTitle(),
        name.isEmpty()
            ? tr("The new template has changes that are not saved. Save them?")
            : tr("The template \"%1\" has changes that are not saved. Save them?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    return answer == QMessageBox::Discard || saveCurrent(); // a refusal is named; the form stays
}

void TemplatesDialog::chooseRow(int row)
{
    const qint64 wanted = row >= 0 && row < m_templates.size() ? m_templates.at(row).id : 0;
    if (!settleChanges()) {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(m_shownRow); // back to what the form holds
        return;
    }
    // Saving may have reordered the list: the template asked for, by its id.
    for (int i = 0; i < m_templates.size(); ++i)
        if (m_templates.at(i).id == wanted && wanted != 0) {
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentRow(i);
            showTemplate(i);
            return;
        }
}

void TemplatesDialog::reject()
{
    if (settleChanges())
        QDialog::reject();
}

void TemplatesDialog::newTemplate()
{
    if (settleChanges())
        showNew();
}

void TemplatesDialog::showNew()
{
    m_current = ProtocolTemplate();
    m_current.protocol.name.clear();
    m_current.protocol.measurementWeeks = {0, 12, 24};
    m_form->setProtocol(m_current.protocol);
    {
        const QSignalBlocker blocker(m_list);
        m_list->clearSelection();
        m_list->setCurrentRow(-1);
    }
    m_remove->setEnabled(false);
    m_shownRow = -1;
    rememberShown();
    m_form->nameEdit()->setFocus();
}

bool TemplatesDialog::saveCurrent()
{
    auto protocol = m_form->protocol();
    if (!protocol) {
        say(protocol.error().message, true);
        return false;
    }
    ProtocolTemplate t = m_current;
    t.protocol = protocol.value();
    auto saved = PlanRepository(m_db).saveTemplate(t);
    if (!saved) {
        say(saved.error().message, true);
        return false;
    }
    say(tr("Saved \"%1\".").arg(t.protocol.name), false);
    reload(t.id);
    return true;
}

bool TemplatesDialog::removeCurrent()
{
    if (m_current.id == 0)
        return false;
    if (QMessageBox::question(this, windowTitle(),
                              tr("Delete the template \"%1\"? The plans made from it keep "
                                 "their own copy.")
                                  .arg(m_current.protocol.name)) != QMessageBox::Yes)
        return false;
    if (auto removed = PlanRepository(m_db).removeTemplate(m_current.id); !removed) {
        say(removed.error().message, true);
        return false;
    }
    say(tr("Deleted \"%1\".").arg(m_current.protocol.name), false);
    reload(0);
    return true;
}

} // namespace tricholog
