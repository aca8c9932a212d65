#include "resyncplanner.h"

#include <QCoreApplication>

#include "fingerprint.h"
#include "planwording.h"

namespace credsync::fixes {

namespace {

// NULL and "" are the same to HubSpot (an empty string clears a property).
QString normalised(const std::optional<QString> &value)
{
    return value ? *value : QString();
}

} // namespace

TherapistPlan planResync(const FixState &state, const Profile &profile)
{
    TherapistPlan plan;
    plan.kind = FixKind::Resync;
    plan.subject = {state.therapist.id, state.therapist.contactId, {}};
    plan.therapist = state.therapist;
    plan.state = state;
    plan.fingerprint = fingerprint(state, FixKind::Resync, profile);

    const ObjectTypeProfile *type = profile.objectByName(profile.resync.object);
    if (!type) {
        plan.refusal = QStringLiteral("resync.object \"%1\" is not an object type of the profile").arg(profile.resync.object);
        return plan;
    }
    const QString idColumn = type->columnForLabel(profile.resync.label);
    if (idColumn.isEmpty()) {
        plan.refusal = QStringLiteral("resync.label \"%1\" has no id column in the profile's %2 labels").arg(profile.resync.label, type->name);
        return plan;
    }
    if (profile.resync.properties.empty()) {
        plan.refusal = QStringLiteral("resync.properties is empty: there is nothing to push");
        return plan;
    }
    if (state.therapist.contactId.isEmpty()) {
        plan.refusal = QStringLiteral("the therapist has no HubSpot contact id");
        return plan;
    }

    const auto idIt = state.therapist.columns.find(idColumn);
    const QString objectId = idIt != state.therapist.columns.end() && idIt->second ? idIt->second->trimmed() : QString();
    if (objectId.isEmpty()) {
        plan.refusal = QStringLiteral("%1 is empty, so the console will not guess which %2 object to write; run pull ids first")
                           .arg(idColumn, type->name);
        return plan;
    }
    const HubSpotObject *object = state.object(type->typeId, objectId);
    if (!object) {
        plan.refusal = QStringLiteral("%1 holds %2, but no %3 object %2 is associated with contact %4; run pull ids first")
                           .arg(idColumn, objectId, type->name, state.therapist.contactId);
        return plan;
    }
    if (object->archived || !object->labels.contains(profile.resync.label)) {
        plan.refusal = QStringLiteral("%1 holds %2, but that object does not carry \"%3\" (it carries: %4%5); run pull ids first")
                           .arg(idColumn, objectId, profile.resync.label, wording::labelsText(object->labels),
                                object->archived ? QStringLiteral(", archived") : QString());
        return plan;
    }

    FixStep step;
    step.kind = FixStep::Kind::UpdateProperties;
    step.objectTypeId = type->typeId;
    step.objectId = objectId;
    step.target = wording::objectText(profile, *object);
    step.api = wording::apiPatchObject(type->typeId, objectId);
    QStringList changes;
    for (const auto &[column, property] : profile.resync.properties) {
        const auto dbIt = state.extraColumns.find(column);
        const std::optional<QString> dbValue = dbIt == state.extraColumns.end() ? std::nullopt : dbIt->second;
        const auto hsIt = object->properties.find(property);
        const std::optional<QString> hubspotValue = hsIt == object->properties.end() ? std::nullopt : hsIt->second;
        if (normalised(dbValue) == normalised(hubspotValue))
            continue;
        step.before[property] = hubspotValue;
        step.after[property] = dbValue;
        changes << QStringLiteral("%1: %2 → %3 (from %4)").arg(property, wording::valueText(hubspotValue), wording::valueText(dbValue), column);
    }
    if (step.after.empty()) {
        plan.notes << QStringLiteral("%1 already holds the database's values for %2 properties").arg(step.target).arg(profile.resync.properties.size());
        return plan;
    }
    step.description = QCoreApplication::translate("FixPlan", "Update %1: %2").arg(step.target, changes.join(QStringLiteral("; ")));
    plan.steps.push_back(std::move(step));
    return plan;
}

} // namespace credsync::fixes
