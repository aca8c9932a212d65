#pragma once
// resync: push the mapped DB columns to the object whose id the DB holds for resync.label, as the
// backend's sync would, but only when that id is present and that object really carries the label
// (the rule the backend adopted). Pure: a state in, a plan out.
#include "fixtypes.h"

namespace credsync::fixes {

TherapistPlan planResync(const FixState &state, const Profile &profile);

} // namespace credsync::fixes
