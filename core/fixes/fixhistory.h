#pragma once
// When a therapist's last fix was applied and verified, from the audit trail: the moment after which
// evidence counts again ("before the fix of …" is history). Used by the inspections of the CLI and GUI.
#include "../profile.h"
#include "auditstore.h"

#include <QDateTime>

#include <functional>
#include <memory>

namespace credsync::fixes {

// The finish time of the newest run with outcome "applied" (verified by reading back) for this
// therapist (matched by DB key, else contact id); invalid when there is none.
QDateTime lastVerifiedFix(const std::vector<AuditEntry> &entries, const Therapist &therapist);

// A lookup over the store for Inspector::setFixHistory; a store that cannot be read gives "none".
std::function<QDateTime(const Therapist &)> verifiedFixLookup(std::shared_ptr<AuditStore> audit);

// The same over the profile's workspace, opened on first use on the calling thread (the inspector's)
// and only when one exists already: an inspection never creates a workspace.
std::function<QDateTime(const Therapist &)> workspaceFixLookup(const Profile &profile);

} // namespace credsync::fixes
