#pragma once
// What changed between two recorded scans, and how each finding code moved across several: pure.
#include "scanrecord.h"
#include "scanstore.h"

#include <nlohmann/json.hpp>

#include <map>
#include <vector>

namespace credsync::scans {

struct TherapistChange
{
    RecordedTherapist now;     // as in the newer scan (for healed: the newer record too)
    QStringList previousCodes; // codes in the older scan (empty when absent)
    QStringList newCodes;      // codes in the newer scan that the older one did not have
};

struct ScanDiff
{
    qint64 previousId = 0;     // 0 when there is no older scan: everything broken is new
    qint64 currentId = 0;
    QDateTime previousAt;
    QDateTime currentAt;
    std::vector<TherapistChange> newlyBroken;  // broken now, not broken before (or not in the older scan)
    std::vector<TherapistChange> healed;       // broken before, healthy now
    std::vector<TherapistChange> stillBroken;  // broken in both
    // Therapists on whom a code appeared that they did not carry before, by code.
    std::map<QString, std::vector<RecordedTherapist>> appeared;
};

// `previous` may be empty (no older scan).
ScanDiff compareScans(const std::optional<RecordedScan> &previous, const RecordedScan &current);

// Per finding code, its count in each scan, oldest first; scans as given (most recent first) are reversed.
struct CodeTrend
{
    std::vector<qint64> scanIds;      // oldest first
    std::vector<QDateTime> scanTimes; // oldest first
    std::map<QString, std::vector<int>> counts;
};
CodeTrend trendOf(const std::vector<ScanSummary> &recentFirst);

// Email "ana.perez@example.com" → "a***@example.com".
QString redactEmail(const QString &email);

// {"previous":{"id","started_at"}|null,"current":{…},"first_scan":bool,"broken":[…],"newly_broken":[…],
//  "healed":[…],"still_broken":[…],"trend":[{"code","counts":[…]}],"scans":[{"id","started_at"}]}
// "broken" is every therapist broken in the current scan. With no earlier scan ("first_scan": true) there
// is nothing to compare with: "newly_broken" is empty and the text says so instead of calling them new.
nlohmann::json scanDiffToJson(const ScanDiff &diff, const CodeTrend &trend, bool showEmails = true);
QString scanDiffText(const ScanDiff &diff, const CodeTrend &trend);

} // namespace credsync::scans
