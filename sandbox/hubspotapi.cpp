#include "sandbox/hubspotapi.h"

#include "sandbox/hubspotcommon.h"

#include <QRegularExpression>

#include <set>

namespace credsync::sandbox {

using nlohmann::json;

HubSpotApi::HubSpotApi(World &world, std::function<qint64()> clock)
    : m_world(world)
    , m_clock(std::move(clock))
    , m_reads(world)
    , m_writes(world)
{
}

bool HubSpotApi::owns(const QString &path)
{
    return path.startsWith(QLatin1String("/crm/")) || path.startsWith(QLatin1String("/account-info/"));
}

std::optional<HttpResponse> HubSpotApi::checkAuthentication(const HttpRequest &request) const
{
    const QByteArray authorization = request.header("authorization");
    const QByteArray expected = "Bearer " + QByteArray::fromStdString(m_world.tokens.hubspot);
    if (!m_world.tokens.hubspot.empty() && authorization == expected)
        return std::nullopt;
    return hubspot::error(401,
                          "Authentication credentials not found. This API supports OAuth 2.0 authentication and you can "
                          "find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview",
                          "INVALID_AUTHENTICATION");
}

std::optional<HttpResponse> HubSpotApi::checkScopes(const HttpRequest &request) const
{
    if (m_world.tokens.hubspotMissingScopes.empty() || request.path.startsWith(QLatin1String("/account-info/")))
        return std::nullopt;
    const bool write = request.method != "GET" && !request.path.endsWith(QLatin1String("/batch/read")) &&
                       !request.path.endsWith(QLatin1String("/search"));
    const char *suffix = write ? ".write" : ".read";
    std::set<std::string> needed;
    static const QRegularExpression objects(QStringLiteral("^/crm/v3/objects/([^/]+)"));
    const auto match = objects.match(request.path);
    if (match.hasMatch()) {
        const QString type = match.captured(1).toLower();
        const bool contact = type == QLatin1String("contacts") || type == QLatin1String("0-1") || type == QLatin1String("contact");
        needed.insert(std::string(contact ? "crm.objects.contacts" : "crm.objects.custom") + suffix);
    } else {
        // Associations need access to both sides.
        needed.insert(std::string("crm.objects.contacts") + suffix);
        needed.insert(std::string("crm.objects.custom") + suffix);
    }
    json required = json::array();
    for (const auto &scope : m_world.tokens.hubspotMissingScopes) {
        if (needed.count(scope))
            required.push_back(scope);
    }
    if (required.empty())
        return std::nullopt;
    json body = hubspot::errorBody("This app hasn't been granted all required scopes to make this call. Read more about "
                                   "required scopes here: https://developers.hubspot.com/scopes.",
                                   "MISSING_SCOPES");
    body["errors"] = json::array({{{"message", "One or more of the following scopes are required."},
                                   {"context", {{"requiredGranularScopes", required}}}}});
    body["links"] = {{"scopes", "https://developers.hubspot.com/scopes"}};
    return HttpResponse::json(403, body);
}

HttpResponse HubSpotApi::route(const HttpRequest &request)
{
    // Each handler checks the body's shape before it changes anything; a shape one of them does not check
    // yet (a number where an object belongs, found by a JSON type error) is what HubSpot's deserializer
    // answers with a 400, so it is a 400 here too, never an aborted sandbox.
    try {
        if (auto read = m_reads.handle(request))
            return std::move(*read);
        if (auto write = m_writes.handle(request))
            return std::move(*write);
    } catch (const json::type_error &wrongType) {
        return hubspot::badJson(std::string("a value has the wrong type (") + wrongType.what() + ")");
    }
    return hubspot::error(404, "Unknown endpoint " + request.method.toStdString() + " " + request.path.toStdString(), "");
}

std::optional<HttpResponse> HubSpotApi::handle(const HttpRequest &request)
{
    if (!owns(request.path))
        return std::nullopt;
    if (auto refused = checkAuthentication(request))
        return refused;
    if (auto refused = checkScopes(request))
        return refused;

    const qint64 now = m_clock();
    const std::string &token = m_world.tokens.hubspot;
    const bool search = request.method == "POST" && request.path.endsWith(QLatin1String("/search"));
    if (search && !m_limiter.takeSearch(token, now, m_world.settings.searchPerSecond)) {
        // The search endpoints' own limit answers without any rate-limit headers.
        return HttpResponse::json(429, {{"status", "error"}, {"message", "You have reached your secondly limit."},
                                        {"errorType", "RATE_LIMIT"}, {"correlationId", hubspot::newCorrelationId()},
                                        {"policyName", "SECONDLY"}});
    }
    const RateLimiter::Decision decision = m_limiter.take(token, now, m_world.settings.tenSecondlyMax,
                                                          m_world.settings.dailyMax);
    HttpResponse response;
    if (!decision.allowed) {
        const bool daily = std::string(decision.policy) == "DAILY";
        response = HttpResponse::json(429, {{"status", "error"},
                                            {"message", daily ? "You have reached your daily limit."
                                                              : "You have reached your ten_secondly_rolling limit."},
                                            {"errorType", "RATE_LIMIT"}, {"correlationId", hubspot::newCorrelationId()},
                                            {"policyName", decision.policy}, {"groupName", "privateapp"}});
    } else {
        response = route(request);
    }
    if (!search) {
        response.addHeader("X-HubSpot-RateLimit-Max", QByteArray::number(decision.max));
        response.addHeader("X-HubSpot-RateLimit-Remaining", QByteArray::number(decision.remaining));
        response.addHeader("X-HubSpot-RateLimit-Interval-Milliseconds", QByteArray::number(RateLimiter::kIntervalMs));
        response.addHeader("X-HubSpot-RateLimit-Daily", QByteArray::number(decision.dailyMax));
        response.addHeader("X-HubSpot-RateLimit-Daily-Remaining", QByteArray::number(decision.dailyRemaining));
    }
    return response;
}

} // namespace credsync::sandbox
