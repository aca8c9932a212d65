#pragma once
// The sandbox's HTTP server: HubSpot, Loki and Sentry on one loopback port, plus /__sandbox/ admin
// endpoints for tests. Built on QAbstractHttpServer (Qt 6.4) because its handleRequest() hands us the
// socket, which delayed answers and dropped connections need.
#include "sandbox/faultrules.h"
#include "sandbox/httpexchange.h"
#include "sandbox/world.h"

#include <QAbstractHttpServer>

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

class QHttpServerResponder;

namespace credsync::sandbox {

class AdminApi;
class HubSpotApi;
class LokiApi;
class SentryApi;

// One line of the request log that tests read to assert batching and concurrency.
struct RequestRecord
{
    int sequence = 0;
    QByteArray method;
    QString path;
    QByteArray query; // percent-encoded, as sent
    qint64 bodySize = 0;
    QByteArray body;  // the first kMaxBodyKept bytes, for tests that check what a client sent
    static constexpr qsizetype kMaxBodyKept = 16 * 1024;
    qint64 receivedMs = 0;
    qint64 respondedMs = 0; // 0 while unanswered (or dropped)
    int status = 0;         // 0 when dropped
    int faultRule = 0;      // the fault rule that fired, if any
};

class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SandboxServer(World world, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1 (never on other interfaces); port 0 picks a free one. Returns the port, 0 on failure.
    quint16 listenLocal(quint16 port = 0);
    quint16 port() const { return m_port; }
    QString baseUrl() const; // "http://127.0.0.1:<port>"

    // Chaos checks: after every write, the most objects of one contact that carried `label` at once.
    void watchLabel(const std::string &label);
    nlohmann::json labelPeaks() const;

    World &world() { return m_world; }
    const World &world() const { return m_world; }

    // "replace" (the documented PUT semantics) or "append"; false for anything else.
    bool setPutSemantics(const QString &mode);
    QString putSemantics() const;

    int addFault(const FaultRule &rule);
    void clearFaults();
    nlohmann::json faultsJson() const;

    const std::vector<RequestRecord> &requests() const { return m_requests; }
    nlohmann::json requestsJson() const;
    void clearRequests();

    void setRateLimits(int tenSecondlyMax, int dailyMax, int searchPerSecond);
    void resetRateLimits();

Q_SIGNALS:
    // Emitted when a request was answered (status) or dropped (status 0).
    void requestFinished(int sequence, int status);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpResponse dispatch(const HttpRequest &request);
    static HttpResponse guarded(const HttpRequest &request, const std::function<HttpResponse()> &handler);
    void finish(const std::shared_ptr<QHttpServerResponder> &responder, int sequence, const HttpResponse &response);
    void drop(QTcpSocket *socket, int sequence);
    void notePeaks(const QByteArray &method);
    RequestRecord *record(int sequence);

    World m_world;
    std::unique_ptr<HubSpotApi> m_hubspot;
    std::unique_ptr<LokiApi> m_loki;
    std::unique_ptr<SentryApi> m_sentry;
    std::unique_ptr<AdminApi> m_admin;
    FaultRules m_faults;
    std::vector<RequestRecord> m_requests;
    int m_firstSequence = 1; // sequence of m_requests.front(), so old entries can be trimmed
    int m_nextSequence = 1;
    quint16 m_port = 0;
    std::string m_peakLabel;
    std::map<Id, int> m_labelPeaks;
};

} // namespace credsync::sandbox
