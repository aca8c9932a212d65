#pragma once
// HubSpot's limits per private-app token: a rolling ten-second window, a daily cap, and the search
// endpoints' own per-second limit. Time is passed in so tests of the limiter need no sleeping.
#include <QtGlobal>

#include <deque>
#include <map>
#include <string>

namespace credsync::sandbox {

class RateLimiter
{
public:
    struct Decision
    {
        bool allowed = true;
        const char *policy = ""; // "TEN_SECONDLY_ROLLING" or "DAILY" when refused
        int max = 0;
        int remaining = 0;
        int dailyMax = 0;
        int dailyRemaining = 0;
    };

    static constexpr int kIntervalMs = 10000;

    // Counts one request for `token` at `nowMs` unless a limit is reached.
    Decision take(const std::string &token, qint64 nowMs, int tenSecondlyMax, int dailyMax);
    // The search endpoints' own limit: `perSecond` requests in any rolling second.
    bool takeSearch(const std::string &token, qint64 nowMs, int perSecond);
    void reset();

private:
    struct Usage
    {
        std::deque<qint64> window;
        std::deque<qint64> searchWindow;
        int today = 0;
        qint64 dayStartMs = 0;
    };
    std::map<std::string, Usage> m_usage;
};

} // namespace credsync::sandbox
