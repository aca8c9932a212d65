#include "core/clock.h"

#include <QElapsedTimer>
#include <QTimeZone>

#include <mutex>

namespace credsync::clock {

namespace {

struct Pin
{
    std::mutex mutex;
    bool pinned = false;
    qint64 anchorMs = 0;
    QElapsedTimer elapsed;
};

Pin &state()
{
    static Pin pin;
    return pin;
}

} // namespace

QDateTime nowUtc()
{
    Pin &pin = state();
    const std::lock_guard lock(pin.mutex);
    if (!pin.pinned)
        return QDateTime::currentDateTimeUtc();
    return QDateTime::fromMSecsSinceEpoch(pin.anchorMs + pin.elapsed.elapsed(), QTimeZone::utc());
}

void pin(const QDateTime &at)
{
    Pin &pin = state();
    const std::lock_guard lock(pin.mutex);
    pin.pinned = at.isValid();
    pin.anchorMs = at.toMSecsSinceEpoch();
    pin.elapsed.start();
}

void unpin()
{
    Pin &pin = state();
    const std::lock_guard lock(pin.mutex);
    pin.pinned = false;
}

bool isPinned()
{
    Pin &pin = state();
    const std::lock_guard lock(pin.mutex);
    return pin.pinned;
}

} // namespace credsync::clock
