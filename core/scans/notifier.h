#pragma once
// Delivers a watch notification: a JSON POST to a webhook URL, or the JSON on a command's stdin.
// A webhook URL often carries a secret in its path (chat webhooks do), so only its scheme and host
// ever appear in a message or a log.
#include "../result.h"

#include <QObject>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <functional>

class QNetworkAccessManager;

namespace credsync::scans {

class Notifier : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(Status)>;

    explicit Notifier(QObject *parent = nullptr);
    ~Notifier() override;

    void post(const QUrl &url, const nlohmann::json &payload, Done done);
    // Runs `command` with /bin/sh -c, the JSON on its stdin; fails on a non-zero exit or after 60 s.
    void runCommand(const QString &command, const nlohmann::json &payload, Done done);

    // "https://hooks.example.com/…": what may be shown of a webhook URL.
    static QString displayUrl(const QUrl &url);

private:
    QNetworkAccessManager *m_network;
};

} // namespace credsync::scans
