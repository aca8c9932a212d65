#include "scantally.h"

#include <set>

namespace credsync::report {

void ScanTally::add(const TherapistReport &report)
{
    ++m_checked;
    m_counts.add(verdict::assess(report));
    if (report.healthy())
        return;
    ++m_broken;
    std::set<QString> codes;
    for (const Finding &finding : report.findings)
        codes.insert(finding.code);
    for (const QString &code : codes)
        ++m_byCode[code];
}

nlohmann::json ScanTally::byCode() const
{
    nlohmann::json summary = nlohmann::json::object();
    for (const auto &[code, count] : m_byCode)
        summary[code.toStdString()] = count;
    return summary;
}

} // namespace credsync::report
