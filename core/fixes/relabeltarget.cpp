#include "relabeltarget.h"

#include <algorithm>

namespace credsync::fixes {

namespace {

bool idLess(const QString &a, const QString &b)
{
    // Decimal ids compared as numbers without converting them (they may exceed what a double holds).
    return a.size() != b.size() ? a.size() < b.size() : a < b;
}

QStringList exclusivePartners(const ObjectTypeProfile &type, const QString &label)
{
    QStringList partners;
    for (const QStringList &group : type.exclusiveLabels) {
        if (!group.contains(label))
            continue;
        for (const QString &other : group) {
            if (other != label && !partners.contains(other))
                partners << other;
        }
    }
    return partners;
}

std::vector<const HubSpotObject *> carriersOf(const std::vector<const HubSpotObject *> &objects, const QString &label)
{
    std::vector<const HubSpotObject *> out;
    for (const HubSpotObject *object : objects) {
        if (object->labels.contains(label))
            out.push_back(object);
    }
    return out;
}

// Exactly one carrier, and that carrier holds no label declared exclusive with this one.
const HubSpotObject *cleanCarrier(const ObjectTypeProfile &type, const std::vector<const HubSpotObject *> &objects, const QString &label)
{
    const auto carriers = carriersOf(objects, label);
    if (carriers.size() != 1)
        return nullptr;
    for (const QString &partner : exclusivePartners(type, label)) {
        if (carriers.front()->labels.contains(partner))
            return nullptr;
    }
    return carriers.front();
}

TypeTarget proposeForType(const FixState &state, const ObjectTypeProfile &type)
{
    TypeTarget target;
    const std::vector<const HubSpotObject *> objects = newestFirst(state, type.typeId);
    if (objects.empty())
        return target;

    QStringList handled;
    const HubSpotObject *requiredObject = nullptr;
    bool requiredMoved = false;
    if (!type.requiredLabel.isEmpty()) {
        requiredObject = cleanCarrier(type, objects, type.requiredLabel);
        if (!requiredObject) {
            requiredObject = objects.front();
            requiredMoved = true;
        }
        target[type.requiredLabel] = QStringList{requiredObject->id};
        handled << type.requiredLabel;

        for (const QString &partner : exclusivePartners(type, type.requiredLabel)) {
            if (!type.uniqueLabels.contains(partner) || type.columnForLabel(partner).isEmpty())
                continue;
            handled << partner;
            if (!requiredMoved) {
                // The required label is healthy where it is: leave a clean or absent partner alone, and
                // keep a doubled one on its newest carrier only.
                const auto carriers = carriersOf(objects, partner);
                if (carriers.size() > 1)
                    target[partner] = QStringList{carriers.front()->id};
                continue;
            }
            // The required label moved to the newest object: the partner goes to the previous one.
            const HubSpotObject *previous = objects.size() > 1 ? objects[1] : nullptr;
            target[partner] = previous ? QStringList{previous->id} : QStringList{};
        }
    }

    for (const QString &label : type.uniqueLabels) {
        if (handled.contains(label))
            continue;
        const auto carriers = carriersOf(objects, label); // newest first, as objects are
        if (carriers.size() > 1)
            target[label] = QStringList{carriers.front()->id};
    }
    return target;
}

} // namespace

Result<LabelAssignment> parseLabelAssignment(const QString &text)
{
    const qsizetype equals = text.lastIndexOf(QLatin1Char('='));
    if (equals <= 0)
        return Error::make(Error::Kind::Validation,
                           QStringLiteral("--label \"%1\": expected LABEL=OBJECT_ID, e.g. \"Active Attested=161204877310\"").arg(text));
    LabelAssignment assignment{text.left(equals).trimmed(), text.mid(equals + 1).trimmed()};
    if (assignment.label.isEmpty() || !isHubSpotId(assignment.objectId))
        return Error::make(Error::Kind::Validation,
                           QStringLiteral("--label \"%1\": expected LABEL=OBJECT_ID with a numeric HubSpot object id").arg(text));
    return assignment;
}

std::vector<const HubSpotObject *> newestFirst(const FixState &state, const QString &typeId)
{
    std::vector<const HubSpotObject *> objects;
    for (const HubSpotObject *object : state.objectsOfType(typeId)) {
        if (!object->archived)
            objects.push_back(object);
    }
    std::stable_sort(objects.begin(), objects.end(), [](const HubSpotObject *a, const HubSpotObject *b) {
        if (a->createdAt != b->createdAt) {
            if (!a->createdAt.isValid())
                return false;
            if (!b->createdAt.isValid())
                return true;
            return a->createdAt > b->createdAt;
        }
        return idLess(b->id, a->id);
    });
    return objects;
}

RelabelTarget proposeRelabelTarget(const FixState &state, const Profile &profile, const QString &objectName)
{
    RelabelTarget target;
    for (const ObjectTypeProfile &type : profile.objects) {
        if (!objectName.isEmpty() && type.name != objectName)
            continue;
        TypeTarget typeTarget = proposeForType(state, type);
        if (!typeTarget.empty())
            target[type.typeId] = std::move(typeTarget);
    }
    return target;
}

} // namespace credsync::fixes
