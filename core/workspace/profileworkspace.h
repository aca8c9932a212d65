#pragma once
// Opens the workspace a profile names, with every feature's migrations registered first (audit of
// fixes: 100–199, cases: 200–299, recorded scans: 1500), so that whichever command opens it first leaves it complete.
#include "../profile.h"
#include "workspace.h"

namespace credsync::workspace {

// The password of a PostgreSQL workspace comes from CREDSYNC_WORKSPACE_PASSWORD or the keyring.
Result<std::unique_ptr<Workspace>> openProfileWorkspace(const Profile &profile);

} // namespace credsync::workspace
