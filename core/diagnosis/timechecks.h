#pragma once
// Findings that rest on times: the pull race, duplicate worker runs, id columns flipping, and Sentry.
#include "labelchecks.h"

#include <optional>
#include <vector>

namespace credsync::diagnosis::detail {

// The id pull (PullFoundNothing for this contact) that ran shortly before the object it should have
// found was created. The object looked at is the carrier of a label whose column is empty (profile
// order), else the oldest object of the type. Of several pulls, the last one before creation counts.
std::optional<PullGap> findPullBeforeCreate(const TypeView &view, const TherapistSnapshot &snapshot);
void addPullBeforeCreate(const TypeView &view, const PullGap &gap, std::vector<Finding> &out);

// Objects created within the window of each other (gap <= window: the boundary counts as duplicate).
void checkDuplicateRun(const TypeView &view, const DiagnosisSettings &settings, std::vector<Finding> &out);

// An id column changing value at least twice within the window (boundary inclusive). The first
// "set to" of a column is not a change: the value before it is unknown.
void checkRapidIdChanges(const ObjectTypeProfile &type, const TherapistSnapshot &snapshot,
                         const DiagnosisSettings &settings, std::vector<Finding> &out);

void checkSyncErrors(const TherapistSnapshot &snapshot, bool idMissing, std::vector<Finding> &out);

} // namespace credsync::diagnosis::detail
