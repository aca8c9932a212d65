#include "scanrecord.h"

#include <set>

namespace credsync::scans {

QString verdictOf(const TherapistReport &report)
{
    if (!report.snapshot.hubspotLoaded)
        return Verdict::Unknown;
    if (report.findings.empty())
        return Verdict::Healthy;
    for (const Finding &finding : report.findings) {
        if (finding.severity == Severity::Error)
            return Verdict::Broken;
    }
    return Verdict::Attention;
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
