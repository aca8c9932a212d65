#pragma once
// HubSpot's CRM v3/v4 endpoints the console uses. Async: every call returns a handle and delivers a
// Result on the client's thread. Paging and batch chunking are done inside; callers see whole answers.
#include "../net/httptransport.h"
#include "../result.h"
#include "../types.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace credsync::hubspot {

class HubSpotThrottle;

template<typename T>
using Callback = std::function<void(Result<T>)>;

// What the X-HubSpot-RateLimit-* headers last said; -1 when unknown.
struct RateBudget
{
    int max = -1;
    int remaining = -1;
    int intervalMs = -1;
    qint64 daily = -1;
    qint64 dailyRemaining = -1;
};

struct BatchObjects
{
    std::map<QString, HubSpotObject> found; // by id
    QStringList missing;                     // ids HubSpot answered OBJECT_NOT_FOUND for
};

struct AssociationInput
{
    QString fromId;
    QString toId;
    std::vector<AssociationType> types; // category + typeId (label text ignored on writes)
};

// What a PUT of association labels answered.
struct AssociationWriteResult
{
    QStringList labels;
};

class HubSpotClient : public QObject
{
    Q_OBJECT
public:
    // token: the private app token (never logged). transport is not owned.
    HubSpotClient(net::HttpTransport *transport, QUrl baseUrl, QString token, QObject *parent = nullptr);
    ~HubSpotClient() override;

    QUrl baseUrl() const;
    RateBudget rateBudget() const;

    // Tuning, mostly for tests (small waits) and the profile (timeout). Defaults: HubSpotRetryPolicy,
    // a HubSpotThrottle owned by the client, 30 s per attempt, 5 attempts.
    void setRetryPolicy(std::shared_ptr<net::RetryPolicy> policy);
    void setThrottle(std::shared_ptr<HubSpotThrottle> throttle);
    std::shared_ptr<HubSpotThrottle> throttle() const;
    void setTimeoutMs(int timeoutMs);
    void setMaxAttempts(int attempts);

    net::RequestHandle accountInfo(Callback<AccountInfo> done);

    // GET /crm/v4/associations/{from}/{to}/labels, cached per client (per direction).
    net::RequestHandle associationLabels(const QString &fromType, const QString &toType,
                                         Callback<std::vector<LabelDefinition>> done);
    // GET /crm/v4/associations/definitions/configurations/{from}/{to}
    net::RequestHandle associationLimits(const QString &fromType, const QString &toType,
                                         Callback<std::vector<AssociationLimit>> done);

    // GET /crm/v4/objects/{from}/{id}/associations/{to}, following paging.next.after.
    net::RequestHandle associationsOf(const QString &fromType, const QString &fromId, const QString &toType,
                                      Callback<std::vector<AssociatedObject>> done);
    // POST /crm/v4/associations/{from}/{to}/batch/read in chunks of ≤ 1,000 inputs, following per-input
    // paging; 207 errors with NO_ASSOCIATIONS_FOUND become empty lists. Every input id is a key of the
    // answer (empty vector when it has no associations).
    net::RequestHandle batchReadAssociations(const QString &fromType, const QString &toType,
                                             const QStringList &fromIds,
                                             Callback<std::map<QString, std::vector<AssociatedObject>>> done);

    // GET /crm/v3/objects/{type}/{id}?properties=…  (NotFound error for 404)
    net::RequestHandle getObject(const QString &typeId, const QString &id, const QStringList &properties,
                                 Callback<HubSpotObject> done);
    // POST /crm/v3/objects/{type}/batch/read in chunks of ≤ 100 inputs; 207 missing ids → missing.
    net::RequestHandle batchReadObjects(const QString &typeId, const QStringList &ids,
                                        const QStringList &properties, Callback<BatchObjects> done);
    // POST /crm/v3/objects/contacts/search with an IN filter on email (≤ 100 per request), paced to
    // 5 requests/second. Keys are the lower-cased emails found; absent emails are not in the map.
    net::RequestHandle searchContactsByEmail(const QStringList &emails, Callback<std::map<QString, QString>> done);

    // Writes (used by the fixes).
    // PATCH /crm/v3/objects/{type}/{id} {"properties":{…}}
    net::RequestHandle updateObject(const QString &typeId, const QString &id,
                                    const std::map<QString, QString> &properties, Callback<HubSpotObject> done);
    // PUT /crm/v4/objects/{from}/{fromId}/associations/{to}/{toId} with the given labels.
    net::RequestHandle putAssociationLabels(const QString &fromType, const QString &fromId, const QString &toType,
                                            const QString &toId, const std::vector<AssociationType> &types,
                                            Callback<AssociationWriteResult> done);
    // POST /crm/v4/associations/{from}/{to}/batch/create (adds labels).
    net::RequestHandle batchCreateAssociationLabels(const QString &fromType, const QString &toType,
                                                    const std::vector<AssociationInput> &inputs, Callback<Ok> done);
    // POST /crm/v4/associations/{from}/{to}/batch/labels/archive (removes just those labels).
    net::RequestHandle batchArchiveAssociationLabels(const QString &fromType, const QString &toType,
                                                     const std::vector<AssociationInput> &inputs, Callback<Ok> done);
    // DELETE /crm/v4/objects/{from}/{fromId}/associations/{to}/{toId} (removes every label).
    net::RequestHandle deleteAssociation(const QString &fromType, const QString &fromId, const QString &toType,
                                         const QString &toId, Callback<Ok> done);

    // HubSpot's error body → Error (every field optional). Public for tests.
    static Error errorFromResponse(const net::HttpResponse &response, const QString &what);

Q_SIGNALS:
    void rateBudgetChanged(const credsync::hubspot::RateBudget &budget);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Paces requests from the X-HubSpot-RateLimit-* headers so that a scan does not meet 429s, waits out
// TEN_SECONDLY_ROLLING windows, and keeps search at ≤ 5 requests/second.
class HubSpotThrottle;

// The retry policy for HubSpot: DAILY never retried; TEN_SECONDLY_ROLLING waits for the window.
class HubSpotRetryPolicy;

} // namespace credsync::hubspot

Q_DECLARE_METATYPE(credsync::hubspot::RateBudget)
