#include "profileworkspace.h"

#include "../cases/casestore.h"
#include "../fixes/auditstore.h"
#include "../scans/scanstore.h"
#include "../secrets.h"

namespace credsync::workspace {

Result<std::unique_ptr<Workspace>> openProfileWorkspace(const Profile &profile)
{
    fixes::AuditStore::registerMigrations();
    cases::CaseStore::registerMigrations();
    scans::ScanStore::registerMigrations();
    QString password;
    if (profile.workspace.url.startsWith(QLatin1String("postgres"))) {
        Result<QString> secret = readSecret(QStringLiteral("CREDSYNC_WORKSPACE_PASSWORD"), QStringLiteral("workspace-password"),
                                            QStringLiteral("workspace database password"));
        if (secret)
            password = *secret;
    }
    return Workspace::open(profile.workspace.url, password);
}

} // namespace credsync::workspace
