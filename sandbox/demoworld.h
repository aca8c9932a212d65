#pragma once
// Generated worlds: the bundled demo (≥ 40 therapists covering every finding, times relative to `now`
// so the broken ones look like this week's ticket) and large worlds for benchmarks.
#include "sandbox/world.h"

#include <QDateTime>

namespace credsync::sandbox {

// Deterministic for a given (now, seed). Each broken contact is listed in World::scenarios.
World generateDemoWorld(const QDateTime &now, quint64 seed = 20250914);

// `count` therapists (100,000 in benchmarks) with Credentialing objects, a few percent broken;
// no logs or Sentry issues. Built in well under a second per 100,000 on a laptop.
World generateLargeWorld(int count, const QDateTime &now, quint64 seed = 1);

} // namespace credsync::sandbox
