#pragma once
// Opens the workspace named by a profile with the cases tables registered: the default SQLite file,
// or the team's PostgreSQL schema (password from CREDSYNC_WORKSPACE_PASSWORD or the keyring, key
// workspace-password; none is tried when neither has one, for trust/peer/.pgpass setups).
#include "../profile.h"
#include "../result.h"
#include "../workspace/workspace.h"

#include <memory>

namespace credsync::cases {

Result<std::unique_ptr<workspace::Workspace>> openWorkspace(const Profile &profile);

} // namespace credsync::cases
