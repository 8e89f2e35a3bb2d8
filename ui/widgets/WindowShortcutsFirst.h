#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace tricholog {

// Lets a window's actions have their keys while one of its text fields has the focus.
//
// On X11 desktops Qt gives line edits some Emacs keys (Ctrl+E end of line, Ctrl+U delete the
// line), and a field that claims a key through ShortcutOverride keeps it from every action:
// typing a name into the find field and pressing Ctrl+E (edit patient) moved the cursor to the
// end instead. The field keeps the editing keys people expect of any text field (undo, redo,
// cut, copy, paste, select all) and every key no enabled action of the window is bound to.
class WindowShortcutsFirst : public QObject
{
public:
    // Watches every line and text edit below `window` at the time of the call.
    static void install(QWidget *window);
    // Watches one field of `window`'s (one created after install()).
    static void watch(QWidget *field, QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WindowShortcutsFirst(QWidget *window);

    QPointer<QWidget> m_window;
};

} // namespace tricholog
