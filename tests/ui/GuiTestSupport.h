#pragma once

#include <QApplication>
#include <QKeyEvent>
#include <QTest>
#include <QTimer>
#include <QWidget>
#include <functional>

namespace tricholog::test {

// The first child of `parent` of type T whose accessible name is `name`.
template<typename T>
T *field(QWidget *parent, const QString &name)
{
    const auto all = parent->findChildren<T *>();
    for (T *w : all) {
        if (w->accessibleName() == name)
            return w;
    }
    return nullptr;
}

// Answers the next modal dialog of type D: `interact` runs once it is shown (the dialog's exec()
// is running), as a clinician would type into it. An answer its test function did not use (that
// test failed before the dialog came) is dropped when the next test function (or data row) begins:
// its `interact` may refer to that function's locals, gone by then.
template<typename D>
void whenDialogOpens(std::function<void(D *)> interact)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    const QByteArray testFunction = QTest::currentTestFunction();
    const QByteArray dataTag = QTest::currentDataTag();
    QObject::connect(timer, &QTimer::timeout, timer, [timer, interact, testFunction, dataTag] {
        if (testFunction != QTest::currentTestFunction() || dataTag != QTest::currentDataTag()) {
            timer->stop();
            timer->deleteLater();
            return;
        }
        if (auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            interact(dialog);
            if (dialog->isVisible()) // an assertion failed inside: never leave a modal loop open
                QMetaObject::invokeMethod(dialog, "reject", Qt::QueuedConnection);
        }
    });
    timer->start();
}

// Types text key by key; characters QTest cannot map to a key (ü, é) go as key events with text.
inline void typeText(QWidget *w, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClicks(w, QString(c));
        } else {
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
            QApplication::sendEvent(w, &press);
            QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
            QApplication::sendEvent(w, &release);
        }
    }
}

// Keys go where a user's keys go: to the widget that has the focus (e.g. an open cell editor).
inline void typeFocused(const QString &text)
{
    for (const QChar c : text)
        QTest::keyClicks(QApplication::focusWidget(), QString(c));
}

inline void pressFocused(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
    QCoreApplication::processEvents(); // item delegates commit and close editors queued
}

// Replaces the text of a line edit or spin box as typed: select all, then type.
inline void retype(QWidget *w, const QString &text)
{
    w->setFocus();
    QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(w, text);
}

} // namespace tricholog::test
