#pragma once
// What an export is made of: the reports, the case they belong to, the fixes applied, and the facts
// about the export itself (profile, time, reader's zone). Every renderer (Markdown, JSON, CSV, PDF)
// reads the same ExportContent, so that the four formats can never disagree about what was seen.
#include "../profile.h"
#include "../types.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <map>
#include <optional>
#include <vector>

namespace credsync::exporting {

// One audit entry of a fix applied to a therapist, reduced to what a ticket needs. The fixes feature
// owns the audit log (workspace versions 100–199); AuditLookup (auditlookup.h) is the seam that reads it.
struct AppliedFix
{
    QDateTime time;          // UTC
    QString fix;             // pull-ids | resync | relabel
    QString outcome;         // applied | failed | compensated | refused | ...
    QString operatorName;    // OS user
    QString profileName;
    QString detail;          // one line: what changed (before → after); never a secret
};

// The case an export belongs to, when it belongs to one.
struct CaseHeader
{
    QString name;
    QString ticket;          // free text or a URL
    QString notes;
    QDateTime openedAt;      // UTC
    QDateTime closedAt;      // invalid while open
};

struct ExportContent
{
    Profile profile;
    AccountInfo account;
    std::optional<CaseHeader> caseHeader;
    std::vector<TherapistReport> reports;
    std::vector<UnresolvedTarget> unresolved;
    // For a reopened case: what was seen when the case was saved, keyed by therapist id ("was → now").
    std::map<QString, TherapistReport> previous;
    // Fixes applied, keyed by therapist id, oldest first.
    std::map<QString, std::vector<AppliedFix>> fixes;
    QDateTime generatedAt;   // UTC; fixed by tests
    // Names the tool in the footer; tests pin it so that goldens survive version bumps.
    QString generator = QStringLiteral("CredSync Console " CREDSYNC_VERSION);
};

struct ExportOptions
{
    QString language = QStringLiteral("en"); // en | es
    bool redact = false;                     // mask names and emails everywhere
    QTimeZone readerZone = QTimeZone::utc(); // times shown in UTC and in this zone
};

} // namespace credsync::exporting
