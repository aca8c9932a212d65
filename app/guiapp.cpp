#include "guiapp.h"

#include "commandcontext.h"

namespace credsync::app {
int runGui(const GuiOptions &)
{
    printErr(QStringLiteral("credsync: the window is not in this build yet; use 'credsync --help'.\n"));
    return ExitFailed;
}
} // namespace credsync::app
