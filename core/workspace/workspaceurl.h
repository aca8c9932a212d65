#pragma once
// workspace.url: "sqlite:///abs/path.sqlite" or "postgresql://user@host:port/db?schema=NAME&sslmode=...".
// `schema` is the workspace's own option (the PostgreSQL schema its tables live in, default "credsync");
// every other query option is a libpq connection option, checked like database.url's.
#include "../db/databaseurl.h"
#include "../result.h"

#include <QString>

namespace credsync::workspace {

struct WorkspaceUrl
{
    db::DatabaseUrl database; // without the schema option
    QString schema;           // PostgreSQL only; "credsync" when not given
};

Result<WorkspaceUrl> parseWorkspaceUrl(const QString &url);

} // namespace credsync::workspace
