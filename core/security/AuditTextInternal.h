#pragma once

// Internal to the audit trail's text (AuditText.cpp and AuditTextSentences.cpp): what the
// sentences share with the field-level details. Not part of the core's interface (AuditText.h).

#include "core/model/Keys.h"
#include "core/security/AuditLog.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

namespace tricholog::audittext {

inline bool is(const QString &action, const char *key)
{
    return action == QLatin1String(key);
}

// ---- AuditText.cpp -----------------------------------------------------------------------

// The JSON object of old_values or new_values; nullopt when empty or unreadable.
std::optional<QJsonObject> objectOf(const QString &text);

// Any value, as stored: text as it is, numbers in the locale's form.
QString plainValue(const QJsonValue &value);
QString dateValue(const QJsonValue &value);
// The local date of a stored timestamp (the day of a session or photo).
QString dayOfTimestamp(const QJsonValue &value);

template<typename E>
QString enumValue(const QJsonValue &value)
{
    const auto known = fromKey<E>(value.toString());
    return known ? label(*known) : plainValue(value);
}

// "Hair density: 150 → 160 hairs/cm²", for each column whose value differs.
QStringList differences(const QString &table, const QJsonObject &before, const QJsonObject &after,
                        const QString &skip);

// ---- AuditTextSentences.cpp --------------------------------------------------------------

// An import's details: each file with its SHA-256, each table with the rows added.
QStringList importDetails(const AuditRecord &record);

} // namespace tricholog::audittext
