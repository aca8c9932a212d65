#pragma once
// How long one run (a command, a fix, a scan) may spend waiting to retry before it reports instead of
// waiting on: every retry a policy grants draws its delay from the budget; a delay that would pass it
// is refused, and the response says "gave up after ...". Shared by every request of the run and safe
// to use from several threads.
#include <QString>

#include <atomic>

namespace credsync::net {

class RetryBudget
{
public:
    explicit RetryBudget(qint64 budgetMs = 5 * 60 * 1000);

    // True (and the delay is counted) when waiting delayMs more stays within the budget.
    bool draw(int delayMs);
    qint64 spentMs() const { return m_spentMs.load(); }
    qint64 budgetMs() const { return m_budgetMs; }
    bool exhausted() const { return m_exhausted.load(); }
    // A new run starts with the whole budget again.
    void reset();

    // "gave up after 4 min 58 s of retries (this run may spend 5 min waiting to retry)".
    QString gaveUpMessage() const;
    // 65000 → "1 min 5 s", 900 → "0.9 s".
    static QString describeDuration(qint64 ms);

private:
    const qint64 m_budgetMs;
    std::atomic<qint64> m_spentMs{0};
    std::atomic<bool> m_exhausted{false};
};

} // namespace credsync::net
