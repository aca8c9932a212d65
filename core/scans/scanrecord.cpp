#include "scanrecord.h"

#include "../report/verdict.h"

#include <set>

namespace credsync::scans {

QString verdictOf(const TherapistReport &report)
{
    return verdict::verdictName(verdict::assess(report).verdict);
}

RecordedTherapist recordOf(const TherapistReport &report)
{
    RecordedTherapist record;
    const Therapist &therapist = report.snapshot.therapist;
    record.key = therapist.id;
    record.contactId = therapist.contactId;
    record.name = therapist.name;
    record.email = therapist.email;
    record.verdict = verdictOf(report);
    std::set<QString> codes;
    for (const Finding &finding : report.findings)
        codes.insert(finding.code);
    record.codes = QStringList(codes.begin(), codes.end());
    return record;
}

} // namespace credsync::scans
