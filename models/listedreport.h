#pragma once
// A report on its way into the therapist list together with its slim row (issue 14): the row (folded
// search text, sort keys, verdict) is made on the thread that made the report, so the window's thread
// only inserts it.
#include <memory>
#include <vector>

#include "core/types.h"
#include "therapistrow.h"

namespace credsync {

struct ListedReport
{
    TherapistReport report;
    TherapistRow row;

    static ListedReport of(TherapistReport report)
    {
        TherapistRow row = TherapistRow::fromReport(report);
        return {std::move(report), std::move(row)};
    }
};

// A batch handed from one thread to another: whoever lists it takes the reports out (no copy).
using ListedBatch = std::shared_ptr<std::vector<ListedReport>>;

} // namespace credsync
