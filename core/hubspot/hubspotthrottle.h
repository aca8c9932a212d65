#pragma once
// Paces HubSpot requests from the X-HubSpot-RateLimit-* headers so that a scan does not run into 429s:
// while the rolling window has plenty left, requests go at once; when little is left, they are spread
// over the rest of the window; when nothing is left (or a 429 says so), they wait for the window.
// Search has its own limit (5 requests/second, no headers) and its own pacing.
// Single-threaded: used on the transport's thread only.
#include "../net/httptransport.h"
#include "hubspotclient.h"

#include <deque>
#include <functional>
#include <optional>

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
        // Share mode (set from the profile's hubspot.max_share): the fraction of the ten-second limit
        // this process may spend. No rolling window holds more of our requests than that share, and
        // the share shrinks when X-HubSpot-RateLimit-Remaining shows someone else spending. Unset: the
        // header-only pacing above (spend freely while plenty is left).
        std::optional<double> maxShare;
        int safetyMargin = 5; // requests of the window left unspent (off the share too): in flight, jitter
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

    // Share mode: the requests per window this process allows itself now, and what it believes
    // others spend of the window (0 when nothing is known). For tests and the benchmark.
    int allowance() const;
    int othersEstimate() const { return int(m_others + 0.5); }

private:
    qint64 now() const;
    int searchDelay(qint64 now);
    int windowDelay(qint64 now);
    int shareDelay(qint64 now);
    int windowMs() const;
    int oursBetween(qint64 from, qint64 to) const;

    Options m_options;
    std::function<qint64()> m_clock;
    std::function<void(const RateBudget &)> m_listener;
    RateBudget m_budget;
    qint64 m_observedAt = 0;      // when m_budget.remaining was read
    int m_sentSinceObserved = 0;  // requests let through since then (they count against remaining)
    qint64 m_pausedUntil = 0;     // the window is exhausted until then
    qint64 m_nextSpreadAt = 0;    // next slot while spreading the last requests of a window
    qint64 m_nextSearchAt = 0;
    // Share mode: our own send times (sorted) over the last window, for the cap and for the estimate
    // of what others spend.
    std::deque<qint64> m_sent;
    double m_others = 0;
};

} // namespace credsync::hubspot
