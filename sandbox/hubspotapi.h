#pragma once
// The HubSpot front door: bearer-token check, missing scopes, the per-token rate limits with their
// X-HubSpot-RateLimit-* headers, then the read and write handlers.
#include "sandbox/httpexchange.h"
#include "sandbox/hubspotreads.h"
#include "sandbox/hubspotwrites.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/world.h"

#include <functional>
#include <optional>

namespace credsync::sandbox {

class HubSpotApi
{
public:
    // `clock` returns the current time in ms; tests of the server use the wall clock.
    HubSpotApi(World &world, std::function<qint64()> clock);

    static bool owns(const QString &path);
    std::optional<HttpResponse> handle(const HttpRequest &request);
    void resetRateLimits() { m_limiter.reset(); }

private:
    std::optional<HttpResponse> checkAuthentication(const HttpRequest &request) const;
    std::optional<HttpResponse> checkScopes(const HttpRequest &request) const;
    // The read or write handler for the request (404 when none): a body of the wrong shape is a 400.
    HttpResponse route(const HttpRequest &request);

    World &m_world;
    std::function<qint64()> m_clock;
    RateLimiter m_limiter;
    HubSpotReads m_reads;
    HubSpotWrites m_writes;
};

} // namespace credsync::sandbox
