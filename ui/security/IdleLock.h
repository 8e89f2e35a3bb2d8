#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace tricholog {

// Watches the application's keyboard and mouse input; after `minutes` without any, emits
// idleTimeout() once (until activity starts again). The main window then locks the session.
class IdleLock : public QObject
{
    Q_OBJECT
public:
    explicit IdleLock(QObject *parent = nullptr);
    void setMinutes(int minutes);
    void setIdleLimitMs(qint64 ms); // tests
    void reset();

signals:
    void idleTimeout();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();
    QElapsedTimer m_since;
    QTimer m_timer;
    qint64 m_limitMs = 10 * 60 * 1000;
    bool m_fired = false;
};

} // namespace tricholog
