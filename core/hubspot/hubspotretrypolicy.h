#pragma once
// When HubSpot calls are tried again. HubSpot's own Node SDK waits 10 s × attempt on a
// TEN_SECONDLY_ROLLING 429 and never retries DAILY; we wait for the window the rate-limit headers
// announce instead, so a scan loses as little time as the limit allows.
#include "../net/httptransport.h"
#include "../net/retrybudget.h"

#include <QString>
#include <memory>

#include <optional>

namespace credsync::hubspot {

class HubSpotRetryPolicy : public net::RetryPolicy
{
public:
    // Which limit a 429 reports (from its body's policyName, or search's "secondly" message).
    enum class RateLimit { None, TenSecondly, Secondly, Daily, Unknown };

    struct Timing
    {
        int baseMs = 200;            // backoff for 5xx and network errors (the SDK uses 200 ms × attempt)
        int capMs = 8000;
        int lockedMs = 2000;         // 423: HubSpot documents the lock as lasting about 2 s
        int secondlyMs = 1000;       // search's own window is one second
        int defaultWindowMs = 10000; // when a TEN_SECONDLY 429 carries no interval header
        int maxRetryAfterMs = 60000; // a longer Retry-After is reported, not waited for
    };

    HubSpotRetryPolicy();
    explicit HubSpotRetryPolicy(Timing timing);

    std::optional<int> retryDelayMs(const net::HttpRequest &request, const net::HttpResponse &response,
                                    int attempt) const override;
    QString gaveUpReason() const override;

    // Every retry's wait is drawn from this budget (default: 5 minutes per policy, i.e. per client and
    // so per command); a wait that would pass it ends the request with "gave up after ...".
    void setBudget(std::shared_ptr<net::RetryBudget> budget) { m_budget = std::move(budget); }
    std::shared_ptr<net::RetryBudget> budget() const { return m_budget; }

    static RateLimit rateLimitOf(const net::HttpResponse &response);
    const Timing &timing() const { return m_timing; }

private:
    std::optional<int> unbudgetedDelayMs(const net::HttpRequest &request, const net::HttpResponse &response,
                                         int attempt) const;

    Timing m_timing;
    net::DefaultRetryPolicy m_default;
    std::shared_ptr<net::RetryBudget> m_budget = std::make_shared<net::RetryBudget>();
    mutable QString m_gaveUp; // read by gaveUpReason() right after a refusal, on the transport's thread
};

} // namespace credsync::hubspot
