#include "sandboxprocess.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

namespace credsync::test {

namespace {
const QString kBinary = QStringLiteral(CREDSYNC_BINARY_DIR "/bin/credsync");
}

SandboxProcess::SandboxProcess() = default;

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString SandboxProcess::profilePath() const
{
    return m_dir.filePath(QStringLiteral("profile.json"));
}

bool SandboxProcess::start(QString *error)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CREDSYNC_DEMO_NOW"), QStringLiteral("2026-11-23T09:30:00Z"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(kBinary, {QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"),
                              m_dir.filePath(QStringLiteral("therapists.sqlite"))});
    QByteArray output;
    static const QRegularExpression portLine(QStringLiteral("Port: (\\d+)"));
    for (int i = 0; i < 600 && m_port == 0; ++i) {
        m_process.waitForReadyRead(100);
        output += m_process.readAllStandardOutput();
        const auto match = portLine.match(QString::fromUtf8(output));
        if (match.hasMatch() && output.contains("Secrets:"))
            m_port = match.captured(1).toInt();
        if (m_process.state() == QProcess::NotRunning)
            break;
    }
    if (m_port == 0) {
        *error = QStringLiteral("the sandbox did not start: %1 %2").arg(QString::fromUtf8(output), QString::fromUtf8(m_process.readAllStandardError()));
        return false;
    }
    QFile secrets(m_dir.filePath(QStringLiteral("demo-secrets.env")));
    if (!secrets.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("no demo-secrets.env");
        return false;
    }
    for (QByteArray line : secrets.readAll().split('\n')) {
        line = line.trimmed();
        if (line.startsWith("export "))
            line = line.mid(7);
        const int equals = line.indexOf('=');
        if (equals > 0)
            environment.insert(QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1)));
    }
    m_environment = environment;
    return true;
}

QProcessEnvironment SandboxProcess::environment() const
{
    return m_environment;
}

nlohmann::json SandboxProcess::admin(const QByteArray &method, const QString &path, const nlohmann::json &body) const
{
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/__sandbox/%2").arg(m_port).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QByteArray payload = body.is_null() ? QByteArray() : QByteArray::fromStdString(body.dump());
    QNetworkReply *reply = manager.sendCustomRequest(request, method, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    return nlohmann::json::parse(answer.constBegin(), answer.constEnd(), nullptr, false);
}

CliRun runCredsync(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(kBinary, arguments);
    process.closeWriteChannel();
    CliRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace credsync::test
