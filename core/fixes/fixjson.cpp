#include "fixjson.h"

#include "../jsonio.h"

namespace credsync::fixes {

namespace {

nlohmann::json labelsJson(const QStringList &labels)
{
    nlohmann::json out = nlohmann::json::array();
    for (const QString &label : labels)
        out.push_back(label);
    return out;
}

nlohmann::json linesJson(const QStringList &lines)
{
    return labelsJson(lines);
}

} // namespace

nlohmann::json valuesJson(const ValueMap &values)
{
    nlohmann::json out = nlohmann::json::object();
    for (const auto &[name, value] : values)
        out[name.toStdString()] = value ? nlohmann::json(*value) : nlohmann::json();
    return out;
}

nlohmann::json stepBeforeJson(const FixStep &step)
{
    switch (step.kind) {
    case FixStep::Kind::UpdateColumns:
    case FixStep::Kind::UpdateProperties:
        return valuesJson(step.before);
    case FixStep::Kind::RemoveLabels:
    case FixStep::Kind::AddLabels:
        return nlohmann::json{{"object_id", step.objectId}, {"labels", labelsJson(step.labelsBefore)}};
    }
    return {};
}

nlohmann::json stepAfterJson(const FixStep &step)
{
    switch (step.kind) {
    case FixStep::Kind::UpdateColumns:
    case FixStep::Kind::UpdateProperties:
        return valuesJson(step.after);
    case FixStep::Kind::RemoveLabels:
    case FixStep::Kind::AddLabels:
        return nlohmann::json{{"object_id", step.objectId}, {"labels", labelsJson(step.labelsAfter)}};
    }
    return {};
}

nlohmann::json stepToJson(const FixStep &step)
{
    nlohmann::json out{{"description", step.description},
                       {"target", step.target},
                       {"before", stepBeforeJson(step)},
                       {"after", stepAfterJson(step)},
                       {"api", step.api},
                       {"status", stepStatusName(step.status)}};
    if (!step.message.isEmpty())
        out["message"] = step.message;
    if (step.attempts > 0)
        out["attempts"] = step.attempts;
    return out;
}

nlohmann::json therapistPlanToJson(const TherapistPlan &plan)
{
    nlohmann::json steps = nlohmann::json::array();
    for (const FixStep &step : plan.steps)
        steps.push_back(stepToJson(step));
    nlohmann::json out{{"fix", fixKindName(plan.kind)},
                       {"therapist",
                        {{"id", plan.therapist.id},
                         {"name", plan.therapist.name},
                         {"email", plan.therapist.email},
                         {"contact_id", plan.therapist.contactId.isEmpty() ? nlohmann::json() : nlohmann::json(plan.therapist.contactId)}}},
                       {"target_text", plan.subject.target},
                       {"fingerprint", plan.fingerprint},
                       {"refusal", plan.refused() ? nlohmann::json(plan.refusal) : nlohmann::json()},
                       {"nothing_to_do", plan.nothingToDo()},
                       {"notes", linesJson(plan.notes)},
                       {"steps", steps}};
    if (plan.kind == FixKind::Relabel) {
        out["target"] = plan.target;
        out["target_proposed"] = plan.targetProposed;
    }
    return out;
}

nlohmann::json planToJson(const FixPlan &plan)
{
    nlohmann::json therapists = nlohmann::json::array();
    for (const TherapistPlan &entry : plan.therapists)
        therapists.push_back(therapistPlanToJson(entry));
    nlohmann::json unresolved = nlohmann::json::array();
    for (const UnresolvedTarget &target : plan.unresolved)
        unresolved.push_back(nlohmann::json{{"target", target.target}, {"reason", target.reason}});
    return nlohmann::json{{"fix", fixKindName(plan.kind)},
                          {"profile", plan.profileName},
                          {"planned_at", timeToJson(plan.plannedAt)},
                          {"applied", false},
                          {"therapists", therapists},
                          {"unresolved", unresolved}};
}

nlohmann::json therapistResultToJson(const TherapistResult &result)
{
    nlohmann::json out = therapistPlanToJson(result.plan);
    out["outcome"] = fixOutcomeName(result.outcome);
    out["message"] = result.message;
    out["state"] = linesJson(result.stateReport);
    out["left_to_do"] = linesJson(result.leftToDo);
    if (!result.lockHolder.isEmpty())
        out["lock_holder"] = result.lockHolder;
    if (result.auditRunId > 0)
        out["audit_run_id"] = result.auditRunId;
    return out;
}

nlohmann::json resultToJson(const FixResult &result, const FixPlan &plan)
{
    nlohmann::json out = planToJson(plan);
    nlohmann::json therapists = nlohmann::json::array();
    for (const TherapistResult &entry : result.therapists)
        therapists.push_back(therapistResultToJson(entry));
    out["therapists"] = therapists;
    out["applied"] = true;
    out["cancelled"] = result.cancelled;
    out["outcome"] = result.allSucceeded() ? "applied" : "failed";
    return out;
}

} // namespace credsync::fixes
