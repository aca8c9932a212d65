#include "auditlookup.h"

#include <algorithm>

namespace credsync::exporting {

AppliedFix appliedFix(const fixes::AuditEntry &entry)
{
    AppliedFix fix;
    fix.time = entry.finishedAt.isValid() ? entry.finishedAt : entry.startedAt;
    fix.fix = entry.fix;
    fix.outcome = entry.outcome.isEmpty() ? QStringLiteral("unfinished") : entry.outcome;
    fix.operatorName = entry.operatorName;
    fix.profileName = entry.profile;
    QStringList done;
    for (const fixes::AuditStep &step : entry.steps) {
        if (step.phase == QLatin1String("apply") && step.status == QLatin1String("done"))
            done << step.description;
    }
    fix.detail = done.isEmpty() ? entry.message : done.join(QStringLiteral("; "));
    return fix;
}

std::vector<AppliedFix> appliedFixes(const std::vector<fixes::AuditEntry> &entries)
{
    std::vector<AppliedFix> out;
    out.reserve(entries.size());
    for (const fixes::AuditEntry &entry : entries)
        out.push_back(appliedFix(entry));
    std::stable_sort(out.begin(), out.end(), [](const AppliedFix &a, const AppliedFix &b) { return a.time < b.time; });
    return out;
}

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
