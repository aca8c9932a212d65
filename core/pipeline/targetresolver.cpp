#include "targetresolver.h"

#include "../db/therapistrepository.h"
#include "../targets/targetparser.h"

#include <QCoreApplication>

#include <set>

namespace credsync::pipeline {

namespace {
const QString kContactType = QStringLiteral("0-1");
} // namespace

// One resolution: slots keep the input order while HubSpot look-ups answer in any order.
struct TargetResolver::Run
{
    struct Slot
    {
        QString target;
        std::vector<Therapist> therapists;
        QString reason; // set when nothing resolved
    };
    std::vector<Slot> slots;
    std::vector<UnresolvedTarget> rejected;
    std::optional<Error> fatal;
    int pending = 0;
    std::function<void(Resolution)> done;

    void finishIfIdle()
    {
        if (pending > 0 || !done)
            return;
        Resolution resolution;
        resolution.unresolved = rejected;
        resolution.fatal = fatal;
        std::set<QString> seen;
        for (const Slot &slot : slots) {
            if (slot.therapists.empty()) {
                resolution.unresolved.push_back({slot.target, slot.reason});
                continue;
            }
            for (const Therapist &therapist : slot.therapists) {
                if (seen.insert(therapist.id).second)
                    resolution.therapists.push_back({slot.target, therapist});
            }
        }
        auto callback = std::move(done);
        done = nullptr;
        callback(std::move(resolution));
    }
};

TargetResolver::TargetResolver(db::TherapistRepository *repository, hubspot::HubSpotClient *client, AccountInfo account)
    : m_repository(repository), m_client(client), m_account(std::move(account))
{
}

TargetResolver::~TargetResolver()
{
    cancel();
}

void TargetResolver::cancel()
{
    for (net::RequestHandle &handle : m_handles)
        handle.cancel();
    m_handles.clear();
}

void TargetResolver::resolve(const QStringList &texts, std::function<void(Resolution)> done)
{
    auto run = std::make_shared<Run>();
    run->done = std::move(done);

    std::vector<targets::ParsedTarget> parsed;
    for (const QString &text : texts) {
        targets::ParseResult result = targets::parseTargets(text);
        for (auto &target : result.targets)
            parsed.push_back(std::move(target));
        for (auto &rejected : result.rejected)
            run->rejected.push_back(std::move(rejected));
    }
    if (parsed.empty() && run->rejected.empty()) {
        for (const QString &text : texts)
            run->rejected.push_back({text.left(200), QCoreApplication::translate("TargetResolver", "no contact id, email, therapist id or HubSpot link found")});
    }
    run->slots.resize(parsed.size());

    // Looks a contact id up in the database and adds its therapists to the slot, or says why not.
    auto fillFromContact = [this, run](size_t index, const QString &contactId, const QString &via) {
        Run::Slot &slot = run->slots[index];
        Result<std::vector<Therapist>> rows = m_repository->findByContactId(contactId);
        if (!rows) {
            slot.reason = rows.error().describe();
            return;
        }
        if (rows->empty() && slot.therapists.empty())
            slot.reason = QCoreApplication::translate("TargetResolver", "no therapist in the database has HubSpot contact id %1%2").arg(contactId, via);
        slot.therapists.insert(slot.therapists.end(), rows->begin(), rows->end());
    };

    std::map<QString, std::vector<size_t>> emailsForHubSpot;
    for (size_t i = 0; i < parsed.size(); ++i) {
        const targets::ParsedTarget &target = parsed[i];
        Run::Slot &slot = run->slots[i];
        slot.target = target.text;
        if (!target.portalId.isEmpty() && !m_account.portalId.isEmpty() && target.portalId != m_account.portalId) {
            slot.reason = QCoreApplication::translate("TargetResolver", "the link is for HubSpot portal %1, but this profile is portal %2")
                              .arg(target.portalId, m_account.portalId);
            continue;
        }
        switch (target.kind) {
        case targets::ParsedTarget::Kind::ContactId:
            fillFromContact(i, target.value, QString());
            break;
        case targets::ParsedTarget::Kind::TherapistKey: {
            Result<std::optional<Therapist>> row = m_repository->findByKey(target.value);
            if (!row)
                slot.reason = row.error().describe();
            else if (!row->has_value())
                slot.reason = QCoreApplication::translate("TargetResolver", "no therapist in the database has id %1").arg(target.value);
            else
                slot.therapists.push_back(**row);
            break;
        }
        case targets::ParsedTarget::Kind::Email: {
            Result<std::vector<Therapist>> rows = m_repository->findByEmail(target.value);
            if (!rows)
                slot.reason = rows.error().describe();
            else if (rows->empty())
                emailsForHubSpot[target.value].push_back(i);
            else
                slot.therapists = std::move(rows).value();
            break;
        }
        case targets::ParsedTarget::Kind::ObjectUrl: {
            if (target.objectTypeId == kContactType || target.objectTypeId == QLatin1String("contacts")) {
                fillFromContact(i, target.value, QString());
                break;
            }
            ++run->pending;
            const QString objectId = target.value;
            const QString typeId = target.objectTypeId;
            m_handles.push_back(m_client->associationsOf(
                typeId, objectId, kContactType,
                [run, i, objectId, typeId, fillFromContact](Result<std::vector<AssociatedObject>> result) {
                    --run->pending;
                    if (!result) {
                        run->slots[i].reason = result.error().kind == Error::Kind::NotFound
                            ? QCoreApplication::translate("TargetResolver", "HubSpot has no object %1 of type %2").arg(objectId, typeId)
                            : result.error().describe();
                    } else if (result->empty()) {
                        run->slots[i].reason = QCoreApplication::translate("TargetResolver", "object %1 is not associated with any contact").arg(objectId);
                    } else {
                        for (const AssociatedObject &contact : result.value())
                            fillFromContact(i, contact.toObjectId, QCoreApplication::translate("TargetResolver", " (the contact of object %1)").arg(objectId));
                    }
                    run->finishIfIdle();
                }));
            break;
        }
        }
    }

    if (!emailsForHubSpot.empty()) {
        QStringList emails;
        for (const auto &[email, indexes] : emailsForHubSpot)
            emails << email;
        ++run->pending;
        m_handles.push_back(m_client->searchContactsByEmail(
            emails, [run, emailsForHubSpot, fillFromContact](Result<std::map<QString, QString>> result) {
                --run->pending;
                for (const auto &[email, indexes] : emailsForHubSpot) {
                    for (size_t index : indexes) {
                        if (!result) {
                            run->slots[index].reason = QCoreApplication::translate("TargetResolver", "not in the database, and HubSpot search failed: %1")
                                                           .arg(result.error().describe());
                        } else if (auto found = result->find(email); found != result->end()) {
                            fillFromContact(index, found->second, QCoreApplication::translate("TargetResolver", " (HubSpot contact of %1)").arg(email));
                        } else {
                            run->slots[index].reason = QCoreApplication::translate("TargetResolver", "no therapist in the database and no HubSpot contact has this email");
                        }
                    }
                }
                run->finishIfIdle();
            }));
    }
    run->finishIfIdle();
}

} // namespace credsync::pipeline
