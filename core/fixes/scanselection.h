#pragma once
// Which scanned therapists a bulk fix is for: pure, over the scan's reports.
#include "fixtypes.h"

#include <vector>

namespace credsync::fixes {

// With a code: every therapist carrying that finding code; without: every therapist with a finding
// whose fix is this kind. At most `limit` (0 = all), in scan order, each therapist once.
std::vector<FixSubject> subjectsFromScan(const std::vector<TherapistReport> &reports, FixKind kind, const QString &code, int limit);

} // namespace credsync::fixes
