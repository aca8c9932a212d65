#include "pullidsplanner.h"

#include <QCoreApplication>

#include "fingerprint.h"
#include "planwording.h"

namespace credsync::fixes {

namespace {

std::optional<QString> columnValue(const Therapist &therapist, const QString &column)
{
    const auto it = therapist.columns.find(column);
    if (it == therapist.columns.end() || !it->second || it->second->trimmed().isEmpty())
        return std::nullopt;
    return it->second->trimmed();
}

} // namespace

TherapistPlan planPullIds(const FixState &state, const Profile &profile, const PullIdsRequest &request)
{
    TherapistPlan plan;
    plan.kind = FixKind::PullIds;
    plan.subject = {state.therapist.id, state.therapist.contactId, {}};
    plan.therapist = state.therapist;
    plan.state = state;
    plan.fingerprint = fingerprint(state, FixKind::PullIds, profile);

    if (state.therapist.contactId.isEmpty()) {
        plan.refusal = QStringLiteral("the therapist has no HubSpot contact id, so there are no objects to pull ids from");
        return plan;
    }
    if (!request.objectName.isEmpty() && !profile.objectByName(request.objectName)) {
        plan.refusal = QStringLiteral("the profile has no object type named \"%1\"").arg(request.objectName);
        return plan;
    }

    FixStep step;
    step.kind = FixStep::Kind::UpdateColumns;
    step.target = QStringLiteral("%1 row %2").arg(profile.database.table, state.therapist.id);
    QStringList ambiguous;
    QStringList changed;

    for (const ObjectTypeProfile &type : profile.objects) {
        if (!request.objectName.isEmpty() && type.name != request.objectName)
            continue;
        for (const LabelColumn &mapping : type.labels) {
            std::vector<const HubSpotObject *> carriers;
            for (const HubSpotObject *object : state.objectsOfType(type.typeId)) {
                if (!object->archived && object->labels.contains(mapping.label))
                    carriers.push_back(object);
            }
            const std::optional<QString> current = columnValue(state.therapist, mapping.column);
            if (carriers.size() > 1) {
                QStringList ids;
                for (const HubSpotObject *object : carriers)
                    ids << object->id;
                ambiguous << mapping.label;
                plan.notes << QStringLiteral("%1 is left as is (%2): \"%3\" is on %4 %5 objects (%6); pull ids does not guess "
                                             "which is right: run relabel first, then pull ids.")
                                  .arg(mapping.column, wording::valueText(current), mapping.label)
                                  .arg(carriers.size())
                                  .arg(type.name, ids.join(QStringLiteral(", ")));
                continue;
            }
            if (carriers.empty()) {
                if (current)
                    plan.notes << QStringLiteral("%1 is left as is (%2): no %3 object carries \"%4\"; if one should, run relabel first.")
                                      .arg(mapping.column, *current, type.name, mapping.label);
                continue;
            }
            const QString wanted = carriers.front()->id;
            if (current == wanted)
                continue;
            step.before[mapping.column] = current;
            step.after[mapping.column] = wanted;
            changed << QStringLiteral("%1: %2 → %3 (the %4 carrying \"%5\")")
                           .arg(mapping.column, wording::valueText(current), wanted, type.name, mapping.label);
        }
    }

    if (step.after.empty()) {
        if (!ambiguous.isEmpty())
            plan.refusal = QStringLiteral("nothing can be pulled safely: %1 sits on several objects; run relabel first")
                               .arg(ambiguous.join(QStringLiteral(", ")));
        return plan;
    }

    QStringList columns;
    for (const auto &[column, value] : step.after)
        columns << column;
    step.description = QCoreApplication::translate("FixPlan", "Set %1").arg(changed.join(QStringLiteral("; ")));
    step.api = wording::apiUpdateColumns(profile, columns);
    plan.steps.push_back(std::move(step));
    return plan;
}

} // namespace credsync::fixes
