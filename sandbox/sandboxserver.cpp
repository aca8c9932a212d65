#include "sandbox/sandboxserver.h"

#include <algorithm>
#include <cstdio>

#include "sandbox/adminapi.h"
#include "sandbox/hubspotapi.h"
#include "sandbox/lokiapi.h"
#include "sandbox/sentryapi.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <nlohmann/json.hpp>

namespace credsync::sandbox {

using nlohmann::json;

namespace {

// A long benchmark run must not grow the log without bound.
constexpr std::size_t kMaxLoggedRequests = 200000;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Connect: return "CONNECT";
    case QHttpServerRequest::Method::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

SandboxServer::SandboxServer(World world, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_world(std::move(world))
    , m_hubspot(std::make_unique<HubSpotApi>(m_world, &nowMs))
    , m_loki(std::make_unique<LokiApi>(m_world))
    , m_sentry(std::make_unique<SentryApi>(m_world))
    , m_admin(std::make_unique<AdminApi>(*this))
{
    // The world's clock advances from the moment the server starts serving it.
    m_world.clock.start();
}

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::listenLocal(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port;
}

QString SandboxServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:") + QString::number(m_port);
}

bool SandboxServer::setPutSemantics(const QString &mode)
{
    if (mode != QLatin1String("replace") && mode != QLatin1String("append"))
        return false;
    m_world.settings.putSemantics = mode.toStdString();
    return true;
}

QString SandboxServer::putSemantics() const
{
    return QString::fromStdString(m_world.settings.putSemantics);
}

int SandboxServer::addFault(const FaultRule &rule)
{
    return m_faults.add(rule);
}

void SandboxServer::clearFaults()
{
    m_faults.clear();
}

json SandboxServer::faultsJson() const
{
    return m_faults.toJson();
}

json SandboxServer::requestsJson() const
{
    json out = json::array();
    for (const RequestRecord &entry : m_requests) {
        out.push_back({{"sequence", entry.sequence}, {"method", entry.method.toStdString()},
                       {"path", entry.path.toStdString()}, {"query", entry.query.toStdString()},
                       {"bodySize", entry.bodySize}, {"time", isoTime(entry.receivedMs)}, {"receivedMs", entry.receivedMs},
                       {"respondedMs", entry.respondedMs}, {"status", entry.status}, {"faultRule", entry.faultRule}});
    }
    return out;
}

void SandboxServer::clearRequests()
{
    m_requests.clear();
    m_firstSequence = m_nextSequence;
}

void SandboxServer::setRateLimits(int tenSecondlyMax, int dailyMax, int searchPerSecond)
{
    m_world.settings.tenSecondlyMax = tenSecondlyMax;
    m_world.settings.dailyMax = dailyMax;
    m_world.settings.searchPerSecond = searchPerSecond;
}

void SandboxServer::resetRateLimits()
{
    m_hubspot->resetRateLimits();
}

RequestRecord *SandboxServer::record(int sequence)
{
    const int index = sequence - m_firstSequence;
    if (index < 0 || index >= int(m_requests.size()))
        return nullptr;
    return &m_requests[std::size_t(index)];
}

HttpResponse SandboxServer::dispatch(const HttpRequest &request)
{
    return guarded(request, [&]() -> HttpResponse {
        if (auto response = m_hubspot->handle(request))
            return std::move(*response);
        if (auto response = m_loki->handle(request))
            return std::move(*response);
        if (auto response = m_sentry->handle(request))
            return std::move(*response);
        return HttpResponse::text(404, "404 page not found\n");
    });
}

HttpResponse SandboxServer::guarded(const HttpRequest &request, const std::function<HttpResponse()> &handler)
{
    // An exception out of a handler is a sandbox defect. It must not end the process (every client of a
    // shared sandbox would lose it mid-run): the request gets a 500 naming it, and stderr says which.
    try {
        return handler();
    } catch (const std::exception &failure) {
        std::fprintf(stderr, "sandbox: internal error on %s %s: %s\n", request.method.constData(),
                     qPrintable(request.path), failure.what());
        return HttpResponse::json(500, {{"status", "error"}, {"message", std::string("internal sandbox error: ") + failure.what()},
                                        {"category", "INTERNAL_ERROR"}});
    }
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest exchange;
    exchange.method = methodName(request.method());
    exchange.path = request.url().path(QUrl::FullyDecoded);
    exchange.rawQuery = request.url().query(QUrl::FullyEncoded).toUtf8();
    exchange.body = request.body();
    for (const auto &[name, value] : request.headers())
        exchange.headers.emplace_back(name, value);

    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));

    if (AdminApi::owns(exchange.path)) {
        // Admin calls stay out of the request log so that tests count only the client's traffic.
        finish(responder, 0, guarded(exchange, [&] { return m_admin->handle(exchange); }));
        return true;
    }

    RequestRecord entry;
    entry.sequence = m_nextSequence++;
    entry.method = exchange.method;
    entry.path = exchange.path;
    entry.query = exchange.rawQuery;
    entry.bodySize = exchange.body.size();
    entry.body = exchange.body.left(RequestRecord::kMaxBodyKept);
    entry.receivedMs = nowMs();
    if (m_requests.size() >= kMaxLoggedRequests) {
        m_requests.erase(m_requests.begin());
        ++m_firstSequence;
    }
    m_requests.push_back(entry);
    const int sequence = entry.sequence;

    const auto action = m_faults.match(exchange.method, exchange.path);
    if (action)
        m_requests.back().faultRule = action->ruleId;
    if (!action || action->delayMs == 0) {
        if (action && action->drop)
            drop(socket, sequence);
        else if (action && action->loseAnswer) {
            (void)dispatch(exchange); // the write lands; its answer never arrives
            notePeaks(exchange.method);
            drop(socket, sequence);
        } else {
            finish(responder, sequence, action && action->response ? *action->response : dispatch(exchange));
            notePeaks(exchange.method);
        }
        return true;
    }
    // Latency: answer later from the event loop so other connections are served meanwhile.
    QPointer<QTcpSocket> guard(socket);
    const auto fault = *action;
    QTimer::singleShot(action->delayMs, this, [this, guard, responder, sequence, exchange, fault]() {
        if (!guard)
            return; // the client gave up (timeout or cancel)
        if (fault.drop)
            drop(guard.data(), sequence);
        else if (fault.loseAnswer) {
            (void)dispatch(exchange);
            notePeaks(exchange.method);
            drop(guard.data(), sequence);
        } else {
            finish(responder, sequence, fault.response ? *fault.response : dispatch(exchange));
            notePeaks(exchange.method);
        }
    });
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

void SandboxServer::finish(const std::shared_ptr<QHttpServerResponder> &responder, int sequence, const HttpResponse &response)
{
    responder->writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &[name, value] : response.headers)
        responder->writeHeader(name, value);
    if (!response.contentType.isEmpty())
        responder->writeHeader("Content-Type", response.contentType);
    responder->writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder->writeBody(response.body);
    if (RequestRecord *entry = record(sequence)) {
        entry->respondedMs = nowMs();
        entry->status = response.status;
    }
    if (sequence > 0)
        Q_EMIT requestFinished(sequence, response.status);
}

void SandboxServer::notePeaks(const QByteArray &method)
{
    if (method == "GET" || m_peakLabel.empty())
        return;
    // After every write: how many objects of each contact carry the watched label.
    std::map<Id, int> counts;
    for (const auto &[key, association] : m_world.associations) {
        if (std::find(association.labels.begin(), association.labels.end(), m_peakLabel) != association.labels.end())
            ++counts[key.first];
    }
    for (const auto &[contact, count] : counts)
        m_labelPeaks[contact] = std::max(m_labelPeaks[contact], count);
}

nlohmann::json SandboxServer::labelPeaks() const
{
    nlohmann::json peaks = nlohmann::json::object();
    for (const auto &[contact, count] : m_labelPeaks)
        peaks[std::to_string(contact)] = count;
    return {{"label", m_peakLabel}, {"peaks", peaks}};
}

void SandboxServer::watchLabel(const std::string &label)
{
    m_peakLabel = label;
    m_labelPeaks.clear();
}

void SandboxServer::drop(QTcpSocket *socket, int sequence)
{
    // Abort from the event loop: the server still holds the socket while handleRequest() runs.
    QTimer::singleShot(0, socket, [socket]() { socket->abort(); });
    if (RequestRecord *entry = record(sequence))
        entry->respondedMs = nowMs();
    Q_EMIT requestFinished(sequence, 0);
}

} // namespace credsync::sandbox
