#pragma once
// The process's "now" for everything that reasons about dates: evidence windows, ages of findings,
// audit and case times, export headers. Normally the wall clock. `credsync --demo` with a pinned
// time (CREDSYNC_DEMO_NOW) pins it to the demo world's clock, advancing in real time, so the console
// and the sandbox agree on what "the last 14 days" means whatever the machine's date.
// Durations (timeouts, retry waits, rate-limit windows) use monotonic timers, never this.
#include <QDateTime>

namespace credsync::clock {

QDateTime nowUtc();

// From now on nowUtc() returns `at` plus the real time elapsed since this call.
void pin(const QDateTime &at);
// Back to the wall clock.
void unpin();
bool isPinned();

} // namespace credsync::clock
