#include "ui/widgets/WindowShortcutsFirst.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWidget>

namespace tricholog {

namespace {

constexpr const char *kFilterName = "tricholog-window-shortcuts-first";

WindowShortcutsFirst *filterOf(QWidget *window)
{
    return window->findChild<WindowShortcutsFirst *>(QLatin1String(kFilterName),
                                                     Qt::FindDirectChildrenOnly);
}

} // namespace

WindowShortcutsFirst::WindowShortcutsFirst(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QLatin1String(kFilterName));
}

void WindowShortcutsFirst::install(QWidget *window)
{
    const auto lines = window->findChildren<QLineEdit *>();
    for (QLineEdit *line : lines) {
        // A spin box's or an editable combo box's inner field: its keys are the box's own.
        if (!qobject_cast<QAbstractSpinBox *>(line->parentWidget()))
            watch(line, window);
    }
    const auto plains = window->findChildren<QPlainTextEdit *>();
    for (QPlainTextEdit *plain : plains)
        watch(plain, window);
    const auto texts = window->findChildren<QTextEdit *>();
    for (QTextEdit *text : texts)
        watch(text, window);
}

void WindowShortcutsFirst::watch(QWidget *field, QWidget *window)
{
    WindowShortcutsFirst *filter = filterOf(window);
    if (!filter)
        filter = new WindowShortcutsFirst(window);
    field->installEventFilter(filter);
}

bool WindowShortcutsFirst::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride || !m_window)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    for (const auto editing : {QKeySequence::Undo, QKeySequence::Redo, QKeySequence::Cut,
                               QKeySequence::Copy, QKeySequence::Paste, QKeySequence::SelectAll}) {
        if (key->matches(editing))
            return false;
    }
    const QKeySequence pressed(key->keyCombination());
    const auto actions = m_window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->isEnabled() && action->shortcuts().contains(pressed)) {
            // Not claimed by the field: the shortcut map triggers the window's action.
            event->ignore();
            return true;
        }
    }
    return false;
}

} // namespace tricholog
