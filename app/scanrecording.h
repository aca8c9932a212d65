#pragma once
// `scan --record` and `scan --since-last`: store a finished scan's verdicts in the workspace, and
// compare the two most recent recorded scans. Shared by scan, watch and the window's Changes view.
#include "inspectionrun.h"

#include "core/report/scansink.h"
#include "core/scans/scanhistory.h"

#include <QCommandLineParser>

#include <optional>

namespace credsync::app {

using ScanComparison = scans::ScanComparison;

// Records the reports of a scan that ran to the end; refuses an incomplete one (a partial scan would
// make every unread therapist look healed).
Result<qint64> recordScan(const Profile &profile, const InspectionOutcome &outcome, const QDateTime &startedAt,
                          const QDateTime &finishedAt);

// Compares the most recent recorded scan with the one before it (with none before, the diff's previousId
// is 0 and its outputs say there is nothing to compare with), with the trend of each code over the last `trendScans` recorded scans. A NotFound error when no
// scan was recorded.
Result<ScanComparison> compareLatestScans(const Profile &profile, int trendScans = 10);

// Keeps what `scan --record` stores, one small record per therapist, as a streaming scan goes (the
// reports themselves are not kept).
class ScanRecorder : public report::ScanSink
{
public:
    void add(const TherapistReport &report) override;
    void end(const report::ScanTally &summary, const Status &status) override;
    // Stores the scan; refuses one that did not run to its end.
    Result<qint64> record(const Profile &profile, const QDateTime &startedAt, const QDateTime &finishedAt);

private:
    std::vector<scans::RecordedTherapist> m_therapists;
    Status m_status = Ok{};
};

// Adds `scan --record`/`--since-last` to the scan command's parser, and runs them.
void addScanRecordingOptions(QCommandLineParser &parser);
bool wantsRecording(const QCommandLineParser &parser);
bool wantsComparisonOnly(const QCommandLineParser &parser); // --since-last without --record: no new scan
// After a scan (recorder may be null for --since-last alone): records and/or compares, printing what it
// found. Returns an exit code, ExitOk when there was nothing to do.
int finishScanRecording(const QCommandLineParser &parser, const Profile &profile, ScanRecorder *recorder,
                        const QDateTime &startedAt, bool json);

} // namespace credsync::app
