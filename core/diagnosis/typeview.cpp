#include "typeview.h"

#include <algorithm>

namespace credsync::diagnosis::detail {

bool sameLabel(const QString &a, const QString &b)
{
    // Profiles are typed by people; HubSpot's spelling of a label's case is not worth a false finding.
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

bool hasLabel(const HubSpotObject &object, const QString &label)
{
    return std::any_of(object.labels.cbegin(), object.labels.cend(),
                       [&](const QString &l) { return sameLabel(l, label); });
}

QString columnValue(const Therapist &therapist, const QString &column)
{
    const auto it = therapist.columns.find(column);
    if (it == therapist.columns.end() || !it->second)
        return {};
    return it->second->trimmed();
}

TypeView::TypeView(const TherapistSnapshot &snapshot, const ObjectTypeProfile &type)
    : m_type(&type)
{
    for (const HubSpotObject &object : snapshot.objects) {
        if (object.typeId == type.typeId)
            m_all.push_back(&object);
    }
    // Creation order drives "oldest", "newest" and duplicate detection; ids break ties so the order
    // never depends on how HubSpot happened to list the objects. Objects without a time go last.
    std::stable_sort(m_all.begin(), m_all.end(), [](const HubSpotObject *a, const HubSpotObject *b) {
        if (a->createdAt.isValid() != b->createdAt.isValid())
            return a->createdAt.isValid();
        if (a->createdAt != b->createdAt)
            return a->createdAt < b->createdAt;
        if (a->id.size() != b->id.size())
            return a->id.size() < b->id.size();
        return a->id < b->id;
    });
    for (const HubSpotObject *object : m_all) {
        if (!object->archived)
            m_live.push_back(object);
    }
}

std::vector<const HubSpotObject *> TypeView::carriers(const QString &label) const
{
    std::vector<const HubSpotObject *> out;
    for (const HubSpotObject *object : m_live) {
        if (hasLabel(*object, label))
            out.push_back(object);
    }
    return out;
}

const HubSpotObject *TypeView::find(const QString &objectId) const
{
    for (const HubSpotObject *object : m_all) {
        if (object->id == objectId)
            return object;
    }
    return nullptr;
}

} // namespace credsync::diagnosis::detail
