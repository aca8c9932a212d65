#pragma once
// The running totals of a scan, kept as reports stream past so that nothing holds every report:
// therapists checked, how many have findings, and therapists per finding code.
#include "../types.h"

#include <nlohmann/json.hpp>

#include <map>

namespace credsync::report {

class ScanSummary
{
public:
    void add(const TherapistReport &report);

    qint64 checked() const { return m_checked; }
    qint64 broken() const { return m_broken; }
    // {"code": therapists with at least one finding of that code}; the shape of summaryByCode().
    nlohmann::json byCode() const;

private:
    qint64 m_checked = 0;
    qint64 m_broken = 0;
    std::map<QString, qint64> m_byCode;
};

} // namespace credsync::report
