#include "auditlookup.h"

#include <algorithm>

namespace credsync::exporting {

void addAppliedFixes(ExportContent &content, const AuditLookup &lookup)
{
    if (!lookup)
        return;
    for (const TherapistReport &report : content.reports) {
        std::vector<AppliedFix> fixes = lookup(report.snapshot.therapist);
        if (fixes.empty())
            continue;
        std::stable_sort(fixes.begin(), fixes.end(), [](const AppliedFix &a, const AppliedFix &b) { return a.time < b.time; });
        content.fixes[report.snapshot.therapist.id] = std::move(fixes);
    }
}

} // namespace credsync::exporting
