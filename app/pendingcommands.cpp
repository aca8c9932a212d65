#include "commandcontext.h"
#include "commands.h"

// Placeholders until the fixes and export land: they say so plainly and change nothing.
namespace credsync::app {

int runFixCommand(const QStringList &)
{
    printErr(QStringLiteral("credsync fix: not available in this build yet.\n"));
    return ExitFailed;
}

} // namespace credsync::app
