#include "autoplanner.h"

#include "fingerprint.h"
#include "pullidsplanner.h"
#include "relabelplanner.h"
#include "resyncplanner.h"

#include <QCoreApplication>

namespace credsync::fixes {

namespace {

// lupdate files the strings under the same context the run time asks for.
struct AutoFixText
{
    Q_DECLARE_TR_FUNCTIONS(AutoFix)
};

bool hasLabelSteps(const TherapistPlan &plan)
{
    return std::any_of(plan.steps.begin(), plan.steps.end(), [](const FixStep &step) {
        return step.kind == FixStep::Kind::RemoveLabels || step.kind == FixStep::Kind::AddLabels;
    });
}

} // namespace

QStringList autoPlanParts(const TherapistPlan &plan)
{
    QStringList parts;
    for (const FixStep &step : plan.steps) {
        QString part;
        switch (step.kind) {
        case FixStep::Kind::RemoveLabels:
        case FixStep::Kind::AddLabels: part = fixKindName(FixKind::Relabel); break;
        case FixStep::Kind::UpdateColumns: part = fixKindName(FixKind::PullIds); break;
        case FixStep::Kind::UpdateProperties: part = fixKindName(FixKind::Resync); break;
        }
        if (!parts.contains(part))
            parts << part;
    }
    return parts;
}

FixState stateAfterLabelSteps(const FixState &state, const TherapistPlan &plan)
{
    FixState after = state;
    for (const FixStep &step : plan.steps) {
        if (step.kind != FixStep::Kind::RemoveLabels && step.kind != FixStep::Kind::AddLabels)
            continue;
        for (HubSpotObject &object : after.objects) {
            if (object.typeId == step.objectTypeId && object.id == step.objectId)
                object.labels = step.labelsAfter;
        }
    }
    return after;
}

TherapistPlan planAuto(const FixState &state, const Profile &profile)
{
    // 1. Labels first: while a label is doubled or missing, no id can be pulled with confidence.
    TherapistPlan relabel = planRelabel(state, profile);
    if (!relabel.refused() && hasLabelSteps(relabel)) {
        const TherapistPlan pull = planPullIds(stateAfterLabelSteps(state, relabel), profile);
        TherapistPlan combined = relabel;
        QStringList notes;
        for (const QString &note : relabel.notes) {
            // The follow-up the combined plan performs itself.
            if (!(note.startsWith(QLatin1String("then run pull ids")) && !pull.refused() && !pull.steps.empty()))
                notes << note;
        }
        if (!pull.refused()) {
            for (const FixStep &step : pull.steps)
                combined.steps.push_back(step);
            for (const QString &note : pull.notes) {
                if (!notes.contains(note))
                    notes << note;
            }
        }
        combined.notes = notes;
        return combined;
    }

    // 2. The labels are right (or cannot be decided from the evidence): pull the ids they point at.
    const TherapistPlan pull = planPullIds(state, profile);
    if (!pull.refused() && !pull.steps.empty())
        return pull;

    // 3. Ids and labels right: push what the backend's sync would have pushed.
    const TherapistPlan resync = planResync(state, profile);
    if (!resync.refused() && !resync.steps.empty())
        return resync;

    // Nothing any part would change. Correct, unless a part could not decide: then say why.
    TherapistPlan nothing = pull;
    nothing.steps.clear();
    nothing.notes.clear();
    nothing.refusal.clear();
    if (state.therapist.contactId.isEmpty()) {
        nothing.refusal = pull.refusal;
        return nothing;
    }
    if (relabel.refused()) {
        nothing.refusal = relabel.refusal;
        return nothing;
    }
    for (const QString &note : relabel.notes + pull.notes) {
        // "the labels already match the target" is good news, not something left to do.
        if (note != QLatin1String("the labels already match the target") && !nothing.notes.contains(note))
            nothing.notes << note;
    }
    if (pull.refused())
        nothing.refusal = pull.refusal;
    return nothing;
}

AutoVerdict autoVerdict(const TherapistResult &result, const Profile &profile)
{
    AutoVerdict verdict;
    for (const FixStep &step : result.plan.steps) {
        if (step.status == StepStatus::Done)
            verdict.changed << step.description;
    }
    if (result.outcome == FixOutcome::NothingToDo && !result.plan.refused() && result.plan.notes.isEmpty()) {
        verdict.resolved = true;
        verdict.headline = AutoFixText::tr("Already correct: nothing needed changing");
        return verdict;
    }
    if (!isSuccess(result.outcome) || !result.finalState) {
        verdict.headline = verdict.changed.isEmpty() ? AutoFixText::tr("Not resolved: nothing was changed") : AutoFixText::tr("Not resolved");
        if (!result.message.isEmpty())
            verdict.left << result.message;
        if (result.plan.refused())
            verdict.left << result.plan.refusal;
        for (const QString &line : result.leftToDo) {
            if (!verdict.left.contains(line))
                verdict.left << line;
        }
        return verdict;
    }
    // Verified as a whole: planning again on what was read back finds nothing left to do.
    const TherapistPlan again = planAuto(*result.finalState, profile);
    if (!again.refused() && again.steps.empty() && again.notes.isEmpty()) {
        verdict.resolved = true;
        verdict.headline = AutoFixText::tr("Resolved");
        return verdict;
    }
    verdict.headline = AutoFixText::tr("Not resolved");
    if (again.refused())
        verdict.left << again.refusal;
    for (const FixStep &step : again.steps)
        verdict.left << step.description;
    verdict.left << again.notes;
    return verdict;
}

} // namespace credsync::fixes
