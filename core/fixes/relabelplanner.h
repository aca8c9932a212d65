#pragma once
// relabel: bring a contact's labels to a target assignment. Pure: a state in, a plan out.
//
// Step order keeps every unique label on at most one object at every moment, which also works when
// HubSpot caps the label at one record: every removal (batch/labels/archive) comes before any
// addition, so a label that starts on several objects loses its extras in the first writes and is
// added to its new object only once nobody else carries it. The unlabeled association is never
// removed (no DELETE is ever planned).
#include "fixtypes.h"
#include "relabeltarget.h"

namespace credsync::fixes {

struct RelabelRequest
{
    QString objectName;                     // restrict to one object type (empty: all, or inferred)
    std::vector<LabelAssignment> assignments; // empty: the default proposed from the evidence
    LabelWriteMethod writeMethod = LabelWriteMethod::BatchCreate;
};

TherapistPlan planRelabel(const FixState &state, const Profile &profile, const RelabelRequest &request = {});

// The labels each object will carry once the target is reached (objects of the target's types only).
std::map<QString, QStringList> finalLabels(const FixState &state, const Profile &profile, const RelabelTarget &target);

} // namespace credsync::fixes
