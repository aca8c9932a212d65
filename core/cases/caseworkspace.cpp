#include "caseworkspace.h"

#include "casestore.h"

#include "../secrets.h"

namespace credsync::cases {

Result<std::unique_ptr<workspace::Workspace>> openWorkspace(const Profile &profile)
{
    CaseStore::registerMigrations();
    QString password;
    if (profile.workspace.url.startsWith(QLatin1String("postgres"))) {
        Result<QString> secret = readSecret(QStringLiteral("CREDSYNC_WORKSPACE_PASSWORD"), QStringLiteral("workspace-password"),
                                            QStringLiteral("workspace database password"));
        if (secret)
            password = *secret;
    }
    return workspace::Workspace::open(profile.workspace.url, password);
}

} // namespace credsync::cases
