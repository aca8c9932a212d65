#include "scriptedhttpserver.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace credsync::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 201: return QByteArrayLiteral("Created");
    case 204: return QByteArrayLiteral("No Content");
    case 207: return QByteArrayLiteral("Multi-Status");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 409: return QByteArrayLiteral("Conflict");
    case 423: return QByteArrayLiteral("Locked");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 502: return QByteArrayLiteral("Bad Gateway");
    case 503: return QByteArrayLiteral("Service Unavailable");
    case 504: return QByteArrayLiteral("Gateway Timeout");
    default: return QByteArrayLiteral("Status");
    }
}

bool hasHeader(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QByteArray ScriptedHttpServer::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ScriptedHttpServer::Response ScriptedHttpServer::Response::json(int status, const QByteArray &body, HeaderList headers)
{
    Response response;
    response.status = status;
    response.body = body;
    response.headers = std::move(headers);
    return response;
}

ScriptedHttpServer::Response ScriptedHttpServer::Response::dropped(int delayMs)
{
    Response response;
    response.drop = true;
    response.delayMs = delayMs;
    return response;
}

ScriptedHttpServer::ScriptedHttpServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &ScriptedHttpServer::onNewConnection);
}

ScriptedHttpServer::~ScriptedHttpServer() = default;

bool ScriptedHttpServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 ScriptedHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl ScriptedHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void ScriptedHttpServer::enqueue(Response response)
{
    m_script.push_back(std::move(response));
}

void ScriptedHttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void ScriptedHttpServer::clearRequests()
{
    m_requests.clear();
    m_peakOpen = m_open;
}

void ScriptedHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections[socket] = Connection{};
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            const auto it = m_connections.find(socket);
            if (it != m_connections.end()) {
                if (it->second.busy)
                    --m_open; // the client gave up on an answer we were still delaying
                m_connections.erase(it);
            }
            socket->deleteLater();
        });
    }
}

void ScriptedHttpServer::onReadyRead(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &connection = it->second;
    connection.buffer += socket->readAll();
    if (connection.busy)
        return;

    const qsizetype headerEnd = connection.buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = connection.buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    Request request;
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
    }
    const qsizetype total = headerEnd + 4 + contentLength;
    if (connection.buffer.size() < total)
        return; // the body is still arriving
    request.body = connection.buffer.mid(headerEnd + 4, contentLength);
    connection.buffer.remove(0, total);

    const QUrl url(QStringLiteral("http://127.0.0.1") + QString::fromLatin1(request.target));
    request.path = url.path();
    request.query = QUrlQuery(url);

    connection.busy = true;
    ++m_open;
    m_peakOpen = std::max(m_peakOpen, m_open);
    m_requests.append(request);
    Q_EMIT requestReceived(int(m_requests.size() - 1));

    Response response;
    if (!m_script.empty()) {
        response = m_script.front();
        m_script.pop_front();
    } else if (m_handler) {
        response = m_handler(request);
    } else {
        response = Response::json(500, QByteArrayLiteral("{\"message\":\"no scripted response left\"}"));
    }

    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, socket, [this, socket, response] { answer(socket, response); });
    else
        answer(socket, response);
}

void ScriptedHttpServer::answer(QTcpSocket *socket, const Response &response)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->second.busy = false;
    --m_open;
    if (response.drop) {
        m_connections.erase(it);
        socket->abort();
        socket->deleteLater();
        return;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    if (!response.body.isEmpty() && !hasHeader(response.headers, QByteArrayLiteral("Content-Type")))
        out += "Content-Type: application/json;charset=utf-8\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Connection: keep-alive\r\n\r\n";
    out += response.body;
    socket->write(out);
    // A client may have sent its next request already (keep-alive); serve it now.
    if (!it->second.buffer.isEmpty())
        QTimer::singleShot(0, socket, [this, socket] { onReadyRead(socket); });
}

} // namespace credsync::test

#include "moc_scriptedhttpserver.cpp"
