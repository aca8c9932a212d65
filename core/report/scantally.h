#pragma once
// The running totals of a scan, kept as reports stream past so that nothing holds every report:
// therapists checked, how many have findings, therapists per finding code, and the verdict counts.
#include "../types.h"
#include "verdict.h"

#include <nlohmann/json.hpp>

#include <map>

namespace credsync::report {

class ScanTally
{
public:
    void add(const TherapistReport &report);

    qint64 checked() const { return m_checked; }
    qint64 broken() const { return m_broken; }
    // {"code": therapists with at least one finding of that code}; the shape of summaryByCode().
    nlohmann::json byCode() const;
    const verdict::Counts &counts() const { return m_counts; }

private:
    qint64 m_checked = 0;
    qint64 m_broken = 0;
    std::map<QString, qint64> m_byCode;
    verdict::Counts m_counts;
};

} // namespace credsync::report
