#pragma once
// Helpers shared by the benchmark programs: the sandbox in its own process (`credsync sandbox
// --generate`), the console as a child process measured from outside (wall, CPU, peak RSS), and the
// sandbox's request log. Header-only: each bench_*.cpp is one executable.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <nlohmann/json.hpp>

#include <sys/resource.h>

#include <cstdio>
#include <map>
#include <memory>
#include <string>

namespace bench {

inline QString credsyncBinary()
{
    const QString env = qEnvironmentVariable("CREDSYNC_BIN");
    if (!env.isEmpty())
        return env;
    // Beside the benchmark, or where the build puts it (build/<preset>/bin, benchmarks in build/<preset>/bench).
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/credsync");
    const QString built = QCoreApplication::applicationDirPath() + QStringLiteral("/../bin/credsync");
    return QFileInfo::exists(beside) || !QFileInfo::exists(built) ? beside : QFileInfo(built).canonicalFilePath();
}

// Peak resident set (VmHWM) of a live process in MiB, 0 when it is gone.
inline double peakRssMiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

inline double childrenCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// `credsync sandbox --generate N ...` in its own process, until stop().
class SandboxProcess
{
public:
    bool start(int therapists, const QStringList &extra, QString *error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary directory");
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        m_process.setProgram(credsyncBinary());
        m_process.setArguments(QStringList{QStringLiteral("sandbox"), QStringLiteral("--generate"), QString::number(therapists),
                                           QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--db"),
                                           m_dir.filePath(QStringLiteral("world.sqlite"))} + extra);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        QByteArray output;
        while (!output.contains("Press Ctrl+C")) {
            if (!m_process.waitForReadyRead(600000)) {
                *error = QStringLiteral("the sandbox did not start: ") + QString::fromUtf8(output);
                return false;
            }
            output += m_process.readAllStandardOutput();
        }
        startMs = timer.elapsed();
        const auto field = [&](const char *name) {
            const QRegularExpression re(QStringLiteral("%1: (\\S+)").arg(QLatin1String(name)));
            return re.match(QString::fromUtf8(output)).captured(1);
        };
        port = field("Port").toInt();
        profilePath = field("Profile");
        QFile secrets(field("Secrets"));
        if (!secrets.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("no secrets file");
            return false;
        }
        for (const QByteArray &line : secrets.readAll().split('\n')) {
            const QByteArray assignment = line.startsWith("export ") ? line.mid(7) : line;
            const int equals = assignment.indexOf('=');
            if (equals > 0)
                environment.insert(QString::fromUtf8(assignment.left(equals)), QString::fromUtf8(assignment.mid(equals + 1)));
        }
        return true;
    }
    ~SandboxProcess() { stop(); }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
    qint64 pid() const { return m_process.processId(); }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(port); }

    // Writes the profile with hubspot.max_share set, next to the sandbox's own.
    QString profileWithShare(double share) const
    {
        QFile file(profilePath);
        file.open(QIODevice::ReadOnly);
        nlohmann::ordered_json profile = nlohmann::ordered_json::parse(file.readAll().toStdString());
        profile["hubspot"]["max_share"] = share;
        const QString path = m_dir.filePath(QStringLiteral("profile-share-%1.json").arg(share));
        QFile out(path);
        out.open(QIODevice::WriteOnly | QIODevice::Truncate);
        out.write(QByteArray::fromStdString(profile.dump(2)));
        return path;
    }

    nlohmann::json admin(const QByteArray &method, const QString &route) const
    {
        QNetworkAccessManager manager;
        QNetworkRequest request(QUrl(baseUrl() + QStringLiteral("/__sandbox/") + route));
        QNetworkReply *reply = manager.sendCustomRequest(request, method);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body.isEmpty() ? nlohmann::json() : nlohmann::json::parse(body.toStdString(), nullptr, false);
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    int port = 0;
    QString profilePath;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    qint64 startMs = 0;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
};

struct ClientRun
{
    int exitCode = -1;
    qint64 wallMs = 0;
    double cpuSeconds = 0;
    double peakRssMiB = 0;
    double sandboxPeakRssMiB = 0;
};

// Runs `credsync <arguments>` to its end with stdout to `outputFile` (empty: discarded), sampling its
// peak RSS and the sandbox's every 20 ms while it runs. The event loop keeps running, so a competitor
// in this process keeps sending.
inline ClientRun runClient(const SandboxProcess &sandbox, const QStringList &arguments, const QString &outputFile)
{
    ClientRun run;
    QProcess client;
    client.setProcessEnvironment(sandbox.environment);
    client.setStandardOutputFile(outputFile.isEmpty() ? QProcess::nullDevice() : outputFile);
    client.setProcessChannelMode(QProcess::SeparateChannels);
    client.setStandardErrorFile(QProcess::nullDevice());
    const double cpuBefore = childrenCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    client.start(credsyncBinary(), arguments);
    client.waitForStarted();
    const qint64 pid = client.processId();
    while (!client.waitForFinished(20)) {
        QCoreApplication::processEvents();
        run.peakRssMiB = std::max(run.peakRssMiB, peakRssMiB(pid));
        run.sandboxPeakRssMiB = std::max(run.sandboxPeakRssMiB, peakRssMiB(sandbox.pid()));
        if (client.state() == QProcess::NotRunning)
            break;
    }
    run.wallMs = timer.elapsed();
    run.exitCode = client.exitCode();
    run.cpuSeconds = childrenCpuSeconds() - cpuBefore;
    return run;
}

// Requests in the sandbox's log by endpoint kind, and how many were answered 429.
struct RequestCounts
{
    std::map<std::string, int> byEndpoint;
    int total = 0;
    int tooMany = 0;
};

inline std::string endpointOf(const std::string &method, const std::string &path)
{
    if (path.find("/batch/read") != std::string::npos)
        return path.rfind("/crm/v4/", 0) == 0 ? "association batch read" : "object batch read";
    if (path.rfind("/account-info/", 0) == 0)
        return "account info";
    if (path.find("/labels") != std::string::npos)
        return "labels";
    if (path.find("/definitions/configurations/") != std::string::npos)
        return "label limits";
    if (path.find("/search") != std::string::npos)
        return "search";
    return method + " other";
}

inline RequestCounts countRequests(const nlohmann::json &log, const std::string &skipPrefix = {})
{
    RequestCounts counts;
    for (const auto &entry : log) {
        const std::string path = entry.value("path", std::string());
        if (!skipPrefix.empty() && path.rfind(skipPrefix, 0) == 0)
            continue;
        ++counts.byEndpoint[endpointOf(entry.value("method", std::string()), path)];
        ++counts.total;
        counts.tooMany += entry.value("status", 0) == 429 ? 1 : 0;
    }
    return counts;
}

inline void row(const char *figure, const QString &value, const QString &goal)
{
    std::printf("  %-58s %-26s goal: %s\n", figure, qPrintable(value), qPrintable(goal));
    std::fflush(stdout);
}

} // namespace bench
