#pragma once
// A tiny HTTP/1.1 server on 127.0.0.1 for tests: answers from a script of canned responses (or a
// handler), can delay an answer or drop the connection, and records every request it received.
// Keep-alive is supported because QNetworkAccessManager reuses connections.
#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <deque>
#include <functional>
#include <map>
#include <utility>

class QTcpServer;
class QTcpSocket;

namespace credsync::test {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

class ScriptedHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray target;  // path with query, as sent ("/crm/v4/...?limit=500")
        QString path;       // decoded path without query
        QUrlQuery query;
        HeaderList headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
    };

    struct Response
    {
        int status = 200;
        QByteArray body;
        HeaderList headers;
        int delayMs = 0;    // answer after this long
        bool drop = false;  // close the connection (after delayMs) without answering

        static Response json(int status, const QByteArray &body, HeaderList headers = {});
        static Response dropped(int delayMs = 0);
    };

    using Handler = std::function<Response(const Request &)>;

    explicit ScriptedHttpServer(QObject *parent = nullptr);
    ~ScriptedHttpServer() override;

    bool listen();                  // 127.0.0.1 on a free port
    quint16 port() const;
    QUrl baseUrl() const;           // http://127.0.0.1:<port>

    // Answers are taken from the script first, in order; when it is empty, from the handler; else 500.
    void enqueue(Response response);
    void setHandler(Handler handler);

    QList<Request> requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    int openRequests() const { return m_open; }
    int peakOpenRequests() const { return m_peakOpen; } // most requests received and not yet answered at once
    void clearRequests();

Q_SIGNALS:
    void requestReceived(int index);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Response &response);

    struct Connection
    {
        QByteArray buffer;
        bool busy = false; // a request is being answered; pipelined bytes wait in the buffer
    };

    QTcpServer *m_server = nullptr;
    std::deque<Response> m_script;
    Handler m_handler;
    QList<Request> m_requests;
    std::map<QTcpSocket *, Connection> m_connections;
    int m_open = 0;
    int m_peakOpen = 0;
};

} // namespace credsync::test
