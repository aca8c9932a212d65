#include "processinfo.h"

#include <QCoreApplication>
#include <QHostInfo>

#include <cerrno>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace credsync::platform {

qint64 currentProcessId()
{
    return qint64(::getpid());
}

QString localHostName()
{
    return QHostInfo::localHostName();
}

bool processExists(qint64 pid)
{
    if (pid <= 0 || pid != qint64(pid_t(pid)))
        return false;
    // Signal 0 checks without sending: EPERM means it exists but is someone else's.
    if (::kill(pid_t(pid), 0) == 0)
        return true;
    return errno == EPERM;
}

} // namespace credsync::platform
