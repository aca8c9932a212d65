#include "hubspotthrottle.h"

#include "../logging.h"
#include "hubspotretrypolicy.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace credsync::hubspot {

namespace {

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return clock.elapsed();
}

std::optional<qint64> numberHeader(const net::HttpResponse &response, const char *name)
{
    bool ok = false;
    const qint64 value = response.header(QByteArray(name)).trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

bool sameBudget(const RateBudget &a, const RateBudget &b)
{
    return a.max == b.max && a.remaining == b.remaining && a.intervalMs == b.intervalMs && a.daily == b.daily
        && a.dailyRemaining == b.dailyRemaining;
}

} // namespace

HubSpotThrottle::HubSpotThrottle() : HubSpotThrottle(Options{}) {}

HubSpotThrottle::HubSpotThrottle(Options options) : m_options(options), m_clock(&monotonicMs) {}

void HubSpotThrottle::setBudgetListener(std::function<void(const RateBudget &)> listener)
{
    m_listener = std::move(listener);
}

void HubSpotThrottle::setClock(std::function<qint64()> nowMs)
{
    m_clock = std::move(nowMs);
}

qint64 HubSpotThrottle::now() const
{
    return m_clock();
}

bool HubSpotThrottle::isSearch(const net::HttpRequest &request)
{
    return request.method == "POST" && request.url.path().endsWith(QStringLiteral("/search"));
}

int HubSpotThrottle::searchDelay(qint64 at)
{
    // Reserve the next free slot: five searches sent in the same instant leave 200 ms apart.
    const qint64 spacing = 1000 / std::max(1, m_options.searchPerSecond);
    const qint64 sendAt = std::max(at, m_nextSearchAt);
    m_nextSearchAt = sendAt + spacing;
    return int(sendAt - at);
}

int HubSpotThrottle::windowDelay(qint64 at)
{
    if (m_pausedUntil > at)
        return int(m_pausedUntil - at);
    if (m_budget.remaining < 0 || m_budget.intervalMs <= 0)
        return 0; // nothing known yet: the first answers will tell
    const qint64 windowEnd = m_observedAt + m_budget.intervalMs;
    if (at >= windowEnd)
        return 0; // a whole interval has passed since the reading: the rolling window has emptied
    const qint64 estimated = qint64(m_budget.remaining) - m_sentSinceObserved;
    if (estimated <= 0) {
        m_pausedUntil = windowEnd;
        return int(windowEnd - at);
    }
    const qint64 low = std::max<qint64>(2, qint64(m_budget.max * m_options.lowShare));
    if (estimated > low)
        return 0;
    // Spread what is left over the rest of the window rather than spending it in one burst.
    // Each reserved slot divides what is left of the window after it, so the slots end with the window.
    const qint64 sendAt = std::min(windowEnd, std::max(at, m_nextSpreadAt));
    m_nextSpreadAt = sendAt + (windowEnd - sendAt) / estimated;
    return int(sendAt - at);
}

int HubSpotThrottle::windowMs() const
{
    return m_budget.intervalMs > 0 ? m_budget.intervalMs : m_options.defaultWindowMs;
}

int HubSpotThrottle::allowance() const
{
    if (!m_options.maxShare || m_budget.max <= 0)
        return 0; // unknown until the first answer carries the headers
    const int max = m_budget.max;
    const int share = std::max(1, int(max * std::clamp(*m_options.maxShare, 0.0, 1.0)));
    const int leftByOthers = max - int(m_others + 0.5);
    // The margin (requests in flight, jitter) comes off whichever bound binds: with max_share 0.5 beside
    // a worker spending the other half, the share alone would fill the window to the last request, and
    // in the first window (before the others' spending shows) it is the only bound there is.
    return std::max(1, std::min(share, leftByOthers) - m_options.safetyMargin);
}

int HubSpotThrottle::oursBetween(qint64 from, qint64 to) const
{
    const auto first = std::upper_bound(m_sent.begin(), m_sent.end(), from);
    const auto last = std::upper_bound(m_sent.begin(), m_sent.end(), to);
    return int(std::distance(first, last));
}

int HubSpotThrottle::shareDelay(qint64 at)
{
    if (m_pausedUntil > at)
        return int(m_pausedUntil - at);
    const qint64 window = windowMs();
    while (!m_sent.empty() && m_sent.front() <= at - window)
        m_sent.pop_front();
    const int allowed = allowance();
    if (allowed <= 0)
        return 0;
    // A rolling window of our own sends never holds more than `allowed`: the next slot is when the
    // oldest send that would make it too many leaves the window. Slots are handed out in order.
    qint64 sendAt = at;
    if (!m_sent.empty())
        sendAt = std::max(sendAt, m_sent.back());
    const qint64 n = qint64(m_sent.size());
    if (n >= allowed)
        sendAt = std::max(sendAt, m_sent[std::size_t(n - allowed)] + window);
    return int(sendAt - at);
}

int HubSpotThrottle::delayBeforeSendMs(const net::HttpRequest &request)
{
    const qint64 at = now();
    // Share mode paces by its own rolling count (and the others' estimate), not by spreading the
    // headers' remaining over a window: that would wait a whole window after every burst.
    int delay = m_options.maxShare ? shareDelay(at) : windowDelay(at);
    if (m_options.maxShare)
        m_sent.push_back(at + delay); // slots are handed out in order: the log stays sorted
    if (isSearch(request))
        delay = std::max(delay, searchDelay(at));
    ++m_sentSinceObserved;
    return delay;
}

void HubSpotThrottle::onResponse(const net::HttpRequest &, const net::HttpResponse &response)
{
    const qint64 at = now();
    const RateBudget before = m_budget;
    if (const auto remaining = numberHeader(response, "X-HubSpot-RateLimit-Remaining")) {
        m_budget.remaining = int(*remaining);
        m_observedAt = at;
        m_sentSinceObserved = 0;
        m_nextSpreadAt = std::min(m_nextSpreadAt, at);
    }
    if (const auto max = numberHeader(response, "X-HubSpot-RateLimit-Max"))
        m_budget.max = int(*max);
    if (const auto interval = numberHeader(response, "X-HubSpot-RateLimit-Interval-Milliseconds"))
        m_budget.intervalMs = int(*interval);
    if (const auto daily = numberHeader(response, "X-HubSpot-RateLimit-Daily"))
        m_budget.daily = *daily;
    if (const auto dailyRemaining = numberHeader(response, "X-HubSpot-RateLimit-Daily-Remaining"))
        m_budget.dailyRemaining = *dailyRemaining;
    if (m_options.maxShare && m_budget.max > 0 && m_observedAt == at && m_budget.remaining >= 0) {
        // What the portal's window holds beyond our own requests is someone else's. The server counted
        // ours sent in the window ending when this request arrived; at a steady pace the window ending
        // now holds as many (what is still in flight makes up for what has left the window since).
        const int ours = oursBetween(at - windowMs(), at);
        const double others = std::max(0, (m_budget.max - m_budget.remaining) - ours);
        // Rise at once (back off as soon as someone spends), fall slowly (one reading can be noisy).
        m_others = others >= m_others ? others : m_others * 0.9 + others * 0.1;
    }

    switch (HubSpotRetryPolicy::rateLimitOf(response)) {
    case HubSpotRetryPolicy::RateLimit::TenSecondly: {
        // Retry-After, when the answer carries one, says exactly when the window has room again; the whole
        // window is only the guess for when it does not.
        const std::optional<int> retryAfter = net::DefaultRetryPolicy::retryAfterMs(response);
        const int window = retryAfter ? *retryAfter
                                      : (m_budget.intervalMs > 0 ? m_budget.intervalMs : m_options.defaultWindowMs);
        // With Retry-After the server has said when to come back: after that, nothing is known until the
        // next answer's headers (a remaining of 0 would otherwise hold requests for the whole window).
        m_budget.remaining = retryAfter ? -1 : 0;
        m_observedAt = at;
        m_sentSinceObserved = 0;
        m_pausedUntil = retryAfter ? at + window : std::max(m_pausedUntil, at + window);
        logging::net()->warn("hubspot: ten-second rate limit reached; pausing for {} ms", window);
        break;
    }
    case HubSpotRetryPolicy::RateLimit::Secondly:
        m_nextSearchAt = std::max(m_nextSearchAt, at + 1000);
        break;
    case HubSpotRetryPolicy::RateLimit::Daily:
        m_budget.dailyRemaining = 0;
        logging::net()->error("hubspot: the portal's daily API limit is used up");
        break;
    case HubSpotRetryPolicy::RateLimit::None:
    case HubSpotRetryPolicy::RateLimit::Unknown:
        break;
    }

    if (!sameBudget(before, m_budget) && m_listener)
        m_listener(m_budget);
}

} // namespace credsync::hubspot
