#include "OptionalDateEdit.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace tricholog {

namespace {
const QDate kNoDate(1800, 1, 1);
}

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QDateEdit(parent)
{
    setMinimumDate(kNoDate);
    setMaximumDate(QDate(2200, 12, 31));
    setSpecialValueText(QStringLiteral("—"));
    setCalendarPopup(true);
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setDate(kNoDate);
}

QDate OptionalDateEdit::optionalDate() const
{
    return date() == kNoDate ? QDate() : date();
}

void OptionalDateEdit::setOptionalDate(QDate value)
{
    setDate(value.isValid() ? value : kNoDate);
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{

    // Delete or Backspace with everything selected (or while showing "—") clears the date.
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) &&
        (date() == kNoDate || lineEdit()->selectedText() == lineEdit()->text())) {
        setDate(kNoDate);
        return;
    }
    // Starting to type into an empty field begins a date from today.
    if (date() == kNoDate && !event->text().isEmpty() && event->text().at(0).isDigit()) {
        setDate(QDate::currentDate());
        lineEdit()->selectAll();
    }
    QDateEdit::keyPressEvent(event);
}

bool OptionalDateEdit::focusNextPrevChild(bool next)
{
    // Tab leaves the field as in every other field of a form: QDateEdit would step through its
    // sections, and never leaves while it shows "—". Typing "-" moves to the next section.
    return QWidget::focusNextPrevChild(next);
}

void OptionalDateEdit::focusInEvent(QFocusEvent *event)
{
    QDateEdit::focusInEvent(event);
    setSelectedSection(QDateTimeEdit::YearSection);
}

} // namespace tricholog
