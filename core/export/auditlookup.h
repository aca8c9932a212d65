#pragma once
// The seam to the fixes' audit log. The fixes feature owns the audit entries (workspace migrations
// 100–199); the export only needs, per therapist, the fixes applied with their outcome. Whoever has
// the audit API passes a lookup; until then exports say "none recorded".
#include "exportcontent.h"

#include "../fixes/auditstore.h"

#include <functional>

namespace credsync::exporting {

using AuditLookup = std::function<std::vector<AppliedFix>(const Therapist &therapist)>;

// One audit entry as the export tells it: when it finished (or started), the fix, its outcome
// ("unfinished" while it has none), who, the profile, and the steps it applied.
AppliedFix appliedFix(const fixes::AuditEntry &entry);
std::vector<AppliedFix> appliedFixes(const std::vector<fixes::AuditEntry> &entries); // oldest first

// Fills content.fixes for every therapist of content.reports (oldest first). A null lookup leaves
// content.fixes as it is.
void addAppliedFixes(ExportContent &content, const AuditLookup &lookup);

} // namespace credsync::exporting
