#pragma once
// The little the console needs to know about processes, in one place (POSIX today): who we are, and
// whether a process that holds a lock on this machine is still alive.
#include <QString>

namespace credsync::platform {

qint64 currentProcessId();
QString localHostName();
// True when a process with this id exists on this machine (also when it belongs to another user).
bool processExists(qint64 pid);

} // namespace credsync::platform
