#include "reportcache.h"

namespace credsync {

void ReportCache::setCapacity(size_t capacity)
{
    m_capacity = capacity;
    evict();
}

void ReportCache::put(const QString &key, TherapistReport report, Retention retention)
{
    if (auto kept = m_kept.find(key); kept != m_kept.end()) {
        kept->second = std::move(report);
        return;
    }
    auto recent = m_recent.find(key);
    if (retention == Retention::Keep) {
        if (recent != m_recent.end()) {
            m_uses.erase(recent->second.use);
            m_recent.erase(recent);
        }
        m_kept.insert_or_assign(key, std::move(report));
        return;
    }
    if (recent != m_recent.end()) {
        recent->second.report = std::move(report);
        m_uses.splice(m_uses.begin(), m_uses, recent->second.use);
        return;
    }
    m_uses.push_front(key);
    m_recent.emplace(key, Recent{std::move(report), m_uses.begin()});
    evict();
}

const TherapistReport *ReportCache::find(const QString &key)
{
    if (auto kept = m_kept.find(key); kept != m_kept.end())
        return &kept->second;
    auto recent = m_recent.find(key);
    if (recent == m_recent.end())
        return nullptr;
    m_uses.splice(m_uses.begin(), m_uses, recent->second.use);
    return &recent->second.report;
}

void ReportCache::clear()
{
    m_kept.clear();
    m_recent.clear();
    m_uses.clear();
    m_letGo.clear();
}

void ReportCache::evict()
{
    while (m_recent.size() > m_capacity && !m_uses.empty()) {
        auto gone = m_recent.find(m_uses.back());
        if (gone != m_recent.end()) {
            m_letGo.push_back(std::move(gone->second.report));
            m_recent.erase(gone);
        }
        m_uses.pop_back();
    }
}

} // namespace credsync
