#pragma once
// The headless commands. Each takes its own argument list (argv[0] = "credsync NAME") and returns
// the process exit code (see ExitCode in commandcontext.h).
#include <QStringList>

namespace credsync::app {
int runInspectCommand(const QStringList &arguments);
int runScanCommand(const QStringList &arguments);
int runDoctorCommand(const QStringList &arguments);
int runFixCommand(const QStringList &arguments);
int runExportCommand(const QStringList &arguments);
} // namespace credsync::app
