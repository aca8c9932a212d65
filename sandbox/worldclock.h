#pragma once
// The sandbox's one clock: the world's "now", advancing in real time from the moment the server
// starts. Every time-relative answer (Sentry's statsPeriod, Loki's default window, createdAt and
// updatedAt of what the sandbox writes, batch envelopes) reads it, so a world pinned to a date
// answers the same way whatever the date of the machine it runs on. Rate-limit windows stay on the
// monotonic clock: they measure durations, not dates.
#include <QElapsedTimer>
#include <QtGlobal>

#include <optional>

namespace credsync::sandbox {

class WorldClock
{
public:
    // No anchor: the wall clock. An anchor: that moment (ms since the epoch, UTC) at start().
    void setAnchor(std::optional<qint64> anchorMs) { m_anchorMs = anchorMs; start(); }
    std::optional<qint64> anchor() const { return m_anchorMs; }
    // Restarts the real-time advance from the anchor.
    void start() { m_elapsed.start(); }
    qint64 nowMs() const;

private:
    std::optional<qint64> m_anchorMs;
    QElapsedTimer m_elapsed;
};

} // namespace credsync::sandbox
