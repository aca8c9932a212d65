#include "fixtypes.h"

#include <algorithm>

namespace credsync::fixes {

QString fixKindName(FixKind kind)
{
    switch (kind) {
    case FixKind::PullIds: return QStringLiteral("pull-ids");
    case FixKind::Resync: return QStringLiteral("resync");
    case FixKind::Relabel: return QStringLiteral("relabel");
    }
    return QStringLiteral("pull-ids");
}

std::optional<FixKind> fixKindFromName(const QString &name)
{
    for (FixKind kind : {FixKind::PullIds, FixKind::Resync, FixKind::Relabel}) {
        if (fixKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

const HubSpotObject *FixState::object(const QString &typeId, const QString &id) const
{
    for (const HubSpotObject &candidate : objects) {
        if (candidate.id == id && (typeId.isEmpty() || candidate.typeId == typeId))
            return &candidate;
    }
    return nullptr;
}

std::vector<const HubSpotObject *> FixState::objectsOfType(const QString &typeId) const
{
    std::vector<const HubSpotObject *> out;
    for (const HubSpotObject &candidate : objects) {
        if (candidate.typeId == typeId)
            out.push_back(&candidate);
    }
    return out;
}

const LabelDefinition *FixState::labelDefinition(const QString &typeId, const QString &label) const
{
    const auto it = labelDefinitions.find(typeId);
    if (it == labelDefinitions.end())
        return nullptr;
    for (const LabelDefinition &definition : it->second) {
        if (definition.label == label)
            return &definition;
    }
    return nullptr;
}

const LabelDefinition *FixState::unlabeledDefinition(const QString &typeId) const
{
    return labelDefinition(typeId, QString());
}

TherapistSnapshot FixState::toSnapshot() const
{
    TherapistSnapshot snapshot;
    snapshot.therapist = therapist;
    snapshot.objects = objects;
    snapshot.hubspotLoaded = true;
    snapshot.takenAt = readAt;
    return snapshot;
}

QString stepStatusName(StepStatus status)
{
    switch (status) {
    case StepStatus::Planned: return QStringLiteral("planned");
    case StepStatus::Done: return QStringLiteral("done");
    case StepStatus::Failed: return QStringLiteral("failed");
    case StepStatus::Compensated: return QStringLiteral("compensated");
    case StepStatus::CompensationFailed: return QStringLiteral("compensation-failed");
    case StepStatus::NotAttempted: return QStringLiteral("not-attempted");
    }
    return QStringLiteral("planned");
}

int FixPlan::refusedCount() const
{
    return int(std::count_if(therapists.begin(), therapists.end(), [](const TherapistPlan &plan) { return plan.refused(); }));
}

int FixPlan::actionableCount() const
{
    return int(std::count_if(therapists.begin(), therapists.end(),
                             [](const TherapistPlan &plan) { return !plan.refused() && !plan.steps.empty(); }));
}

QString fixOutcomeName(FixOutcome outcome)
{
    switch (outcome) {
    case FixOutcome::NothingToDo: return QStringLiteral("nothing-to-do");
    case FixOutcome::Applied: return QStringLiteral("applied");
    case FixOutcome::Refused: return QStringLiteral("refused");
    case FixOutcome::ReadOnly: return QStringLiteral("read-only");
    case FixOutcome::ChangedSincePlanned: return QStringLiteral("changed-since-planned");
    case FixOutcome::Locked: return QStringLiteral("locked");
    case FixOutcome::Cancelled: return QStringLiteral("cancelled");
    case FixOutcome::Failed: return QStringLiteral("failed-compensated");
    case FixOutcome::FailedNotCompensated: return QStringLiteral("failed-not-compensated");
    case FixOutcome::VerifyFailed: return QStringLiteral("verify-failed");
    }
    return QStringLiteral("failed");
}

bool isSuccess(FixOutcome outcome)
{
    return outcome == FixOutcome::Applied || outcome == FixOutcome::NothingToDo;
}

bool FixResult::allSucceeded() const
{
    return !cancelled && std::all_of(therapists.begin(), therapists.end(),
                                     [](const TherapistResult &result) { return isSuccess(result.outcome); });
}

} // namespace credsync::fixes
