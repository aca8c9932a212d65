#include "sandbox/lokiapi.h"

#include "sandbox/logqlquery.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

#include <nlohmann/json.hpp>

namespace credsync::sandbox {

using nlohmann::json;

std::optional<qint64> parseLokiTime(const QString &text, qint64 fallbackNs)
{
    if (text.isEmpty())
        return fallbackNs;
    bool ok = false;
    if (text.contains(QLatin1Char('.'))) {
        const double seconds = text.toDouble(&ok);
        if (ok)
            return qint64(seconds * 1e3) * 1000000LL; // ms precision is plenty for a window edge
    }
    const qint64 integer = text.toLongLong(&ok);
    if (ok)
        return text.size() <= 10 ? integer * 1000000000LL : integer;
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toMSecsSinceEpoch() * 1000000LL;
}

LokiApi::LokiApi(World &world)
    : m_world(world)
{
}

std::optional<HttpResponse> LokiApi::handle(const HttpRequest &request) const
{
    if (!request.path.startsWith(QLatin1String("/loki/")))
        return std::nullopt;
    if (request.path == QLatin1String("/loki/api/v1/status/buildinfo"))
        return HttpResponse::json(200, {{"version", "2.9.4"}, {"revision", "sandbox"}});
    if (auto refused = checkAuthentication(request))
        return refused;
    if (request.path == QLatin1String("/loki/api/v1/query_range") && request.method == "GET")
        return queryRange(request);
    return HttpResponse::text(404, "404 page not found\n");
}

std::optional<HttpResponse> LokiApi::checkAuthentication(const HttpRequest &request) const
{
    const Tokens &tokens = m_world.tokens;
    const bool wantsAuth = !tokens.lokiBearer.empty() || !tokens.lokiBasicUser.empty();
    if (wantsAuth) {
        const QByteArray authorization = request.header("authorization");
        bool accepted = false;
        if (!tokens.lokiBearer.empty())
            accepted = authorization == "Bearer " + QByteArray::fromStdString(tokens.lokiBearer);
        if (!accepted && !tokens.lokiBasicUser.empty()) {
            const QByteArray credentials = QByteArray::fromStdString(tokens.lokiBasicUser + ":" + tokens.lokiBasicPassword);
            accepted = authorization == "Basic " + credentials.toBase64();
        }
        if (!accepted)
            return HttpResponse::text(401, "authentication error: invalid credentials\n");
    }
    if (!tokens.lokiOrgId.empty() && request.header("x-scope-orgid").isEmpty())
        return HttpResponse::text(401, "no org id\n");
    return std::nullopt;
}

HttpResponse LokiApi::queryRange(const HttpRequest &request) const
{
    const std::string queryText = request.queryValue(QStringLiteral("query")).toStdString();
    if (queryText.empty())
        return HttpResponse::text(400, "query must be specified\n");
    std::string parseError;
    const auto query = LogQlQuery::parse(queryText, &parseError);
    if (!query)
        return HttpResponse::text(400, QByteArray::fromStdString(parseError) + '\n');

    const qint64 nowNs = m_world.nowMs() * 1000000LL;
    const auto end = parseLokiTime(request.queryValue(QStringLiteral("end")), nowNs);
    if (!end)
        return HttpResponse::text(400, "invalid end parameter: cannot parse \"" + request.queryValue(QStringLiteral("end")).toUtf8() + "\"\n");
    const auto start = parseLokiTime(request.queryValue(QStringLiteral("start")), *end - 3600LL * 1000000000LL);
    if (!start)
        return HttpResponse::text(400, "invalid start parameter: cannot parse \"" + request.queryValue(QStringLiteral("start")).toUtf8() + "\"\n");
    if (*end <= *start)
        return HttpResponse::text(400, "end timestamp must not be before or equal to start time\n");
    int limit = kDefaultLimit;
    if (request.hasQuery(QStringLiteral("limit"))) {
        bool ok = false;
        limit = request.queryValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0)
            return HttpResponse::text(400, "limit must be a positive value\n");
        if (limit > kMaxLimit)
            return HttpResponse::text(400, "max entries limit per query exceeded, limit > max_entries_limit (" +
                                               QByteArray::number(limit) + " > " + QByteArray::number(kMaxLimit) + ")\n");
    }
    const QString direction = request.hasQuery(QStringLiteral("direction"))
        ? request.queryValue(QStringLiteral("direction")).toLower() : QStringLiteral("backward");
    if (direction != QLatin1String("backward") && direction != QLatin1String("forward"))
        return HttpResponse::text(400, "invalid direction: " + direction.toUtf8() + '\n');
    const bool backward = direction == QLatin1String("backward");

    // A tenant other than the world's sees nothing, as in multi-tenant Loki.
    const bool otherTenant = !m_world.tokens.lokiOrgId.empty() &&
                             request.header("x-scope-orgid") != QByteArray::fromStdString(m_world.tokens.lokiOrgId);
    // Lines past the world's retention are gone, as in Loki: asking for them finds nothing.
    const int retentionDays = m_world.settings.lokiRetentionDays;
    const qint64 keptNs = retentionDays > 0 ? nowNs - qint64(retentionDays) * 86400LL * 1000000000LL
                                            : std::numeric_limits<qint64>::min();
    std::vector<const LogLine *> hits;
    if (!otherTenant) {
        for (const LogLine &line : m_world.logLines) {
            if (line.timestampNs >= std::max(*start, keptNs) && line.timestampNs < *end && query->matchesStream(line.stream) &&
                query->matchesLine(line.line))
                hits.push_back(&line);
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [backward](const LogLine *a, const LogLine *b) {
        return backward ? a->timestampNs > b->timestampNs : a->timestampNs < b->timestampNs;
    });
    if (int(hits.size()) > limit)
        hits.resize(std::size_t(limit)); // the limit applies from the end the direction starts at

    // One entry per distinct label set, in the order the streams first appear.
    std::vector<std::pair<const std::map<std::string, std::string> *, json>> streams;
    for (const LogLine *line : hits) {
        auto it = std::find_if(streams.begin(), streams.end(), [&](const auto &entry) { return *entry.first == line->stream; });
        if (it == streams.end()) {
            streams.emplace_back(&line->stream, json::array());
            it = streams.end() - 1;
        }
        it->second.push_back({std::to_string(line->timestampNs), line->line});
    }
    json result = json::array();
    for (auto &[labels, values] : streams)
        result.push_back({{"stream", *labels}, {"values", std::move(values)}});
    return HttpResponse::json(200, {{"status", "success"},
                                    {"data", {{"resultType", "streams"}, {"result", std::move(result)}, {"stats", json::object()}}}});
}

} // namespace credsync::sandbox
