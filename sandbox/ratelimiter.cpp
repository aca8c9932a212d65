#include "sandbox/ratelimiter.h"

#include <algorithm>

namespace credsync::sandbox {

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

void expire(std::deque<qint64> &window, qint64 nowMs, qint64 spanMs)
{
    while (!window.empty() && window.front() <= nowMs - spanMs)
        window.pop_front();
}
} // namespace

RateLimiter::Decision RateLimiter::take(const std::string &token, qint64 nowMs, int tenSecondlyMax, int dailyMax)
{
    Usage &usage = m_usage[token];
    // HubSpot's daily cap resets at midnight in the portal's zone; a UTC day is close enough here.
    const qint64 dayStart = nowMs - nowMs % kDayMs;
    if (usage.dayStartMs != dayStart) {
        usage.dayStartMs = dayStart;
        usage.today = 0;
    }
    expire(usage.window, nowMs, kIntervalMs);
    Decision decision;
    decision.max = tenSecondlyMax;
    decision.dailyMax = dailyMax;
    if (usage.today >= dailyMax) {
        decision.allowed = false;
        decision.policy = "DAILY";
    } else if (int(usage.window.size()) >= tenSecondlyMax) {
        decision.allowed = false;
        decision.policy = "TEN_SECONDLY_ROLLING";
    } else {
        usage.window.push_back(nowMs);
        ++usage.today;
    }
    decision.remaining = std::max(0, tenSecondlyMax - int(usage.window.size()));
    decision.dailyRemaining = std::max(0, dailyMax - usage.today);
    return decision;
}

bool RateLimiter::takeSearch(const std::string &token, qint64 nowMs, int perSecond)
{
    Usage &usage = m_usage[token];
    expire(usage.searchWindow, nowMs, 1000);
    if (int(usage.searchWindow.size()) >= perSecond)
        return false;
    usage.searchWindow.push_back(nowMs);
    return true;
}

void RateLimiter::reset()
{
    m_usage.clear();
}

} // namespace credsync::sandbox
