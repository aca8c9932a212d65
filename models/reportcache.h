#pragma once
// The full reports behind the therapist list's slim rows (issue 14). Reports a person asked for (a
// pasted ticket, a check in full, the evidence of the selected row) are kept; reports a scan streamed
// in are kept only while they are among the most recently used `capacity`, so that 100,000 scanned
// therapists cost their slim rows, not their objects, logs and timelines. A row whose report was let go
// is fetched again when it is selected (TriageSession::requestEvidence).
#include <QString>

#include <list>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/types.h"

namespace credsync {

class ReportCache
{
public:
    enum class Retention { Keep, Recent };

    explicit ReportCache(size_t capacity = 500) : m_capacity(capacity) {}

    void setCapacity(size_t capacity);
    size_t capacity() const { return m_capacity; }

    // A kept report stays kept when a newer one for the same therapist arrives, whatever its retention.
    void put(const QString &key, TherapistReport report, Retention retention);
    // nullptr when not held. A hit counts as a use. The pointer lives until the next put() or clear().
    const TherapistReport *find(const QString &key);
    bool contains(const QString &key) const { return m_kept.count(key) || m_recent.count(key); }
    void clear();
    size_t keptCount() const { return m_kept.size(); }
    // The reports let go since the last call, for their owner to destroy where it costs the window
    // nothing (a 100k scan lets go of 95,000 reports, each a tree of strings).
    std::vector<TherapistReport> takeLetGo() { return std::exchange(m_letGo, {}); }
    size_t recentCount() const { return m_recent.size(); }

private:
    struct Recent
    {
        TherapistReport report;
        std::list<QString>::iterator use;
    };
    void evict();

    size_t m_capacity;
    std::unordered_map<QString, TherapistReport> m_kept;
    std::unordered_map<QString, Recent> m_recent;
    std::list<QString> m_uses; // most recent first
    std::vector<TherapistReport> m_letGo;
};

} // namespace credsync
