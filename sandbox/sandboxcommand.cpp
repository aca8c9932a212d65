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
#include <limits>
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
    const QCommandLineOption generateOption(QStringLiteral("generate"),
        QStringLiteral("Serve a generated large world of N therapists (several Credentialing objects each, License and "
                       "Therapist Address objects, about 3 % broken across every finding) instead of --world."),
        QStringLiteral("N"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the generated world (default 1)."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption writeWorldOption(QStringLiteral("write"),
        QStringLiteral("With --generate: write the generated world to FILE and exit."), QStringLiteral("FILE"));
    const QCommandLineOption rateOption(QStringLiteral("rate-limit"),
        QStringLiteral("HubSpot requests allowed per rolling ten seconds (default: the world's, 190; 0 = unlimited)."),
        QStringLiteral("N"));
    const QCommandLineOption dailyOption(QStringLiteral("daily-limit"),
        QStringLiteral("HubSpot requests allowed per day (default: the world's; 0 = unlimited)."), QStringLiteral("N"));
    const QCommandLineOption searchRateOption(QStringLiteral("search-rate"),
        QStringLiteral("HubSpot searches allowed per second (default: the world's, 5; 0 = unlimited)."), QStringLiteral("N"));
    const QCommandLineOption latencyOption(QStringLiteral("latency"),
        QStringLiteral("Milliseconds added before every HubSpot answer (default 0)."), QStringLiteral("MS"));
    parser.addOptions({worldOption, portOption, dbOption, writeOption, nowOption, generateOption, seedOption, writeWorldOption,
                       rateOption, dailyOption, searchRateOption, latencyOption});
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
    // Whole numbers from the command line: bad input says so and changes nothing.
    const auto number = [&](const QCommandLineOption &option, qint64 maximum, qint64 &out) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        out = parser.value(option).toLongLong(&ok);
        if (!ok || out < 0 || out > maximum) {
            err << "credsync sandbox: --" << option.names().first() << " takes a whole number from 0 to " << maximum
                << ", got \"" << parser.value(option) << '"' << Qt::endl;
            return false;
        }
        return true;
    };
    qint64 generate = -1, seed = 1, rate = -1, daily = -1, searchRate = -1, latency = 0;
    if (!number(generateOption, 10000000, generate) || !number(seedOption, std::numeric_limits<qint64>::max(), seed)
        || !number(rateOption, 100000000, rate) || !number(dailyOption, 1000000000, daily)
        || !number(searchRateOption, 100000, searchRate) || !number(latencyOption, 60000, latency))
        return 2;
    if (parser.isSet(writeWorldOption) && !parser.isSet(generateOption)) {
        err << "credsync sandbox: --write needs --generate N (the demo world is written with --write-demo-world)." << Qt::endl;
        return 2;
    }
    if (parser.isSet(generateOption) && parser.isSet(worldOption)) {
        err << "credsync sandbox: give either --world FILE or --generate N, not both." << Qt::endl;
        return 2;
    }
    if (parser.isSet(writeWorldOption)) {
        std::string why;
        const World generated = generateLargeWorld(int(generate), now.isValid() ? now : QDateTime::currentDateTimeUtc(),
                                                   quint64(seed));
        if (!saveWorldFile(parser.value(writeWorldOption).toStdString(), generated, &why)) {
            err << QString::fromStdString(why) << Qt::endl;
            return 1;
        }
        out << "World of " << generate << " therapists written to " << parser.value(writeWorldOption) << Qt::endl;
        return 0;
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
    options.generate = int(generate);
    options.seed = quint64(seed);
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
    if (rate >= 0 || daily >= 0 || searchRate >= 0) {
        // 0 means unlimited: a limit no run can reach.
        const auto limit = [](qint64 asked, int current, int unlimited) {
            return asked < 0 ? current : asked == 0 ? unlimited : int(asked);
        };
        environment.server()->setRateLimits(limit(rate, world.settings.tenSecondlyMax, 1000000000),
                                            limit(daily, world.settings.dailyMax, 2000000000),
                                            limit(searchRate, world.settings.searchPerSecond, 1000000000));
    }
    if (latency > 0) {
        FaultRule slow;
        slow.method = "*";
        slow.pathPattern = QStringLiteral("^/(crm|account-info)/");
        slow.delayMs = int(latency);
        environment.server()->addFault(slow);
    }
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
