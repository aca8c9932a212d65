#include "notifier.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QProcess>
#include <QTimer>

namespace credsync::scans {

namespace {

constexpr int kTimeoutMs = 60000;

Error notifyError(const QString &text)
{
    return Error::make(Error::Kind::Network, text, QStringLiteral("notify"));
}

} // namespace

Notifier::Notifier(QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this))
{
}

Notifier::~Notifier() = default;

QString Notifier::displayUrl(const QUrl &url)
{
    return QStringLiteral("%1://%2/…").arg(url.scheme(), url.host());
}

void Notifier::post(const QUrl &url, const nlohmann::json &payload, Done done)
{
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        done(Error::make(Error::Kind::Validation, tr("--notify-url takes an http or https URL"), QStringLiteral("notify")));
        return;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply *reply = m_network->post(request, QByteArray::fromStdString(payload.dump()));
    const QString shown = displayUrl(url);
    connect(reply, &QNetworkReply::finished, this, [reply, shown, done]() {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError && status == 0) {
            done(notifyError(tr("the webhook at %1 could not be reached: %2").arg(shown, reply->errorString())));
            return;
        }
        if (status < 200 || status >= 300) {
            done(notifyError(tr("the webhook at %1 answered HTTP %2").arg(shown).arg(status)));
            return;
        }
        done(Ok{});
    });
}

void Notifier::runCommand(const QString &command, const nlohmann::json &payload, Done done)
{
    auto *process = new QProcess(this);
    auto finished = std::make_shared<bool>(false);
    auto finish = [process, finished, done](Status status) {
        if (*finished)
            return;
        *finished = true;
        process->deleteLater();
        done(status);
    };
    connect(process, &QProcess::errorOccurred, this, [finish](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(notifyError(tr("the notify command could not be started")));
    });
    connect(process, &QProcess::finished, this, [finish](int exitCode, QProcess::ExitStatus exitStatus) {
        if (exitStatus != QProcess::NormalExit || exitCode != 0)
            finish(notifyError(tr("the notify command failed (exit code %1)").arg(exitCode)));
        else
            finish(Ok{});
    });
    QTimer::singleShot(kTimeoutMs, process, [process, finish]() {
        process->kill();
        finish(notifyError(tr("the notify command did not finish within 60 s")));
    });
    process->setProcessChannelMode(QProcess::ForwardedChannels);
    process->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    process->write(QByteArray::fromStdString(payload.dump()) + '\n');
    process->closeWriteChannel();
}

} // namespace credsync::scans

#include "moc_notifier.cpp"
