#pragma once
// One time-ordered list per therapist: the DB row, HubSpot objects, log events and notable log lines,
// Sentry issues and events, and (from the fixes module) audit entries. Times stay UTC in the data.
#include "../profile.h"
#include "../types.h"
#include "../i18n/translate.h"

#include <vector>

namespace credsync::evidence {

// Sorted by time, stable (equal times keep the order: db, hubspot, log, sentry); entries without a
// time go last. An object created shortly after an id pull that found nothing says so in its text
// ("Credentialing object 161… created 52 s after the id pull found nothing"). Log entries link to
// lokiExploreUrl (may be empty), objects to their HubSpot record, Sentry entries to the issue.
std::vector<TimelineEntry> buildTimeline(const TherapistSnapshot &snapshot, const Profile &profile,
                                         const AccountInfo &account, const QString &lokiExploreUrl);
// The same, its words in `translate`'s language (an export's own language); context "Timeline".
std::vector<TimelineEntry> buildTimeline(const TherapistSnapshot &snapshot, const Profile &profile,
                                         const AccountInfo &account, const QString &lokiExploreUrl,
                                         const i18n::Translate &translate);

// The report's timeline in `translate`'s language: built again from its snapshot, the audit entries it
// holds kept as they are. The text stored in report.timeline was written in the language of the
// inspection; a Spanish write-up from an English window must not carry it. When the snapshot does not
// give back the same events at the same times (a report read from a store that kept less evidence, a
// timeline made by other means, none at all), the stored timeline is returned unchanged.
std::vector<TimelineEntry> timelineIn(const TherapistReport &report, const Profile &profile, const AccountInfo &account,
                                      const i18n::Translate &translate);

// The seam for the audit module: merges its entries (source "audit") keeping the order rules above.
void appendAudit(std::vector<TimelineEntry> &timeline, std::vector<TimelineEntry> entries);

} // namespace credsync::evidence
