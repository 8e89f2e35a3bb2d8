#pragma once

#include <QList>
#include <QString>

namespace tricholog {

// One problem with one field: which field (stable key and label), the offending value and the
// allowed range or rule, and a sentence for the user that names all three.
struct ValidationIssue
{
    QString field;   // stable key, e.g. "needle_mm"; list items as "adjuncts[2].dose"
    QString label;   // translated field name
    QString value;   // the value as entered, empty when missing
    QString allowed; // the allowed range or rule
    QString message; // full sentence
};

class ValidationResult
{
public:
    bool ok() const { return m_issues.isEmpty(); }
    const QList<ValidationIssue> &issues() const { return m_issues; }
    bool hasIssueFor(QStringView field) const;
    QString summary() const; // all messages, one per line

    void add(ValidationIssue issue) { m_issues.append(std::move(issue)); }
    void add(const QString &field, const QString &label, const QString &value,
             const QString &allowed, const QString &message);
    void merge(const ValidationResult &other, const QString &fieldPrefix = {});

private:
    QList<ValidationIssue> m_issues;
};

} // namespace tricholog
