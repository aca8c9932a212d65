#include "sandboxcommand.h"
#include <cstdio>
namespace credsync::sandbox {
int runSandboxCommand(const QStringList &)
{
    std::fputs("credsync sandbox: not in this build yet\n", stderr);
    return 1;
}
} // namespace credsync::sandbox
