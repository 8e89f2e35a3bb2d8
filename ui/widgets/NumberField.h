#pragma once

#include "core/clinical/Ranges.h"
#include "ui/widgets/CheckedInput.h"

#include <QLineEdit>
#include <optional>

namespace tricholog {

// A number typed as text, with its unit shown inside the field. Unlike a spin box it never
// clamps, truncates or rounds what was typed into another valid value: "15" in a field of
// 0.10–3.00 mm stays "15" and is reported as outside the range; letters are reported as not a
// number. Empty means "not recorded" unless the field is required.
class NumberField : public QLineEdit, public CheckedInput
{
    Q_OBJECT
public:
    NumberField(const Range &range, const QString &unit, QWidget *parent = nullptr);

    void setRequired(bool required) { m_required = required; }
    // The value typed; nullopt when empty or unreadable (inputProblem() says which).
    std::optional<double> value() const;
    void setValue(std::optional<double> value);
    QString inputProblem() const override;
    QString allowedText() const override;
    const Range &range() const { return m_range; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void refresh();
    Range m_range;
    QString m_unit;
    bool m_required = false;
};

// Reads a number as the user's locale writes it, or with a dot; nullopt for anything else.
std::optional<double> readNumber(const QString &text);
// "0.10–3.00 mm" in the user's locale, whole numbers without decimals.
QString rangeText(const Range &range, const QString &unit);

} // namespace tricholog
