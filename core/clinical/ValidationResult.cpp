#include "core/clinical/ValidationResult.h"

#include <QStringList>

namespace tricholog {

bool ValidationResult::hasIssueFor(QStringView field) const
{
    for (const auto &issue : m_issues) {
        if (issue.field == field)
            return true;
    }
    return false;
}

QString ValidationResult::summary() const
{
    QStringList lines;
    for (const auto &issue : m_issues)
        lines << issue.message;
    return lines.join(QLatin1Char('\n'));
}

void ValidationResult::add(const QString &field, const QString &label, const QString &value,
                           const QString &allowed, const QString &message)
{
    m_issues.append({field, label, value, allowed, message});
}

void ValidationResult::merge(const ValidationResult &other, const QString &fieldPrefix)
{
    for (auto issue : other.m_issues) {
        if (!fieldPrefix.isEmpty())
            issue.field = fieldPrefix + QLatin1Char('.') + issue.field;
        m_issues.append(issue);
    }
}

} // namespace tricholog
