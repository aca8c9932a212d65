#pragma once
// Turns what a person pasted (contact ids, emails, UUIDs, HubSpot links, a whole ticket) into therapist
// rows. Database look-ups first; HubSpot only where the database cannot answer (an email that is not in
// the table, an object link). Every target that does not resolve is reported with the reason.
#include "../hubspot/hubspotclient.h"
#include "../types.h"

#include <functional>
#include <memory>
#include <vector>

namespace credsync::db {
class TherapistRepository;
}

namespace credsync::pipeline {

struct ResolvedTherapist
{
    QString target;      // the text that named it
    Therapist therapist;
};

struct Resolution
{
    std::vector<ResolvedTherapist> therapists; // input order, each therapist once
    std::vector<UnresolvedTarget> unresolved;
    std::optional<Error> fatal;                // the database or HubSpot refused us altogether
};

class TargetResolver
{
public:
    TargetResolver(db::TherapistRepository *repository, hubspot::HubSpotClient *client, AccountInfo account);
    ~TargetResolver();
    TargetResolver(const TargetResolver &) = delete;
    TargetResolver &operator=(const TargetResolver &) = delete;

    void resolve(const QStringList &texts, std::function<void(Resolution)> done);
    void cancel();

private:
    struct Run;
    db::TherapistRepository *m_repository;
    hubspot::HubSpotClient *m_client;
    AccountInfo m_account;
    std::vector<net::RequestHandle> m_handles;
};

} // namespace credsync::pipeline
