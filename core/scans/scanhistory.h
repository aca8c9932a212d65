#pragma once
// Recording a scan and comparing the latest recorded scans, for the CLI, the watch and the window.
// Opens the profile's workspace on the calling thread for the duration of the call.
#include "scandiff.h"

#include "../profile.h"
#include "../result.h"

namespace credsync::scans {

struct ScanComparison
{
    ScanDiff diff;
    CodeTrend trend;
};

Result<qint64> recordReports(const Profile &profile, const std::vector<TherapistReport> &reports, const QDateTime &startedAt,
                             const QDateTime &finishedAt);
// The same from the small per-therapist records a streaming scan keeps (scans::recordOf).
Result<qint64> recordTherapists(const Profile &profile, std::vector<RecordedTherapist> therapists, const QDateTime &startedAt,
                                const QDateTime &finishedAt);

// The most recent recorded scan against the one before it, with the trend over the last `trendScans`.
// A NotFound error when no scan was recorded.
Result<ScanComparison> compareLatest(const Profile &profile, int trendScans = 10);

} // namespace credsync::scans
