#pragma once
// The fixes' value types: what a fix reads (FixState), what it plans (TherapistPlan, FixPlan) and
// what applying it did (TherapistResult, FixResult). Plain structs; JSON lives in fixjson.h.
#include "../profile.h"
#include "../types.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

namespace credsync::fixes {

enum class FixKind { PullIds, Resync, Relabel };
QString fixKindName(FixKind kind); // "pull-ids" | "resync" | "relabel"
std::optional<FixKind> fixKindFromName(const QString &name);

using ValueMap = std::map<QString, std::optional<QString>>;

// Which therapist a fix is about: the key column value, with the contact id when already known.
struct FixSubject
{
    QString key;
    QString contactId;
    QString target; // what the person typed, for messages
};

// Everything one therapist's plan depends on, read fresh from the systems of record. Plans are made
// from it and apply re-reads it to check nothing moved in between.
struct FixState
{
    Therapist therapist;                      // id columns in therapist.columns
    ValueMap extraColumns;                    // the resync DB columns (not id columns)
    std::vector<HubSpotObject> objects;       // every associated object of every profile type, with labels
    // Label definitions per object type id, for the contact → object direction.
    std::map<QString, std::vector<LabelDefinition>> labelDefinitions;
    QDateTime readAt;

    const HubSpotObject *object(const QString &typeId, const QString &id) const;
    std::vector<const HubSpotObject *> objectsOfType(const QString &typeId) const;
    // The definition of a label for contact → typeId; nullptr when the portal has no such label.
    const LabelDefinition *labelDefinition(const QString &typeId, const QString &label) const;
    const LabelDefinition *unlabeledDefinition(const QString &typeId) const;
    // The state as a diagnosis input (no logs or errors).
    TherapistSnapshot toSnapshot() const;
};

enum class StepStatus {
    Planned,
    Done,          // written and verified by reading back
    Failed,        // stayed failed after retrying
    Compensated,   // was done, then undone after a later step failed
    CompensationFailed,
    NotAttempted,  // an earlier step failed
};
QString stepStatusName(StepStatus status);

enum class LabelWriteMethod {
    BatchCreate, // POST batch/create adds just the missing labels
    Put,         // PUT with the pair's full desired label set (right under replace and append semantics)
};

struct FixStep
{
    enum class Kind { UpdateColumns, RemoveLabels, AddLabels, UpdateProperties };
    Kind kind = Kind::UpdateColumns;
    QString description;   // one line a person understands
    QString target;        // "therapists row <key>" or "Credentialing 1001"
    QString api;           // the call it makes, e.g. "POST /crm/v4/associations/0-1/2-31374266/batch/labels/archive"

    // Labels: the object and the labels removed/added; the object's full label set before and after.
    QString objectTypeId;
    QString objectId;
    QStringList labels;
    QStringList labelsBefore;
    QStringList labelsAfter;
    LabelWriteMethod writeMethod = LabelWriteMethod::BatchCreate;

    // Columns (UpdateColumns) or properties (UpdateProperties): before = what the plan saw (also the
    // optimistic check), after = what is written.
    ValueMap before;
    ValueMap after;

    StepStatus status = StepStatus::Planned;
    QString message;       // why it failed, or "applied although the call reported an error"
    int attempts = 0;
};

// One therapist's part of a plan.
struct TherapistPlan
{
    FixKind kind = FixKind::PullIds;
    FixSubject subject;
    Therapist therapist;
    QString fingerprint;                  // of the FixState it was made from (see fingerprint.h)
    std::vector<FixStep> steps;
    QString refusal;                      // non-empty: this fix will not run for this therapist, and why
    QStringList notes;                    // what the plan leaves alone and why, follow-ups
    nlohmann::json target = nlohmann::json::object(); // relabel: {object type: {label: object id|null}}
    bool targetProposed = false;          // relabel: the target came from the evidence, not the operator
    FixState state;                       // what the plan was made from (for before/after and reports)

    bool refused() const { return !refusal.isEmpty(); }
    bool nothingToDo() const { return !refused() && steps.empty(); }
};

// One combined plan over a selection of therapists.
struct FixPlan
{
    FixKind kind = FixKind::PullIds;
    QString profileName;
    QDateTime plannedAt;
    std::vector<TherapistPlan> therapists;
    std::vector<UnresolvedTarget> unresolved;

    int refusedCount() const;
    int actionableCount() const; // therapists with steps to apply
};

enum class FixOutcome {
    NothingToDo,
    Applied,             // every step done and the final state verified
    Refused,             // the plan refused (nothing written)
    ReadOnly,            // the profile is read-only (nothing written)
    ChangedSincePlanned, // nothing written
    Locked,              // another console holds the therapist (nothing written)
    Cancelled,           // not started
    Failed,              // a step failed; completed steps were compensated
    FailedNotCompensated,// a step failed and undoing the completed ones failed too: needs a person
    VerifyFailed,        // every step reported success but the final read-back disagrees
};
QString fixOutcomeName(FixOutcome outcome);
bool isSuccess(FixOutcome outcome);

struct TherapistResult
{
    TherapistPlan plan;                 // with each step's status
    FixOutcome outcome = FixOutcome::Cancelled;
    QString message;                    // the reason, in one line
    std::optional<FixState> finalState; // read after the apply (or after compensation), when readable
    QStringList stateReport;            // the contact's exact state now, line by line
    QStringList leftToDo;               // what a person still has to do
    QString lockHolder;                 // for Locked
    qint64 auditRunId = 0;
};

struct FixResult
{
    FixKind kind = FixKind::PullIds;
    std::vector<TherapistResult> therapists;
    bool cancelled = false;
    bool allSucceeded() const;
};

} // namespace credsync::fixes
