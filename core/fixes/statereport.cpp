#include "statereport.h"

#include "planwording.h"

namespace credsync::fixes {

bool sameValue(const std::optional<QString> &a, const std::optional<QString> &b)
{
    return a.value_or(QString()) == b.value_or(QString());
}

bool sameLabels(QStringList a, QStringList b)
{
    a.removeDuplicates();
    b.removeDuplicates();
    a.sort();
    b.sort();
    return a == b;
}

QStringList describeState(const FixState &state, const Profile &profile, FixKind kind)
{
    QStringList lines;
    for (const QString &column : profile.idColumns()) {
        const auto it = state.therapist.columns.find(column);
        lines << QStringLiteral("%1 = %2").arg(column, wording::valueText(it == state.therapist.columns.end() ? std::nullopt : it->second));
    }
    for (const ObjectTypeProfile &type : profile.objects) {
        const auto objects = state.objectsOfType(type.typeId);
        if (objects.empty())
            lines << QStringLiteral("%1: no object associated").arg(type.name);
        for (const HubSpotObject *object : objects)
            lines << QStringLiteral("%1: %2%3").arg(wording::objectText(profile, *object), wording::labelsText(object->labels),
                                                    object->archived ? QStringLiteral(" (archived)") : QString());
    }
    if (kind == FixKind::Resync) {
        for (const auto &[column, property] : profile.resync.properties) {
            const auto it = state.extraColumns.find(column);
            lines << QStringLiteral("%1 = %2").arg(column, wording::valueText(it == state.extraColumns.end() ? std::nullopt : it->second));
        }
        const ObjectTypeProfile *type = profile.objectByName(profile.resync.object);
        const QString idColumn = type ? type->columnForLabel(profile.resync.label) : QString();
        const auto idIt = state.therapist.columns.find(idColumn);
        const HubSpotObject *object = type && idIt != state.therapist.columns.end() && idIt->second
                                          ? state.object(type->typeId, *idIt->second) : nullptr;
        if (object) {
            for (const auto &[column, property] : profile.resync.properties) {
                const auto it = object->properties.find(property);
                lines << QStringLiteral("%1 %2 = %3").arg(wording::objectText(profile, object->typeId, object->id), property,
                                                         wording::valueText(it == object->properties.end() ? std::nullopt : it->second));
            }
        }
    }
    return lines;
}

QStringList planMismatches(const TherapistPlan &plan, const FixState &state)
{
    QStringList out;
    std::map<QString, const FixStep *> lastLabelStep; // object → the last step that set its labels
    for (const FixStep &step : plan.steps) {
        switch (step.kind) {
        case FixStep::Kind::UpdateColumns:
            for (const auto &[column, value] : step.after) {
                const auto it = state.therapist.columns.find(column);
                const std::optional<QString> now = it == state.therapist.columns.end() ? std::nullopt : it->second;
                if (!sameValue(now, value))
                    out << QStringLiteral("%1 is %2, expected %3").arg(column, wording::valueText(now), wording::valueText(value));
            }
            break;
        case FixStep::Kind::UpdateProperties: {
            const HubSpotObject *object = state.object(step.objectTypeId, step.objectId);
            for (const auto &[property, value] : step.after) {
                std::optional<QString> now;
                if (object) {
                    const auto it = object->properties.find(property);
                    now = it == object->properties.end() ? std::nullopt : it->second;
                }
                if (!sameValue(now, value))
                    out << QStringLiteral("%1 %2 is %3, expected %4").arg(step.target, property, wording::valueText(now), wording::valueText(value));
            }
            break;
        }
        case FixStep::Kind::RemoveLabels:
        case FixStep::Kind::AddLabels:
            lastLabelStep[step.objectTypeId + QLatin1Char('/') + step.objectId] = &step;
            break;
        }
    }
    for (const auto &[key, step] : lastLabelStep) {
        const HubSpotObject *object = state.object(step->objectTypeId, step->objectId);
        if (!object)
            out << QStringLiteral("%1 is no longer associated with the contact").arg(step->target);
        else if (!sameLabels(object->labels, step->labelsAfter))
            out << QStringLiteral("%1 carries %2, expected %3").arg(step->target, wording::labelsText(object->labels), wording::labelsText(step->labelsAfter));
    }
    return out;
}

} // namespace credsync::fixes
