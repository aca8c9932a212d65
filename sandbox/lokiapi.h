#pragma once
// Grafana Loki's query_range over the world's log lines: streams, nanosecond strings, plain-text
// errors, and the auth a world asks for (basic or bearer, X-Scope-OrgID).
#include "sandbox/httpexchange.h"
#include "sandbox/world.h"

#include <optional>

namespace credsync::sandbox {

class LokiApi
{
public:
    explicit LokiApi(World &world);

    std::optional<HttpResponse> handle(const HttpRequest &request) const;

    static constexpr int kDefaultLimit = 100;
    static constexpr int kMaxLimit = 5000;

private:
    std::optional<HttpResponse> checkAuthentication(const HttpRequest &request) const;
    HttpResponse queryRange(const HttpRequest &request) const;

    World &m_world;
};

// Loki's timestamp rules: "" → fallback; a decimal with a dot → seconds; ≤ 10 digits → seconds;
// other integers → nanoseconds; else RFC3339. nullopt when unparsable.
std::optional<qint64> parseLokiTime(const QString &text, qint64 fallbackNs);

} // namespace credsync::sandbox
