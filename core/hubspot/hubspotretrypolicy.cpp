#include "hubspotretrypolicy.h"

#include "hubspotparse.h"

#include <QRandomGenerator>

#include <algorithm>

namespace credsync::hubspot {

namespace {

// A little spread so that the requests a window stopped do not all return in the same millisecond.
int withJitter(int delayMs)
{
    const int spread = std::max(1, delayMs / 10);
    return delayMs + int(QRandomGenerator::global()->bounded(spread + 1));
}

} // namespace

HubSpotRetryPolicy::HubSpotRetryPolicy() : HubSpotRetryPolicy(Timing{}) {}

HubSpotRetryPolicy::HubSpotRetryPolicy(Timing timing)
    : m_timing(timing), m_default(timing.baseMs, timing.capMs, timing.maxRetryAfterMs)
{
}

HubSpotRetryPolicy::RateLimit HubSpotRetryPolicy::rateLimitOf(const net::HttpResponse &response)
{
    if (response.status != 429)
        return RateLimit::None;
    const ErrorBody body = parse::errorBody(response.body);
    const QString policy = body.policyName.toUpper();
    if (policy == QStringLiteral("DAILY"))
        return RateLimit::Daily;
    if (policy.startsWith(QStringLiteral("TEN_SECONDLY")))
        return RateLimit::TenSecondly;
    if (body.message.contains(QStringLiteral("secondly limit"), Qt::CaseInsensitive))
        return RateLimit::Secondly;
    if (body.message.contains(QStringLiteral("daily"), Qt::CaseInsensitive))
        return RateLimit::Daily;
    return RateLimit::Unknown;
}

std::optional<int> HubSpotRetryPolicy::retryDelayMs(const net::HttpRequest &request,
                                                    const net::HttpResponse &response, int attempt) const
{
    m_gaveUp.clear();
    const std::optional<int> delay = unbudgetedDelayMs(request, response, attempt);
    if (delay && m_budget && !m_budget->draw(*delay)) {
        m_gaveUp = m_budget->gaveUpMessage();
        return std::nullopt;
    }
    return delay;
}

QString HubSpotRetryPolicy::gaveUpReason() const
{
    return m_gaveUp;
}

std::optional<int> HubSpotRetryPolicy::unbudgetedDelayMs(const net::HttpRequest &request,
                                                         const net::HttpResponse &response, int attempt) const
{
    if (attempt >= request.maxAttempts)
        return std::nullopt;
    const std::optional<int> retryAfter = net::DefaultRetryPolicy::retryAfterMs(response);
    if (retryAfter && *retryAfter > m_timing.maxRetryAfterMs)
        return std::nullopt;

    switch (response.status) {
    case 429: {
        // A 429 is refused before it is processed, so even a POST may be repeated.
        switch (rateLimitOf(response)) {
        case RateLimit::Daily:
            return std::nullopt; // nothing will succeed until the portal's day rolls over
        case RateLimit::TenSecondly: {
            if (retryAfter)
                return *retryAfter;
            bool ok = false;
            const int interval = response.header(QByteArrayLiteral("X-HubSpot-RateLimit-Interval-Milliseconds")).toInt(&ok);
            // The window is rolling: after one full interval every request that filled it has aged out.
            return withJitter(ok && interval > 0 ? interval : m_timing.defaultWindowMs);
        }
        case RateLimit::Secondly:
            return retryAfter ? *retryAfter : withJitter(m_timing.secondlyMs);
        case RateLimit::None:
        case RateLimit::Unknown:
            break;
        }
        return retryAfter ? *retryAfter : net::DefaultRetryPolicy::jitteredBackoffMs(attempt, m_timing.baseMs, m_timing.capMs);
    }
    case 423:
        return retryAfter ? *retryAfter : withJitter(m_timing.lockedMs);
    case 477: // "migration in progress": HubSpot sends Retry-After with it
        return retryAfter ? *retryAfter : withJitter(m_timing.lockedMs);
    default:
        return m_default.retryDelayMs(request, response, attempt);
    }
}

} // namespace credsync::hubspot
