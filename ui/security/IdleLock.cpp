#include "ui/security/IdleLock.h"

#include <QCoreApplication>
#include <QEvent>

namespace tricholog {

IdleLock::IdleLock(QObject *parent)
    : QObject(parent)
{
    m_since.start();
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::check);
    m_timer.start();
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleLock::setMinutes(int minutes)
{
    setIdleLimitMs(qint64(std::max(1, minutes)) * 60 * 1000);
}

void IdleLock::setIdleLimitMs(qint64 ms)
{
    m_limitMs = ms;
    m_timer.setInterval(int(std::clamp<qint64>(ms / 4, 20, 1000)));
}

void IdleLock::reset()
{
    m_since.restart();
    m_fired = false;
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        m_since.restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::check()
{
    if (!m_fired && m_since.elapsed() >= m_limitMs) {
        m_fired = true;
        emit idleTimeout();
    }
}

} // namespace tricholog
