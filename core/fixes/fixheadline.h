#pragma once
// The first line of a fix run's output: what happened to the run as a whole, counted by outcome
// ("pull-ids, profile demo: 1 applied and verified, 1 locked by ana@host, 1 refused: …"). Never
// "Applied" for a therapist that was not.
#include "fixtypes.h"

namespace credsync::fixes {

QString resultHeadline(const FixResult &result, const FixPlan &plan);

} // namespace credsync::fixes
