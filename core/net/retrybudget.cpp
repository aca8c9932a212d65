#include "retrybudget.h"

#include <QCoreApplication>

#include <algorithm>

namespace credsync::net {

RetryBudget::RetryBudget(qint64 budgetMs) : m_budgetMs(std::max<qint64>(0, budgetMs)) {}

bool RetryBudget::draw(int delayMs)
{
    const qint64 delay = std::max(0, delayMs);
    qint64 spent = m_spentMs.load();
    do {
        if (spent + delay > m_budgetMs) {
            m_exhausted = true;
            return false;
        }
    } while (!m_spentMs.compare_exchange_weak(spent, spent + delay));
    return true;
}

void RetryBudget::reset()
{
    m_spentMs = 0;
    m_exhausted = false;
}

QString RetryBudget::describeDuration(qint64 ms)
{
    if (ms < 10000 && ms % 1000 != 0)
        return QCoreApplication::translate("RetryBudget", "%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        return QCoreApplication::translate("RetryBudget", "%1 s").arg(seconds);
    if (seconds % 60 == 0)
        return QCoreApplication::translate("RetryBudget", "%1 min").arg(seconds / 60);
    return QCoreApplication::translate("RetryBudget", "%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QString RetryBudget::gaveUpMessage() const
{
    return QCoreApplication::translate("RetryBudget", "gave up after %1 of retries (this run may spend %2 waiting to retry)")
        .arg(describeDuration(spentMs()), describeDuration(m_budgetMs));
}

} // namespace credsync::net
