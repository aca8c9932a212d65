#pragma once
// Raw HTTP against the sandbox for its own tests: QNetworkAccessManager over 127.0.0.1, nothing from
// core/ (the sandbox and the console's clients must not share an understanding of the APIs).
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

#include <nlohmann/json.hpp>

namespace credsync::sandbox::test {

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers)
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers)
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }
    nlohmann::json json() const
    {
        return nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    }
};

class HttpClient
{
public:
    explicit HttpClient(QString baseUrl, QByteArray bearer = {})
        : m_base(std::move(baseUrl)), m_bearer(std::move(bearer)) {}

    void setBearer(const QByteArray &bearer) { m_bearer = bearer; }

    // Starts a request and returns the reply without waiting (for concurrency tests).
    QNetworkReply *start(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                         const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request{QUrl(m_base + pathAndQuery)};
        if (!m_bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_bearer);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        request.setTransferTimeout(10000);
        return m_manager.sendCustomRequest(request, method, body);
    }

    static HttpReply wait(QNetworkReply *reply)
    {
        if (!reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(15000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        HttpReply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        out.headers = reply->rawHeaderPairs();
        out.error = reply->error();
        reply->deleteLater();
        return out;
    }

    HttpReply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                   const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return wait(start(method, pathAndQuery, body, headers));
    }
    HttpReply get(const QString &pathAndQuery, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return send("GET", pathAndQuery, {}, headers);
    }
    HttpReply post(const QString &path, const nlohmann::json &body)
    {
        return send("POST", path, QByteArray::fromStdString(body.dump()));
    }

private:
    QNetworkAccessManager m_manager;
    QString m_base;
    QByteArray m_bearer;
};

inline QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace credsync::sandbox::test
