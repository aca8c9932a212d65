#include "diagnosis.h"

#include "labelchecks.h"
#include "timechecks.h"

#include <algorithm>

namespace credsync::diagnosis {

namespace {

int severityRank(Severity severity)
{
    switch (severity) {
    case Severity::Error: return 0;
    case Severity::Warning: return 1;
    case Severity::Info: return 2;
    }
    return 0;
}

// An empty id column without a visible cause: when Loki's retention cut the therapist's history, the
// pull that would explain it may simply be out of reach. Say so rather than let silence read as "no pull".
void notePastRetention(const TherapistSnapshot &snapshot, std::vector<Finding> &findings)
{
    const auto cut = std::find_if(snapshot.evidenceWindows.begin(), snapshot.evidenceWindows.end(),
                                  [](const EvidenceWindow &w) { return w.source == QLatin1String("loki") && !w.complete; });
    if (cut == snapshot.evidenceWindows.end())
        return;
    for (Finding &finding : findings) {
        if (finding.code != FindingCode::MissingDbId || finding.evidence.contains("explained_by"))
            continue;
        finding.evidence["logs_past_retention"] = true;
        finding.summary += QStringLiteral(" Whether the id pull ran too early cannot be shown: the logs of that day are past Loki's retention.");
    }
}

// After a verified fix, evidence from before it is history: it explains what happened but no longer
// makes a finding. An error or log line after the fix still does (that is a regression).
TherapistSnapshot currentEvidence(const TherapistSnapshot &snapshot)
{
    TherapistSnapshot current = snapshot;
    const QDateTime &fixedAt = snapshot.fixVerifiedAt;
    auto before = [&fixedAt](const QDateTime &time) { return time.isValid() && time < fixedAt; };
    std::erase_if(current.logs, [&](const LogLine &line) { return before(line.time); });
    std::erase_if(current.logEvents, [&](const LogEvent &event) { return before(event.time); });
    std::erase_if(current.errors, [&](const SentryIssue &issue) { return before(issue.lastSeen); });
    return current;
}

} // namespace

bool isHistory(const QDateTime &time, const TherapistSnapshot &snapshot)
{
    return snapshot.fixVerifiedAt.isValid() && time.isValid() && time < snapshot.fixVerifiedAt;
}

std::vector<Finding> diagnose(const TherapistSnapshot &snapshot, const Profile &profile, const QDateTime &now)
{
    if (snapshot.fixVerifiedAt.isValid()) {
        TherapistSnapshot current = currentEvidence(snapshot);
        current.fixVerifiedAt = QDateTime();
        return diagnose(current, profile, now);
    }
    using namespace detail;
    std::vector<Finding> findings;
    bool idMissing = false;
    for (const ObjectTypeProfile &type : profile.objects) {
        if (snapshot.hubspotLoaded) {
            const TypeView view(snapshot, type);
            const std::optional<PullGap> pull = findPullBeforeCreate(view, snapshot);
            // A type with a required label is one HubSpot's workflow must create for every contact; a type
            // without one (a Relocation address, say) is optional, and its absence is not a finding.
            if (!type.requiredLabel.isEmpty())
                checkNoObjects(view, snapshot.therapist, profile.diagnosis, now, findings);
            const std::size_t before = findings.size();
            checkIdColumns(view, snapshot.therapist, pull, findings);
            idMissing = idMissing
                || std::any_of(findings.begin() + static_cast<std::ptrdiff_t>(before), findings.end(),
                               [](const Finding &f) { return f.code == FindingCode::MissingDbId; });
            checkUniqueLabels(view, findings);
            checkExclusiveLabels(view, findings);
            if (pull)
                addPullBeforeCreate(view, *pull, findings);
            checkDuplicateRun(view, profile.diagnosis, findings);
        }
        // Log-based: still true when HubSpot could not be read.
        checkRapidIdChanges(type, snapshot, profile.diagnosis, findings);
    }
    checkSyncErrors(snapshot, idMissing, findings);
    notePastRetention(snapshot, findings);

    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return severityRank(a.severity) < severityRank(b.severity);
    });
    return findings;
}

} // namespace credsync::diagnosis
