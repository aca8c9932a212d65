#include "core/clock.h"
#include "livefixgateway.h"

#include "../db/therapistlock.h"
#include "../db/therapistrepository.h"
#include "../hubspot/hubspotclient.h"

#include <memory>

namespace credsync::fixes {

namespace {

const QString kContactType = QStringLiteral("0-1");

class RepositoryLock : public FixLock
{
public:
    explicit RepositoryLock(db::TherapistLock lock) : m_lock(std::move(lock)) {}
    QString takeOverNote() const override
    {
        const auto &previous = m_lock.takenOver();
        if (!previous)
            return {};
        return QStringLiteral("from %1 since %2: %3")
            .arg(previous->holder, db::TherapistLock::describeSince(previous->since), previous->reason);
    }
    Status renew() override { return m_lock.renew(); }

private:
    db::TherapistLock m_lock; // released by its destructor
};

// Collects the parallel reads of one readState; the first error wins and done is called once.
struct StateRead
{
    FixState state;
    int pending = 0;
    bool failed = false;
    Done<FixState> done;

    void fail(const Error &error)
    {
        if (failed)
            return;
        failed = true;
        done(error);
    }
    void finishOne()
    {
        if (failed || --pending > 0)
            return;
        state.readAt = clock::nowUtc();
        done(std::move(state));
    }
};

} // namespace

LiveFixGateway::LiveFixGateway(hubspot::HubSpotClient *hubspot, db::TherapistRepository *repository, Profile profile)
    : m_hubspot(hubspot)
    , m_repository(repository)
    , m_profile(std::move(profile))
{
}

LiveFixGateway::~LiveFixGateway()
{
    cancelAll();
}

void LiveFixGateway::track(net::RequestHandle handle)
{
    // Forget finished requests so that a long bulk apply does not accumulate handles.
    m_handles.removeIf([](const net::RequestHandle &old) { return !old.isActive(); });
    m_handles << handle;
}

void LiveFixGateway::cancelAll()
{
    for (net::RequestHandle &handle : m_handles)
        handle.cancel();
    m_handles.clear();
}

void LiveFixGateway::readState(const FixSubject &subject, Done<FixState> done)
{
    std::optional<Therapist> therapist;
    if (!subject.key.isEmpty()) {
        Result<std::optional<Therapist>> found = m_repository->findByKey(subject.key);
        if (!found) {
            done(found.error());
            return;
        }
        therapist = found.value();
    } else if (!subject.contactId.isEmpty()) {
        Result<std::vector<Therapist>> found = m_repository->findByContactId(subject.contactId);
        if (!found) {
            done(found.error());
            return;
        }
        if (found->size() > 1) {
            done(Error::make(Error::Kind::Validation,
                             QStringLiteral("%1 therapists share contact %2: name one by its key").arg(found->size()).arg(subject.contactId), QStringLiteral("db")));
            return;
        }
        if (!found->empty())
            therapist = found->front();
    }
    if (!therapist) {
        done(Error::make(Error::Kind::NotFound, QStringLiteral("no therapist row for %1").arg(subject.key.isEmpty() ? subject.contactId : subject.key),
                         QStringLiteral("db")));
        return;
    }

    auto read = std::make_shared<StateRead>();
    read->done = std::move(done);
    read->state.therapist = *therapist;
    QStringList resyncColumns;
    QStringList resyncProperties;
    for (const auto &[column, property] : m_profile.resync.properties) {
        resyncColumns << column;
        resyncProperties << property;
    }
    if (!resyncColumns.isEmpty()) {
        Result<ValueMap> columns = m_repository->readColumns(therapist->id, resyncColumns);
        if (!columns) {
            read->done(columns.error());
            return;
        }
        read->state.extraColumns = columns.value();
    }
    const QString contactId = therapist->contactId;
    if (contactId.isEmpty() || m_profile.objects.empty()) {
        read->pending = 1;
        read->finishOne();
        return;
    }

    // Per object type: the label definitions and the associations, then the objects themselves.
    read->pending = int(m_profile.objects.size()) * 2;
    const ObjectTypeProfile *resyncType = m_profile.objectByName(m_profile.resync.object);
    for (const ObjectTypeProfile &type : m_profile.objects) {
        const QString typeId = type.typeId;
        track(m_hubspot->associationLabels(kContactType, typeId, [read, typeId](Result<std::vector<LabelDefinition>> labels) {
            if (!labels) {
                read->fail(labels.error());
                return;
            }
            read->state.labelDefinitions[typeId] = labels.value();
            read->finishOne();
        }));
        const QStringList properties = resyncType && resyncType->typeId == typeId ? resyncProperties : QStringList{};
        track(m_hubspot->associationsOf(kContactType, contactId, typeId, [this, read, typeId, properties](Result<std::vector<AssociatedObject>> associations) {
            if (!associations) {
                read->fail(associations.error());
                return;
            }
            if (associations->empty()) {
                read->finishOne();
                return;
            }
            QStringList ids;
            for (const AssociatedObject &association : associations.value())
                ids << association.toObjectId;
            const std::vector<AssociatedObject> list = associations.value();
            track(m_hubspot->batchReadObjects(typeId, ids, properties, [read, typeId, list](Result<hubspot::BatchObjects> objects) {
                if (!objects) {
                    read->fail(objects.error());
                    return;
                }
                for (const AssociatedObject &association : list) {
                    HubSpotObject object;
                    const auto found = objects->found.find(association.toObjectId);
                    if (found != objects->found.end())
                        object = found->second;
                    else
                        object.archived = true; // associated but not readable: archived or deleted
                    object.id = association.toObjectId;
                    object.typeId = typeId;
                    object.labels = association.labels();
                    read->state.objects.push_back(std::move(object));
                }
                read->finishOne();
            }));
        }));
    }
}

void LiveFixGateway::readAssociations(const QString &contactId, const QString &typeId, Done<std::vector<AssociatedObject>> done)
{
    track(m_hubspot->associationsOf(kContactType, contactId, typeId, std::move(done)));
}

void LiveFixGateway::removeLabels(const QString &contactId, const QString &typeId, const QString &objectId,
                                  const std::vector<AssociationType> &labels, Done<Ok> done)
{
    track(m_hubspot->batchArchiveAssociationLabels(kContactType, typeId, {hubspot::AssociationInput{contactId, objectId, labels}}, std::move(done)));
}

void LiveFixGateway::addLabels(const QString &contactId, const QString &typeId, const QString &objectId,
                               const std::vector<AssociationType> &labels, Done<Ok> done)
{
    track(m_hubspot->batchCreateAssociationLabels(kContactType, typeId, {hubspot::AssociationInput{contactId, objectId, labels}}, std::move(done)));
}

void LiveFixGateway::putLabels(const QString &contactId, const QString &typeId, const QString &objectId,
                               const std::vector<AssociationType> &labels, Done<Ok> done)
{
    track(m_hubspot->putAssociationLabels(kContactType, contactId, typeId, objectId, labels,
                                          [done = std::move(done)](Result<hubspot::AssociationWriteResult> written) {
                                              // What PUT answers is not trusted: the executor reads back.
                                              done(written ? Status(Ok{}) : Status(written.error()));
                                          }));
}

void LiveFixGateway::readProperties(const QString &typeId, const QString &objectId, const QStringList &properties, Done<ValueMap> done)
{
    track(m_hubspot->getObject(typeId, objectId, properties, [properties, done = std::move(done)](Result<HubSpotObject> object) {
        if (!object) {
            done(object.error());
            return;
        }
        ValueMap values;
        for (const QString &property : properties) {
            const auto it = object->properties.find(property);
            values[property] = it == object->properties.end() ? std::nullopt : it->second;
        }
        done(values);
    }));
}

void LiveFixGateway::updateProperties(const QString &typeId, const QString &objectId, const std::map<QString, QString> &values, Done<Ok> done)
{
    track(m_hubspot->updateObject(typeId, objectId, values, [done = std::move(done)](Result<HubSpotObject> updated) {
        done(updated ? Status(Ok{}) : Status(updated.error()));
    }));
}

Result<ValueMap> LiveFixGateway::readColumns(const QString &key, const QStringList &columns)
{
    return m_repository->readColumns(key, columns);
}

Status LiveFixGateway::updateColumns(const QString &key, const ValueMap &expected, const ValueMap &values)
{
    return m_repository->updateColumns(key, expected, values);
}

Result<std::unique_ptr<FixLock>> LiveFixGateway::acquireLock(const Therapist &therapist, const QString &holder)
{
    if (therapist.contactId.isEmpty())
        return Error::make(Error::Kind::Validation, QStringLiteral("a therapist without a contact id cannot be locked"), QStringLiteral("db"));
    Result<db::TherapistLock> lock = db::TherapistLock::acquire(*m_repository, therapist.contactId, holder);
    if (!lock)
        return lock.error();
    return std::unique_ptr<FixLock>(std::make_unique<RepositoryLock>(std::move(lock).value()));
}

} // namespace credsync::fixes
