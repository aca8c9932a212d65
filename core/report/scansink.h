#pragma once
// Where a streaming scan sends each therapist as soon as it is known. The scan command fans one
// report out to several sinks (the output writer, a recorder, ...); none of them may keep every report.
#include "../result.h"
#include "../types.h"

namespace credsync::report {

class ScanTally;

class ScanSink
{
public:
    virtual ~ScanSink() = default;
    virtual void begin(const AccountInfo &account) { Q_UNUSED(account); }
    virtual void add(const TherapistReport &report) = 0;
    // Called once, after the last report; status says whether the scan ran to its end.
    virtual void end(const ScanTally &summary, const Status &status) = 0;
};

} // namespace credsync::report
