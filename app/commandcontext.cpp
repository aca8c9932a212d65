#include "commandcontext.h"

#include "core/clock.h"
#include "core/jsonio.h"
#include "core/logging.h"
#include "sandbox/demoenvironment.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace credsync::app {

namespace {
const QString kProfileOption = QStringLiteral("profile");
const QString kDemoOption = QStringLiteral("demo");
const QString kLogLevelOption = QStringLiteral("log-level");
const QString kLogFileOption = QStringLiteral("log-file");

logging::Level parseLevel(const QString &text)
{
    const QString t = text.toLower();
    if (t == QLatin1String("trace")) return logging::Level::Trace;
    if (t == QLatin1String("debug")) return logging::Level::Debug;
    if (t == QLatin1String("info")) return logging::Level::Info;
    if (t == QLatin1String("error")) return logging::Level::Error;
    if (t == QLatin1String("off")) return logging::Level::Off;
    return logging::Level::Warn;
}
} // namespace

CommandContext::CommandContext() = default;
CommandContext::~CommandContext() = default;

void CommandContext::addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption({kProfileOption, QCoreApplication::translate("CommandContext", "The profile (JSON) that says where HubSpot, the database, Loki and Sentry are."),
                      QStringLiteral("file")});
    parser.addOption({kDemoOption, QCoreApplication::translate("CommandContext", "Use the bundled sandbox and its demo world instead of real systems.")});
    parser.addOption({kLogLevelOption, QCoreApplication::translate("CommandContext", "Log level on stderr: trace, debug, info, warn (default), error, off."),
                      QStringLiteral("level"), QStringLiteral("warn")});
    parser.addOption({kLogFileOption, QCoreApplication::translate("CommandContext", "Also write a debug log to this file (secrets are redacted)."),
                      QStringLiteral("file")});
    // Taken out of the arguments by cli.cpp before any parser runs; listed here so --help shows it.
    parser.addOption({QStringLiteral("lang"), QCoreApplication::translate("CommandContext", "Language of the output: es or en (default: the system locale's)."),
                      QStringLiteral("language")});
}

Status CommandContext::prepare(const QCommandLineParser &parser)
{
    logging::init(parseLevel(parser.value(kLogLevelOption)), parser.value(kLogFileOption));
    logging::installQtMessageHandler();

    if (parser.isSet(kProfileOption)) {
        Result<Profile> loaded = Profile::load(parser.value(kProfileOption));
        if (!loaded)
            return loaded.error();
        m_profile = std::move(loaded).value();
        return Ok{};
    }
    if (parser.isSet(kDemoOption)) {
        m_demo = std::make_unique<sandbox::DemoEnvironment>();
        Result<sandbox::DemoOptions> demoOptions = demoOptionsFromEnvironment();
        if (!demoOptions)
            return demoOptions.error();
        const sandbox::DemoOptions options = std::move(demoOptions).value();
        QString error;
        if (!m_demo->start(options, &error))
            return Error::make(Error::Kind::Config, QCoreApplication::translate("CommandContext", "the demo sandbox did not start: %1").arg(error), QStringLiteral("demo"));
        m_demo->exportSecretsToEnvironment();
        Result<Profile> parsed = Profile::fromJson(m_demo->profileJson(), QStringLiteral("demo"));
        if (!parsed)
            return parsed.error();
        m_profile = std::move(parsed).value();
        return Ok{};
    }
    const QString last = QSettings().value(QStringLiteral("profile/last")).toString();
    if (!last.isEmpty()) {
        Result<Profile> loaded = Profile::load(last);
        if (!loaded)
            return loaded.error();
        m_profile = std::move(loaded).value();
        return Ok{};
    }
    return Error::make(Error::Kind::Config,
                       QCoreApplication::translate("CommandContext", "no profile: pass --profile FILE, or --demo for the bundled sandbox"),
                       QStringLiteral("profile"));
}

Result<sandbox::DemoOptions> demoOptionsFromEnvironment()
{
    sandbox::DemoOptions options;
    // CREDSYNC_DEMO_NOW pins the demo world's "now", for reproducible runs and screenshots.
    if (const QString pinned = qEnvironmentVariable("CREDSYNC_DEMO_NOW"); !pinned.isEmpty()) {
        options.now = parseIsoTime(pinned);
        if (!options.now.isValid())
            return Error::make(Error::Kind::Config, QStringLiteral("CREDSYNC_DEMO_NOW: expected an ISO-8601 time, got \"%1\"").arg(pinned),
                               QStringLiteral("demo"));
        // The console and the sandbox share the world's clock, so windows such as Sentry's
        // "last 14 days" mean the same on both sides whatever the machine's date.
        clock::pin(options.now);
    }
    return options;
}

QString commandHelpText(const QCommandLineParser &parser, const QString &command)
{
    QString help = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype firstLineEnd = help.indexOf(QLatin1Char('\n'));
    const qsizetype at = program.isEmpty() ? -1 : help.indexOf(program);
    if (at >= 0 && (firstLineEnd < 0 || at < firstLineEnd))
        help.replace(at, program.size(), QStringLiteral("credsync ") + command);
    return help;
}

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

bool stderrIsTerminal() { return ::isatty(STDERR_FILENO) == 1; }
bool stdoutIsTerminal() { return ::isatty(STDOUT_FILENO) == 1; }

QStringList readTargets(const QStringList &positional)
{
    QStringList targets;
    for (const QString &argument : positional) {
        if (argument == QLatin1String("-")) {
            QFile input;
            if (input.open(stdin, QIODevice::ReadOnly))
                targets << QString::fromUtf8(input.readAll());
        } else {
            targets << argument;
        }
    }
    return targets;
}

} // namespace credsync::app
