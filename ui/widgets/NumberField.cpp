#include "ui/widgets/NumberField.h"

#include <QLocale>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFrame>

namespace tricholog {

std::optional<double> readNumber(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    double v = QLocale().toDouble(t, &ok);
    if (!ok)
        v = QLocale::c().toDouble(t, &ok);
    if (!ok)
        return std::nullopt;
    return v;
}

QString rangeText(const Range &range, const QString &unit)
{
    const QLocale l;
    const bool whole = range.min == qRound(range.min) && range.max == qRound(range.max);
    const int d = whole ? 0 : range.decimals;
    QString text =
        l.toString(range.min, 'f', d) + QStringLiteral("–") + l.toString(range.max, 'f', d);
    if (!unit.isEmpty())
        text += QLatin1Char(' ') + unit;
    return text;
}

NumberField::NumberField(const Range &range, const QString &unit, QWidget *parent)
    : QLineEdit(parent)
    , m_range(range)
    , m_unit(unit)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setPlaceholderText(rangeText(range, QString()));
    if (!m_unit.isEmpty())
        setTextMargins(0, 0, fontMetrics().horizontalAdvance(m_unit) + 8, 0);
    setToolTip(tr("Allowed: %1").arg(allowedText()));
    connect(this, &QLineEdit::textChanged, this, &NumberField::refresh);
}

std::optional<double> NumberField::value() const
{
    const auto v = readNumber(text());
    if (v && m_range.decimals == 0 && *v != qRound(*v))
        return std::nullopt;
    return v;
}

void NumberField::setValue(std::optional<double> value)
{
    if (!value) {
        clear();
        return;
    }
    setText(m_range.decimals == 0 ? QLocale().toString(qRound64(*value))
                                  : QLocale().toString(*value, 'f', m_range.decimals));
}

QString NumberField::allowedText() const
{
    return rangeText(m_range, m_unit);
}

QString NumberField::inputProblem() const
{
    const QString typed = text().trimmed();
    if (typed.isEmpty())
        return m_required ? tr("A value is required (%1).").arg(allowedText()) : QString();
    const auto v = readNumber(typed);
    if (!v)
        return tr("\"%1\" is not a number. Allowed: %2.").arg(typed.left(80), allowedText());
    if (!m_range.contains(*v))
        return tr("%1 is outside the allowed range %2.").arg(typed, allowedText());
    if (m_range.decimals == 0 && *v != qRound(*v))
        return tr("%1 is not a whole number. Allowed: %2.").arg(typed, allowedText());
    return {};
}

void NumberField::refresh()
{
    const QString problem = inputProblem();
    setToolTip(problem.isEmpty() ? tr("Allowed: %1").arg(allowedText()) : problem);
    // Seen while typing: the field turns red as soon as its text is no valid value.
    setProperty("inputProblem", !problem.isEmpty());
    setStyleSheet(problem.isEmpty() ? QString()
                                    : QStringLiteral("QLineEdit { border: 2px solid #c0392b; }"));
}

void NumberField::paintEvent(QPaintEvent *event)
{
    QLineEdit::paintEvent(event);
    if (m_unit.isEmpty())
        return;
    QPainter p(this);
    p.setPen(palette().color(QPalette::PlaceholderText));
    const QRect r = rect().adjusted(0, 0, -6, 0);
    p.drawText(r, Qt::AlignRight | Qt::AlignVCenter, m_unit);
}

} // namespace tricholog
