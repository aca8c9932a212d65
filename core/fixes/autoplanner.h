#pragma once
// fix auto: the one plan that brings a therapist to correct. Pure: a state in, a plan out.
//
// The three specific fixes each solve part of a problem: relabel leaves the id columns pointing at
// the old objects (a therapist looks worse until pull ids runs), pull ids refuses while a label is on
// two objects, resync needs the ids right first. The combined plan chains them the way an engineer
// would: relabel (the proposal from the evidence) then pull ids planned against the labels the relabel
// leaves; or pull ids alone; or resync when ids and labels are right and only the object's properties
// lag. One preview, one confirmation, one verified apply, and "Resolved" only when planning again on
// the state read back finds nothing left.
#include "fixtypes.h"

namespace credsync::fixes {

// The parts a combined plan is made of, in order ("relabel", "pull-ids", "resync"); derived from its steps.
QStringList autoPlanParts(const TherapistPlan &plan);

// The single plan. Its kind is the first part's (the fingerprint and the audit use it); its steps are
// the parts' steps in order; its notes drop the "then run pull ids" follow-ups the plan already does.
// Nothing to do when the therapist is correct; refused (with the reason) when no part can run.
TherapistPlan planAuto(const FixState &state, const Profile &profile);

// The state the label steps of a plan leave behind (objects' labels replaced by each step's labelsAfter).
FixState stateAfterLabelSteps(const FixState &state, const TherapistPlan &plan);

// What a person reads after the apply: "Resolved: …" with what changed, or exactly what is left.
struct AutoVerdict
{
    bool resolved = false;
    QString headline;     // "Resolved" / "Not resolved" / "Nothing was changed"
    QStringList changed;  // the steps done, one line each
    QStringList left;     // what is still wrong or still to do, one line each
};
// result: the apply's outcome for one therapist (finalState read back after the writes).
AutoVerdict autoVerdict(const TherapistResult &result, const Profile &profile);

} // namespace credsync::fixes
