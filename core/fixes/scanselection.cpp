#include "scanselection.h"

#include <set>

namespace credsync::fixes {

std::vector<FixSubject> subjectsFromScan(const std::vector<TherapistReport> &reports, FixKind kind, const QString &code, int limit)
{
    std::vector<FixSubject> subjects;
    std::set<QString> seen;
    const QString fix = fixKindName(kind);
    for (const TherapistReport &report : reports) {
        if (limit > 0 && int(subjects.size()) >= limit)
            break;
        bool wanted = false;
        for (const Finding &finding : report.findings)
            wanted = wanted || (code.isEmpty() ? finding.fix == fix : finding.code == code);
        const Therapist &therapist = report.snapshot.therapist;
        if (wanted && seen.insert(therapist.id).second)
            subjects.push_back({therapist.id, therapist.contactId, therapist.contactId.isEmpty() ? therapist.id : therapist.contactId});
    }
    return subjects;
}

} // namespace credsync::fixes
