#pragma once
#include <QStringList>
namespace credsync::sandbox {
int runSandboxCommand(const QStringList &args);
}
