#include "relabelplanner.h"

#include <QCoreApplication>

#include "fingerprint.h"
#include "planwording.h"

namespace credsync::fixes {

namespace {

QStringList exclusiveWith(const ObjectTypeProfile &type, const QString &label)
{
    QStringList out;
    for (const QStringList &group : type.exclusiveLabels) {
        if (group.contains(label)) {
            for (const QString &other : group) {
                if (other != label && !out.contains(other))
                    out << other;
            }
        }
    }
    return out;
}

// The target the operator gave, grouped by object type; an error says which assignment is wrong.
Result<RelabelTarget> targetFromAssignments(const FixState &state, const Profile &profile, const RelabelRequest &request)
{
    RelabelTarget target;
    for (const LabelAssignment &assignment : request.assignments) {
        if (assignment.objectId.isEmpty()) {
            // "(none)": the label is taken off every object of the type.
            const ObjectTypeProfile *type = profile.objectByTypeId(assignment.objectTypeId);
            if (!type || (!request.objectName.isEmpty() && type->name != request.objectName))
                return Error::make(Error::Kind::Validation,
                                   QStringLiteral("no object type given for taking \"%1\" off every object").arg(assignment.label));
            if (type->columnForLabel(assignment.label).isEmpty() && !type->uniqueLabels.contains(assignment.label))
                return Error::make(Error::Kind::Validation,
                                   QStringLiteral("\"%1\" is not a %2 label of the profile").arg(assignment.label, type->name));
            target[type->typeId][assignment.label]; // present and empty: no object may carry it
            continue;
        }
        const HubSpotObject *object = nullptr;
        for (const HubSpotObject &candidate : state.objects) {
            const ObjectTypeProfile *type = profile.objectByTypeId(candidate.typeId);
            if (candidate.id == assignment.objectId && type && (request.objectName.isEmpty() || type->name == request.objectName))
                object = &candidate;
        }
        if (!object)
            return Error::make(Error::Kind::Validation,
                               QStringLiteral("object %1 is not associated with contact %2%3")
                                   .arg(assignment.objectId, state.therapist.contactId,
                                        request.objectName.isEmpty() ? QString() : QStringLiteral(" as a %1").arg(request.objectName)));
        const ObjectTypeProfile *type = profile.objectByTypeId(object->typeId);
        if (type->columnForLabel(assignment.label).isEmpty() && !type->uniqueLabels.contains(assignment.label))
            return Error::make(Error::Kind::Validation,
                               QStringLiteral("\"%1\" is not a %2 label of the profile").arg(assignment.label, type->name));
        QStringList &objects = target[type->typeId][assignment.label];
        if (!objects.contains(object->id))
            objects << object->id;
    }
    return target;
}

QString validateTarget(const FixState &state, const Profile &profile, const RelabelTarget &target)
{
    for (const auto &[typeId, typeTarget] : target) {
        const ObjectTypeProfile *type = profile.objectByTypeId(typeId);
        for (const auto &[label, objectIds] : typeTarget) {
            if (!state.labelDefinition(typeId, label))
                return QStringLiteral("the portal has no label \"%1\" for contact → %2 associations").arg(label, type->name);
            if (type->uniqueLabels.contains(label) && objectIds.size() > 1)
                return QStringLiteral("\"%1\" is unique but was assigned to %2 objects (%3)")
                    .arg(label).arg(objectIds.size()).arg(objectIds.join(QStringLiteral(", ")));
            for (const QString &other : exclusiveWith(*type, label)) {
                const auto otherIt = typeTarget.find(other);
                if (otherIt == typeTarget.end())
                    continue;
                for (const QString &objectId : objectIds) {
                    if (otherIt->second.contains(objectId))
                        return QStringLiteral("\"%1\" and \"%2\" may not be on the same object, but both were assigned to %3")
                            .arg(label, other, objectId);
                }
            }
        }
    }
    return {};
}


} // namespace

std::map<QString, QStringList> finalLabels(const FixState &state, const Profile &profile, const RelabelTarget &target)
{
    std::map<QString, QStringList> out;
    for (const auto &[typeId, typeTarget] : target) {
        const ObjectTypeProfile *type = profile.objectByTypeId(typeId);
        for (const HubSpotObject *object : state.objectsOfType(typeId)) {
            QStringList labels;
            for (const QString &label : object->labels) {
                if (typeTarget.find(label) == typeTarget.end())
                    labels << label;
            }
            QStringList assigned;
            for (const auto &[label, objectIds] : typeTarget) {
                if (objectIds.contains(object->id))
                    assigned << label;
            }
            // A label given to this object pushes off any unmanaged label declared exclusive with it.
            for (const QString &label : assigned) {
                for (const QString &other : exclusiveWith(*type, label))
                    labels.removeAll(other);
            }
            // Keep HubSpot's order for the labels that stay, then the new ones in the profile's order.
            for (const LabelColumn &mapping : type->labels) {
                if (assigned.contains(mapping.label) && !labels.contains(mapping.label))
                    labels << mapping.label;
            }
            for (const QString &label : assigned) {
                if (!labels.contains(label))
                    labels << label;
            }
            out[object->id] = labels;
        }
    }
    return out;
}

TherapistPlan planRelabel(const FixState &state, const Profile &profile, const RelabelRequest &request)
{
    TherapistPlan plan;
    plan.kind = FixKind::Relabel;
    plan.subject = {state.therapist.id, state.therapist.contactId, {}};
    plan.therapist = state.therapist;
    plan.state = state;
    plan.fingerprint = fingerprint(state, FixKind::Relabel, profile);

    if (state.therapist.contactId.isEmpty()) {
        plan.refusal = QStringLiteral("the therapist has no HubSpot contact id");
        return plan;
    }
    if (!request.objectName.isEmpty() && !profile.objectByName(request.objectName)) {
        plan.refusal = QStringLiteral("the profile has no object type named \"%1\"").arg(request.objectName);
        return plan;
    }

    RelabelTarget target;
    if (request.assignments.empty()) {
        target = proposeRelabelTarget(state, profile, request.objectName);
        plan.targetProposed = true;
    } else {
        Result<RelabelTarget> given = targetFromAssignments(state, profile, request);
        if (!given) {
            plan.refusal = given.error().message;
            return plan;
        }
        target = std::move(given).value();
    }
    for (const auto &[typeId, typeTarget] : target) {
        const ObjectTypeProfile *type = profile.objectByTypeId(typeId);
        nlohmann::json labels = nlohmann::json::object();
        for (const auto &[label, objectIds] : typeTarget) {
            if (type->uniqueLabels.contains(label))
                labels[label.toStdString()] = objectIds.isEmpty() ? nlohmann::json() : nlohmann::json(objectIds.front().toStdString());
            else {
                nlohmann::json ids = nlohmann::json::array();
                for (const QString &id : objectIds)
                    ids.push_back(id.toStdString());
                labels[label.toStdString()] = ids;
            }
        }
        plan.target[type->name.toStdString()] = labels;
    }
    if (const QString invalid = validateTarget(state, profile, target); !invalid.isEmpty()) {
        plan.refusal = invalid;
        return plan;
    }

    const std::map<QString, QStringList> wanted = finalLabels(state, profile, target);
    std::vector<FixStep> removals;
    std::vector<FixStep> additions;
    for (const auto &[typeId, typeTarget] : target) {
        for (const HubSpotObject *object : newestFirst(state, typeId)) {
            const QStringList &after = wanted.at(object->id);
            QStringList removed;
            QStringList added;
            for (const QString &label : object->labels) {
                if (!after.contains(label))
                    removed << label;
            }
            for (const QString &label : after) {
                if (!object->labels.contains(label))
                    added << label;
            }
            QStringList middle = object->labels;
            for (const QString &label : removed)
                middle.removeAll(label);
            if (!removed.isEmpty()) {
                FixStep step;
                step.kind = FixStep::Kind::RemoveLabels;
                step.objectTypeId = typeId;
                step.objectId = object->id;
                step.labels = removed;
                step.labelsBefore = object->labels;
                step.labelsAfter = middle;
                step.target = wording::objectText(profile, *object);
                step.description = QCoreApplication::translate("FixPlan", "Remove %1 from %2 (it keeps: %3; the association stays)")
                                       .arg(removed.join(QStringLiteral(", ")), step.target, wording::labelsText(middle));
                step.api = wording::apiArchiveLabels(typeId);
                removals.push_back(std::move(step));
            }
            if (!added.isEmpty()) {
                FixStep step;
                step.kind = FixStep::Kind::AddLabels;
                step.objectTypeId = typeId;
                step.objectId = object->id;
                step.labels = added;
                step.labelsBefore = middle;
                step.labelsAfter = after;
                step.writeMethod = request.writeMethod;
                step.target = wording::objectText(profile, *object);
                step.description = QCoreApplication::translate("FixPlan", "Add %1 to %2 (it will carry: %3)")
                                       .arg(added.join(QStringLiteral(", ")), step.target, wording::labelsText(after));
                step.api = request.writeMethod == LabelWriteMethod::Put
                               ? wording::apiPutLabels(typeId, state.therapist.contactId, object->id)
                                     + QStringLiteral(" with the full label set [%1]").arg(after.join(QStringLiteral(", ")))
                               : wording::apiCreateLabels(typeId);
                additions.push_back(std::move(step));
            }
        }
    }
    // Removals first: a unique label is then on at most one object at every moment.
    for (FixStep &step : removals)
        plan.steps.push_back(std::move(step));
    for (FixStep &step : additions)
        plan.steps.push_back(std::move(step));

    // Follow-ups: the id columns that will not match the new labels, and unique labels left doubled.
    for (const auto &[typeId, typeTarget] : target) {
        const ObjectTypeProfile *type = profile.objectByTypeId(typeId);
        for (const LabelColumn &mapping : type->labels) {
            QStringList carriers;
            for (const auto &[objectId, labels] : wanted) {
                if (labels.contains(mapping.label) && state.object(typeId, objectId))
                    carriers << objectId;
            }
            const auto columnIt = state.therapist.columns.find(mapping.column);
            const std::optional<QString> current = columnIt == state.therapist.columns.end() ? std::nullopt : columnIt->second;
            if (carriers.size() == 1 && current != carriers.front())
                plan.notes << QStringLiteral("then run pull ids: %1 holds %2 but \"%3\" will be on %4")
                                  .arg(mapping.column, wording::valueText(current), mapping.label, carriers.front());
            else if (carriers.size() > 1 && type->uniqueLabels.contains(mapping.label))
                plan.notes << QStringLiteral("\"%1\" stays on %2 objects (%3): name one with --label to fix it")
                                  .arg(mapping.label).arg(carriers.size()).arg(carriers.join(QStringLiteral(", ")));
        }
    }
    if (plan.steps.empty() && plan.notes.isEmpty())
        plan.notes << QStringLiteral("the labels already match the target");
    return plan;
}

} // namespace credsync::fixes
