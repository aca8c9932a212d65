#pragma once
// Reads what HubSpot holds for a set of therapists with batch calls only: one association batch read
// per object type (chunked by the client), then object batch reads where they are wanted. Never one
// request per therapist.
#include "../hubspot/hubspotclient.h"
#include "../profile.h"
#include "../types.h"

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace credsync::pipeline {

struct GatheredHubSpot
{
    // By therapist key: every associated object of every profile object type, labels filled in.
    std::map<QString, std::vector<HubSpotObject>> objects;
    // By therapist key: why HubSpot could not be read for this therapist (absent = read fine).
    std::map<QString, QString> problems;
    // Set when the whole read must stop (credentials rejected, daily limit): the job fails with it.
    std::optional<Error> fatal;
};

class HubSpotGatherer
{
public:
    using Done = std::function<void(GatheredHubSpot)>;

    HubSpotGatherer(hubspot::HubSpotClient *client, const Profile &profile);
    ~HubSpotGatherer() { cancel(); }
    HubSpotGatherer(const HubSpotGatherer &) = delete;
    HubSpotGatherer &operator=(const HubSpotGatherer &) = delete;

    // Associations for every therapist with a contact id; then, when readObjects says so for a key,
    // the objects' details (createdAt, archived, resync properties).
    void gather(const std::vector<Therapist> &therapists, std::function<bool(const QString &key,
                const std::vector<HubSpotObject> &objects)> readObjects, Done done);

    // Fills createdAt/updatedAt/archived/properties of the given objects in place (batch reads by type).
    void readDetails(std::shared_ptr<GatheredHubSpot> gathered, const std::vector<QString> &keys, Done done);

    void cancel();

    // The properties an object batch read of this type asks for (the resync properties).
    QStringList propertiesFor(const QString &typeId) const;

private:
    void track(net::RequestHandle handle);

    hubspot::HubSpotClient *m_client;
    const Profile &m_profile;
    std::vector<net::RequestHandle> m_handles;
};

} // namespace credsync::pipeline
