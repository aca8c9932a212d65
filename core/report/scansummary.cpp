#include "scansummary.h"

#include <set>

namespace credsync::report {

void ScanSummary::add(const TherapistReport &report)
{
    ++m_checked;
    if (report.healthy())
        return;
    ++m_broken;
    std::set<QString> codes;
    for (const Finding &finding : report.findings)
        codes.insert(finding.code);
    for (const QString &code : codes)
        ++m_byCode[code];
}

nlohmann::json ScanSummary::byCode() const
{
    nlohmann::json summary = nlohmann::json::object();
    for (const auto &[code, count] : m_byCode)
        summary[code.toStdString()] = count;
    return summary;
}

} // namespace credsync::report
