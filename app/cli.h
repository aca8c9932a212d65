#pragma once

namespace credsync::app {
// Parses the command line and runs the GUI or a headless command. Returns the process exit code.
int run(int argc, char **argv);
} // namespace credsync::app
