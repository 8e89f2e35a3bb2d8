#include "ui/widgets/OptionalDateEdit.h"

#include "ui/widgets/DateText.h"

#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QWidgetAction>

namespace tricholog {

namespace {
QIcon calendarIcon(const QPalette &palette)
{
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setPen(palette.color(QPalette::Text));
    p.drawRect(1, 2, 13, 12);
    p.fillRect(1, 2, 14, 4, palette.color(QPalette::Text));
    for (int row = 0; row < 2; ++row)
        for (int col = 0; col < 3; ++col)
            p.fillRect(3 + col * 4, 8 + row * 3, 2, 2, palette.color(QPalette::Text));
    return QIcon(pm);
}
} // namespace

OptionalDateEdit::OptionalDateEdit(QDate today, QWidget *parent)
    : QLineEdit(parent)
    , m_today(today)
{
    setPlaceholderText(dateFormat().toUpper());
    QAction *pick = addAction(calendarIcon(palette()), QLineEdit::TrailingPosition);
    pick->setToolTip(tr("Choose from a calendar (Alt+Down)"));
    connect(pick, &QAction::triggered, this, &OptionalDateEdit::showCalendar);
    connect(this, &QLineEdit::textChanged, this, [this] {
        refresh();
        emit optionalDateChanged(optionalDate());
    });
    setToolTip(allowedText());
}

QDate OptionalDateEdit::optionalDate() const
{
    return readDate(text(), m_today);
}

void OptionalDateEdit::setOptionalDate(QDate value)
{
    setText(dateText(value));
}

QString OptionalDateEdit::allowedText() const
{
    return tr("a date such as %1 or %2")
        .arg(dateText(QDate(1978, 3, 14)), QStringLiteral("1978-03-14"));
}

QString OptionalDateEdit::inputProblem() const
{
    const QString typed = text().trimmed();
    if (typed.isEmpty() || readDate(typed, m_today).isValid())
        return {};
    return tr("\"%1\" is not a date. Type %2.").arg(typed.left(80), allowedText());
}

void OptionalDateEdit::refresh()
{
    const QString problem = inputProblem();
    setToolTip(problem.isEmpty() ? allowedText() : problem);
    setStyleSheet(problem.isEmpty() ? QString()
                                    : QStringLiteral("QLineEdit { border: 2px solid #c0392b; }"));
}

void OptionalDateEdit::showCalendar()
{
    QMenu menu(this);
    auto *calendar = new QCalendarWidget(&menu);
    const QDate current = optionalDate();
    calendar->setSelectedDate(current.isValid() ? current : m_today);
    auto *holder = new QWidgetAction(&menu);
    holder->setDefaultWidget(calendar);
    menu.addAction(holder);
    connect(calendar, &QCalendarWidget::activated, &menu, [this, &menu](QDate chosen) {
        setOptionalDate(chosen);
        menu.close();
    });
    connect(calendar, &QCalendarWidget::clicked, &menu, [this, &menu](QDate chosen) {
        setOptionalDate(chosen);
        menu.close();
    });
    calendar->setFocus();
    menu.exec(mapToGlobal(QPoint(0, height())));
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Down && event->modifiers() == Qt::AltModifier) {
        showCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace tricholog
