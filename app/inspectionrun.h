#pragma once
// Runs one inspection or scan job to completion on the calling (main) thread's event loop, for the
// headless commands. Reports stream to a callback as they arrive.
#include "core/inspector.h"

#include <functional>
#include <vector>

namespace credsync::app {

struct InspectionOutcome
{
    std::vector<TherapistReport> reports;
    std::vector<UnresolvedTarget> unresolved;
    Status status = Ok{};
    AccountInfo account;
};

struct InspectionRequest
{
    bool scan = false;
    QStringList targets;
    InspectOptions options;
    std::function<void(const TherapistReport &)> onReport;   // optional streaming
    std::function<void(const AccountInfo &)> onConnected;    // optional: sources connected, job starting
    // A scan streams: false leaves InspectionOutcome::reports empty so memory does not grow with it.
    bool keepReports = true;
    std::function<void(int done, int total)> onProgress;     // optional
};

InspectionOutcome runInspection(const Profile &profile, const InspectionRequest &request);

} // namespace credsync::app
