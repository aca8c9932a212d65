#pragma once
// Builds the live sources from a profile: reads the secrets, opens the database, checks the HubSpot
// token against /account-info, and sets up the optional Loki and Sentry clients. HubSpot and the
// database are required; Loki and Sentry failing only mark their evidence unavailable.
#include "../inspector.h"
#include "../profile.h"
#include "../types.h"

#include <functional>
#include <memory>

namespace credsync::net {
class HttpTransport;
}
namespace credsync::hubspot {
class HubSpotClient;
}
namespace credsync::db {
class TherapistRepository;
}
namespace credsync::evidence {
class LokiClient;
class SentryClient;
}

namespace credsync::pipeline {

class EvidenceGatherer;

struct Sources
{
    Sources();
    ~Sources();
    Sources(Sources &&) noexcept;
    Sources &operator=(Sources &&) noexcept;

    Profile profile;
    AccountInfo account;
    std::unique_ptr<net::HttpTransport> hubspotTransport;
    std::unique_ptr<net::HttpTransport> evidenceTransport;
    std::unique_ptr<hubspot::HubSpotClient> hubspot;
    std::unique_ptr<db::TherapistRepository> repository;
    std::unique_ptr<evidence::LokiClient> loki;
    std::unique_ptr<evidence::SentryClient> sentry;
    QString lokiProblem;   // why Loki is not available (empty: available or not configured)
    QString sentryProblem;

    bool hasEvidence() const { return loki || sentry || !lokiProblem.isEmpty() || !sentryProblem.isEmpty(); }
    std::unique_ptr<EvidenceGatherer> makeEvidenceGatherer() const;
    // Grafana Explore link for this therapist's log query, when the profile names a Grafana.
    QString exploreUrlFor(const Therapist &therapist, const TherapistSnapshot &snapshot) const;
};

// Fills `sources`; reports each source's health as it is known, then calls done once.
void connectSources(const Profile &profile, Sources &sources, QObject *context,
                    std::function<void(const SourceHealth &)> health, std::function<void(Status)> done);

} // namespace credsync::pipeline
