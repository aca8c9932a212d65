#pragma once
// pull ids: point each id column at the one object that carries its label. Pure: a state in, a plan out.
#include "fixtypes.h"

namespace credsync::fixes {

struct PullIdsRequest
{
    QString objectName; // empty: every object type of the profile
};

// Only columns whose value differs are written, in one step (one transaction with an optimistic check).
// A label on several objects is not guessed at: the plan says why and points to relabel; when nothing
// else can be pulled the plan is refused for that reason.
TherapistPlan planPullIds(const FixState &state, const Profile &profile, const PullIdsRequest &request = {});

} // namespace credsync::fixes
