#pragma once

#include <QDateTime>
#include <cstdlib>

namespace tricholog {

// Called first in main(): with TZ unset, the C library looks at /etc/localtime again (a stat
// call) for every conversion to local time, which Qt makes per timestamp read (an export of a
// clinic converts 200,000 of them). TZ=":/etc/localtime" names the same zone, read once. A TZ the
// user set is kept.
inline void pinLocalTimeZone()
{
    if (!std::getenv("TZ"))
        ::setenv("TZ", ":/etc/localtime", 0);
}

// Injectable time source: validation ("not in the future"), demo data and audit use it, so tests
// can fix "now".
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }
    // A clock that stands still (tests): a server database then writes its times too.
    virtual bool isFixed() const { return false; }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    {}
    QDateTime now() const override { return m_now; }
    bool isFixed() const override { return true; }
    void set(QDateTime now) { m_now = std::move(now); }

private:
    QDateTime m_now;
};

} // namespace tricholog
