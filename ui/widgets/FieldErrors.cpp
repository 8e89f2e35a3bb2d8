#include "ui/widgets/FieldErrors.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace tricholog {

namespace {
const char *const kInvalid = "invalid";

QString baseKey(const QString &field)
{
    QString key = field;
    if (const int dot = int(key.indexOf(QLatin1Char('.')));
        dot >= 0 && key.startsWith(QLatin1String("row")))
        key = key.mid(dot + 1);
    if (const int bracket = int(key.indexOf(QLatin1Char('['))); bracket >= 0)
        key = key.left(bracket);
    return key;
}

void markInvalid(QWidget *w, bool invalid)
{
    w->setProperty(kInvalid, invalid);
    w->setStyleSheet(invalid ? QStringLiteral("*[invalid=\"true\"] { border: 2px solid #c0392b; }")
                             : QString());
}
} // namespace

FieldErrors::FieldErrors(QLabel *general, QObject *parent)
    : QObject(parent)
    , m_general(general)
{
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_general->setVisible(false);
}

QWidget *FieldErrors::wrap(const QString &key, QWidget *field)
{
    auto *container = new QWidget(field->parentWidget());
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto *message = new QLabel(container);
    message->setWordWrap(true);
    message->setStyleSheet(QStringLiteral("color: #c0392b;"));
    message->setVisible(false);
    message->setObjectName(key + QStringLiteral("_error"));
    layout->addWidget(message);
    m_entries.insert(key, {field, message});
    m_order << key;
    return container;
}

void FieldErrors::addKeyAlias(const QString &alias, const QString &key)
{
    m_aliases.insert(alias, key);
}

void FieldErrors::show(const QList<ValidationIssue> &issues)
{
    clear();
    QStringList general;
    QHash<QString, QStringList> perField;
    for (const auto &issue : issues) {
        // A field of one row of a list ("photos[2].view") first finds its own entry.
        QString key = m_entries.contains(issue.field) ? issue.field : baseKey(issue.field);
        key = m_aliases.value(key, key);
        // ...else a field shared by all rows ("photos[2].session": the one session box).
        if (!m_entries.contains(key) && issue.field.contains(QLatin1Char('.')) &&
            m_entries.contains(issue.field.section(QLatin1Char('.'), -1)))
            key = issue.field.section(QLatin1Char('.'), -1);
        if (m_entries.contains(key))
            perField[key] << issue.message;
        else
            general << issue.message;
    }
    for (auto it = perField.cbegin(); it != perField.cend(); ++it) {
        const Entry &e = m_entries.value(it.key());
        e.message->setText(it.value().join(QLatin1Char('\n')));
        e.message->setVisible(true);
        markInvalid(e.field, true);
        e.field->setToolTip(it.value().join(QLatin1Char('\n')));
    }
    if (!general.isEmpty()) {
        m_general->setText(general.join(QLatin1Char('\n')));
        m_general->setVisible(true);
    }
}

void FieldErrors::clear()
{
    for (const auto &e : std::as_const(m_entries)) {
        e.message->clear();
        e.message->setVisible(false);
        if (e.field->property(kInvalid).toBool()) {
            markInvalid(e.field, false);
            e.field->setToolTip(QString());
        }
    }
    m_general->clear();
    m_general->setVisible(false);
}

QString FieldErrors::messageFor(const QString &key) const
{
    const auto it = m_entries.constFind(key);
    return it == m_entries.cend() ? QString() : it->message->text();
}

QWidget *FieldErrors::firstInvalidField() const
{
    for (const auto &key : m_order) {
        const Entry &e = m_entries.value(key);
        if (e.field->property(kInvalid).toBool())
            return e.field;
    }
    return nullptr;
}

QString FieldErrors::keyOf(const QWidget *field) const
{
    for (const auto &key : m_order) {
        const QWidget *entry = m_entries.value(key).field;
        if (entry == field || entry->isAncestorOf(field))
            return key;
    }
    return {};
}

} // namespace tricholog
