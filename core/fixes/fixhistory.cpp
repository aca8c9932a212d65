#include "fixhistory.h"

#include "../workspace/profileworkspace.h"

#include <QFileInfo>
#include <QUrl>

namespace credsync::fixes {

QDateTime lastVerifiedFix(const std::vector<AuditEntry> &entries, const Therapist &therapist)
{
    QDateTime last;
    for (const AuditEntry &entry : entries) {
        const bool same = (!therapist.id.isEmpty() && entry.therapistKey == therapist.id)
            || (!therapist.contactId.isEmpty() && entry.contactId == therapist.contactId);
        if (!same || entry.outcome != fixOutcomeName(FixOutcome::Applied) || !entry.finishedAt.isValid())
            continue;
        if (!last.isValid() || entry.finishedAt > last)
            last = entry.finishedAt;
    }
    return last;
}

std::function<QDateTime(const Therapist &)> verifiedFixLookup(std::shared_ptr<AuditStore> audit)
{
    return [audit](const Therapist &therapist) {
        if (!audit)
            return QDateTime();
        AuditQuery query;
        query.therapistKey = therapist.id;
        query.contactId = therapist.id.isEmpty() ? therapist.contactId : QString();
        query.limit = 50;
        Result<std::vector<AuditEntry>> entries = audit->entries(query);
        return entries ? lastVerifiedFix(*entries, therapist) : QDateTime();
    };
}

std::function<QDateTime(const Therapist &)> workspaceFixLookup(const Profile &profile)
{
    struct State
    {
        bool tried = false;
        std::unique_ptr<workspace::Workspace> workspace;
        std::shared_ptr<AuditStore> audit; // declared after the workspace: destroyed before it
    };
    auto state = std::make_shared<State>();
    return [state, profile](const Therapist &therapist) {
        if (!state->tried) {
            state->tried = true;
            const QString url = profile.workspace.url;
            bool exists = true; // a server workspace (PostgreSQL) is there or not; opening it creates nothing
            if (url.isEmpty())
                exists = QFileInfo::exists(workspace::Workspace::defaultPath());
            else if (url.startsWith(QLatin1String("sqlite:")))
                exists = QFileInfo::exists(QUrl(url).path());
            if (exists) {
                auto opened = workspace::openProfileWorkspace(profile);
                if (opened) {
                    state->workspace = std::move(opened).value();
                    state->audit = std::make_shared<AuditStore>(state->workspace.get());
                }
            }
        }
        return verifiedFixLookup(state->audit)(therapist);
    };
}

} // namespace credsync::fixes
