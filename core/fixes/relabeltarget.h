#pragma once
// The label assignment relabel brings a contact to, and the default proposed from the evidence.
#include "fixtypes.h"

namespace credsync::fixes {

// Per object type id: each managed label → the objects that must carry it (empty: none may). Labels
// not in the map are left as they are.
using TypeTarget = std::map<QString, QStringList>;
using RelabelTarget = std::map<QString, TypeTarget>;

struct LabelAssignment
{
    QString label;
    QString objectId;     // empty: no object of objectTypeId carries the label
    QString objectTypeId; // needed only with an empty objectId (the GUI's "(none)")
};

// "Active Attested=161204877310" → assignment; an error naming what is wrong otherwise.
Result<LabelAssignment> parseLabelAssignment(const QString &text);

// The default target, per object type (all types, or just objectName):
//  - the required label stays where it is when exactly one object carries it without an exclusive
//    conflict; otherwise it goes to the newest object;
//  - each unique label exclusive with it ("Active"): when the required label moved, it goes to the
//    previous object (the second newest), or to none when there is no other object; when the
//    required label stayed, it is left alone unless doubled (then it stays on its newest carrier);
//  - any other unique label carried by several objects stays on its newest carrier only.
// Types whose labels are already right get a target equal to the current state (no steps).
RelabelTarget proposeRelabelTarget(const FixState &state, const Profile &profile, const QString &objectName = {});

// Objects of one type, newest first (createdAt, then the larger id).
std::vector<const HubSpotObject *> newestFirst(const FixState &state, const QString &typeId);

} // namespace credsync::fixes
