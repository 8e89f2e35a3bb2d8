#pragma once

#include <QDateEdit>

namespace tricholog {

// A date entry that can also say "not recorded": its minimum date stands for no date and shows
// as "—". Typing a date or pressing Delete/Backspace on the whole field works from the keyboard.
class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    QDate optionalDate() const;       // invalid when not recorded
    void setOptionalDate(QDate date); // invalid: not recorded

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void focusInEvent(QFocusEvent *event) override;
};

} // namespace tricholog
