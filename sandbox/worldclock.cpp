#include "sandbox/worldclock.h"

#include <QDateTime>

namespace credsync::sandbox {

qint64 WorldClock::nowMs() const
{
    if (!m_anchorMs)
        return QDateTime::currentMSecsSinceEpoch();
    return *m_anchorMs + (m_elapsed.isValid() ? m_elapsed.elapsed() : 0);
}

} // namespace credsync::sandbox
