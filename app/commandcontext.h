#pragma once
// What every headless command needs: the global options, the profile (from --profile, --demo or the
// one last chosen in the GUI), and, in demo mode, the running sandbox.
#include "core/profile.h"
#include "core/result.h"

#include <QCommandLineParser>
#include <QStringList>

#include <memory>

namespace credsync::sandbox {
class DemoEnvironment;
struct DemoOptions;
}

namespace credsync::app {

enum ExitCode {
    ExitOk = 0,
    ExitFailed = 1,      // the command ran and something it did failed (a fix refused, a write failed)
    ExitUsage = 2,       // bad command line
    ExitConfig = 3,      // profile, secrets or a source misconfigured / credentials rejected
    ExitIncomplete = 4,  // ran, but part of the work could not be done (e.g. a scan stopped early)
};

class CommandContext
{
public:
    CommandContext();
    ~CommandContext();

    // Global options shared by every command: --profile, --demo, --log-level, --log-file.
    static void addGlobalOptions(QCommandLineParser &parser);
    // Reads the global options, initialises logging, starts the sandbox in demo mode and loads the profile.
    Status prepare(const QCommandLineParser &parser);

    const Profile &profile() const { return m_profile; }
    bool isDemo() const { return m_demo != nullptr; }

private:
    Profile m_profile;
    std::unique_ptr<sandbox::DemoEnvironment> m_demo;
};

// The demo sandbox's options from the environment: CREDSYNC_DEMO_NOW pins the world's "now" (ISO-8601),
// and pins the console's clock to it too, so both sides agree on dates whatever the machine's.
Result<sandbox::DemoOptions> demoOptionsFromEnvironment();

// The command's --help text with its usage line naming the command as a person types it
// ("Usage: credsync inspect [options] …"), not the executable's full path that QCommandLineParser takes
// from argv[0]. `command` is e.g. "inspect" or "fix".
QString commandHelpText(const QCommandLineParser &parser, const QString &command);

// Writes to stdout / stderr (UTF-8), the way every command reports.
void printOut(const QString &text);
void printErr(const QString &text);
bool stderrIsTerminal();
bool stdoutIsTerminal();

// Reads targets: "-" means the whole of stdin (a pasted ticket).
QStringList readTargets(const QStringList &positional);

} // namespace credsync::app
