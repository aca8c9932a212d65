#pragma once
// The closing lines of a scan: the unknown count and its reason first (a scan that could not look must
// never read as a clean bill of health), then the other verdicts.
#include "verdict.h"

#include <QString>

namespace credsync::report {

QString scanSummaryText(const verdict::Counts &counts, double seconds);

} // namespace credsync::report
