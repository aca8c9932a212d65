#include "caseworkspace.h"

#include "../workspace/profileworkspace.h"

#include "casestore.h"

#include "../secrets.h"

namespace credsync::cases {

Result<std::unique_ptr<workspace::Workspace>> openWorkspace(const Profile &profile)
{
    return workspace::openProfileWorkspace(profile);
}

} // namespace credsync::cases
