#pragma once
// Paces HubSpot requests from the X-HubSpot-RateLimit-* headers so that a scan does not run into 429s:
// while the rolling window has plenty left, requests go at once; when little is left, they are spread
// over the rest of the window; when nothing is left (or a 429 says so), they wait for the window.
// Search has its own limit (5 requests/second, no headers) and its own pacing.
// Single-threaded: used on the transport's thread only.
#include "../net/httptransport.h"
#include "hubspotclient.h"

#include <functional>

namespace credsync::hubspot {

class HubSpotThrottle : public net::Throttle
{
public:
    struct Options
    {
        int searchPerSecond = 5;
        // Below this share of the window's maximum (and at least 2 requests), requests are spread out.
        double lowShare = 0.15;
        int defaultWindowMs = 10000; // when a 429 names the ten-second window without headers
    };

    HubSpotThrottle();
    explicit HubSpotThrottle(Options options);

    int delayBeforeSendMs(const net::HttpRequest &request) override;
    void onResponse(const net::HttpRequest &request, const net::HttpResponse &response) override;

    RateBudget budget() const { return m_budget; }
    // Called whenever the budget read from the headers changes.
    void setBudgetListener(std::function<void(const RateBudget &)> listener);
    // Tests drive time by hand; the default is a monotonic clock in milliseconds.
    void setClock(std::function<qint64()> nowMs);

    static bool isSearch(const net::HttpRequest &request);

private:
    qint64 now() const;
    int searchDelay(qint64 now);
    int windowDelay(qint64 now);

    Options m_options;
    std::function<qint64()> m_clock;
    std::function<void(const RateBudget &)> m_listener;
    RateBudget m_budget;
    qint64 m_observedAt = 0;      // when m_budget.remaining was read
    int m_sentSinceObserved = 0;  // requests let through since then (they count against remaining)
    qint64 m_pausedUntil = 0;     // the window is exhausted until then
    qint64 m_nextSpreadAt = 0;    // next slot while spreading the last requests of a window
    qint64 m_nextSearchAt = 0;
};

} // namespace credsync::hubspot
