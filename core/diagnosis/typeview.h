#pragma once
// The objects of one profile object type, as diagnosis looks at them: sorted by creation, with archived
// objects set apart (an archived object carries no label, whatever HubSpot still lists on it).
#include "../profile.h"
#include "../types.h"

#include <QString>

#include <vector>

namespace credsync::diagnosis::detail {

bool sameLabel(const QString &a, const QString &b);
bool hasLabel(const HubSpotObject &object, const QString &label);

// The value of an id column with NULL, empty and blank all reading as empty: the backend has written
// each of them for "no id" at some point.
QString columnValue(const Therapist &therapist, const QString &column);

class TypeView
{
public:
    TypeView(const TherapistSnapshot &snapshot, const ObjectTypeProfile &type);

    const ObjectTypeProfile &type() const { return *m_type; }
    // Every associated object of this type, archived ones included, oldest first.
    const std::vector<const HubSpotObject *> &all() const { return m_all; }
    // Non-archived objects, oldest first.
    const std::vector<const HubSpotObject *> &live() const { return m_live; }
    // Non-archived objects carrying the label, oldest first.
    std::vector<const HubSpotObject *> carriers(const QString &label) const;
    const HubSpotObject *find(const QString &objectId) const;

private:
    const ObjectTypeProfile *m_type;
    std::vector<const HubSpotObject *> m_all;
    std::vector<const HubSpotObject *> m_live;
};

} // namespace credsync::diagnosis::detail
