#pragma once
// The fix gateway over the real sources: the HubSpot client (v4 associations, v3 objects) and the
// therapists repository with its per-therapist lock. Shares the Inspector's client and repository
// (same thread), so the client's throttle paces fixes and inspections together.
#include "fixgateway.h"

#include "../net/httptransport.h"

#include <QList>

namespace credsync::hubspot {
class HubSpotClient;
}
namespace credsync::db {
class TherapistRepository;
}

namespace credsync::fixes {

class LiveFixGateway : public FixGateway
{
public:
    // Neither is owned; both must outlive the gateway and live on this thread.
    LiveFixGateway(hubspot::HubSpotClient *hubspot, db::TherapistRepository *repository, Profile profile);
    ~LiveFixGateway() override;

    void readState(const FixSubject &subject, Done<FixState> done) override;
    void readAssociations(const QString &contactId, const QString &typeId, Done<std::vector<AssociatedObject>> done) override;
    void removeLabels(const QString &contactId, const QString &typeId, const QString &objectId,
                      const std::vector<AssociationType> &labels, Done<Ok> done) override;
    void addLabels(const QString &contactId, const QString &typeId, const QString &objectId,
                   const std::vector<AssociationType> &labels, Done<Ok> done) override;
    void putLabels(const QString &contactId, const QString &typeId, const QString &objectId,
                   const std::vector<AssociationType> &labels, Done<Ok> done) override;
    void readProperties(const QString &typeId, const QString &objectId, const QStringList &properties, Done<ValueMap> done) override;
    void updateProperties(const QString &typeId, const QString &objectId, const std::map<QString, QString> &values,
                          Done<Ok> done) override;
    Result<ValueMap> readColumns(const QString &key, const QStringList &columns) override;
    Status updateColumns(const QString &key, const ValueMap &expected, const ValueMap &values) override;
    Result<std::unique_ptr<FixLock>> acquireLock(const Therapist &therapist, const QString &holder) override;
    void cancelAll() override;

private:
    void track(net::RequestHandle handle);

    hubspot::HubSpotClient *m_hubspot;
    db::TherapistRepository *m_repository;
    Profile m_profile;
    QList<net::RequestHandle> m_handles;
};

} // namespace credsync::fixes
