#include "hubspotgatherer.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace credsync::pipeline {

namespace {

const QString kContactType = QStringLiteral("0-1");

bool isFatal(const Error &error)
{
    return error.kind == Error::Kind::Auth || error.kind == Error::Kind::Scope
        || error.kind == Error::Kind::DailyLimit || error.kind == Error::Kind::Cancelled;
}

// Why a read failed, as the therapist's row says it: a malformed answer keeps the client's own words
// ("HubSpot answered malformed data for …"); a refusal or outage is "… read failed: 503 …".
QString failureReason(const char *readFailed, const Error &error)
{
    if (error.kind == Error::Kind::BadResponse)
        return error.message;
    const QString detail = error.httpStatus > 0 ? QStringLiteral("%1 %2").arg(error.httpStatus).arg(error.message) : error.message;
    return QCoreApplication::translate("HubSpotGatherer", readFailed).arg(detail);
}

} // namespace

HubSpotGatherer::HubSpotGatherer(hubspot::HubSpotClient *client, const Profile &profile)
    : m_client(client), m_profile(profile)
{
}

void HubSpotGatherer::cancel()
{
    for (net::RequestHandle &handle : m_handles)
        handle.cancel();
    m_handles.clear();
}

void HubSpotGatherer::track(net::RequestHandle handle)
{
    // Finished requests need no cancelling: drop them so that a long scan does not accumulate handles.
    m_handles.erase(std::remove_if(m_handles.begin(), m_handles.end(),
                                   [](const net::RequestHandle &h) { return !h.isActive(); }),
                    m_handles.end());
    m_handles.push_back(std::move(handle));
}

QStringList HubSpotGatherer::propertiesFor(const QString &typeId) const
{
    QStringList properties;
    const ObjectTypeProfile *resyncType = m_profile.objectByName(m_profile.resync.object);
    if (resyncType && resyncType->typeId == typeId) {
        for (const auto &[column, property] : m_profile.resync.properties)
            properties << property;
    }
    return properties;
}

void HubSpotGatherer::gather(const std::vector<Therapist> &therapists,
                             std::function<bool(const QString &, const std::vector<HubSpotObject> &)> readObjects,
                             Done done)
{
    auto gathered = std::make_shared<GatheredHubSpot>();
    auto keysByContact = std::make_shared<std::map<QString, QStringList>>();
    QStringList contactIds;
    for (const Therapist &therapist : therapists) {
        gathered->objects[therapist.id]; // every therapist has an entry, even with no objects
        if (!isHubSpotId(therapist.contactId)) {
            gathered->problems[therapist.id] = therapist.contactId.isEmpty()
                ? QCoreApplication::translate("HubSpotGatherer", "The database has no HubSpot contact id for this therapist, so HubSpot could not be read.")
                : QCoreApplication::translate("HubSpotGatherer", "The database's contact id \"%1\" is not a HubSpot id, so HubSpot could not be read.").arg(therapist.contactId);
            continue;
        }
        QStringList &keys = (*keysByContact)[therapist.contactId];
        if (keys.isEmpty())
            contactIds << therapist.contactId;
        keys << therapist.id;
    }

    auto pending = std::make_shared<int>(int(m_profile.objects.size()));
    auto afterAssociations = [this, gathered, readObjects, done]() {
        if (gathered->fatal) {
            done(std::move(*gathered));
            return;
        }
        std::vector<QString> keys;
        for (const auto &[key, objects] : gathered->objects) {
            if (!gathered->problems.count(key) && readObjects(key, objects))
                keys.push_back(key);
        }
        readDetails(gathered, keys, done);
    };
    if (contactIds.isEmpty() || *pending == 0) {
        afterAssociations();
        return;
    }

    for (const ObjectTypeProfile &type : m_profile.objects) {
        const QString typeId = type.typeId;
        track(m_client->batchReadAssociations(
            kContactType, typeId, contactIds,
            [gathered, keysByContact, pending, typeId, afterAssociations](
                Result<std::map<QString, std::vector<AssociatedObject>>> result) {
                if (!result) {
                    if (isFatal(result.error()))
                        gathered->fatal = result.error();
                    for (const auto &[contact, keys] : *keysByContact) {
                        for (const QString &key : keys)
                            gathered->problems[key] = failureReason(QT_TRANSLATE_NOOP("HubSpotGatherer", "HubSpot association read failed: %1"),
                                                                    result.error());
                    }
                } else {
                    for (const auto &[contact, associations] : result.value()) {
                        auto keys = keysByContact->find(contact);
                        if (keys == keysByContact->end())
                            continue;
                        for (const AssociatedObject &association : associations) {
                            HubSpotObject object;
                            object.id = association.toObjectId;
                            object.typeId = typeId;
                            object.labels = association.labels();
                            for (const QString &key : keys->second)
                                gathered->objects[key].push_back(object);
                        }
                    }
                }
                if (--*pending == 0)
                    afterAssociations();
            }));
    }
}

void HubSpotGatherer::readDetails(std::shared_ptr<GatheredHubSpot> gathered, const std::vector<QString> &keys, Done done)
{
    std::map<QString, std::set<QString>> idsByType;
    for (const QString &key : keys) {
        for (const HubSpotObject &object : gathered->objects[key])
            idsByType[object.typeId].insert(object.id);
    }
    if (idsByType.empty()) {
        done(std::move(*gathered));
        return;
    }
    auto pending = std::make_shared<int>(int(idsByType.size()));
    auto keyList = std::make_shared<std::vector<QString>>(keys);
    for (const auto &[typeId, idSet] : idsByType) {
        const QStringList ids(idSet.begin(), idSet.end());
        const QString type = typeId;
        track(m_client->batchReadObjects(
            type, ids, propertiesFor(type),
            [gathered, pending, keyList, type, done](Result<hubspot::BatchObjects> result) {
                if (!result) {
                    if (isFatal(result.error()))
                        gathered->fatal = result.error();
                    for (const QString &key : *keyList) {
                        if (!gathered->problems.count(key))
                            gathered->problems[key] = failureReason(QT_TRANSLATE_NOOP("HubSpotGatherer", "HubSpot object read failed: %1"),
                                                                    result.error());
                    }
                } else {
                    for (const QString &key : *keyList) {
                        for (HubSpotObject &object : gathered->objects[key]) {
                            if (object.typeId != type)
                                continue;
                            if (auto found = result->found.find(object.id); found != result->found.end()) {
                                QStringList labels = object.labels;
                                object = found->second;
                                object.typeId = type;
                                object.labels = labels;
                            } else if (result->missing.contains(object.id)) {
                                // Associated but unreadable: archived or deleted since. It cannot be current.
                                object.archived = true;
                            }
                        }
                    }
                }
                if (--*pending == 0)
                    done(std::move(*gathered));
            }));
    }
}

} // namespace credsync::pipeline
