#pragma once

#include "core/clinical/ValidationResult.h"

#include <QHash>
#include <QObject>

class QLabel;
class QWidget;

namespace tricholog {

// Shows validation problems next to the fields they concern: each field is wrapped with a
// message line beneath it; problems without a field go to a general label. Nothing the user
// typed is touched.
class FieldErrors : public QObject
{
    Q_OBJECT
public:
    explicit FieldErrors(QLabel *general, QObject *parent = nullptr);

    // Returns a container holding `field` and its (hidden) message line; `key` is the stable
    // field key of core validation ("needle_mm"); list items ("adjuncts[2].dose") match "adjuncts".
    QWidget *wrap(const QString &key, QWidget *field);
    void addKeyAlias(const QString &alias, const QString &key);

    void show(const QList<ValidationIssue> &issues);
    void clear();
    // The message currently shown for a field key (for tests).
    QString messageFor(const QString &key) const;
    QWidget *firstInvalidField() const;
    // The key of the entry that holds `field` (itself or inside a wrapped row); empty if none.
    QString keyOf(const QWidget *field) const;

private:
    struct Entry
    {
        QWidget *field = nullptr;
        QLabel *message = nullptr;
    };
    QHash<QString, Entry> m_entries;
    QHash<QString, QString> m_aliases;
    QStringList m_order;
    QLabel *m_general;
};

} // namespace tricholog
