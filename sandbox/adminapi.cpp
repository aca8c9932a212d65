#include "sandbox/adminapi.h"

#include "sandbox/jsonlimits.h"
#include "sandbox/faultrules.h"
#include "sandbox/sandboxserver.h"

#include <nlohmann/json.hpp>

namespace credsync::sandbox {

using nlohmann::json;

namespace {
HttpResponse adminError(int status, const std::string &message)
{
    return HttpResponse::json(status, {{"error", message}});
}
} // namespace

AdminApi::AdminApi(SandboxServer &server)
    : m_server(server)
{
}

bool AdminApi::owns(const QString &path)
{
    return path.startsWith(QLatin1String("/__sandbox/"));
}

HttpResponse AdminApi::handle(const HttpRequest &request)
{
    QString route = request.path.mid(int(qstrlen("/__sandbox/")));
    if (route.endsWith(QLatin1Char('/')))
        route.chop(1);
    json body;
    if (!request.body.isEmpty()) {
        try {
            body = parseLimitedJson(request.body);
        } catch (const std::exception &exception) {
            return adminError(400, std::string("invalid JSON: ") + exception.what());
        }
    }
    const QByteArray &method = request.method;

    if (route == QLatin1String("health") && method == "GET")
        return HttpResponse::json(200, {{"status", "ok"}});
    if (route == QLatin1String("world") && method == "GET")
        return HttpResponse::json(200, json(m_server.world()));
    if (route == QLatin1String("scenarios") && method == "GET")
        return HttpResponse::json(200, json(m_server.world())["scenarios"]);
    if (route == QLatin1String("requests")) {
        if (method == "GET")
            return HttpResponse::json(200, m_server.requestsJson());
        if (method == "DELETE") {
            m_server.clearRequests();
            return HttpResponse::empty(204);
        }
    }
    if (route == QLatin1String("faults")) {
        if (method == "GET")
            return HttpResponse::json(200, m_server.faultsJson());
        if (method == "DELETE") {
            m_server.clearFaults();
            return HttpResponse::empty(204);
        }
        if (method == "POST") {
            try {
                json ids = json::array();
                for (const auto &rule : body.is_array() ? body : json::array({body}))
                    ids.push_back(m_server.addFault(FaultRule::fromJson(rule)));
                return HttpResponse::json(201, {{"ids", ids}});
            } catch (const std::exception &exception) {
                return adminError(400, exception.what());
            }
        }
    }
    if (route == QLatin1String("label-peaks")) {
        // POST {"label": "Active Attested"} starts watching (and resets); GET reports the peaks so far.
        if (method == "POST") {
            m_server.watchLabel(body.value("label", std::string()));
            return HttpResponse::json(200, m_server.labelPeaks());
        }
        if (method == "GET")
            return HttpResponse::json(200, m_server.labelPeaks());
    }
    if (route == QLatin1String("put-semantics")) {
        if (method == "POST" && !m_server.setPutSemantics(QString::fromStdString(body.value("mode", std::string()))))
            return adminError(400, "mode must be \"replace\" or \"append\"");
        if (method == "POST" || method == "GET")
            return HttpResponse::json(200, {{"mode", m_server.putSemantics().toStdString()}});
    }
    if (route == QLatin1String("rate-limits")) {
        const Settings &settings = m_server.world().settings;
        if (method == "POST") {
            m_server.setRateLimits(body.value("tenSecondlyMax", settings.tenSecondlyMax),
                                   body.value("dailyMax", settings.dailyMax),
                                   body.value("searchPerSecond", settings.searchPerSecond));
            if (body.value("reset", true))
                m_server.resetRateLimits();
        } else if (method == "DELETE") {
            m_server.resetRateLimits();
            return HttpResponse::empty(204);
        }
        if (method == "POST" || method == "GET")
            return HttpResponse::json(200, {{"tenSecondlyMax", settings.tenSecondlyMax}, {"dailyMax", settings.dailyMax},
                                            {"searchPerSecond", settings.searchPerSecond}});
    }
    return adminError(404, "unknown sandbox admin endpoint " + method.toStdString() + " " + request.path.toStdString());
}

} // namespace credsync::sandbox
