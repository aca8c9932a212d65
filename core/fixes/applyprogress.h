#pragma once
// Where an apply is, step by step: "Step 2 of 5: Set the contact's ids" as each step is sent (the
// next step is sent as soon as the previous one is written and read back). Fed with the runner's
// stepUpdated; gives progress::Progress values for any front-end (the window, the CLI's line).
#include "core/fixes/fixtypes.h"
#include "core/progress/progress.h"

#include <vector>

namespace credsync::fixes {

class ApplyProgress
{
public:
    explicit ApplyProgress(const FixPlan &plan);

    // Steps to write over the whole plan (refused and nothing-to-do therapists have none).
    int total() const { return int(m_steps.size()); }
    // The step in flight: the first one right after Apply.
    progress::Progress current() const;
    // A step of therapistKey changed; returns the step in flight after it.
    progress::Progress stepUpdated(const QString &therapistKey, int index, const FixStep &step);
    // Steps written and verified so far.
    int done() const { return m_next; }

private:
    struct Entry
    {
        QString therapistKey;
        int index = 0;
        QString description;
    };
    std::vector<Entry> m_steps;
    int m_next = 0;
};

} // namespace credsync::fixes
