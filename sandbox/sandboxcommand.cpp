// `credsync sandbox`: the sandbox as a standalone server for manual testing and other processes.
#include "sandbox/demoenvironment.h"

#include "sandbox/demoworld.h"
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <memory>

namespace credsync::sandbox {

namespace {

volatile std::sig_atomic_t g_stopRequested = 0;

void requestStop(int)
{
    g_stopRequested = 1;
}

bool writeFile(const QString &path, const QByteArray &bytes, QFile::Permissions permissions)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.setPermissions(permissions);
    return file.write(bytes) == bytes.size();
}

} // namespace

int runSandboxCommand(const QStringList &arguments)
{
    QStringList args = arguments;
    // Accept "credsync sandbox …", "sandbox …" or just the options.
    while (!args.isEmpty() && !args.first().startsWith(QLatin1Char('-')))
        args.removeFirst();
    args.prepend(QStringLiteral("credsync sandbox"));

    std::unique_ptr<QCoreApplication> ownApplication;
    static int argc = 1;
    static char name[] = "credsync";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        ownApplication = std::make_unique<QCoreApplication>(argc, argv);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Serves a local imitation of the HubSpot, Grafana Loki and Sentry APIs on 127.0.0.1 from a world file\n"
        "(or the generated demo world), writes its therapists table to SQLite and a CredSync profile next to it.\n"
        "Tokens: the world's, or CREDSYNC_DEMO_HUBSPOT_TOKEN / CREDSYNC_DEMO_SENTRY_TOKEN when set; they are\n"
        "written to demo-secrets.env (mode 0600) beside the profile, never printed."));
    parser.addHelpOption();
    const QCommandLineOption worldOption(QStringLiteral("world"), QStringLiteral("World JSON file (default: generated demo world)."), QStringLiteral("FILE"));
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (default: any free port)."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Where to write the SQLite therapists database."), QStringLiteral("FILE"));
    const QCommandLineOption writeOption(QStringLiteral("write-demo-world"), QStringLiteral("Write the generated demo world to FILE and exit."), QStringLiteral("FILE"));
    const QCommandLineOption nowOption(QStringLiteral("now"),
        QStringLiteral("The world's \"now\" (ISO-8601), advancing in real time from start; default: CREDSYNC_DEMO_NOW, "
                       "else the world file's \"now\", else the wall clock."),
        QStringLiteral("TIME"));
    parser.addOptions({worldOption, portOption, dbOption, writeOption, nowOption});
    if (!parser.parse(args)) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // QCommandLineParser names the program by argv[0], the executable's full path; this command is
        // `credsync sandbox`, whatever started it.
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype firstLineEnd = help.indexOf(QLatin1Char('\n'));
        const qsizetype at = program.isEmpty() ? -1 : help.indexOf(program);
        if (at >= 0 && (firstLineEnd < 0 || at < firstLineEnd))
            help.replace(at, program.size(), QStringLiteral("credsync sandbox"));
        out << help;
        return 0;
    }
    QDateTime now;
    if (const QString pinned = parser.isSet(nowOption) ? parser.value(nowOption) : qEnvironmentVariable("CREDSYNC_DEMO_NOW");
        !pinned.isEmpty()) {
        now = QDateTime::fromString(pinned, Qt::ISODateWithMs);
        if (!now.isValid()) {
            err << "credsync sandbox: expected an ISO-8601 time for the world's now, got \"" << pinned << '"' << Qt::endl;
            return 2;
        }
        now = now.toUTC();
    }
    if (parser.isSet(writeOption)) {
        std::string why;
        if (!saveWorldFile(parser.value(writeOption).toStdString(),
                           generateDemoWorld(now.isValid() ? now : QDateTime::currentDateTimeUtc()), &why)) {
            err << QString::fromStdString(why) << Qt::endl;
            return 1;
        }
        out << "Demo world written to " << parser.value(writeOption) << Qt::endl;
        return 0;
    }
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        err << "--port needs a number between 0 and 65535" << Qt::endl;
        return 2;
    }

    DemoOptions options;
    options.now = now;
    options.port = quint16(port);
    options.worldFile = parser.value(worldOption);
    if (parser.isSet(dbOption))
        options.databaseFile = parser.value(dbOption);
    DemoEnvironment environment;
    QString error;
    if (!environment.start(options, &error)) {
        err << "credsync sandbox: " << error << Qt::endl;
        return 1;
    }
    const QString databasePath = environment.databasePath();
    World &world = environment.server()->world();
    if (const QByteArray token = qgetenv(DemoEnvironment::kHubSpotTokenEnv); !token.isEmpty())
        world.tokens.hubspot = token.toStdString();
    if (const QByteArray token = qgetenv(DemoEnvironment::kSentryTokenEnv); !token.isEmpty())
        world.tokens.sentry = token.toStdString();

    const QByteArray profile = environment.profileJson();
    const QDir directory = QFileInfo(databasePath).absoluteDir();
    const QString profilePath = directory.filePath(QStringLiteral("profile.json"));
    const QString secretsPath = directory.filePath(QStringLiteral("demo-secrets.env"));
    const QByteArray secrets = QByteArray("export ") + DemoEnvironment::kHubSpotTokenEnv + "=" +
                               QByteArray::fromStdString(world.tokens.hubspot) + "\nexport " +
                               DemoEnvironment::kSentryTokenEnv + "=" + QByteArray::fromStdString(world.tokens.sentry) + "\n";
    if (!writeFile(profilePath, profile, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther) ||
        !writeFile(secretsPath, secrets, QFile::ReadOwner | QFile::WriteOwner)) {
        err << "credsync sandbox: cannot write the profile or secrets next to " << databasePath << Qt::endl;
        return 1;
    }
    out << "Sandbox listening on " << environment.server()->baseUrl() << Qt::endl
        << "Port: " << environment.port() << Qt::endl
        << "Database: " << databasePath << Qt::endl
        << "Profile: " << profilePath << Qt::endl
        << "Secrets: " << secretsPath << " (source it in the shell that runs credsync)" << Qt::endl
        << "Press Ctrl+C to stop." << Qt::endl;

    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    // Polling a flag keeps the signal handler async-signal-safe without a self-pipe.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &poll, []() {
        if (g_stopRequested)
            QCoreApplication::quit();
    });
    poll.start(100);
    const int status = QCoreApplication::exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    out << "Sandbox stopped." << Qt::endl;
    return status;
}

} // namespace credsync::sandbox
