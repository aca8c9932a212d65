// Scan throughput over a large generated world served by the sandbox on loopback.
// Prints figures; asserts nothing. Usage: bench_scan [therapists=10000]
#include "core/inspector.h"
#include "core/profile.h"
#include "sandbox/demoenvironment.h"
#include "sandbox/demoworld.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/world.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace credsync;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QDateTime now = QDateTime::currentDateTimeUtc();

    QElapsedTimer timer;
    timer.start();
    const sandbox::World world = sandbox::generateLargeWorld(count, now, 7);
    const QString worldPath = dir.filePath(QStringLiteral("large.json"));
    std::string error;
    if (!sandbox::saveWorldFile(worldPath.toStdString(), world, &error)) {
        std::fprintf(stderr, "cannot write the world: %s\n", error.c_str());
        return 1;
    }
    out << "world:        " << count << " therapists generated and saved in " << timer.elapsed() << " ms\n";

    timer.restart();
    sandbox::DemoEnvironment environment;
    sandbox::DemoOptions options;
    options.now = now;
    options.dataDir = dir.path();
    options.worldFile = worldPath;
    QString startError;
    if (!environment.start(options, &startError)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(startError));
        return 1;
    }
    // A benchmark measures the client, not the sandbox's rate limit.
    environment.server()->setRateLimits(1000000, 100000000, 1000);
    environment.exportSecretsToEnvironment();
    out << "sandbox:      started with SQLite in " << timer.elapsed() << " ms\n";

    Result<Profile> profile = Profile::fromJson(environment.profileJson(), QStringLiteral("bench"));
    if (!profile) {
        std::fprintf(stderr, "profile: %s\n", qPrintable(profile.error().describe()));
        return 1;
    }
    Inspector inspector(profile.value());
    QEventLoop loop;
    int reports = 0;
    int broken = 0;
    QObject::connect(&inspector, &Inspector::connected, &inspector, [&](const Status &status) {
        if (!status) {
            std::fprintf(stderr, "connect: %s\n", qPrintable(status.error().describe()));
            loop.quit();
            return;
        }
        timer.restart();
        environment.server()->clearRequests();
        inspector.scan(1, InspectOptions{false, 0});
    });
    QObject::connect(&inspector, &Inspector::reportReady, &inspector, [&](quint64, const TherapistReport &report) {
        ++reports;
        broken += report.healthy() ? 0 : 1;
    });
    QObject::connect(&inspector, &Inspector::finished, &inspector, [&](quint64, const Status &) { loop.quit(); });
    inspector.connectSources();
    loop.exec();
    const qint64 ms = std::max<qint64>(1, timer.elapsed());
    const auto requests = environment.server()->requests().size();
    out << "scan:         " << reports << " therapists (" << broken << " with findings) in " << ms << " ms\n";
    out << "throughput:   " << qint64(reports * 1000.0 / ms) << " therapists/s\n";
    out << "HubSpot/etc.: " << requests << " requests (" << QString::number(double(requests) / std::max(1, reports), 'f', 4)
        << " per therapist)\n";
    return reports == count ? 0 : 1;
}
