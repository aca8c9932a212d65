#include "cli.h"

#include <QCoreApplication>
#include <QTextStream>

namespace credsync::app {

int run(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream(stdout) << "credsync " << CREDSYNC_VERSION << '\n';
    return 0;
}

} // namespace credsync::app
