#include "core/clock.h"
#include "caseexport.h"

#include <algorithm>
#include <set>

namespace credsync::cases {

exporting::CaseHeader caseHeader(const Case &c)
{
    return exporting::CaseHeader{c.name, c.ticket, c.notes, c.openedAt, c.closedAt};
}

exporting::ExportContent caseContent(const Case &c, const std::vector<TherapistReport> &fresh, const Profile &profile,
                                     const AccountInfo &account)
{
    exporting::ExportContent content;
    content.profile = profile;
    content.account = account;
    content.caseHeader = caseHeader(c);
    content.generatedAt = clock::nowUtc();

    if (fresh.empty()) {
        for (const CaseMember &member : c.members)
            content.reports.push_back(member.evidence);
        return content;
    }

    std::set<QString> used;
    for (const CaseMember &member : c.members) {
        const auto match = std::find_if(fresh.begin(), fresh.end(), [&](const TherapistReport &report) {
            return report.snapshot.therapist.id == member.therapistId;
        });
        if (match == fresh.end()) {
            TherapistReport stored = member.evidence;
            stored.snapshot.problems.push_back(
                {QStringLiteral("db"), QStringLiteral("not found when inspected again; this is the evidence stored with the case")});
            content.reports.push_back(std::move(stored));
            continue;
        }
        used.insert(member.therapistId);
        content.reports.push_back(*match);
        content.previous[member.therapistId] = member.evidence;
    }
    // Therapists the re-inspection found that the case did not hold (a target resolving to more rows now).
    for (const TherapistReport &report : fresh) {
        if (!used.count(report.snapshot.therapist.id) && std::none_of(c.members.begin(), c.members.end(), [&](const CaseMember &m) {
                return m.therapistId == report.snapshot.therapist.id;
            }))
            content.reports.push_back(report);
    }
    return content;
}

} // namespace credsync::cases
