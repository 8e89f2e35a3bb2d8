#pragma once

#include "ui/widgets/CheckedInput.h"

#include <QDate>
#include <QLineEdit>

namespace tricholog {

// A date typed as text, or picked from a calendar (Alt+Down or the button in the field); empty
// means "not recorded". What is typed is kept as typed: a date that cannot be read is reported
// (inputProblem) and never replaced by another date, such as today's.
class OptionalDateEdit : public QLineEdit, public CheckedInput
{
    Q_OBJECT
public:
    // today: the owner's database clock's; it reads two-digit years and opens the calendar.
    explicit OptionalDateEdit(QDate today, QWidget *parent = nullptr);

    QDate optionalDate() const;       // invalid when empty or unreadable
    void setOptionalDate(QDate date); // invalid: empty
    QString inputProblem() const override;
    QString allowedText() const override;
    void showCalendar();

signals:
    void optionalDateChanged(QDate date);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refresh();
    QDate m_today;
};

} // namespace tricholog
