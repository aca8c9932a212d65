#include "evidencediff.h"

#include <set>

namespace credsync::exporting {

QString findingCodes(const TherapistReport &report, const QString &separator)
{
    QStringList codes;
    for (const Finding &finding : report.findings) {
        if (!codes.contains(finding.code))
            codes << finding.code;
    }
    return codes.join(separator);
}

namespace {

const HubSpotObject *findObject(const std::vector<HubSpotObject> &objects, const QString &id)
{
    for (const HubSpotObject &object : objects) {
        if (object.id == id)
            return &object;
    }
    return nullptr;
}

QString labelsText(const HubSpotObject &object)
{
    return object.labels.join(QStringLiteral(", "));
}

} // namespace

std::vector<EvidenceChange> compareEvidence(const TherapistReport &was, const TherapistReport &now)
{
    std::vector<EvidenceChange> changes;
    using Kind = EvidenceChange::Kind;

    const QString wasCodes = findingCodes(was);
    const QString nowCodes = findingCodes(now);
    if (wasCodes != nowCodes)
        changes.push_back({Kind::Findings, {}, wasCodes, nowCodes});

    // Columns: the union of both snapshots, so that a column the profile gained or lost shows too.
    std::set<QString> columns;
    for (const auto &[column, value] : was.snapshot.therapist.columns)
        columns.insert(column);
    for (const auto &[column, value] : now.snapshot.therapist.columns)
        columns.insert(column);
    const auto valueOf = [](const Therapist &therapist, const QString &column) {
        const auto it = therapist.columns.find(column);
        return it != therapist.columns.end() && it->second ? *it->second : QString();
    };
    for (const QString &column : columns) {
        const QString before = valueOf(was.snapshot.therapist, column);
        const QString after = valueOf(now.snapshot.therapist, column);
        if (before != after)
            changes.push_back({Kind::Column, column, before, after});
    }

    // Objects: compared only when both snapshots could read HubSpot; otherwise every object would
    // look removed when HubSpot was merely unreachable.
    if (was.snapshot.hubspotLoaded && now.snapshot.hubspotLoaded) {
        for (const HubSpotObject &before : was.snapshot.objects) {
            const HubSpotObject *after = findObject(now.snapshot.objects, before.id);
            if (!after || (after->archived && !before.archived))
                changes.push_back({Kind::ObjectRemoved, before.id, labelsText(before), {}});
            else if (before.labels != after->labels)
                changes.push_back({Kind::Labels, before.id, labelsText(before), labelsText(*after)});
        }
        for (const HubSpotObject &after : now.snapshot.objects) {
            if (!findObject(was.snapshot.objects, after.id))
                changes.push_back({Kind::ObjectAdded, after.id, {}, labelsText(after)});
        }
    }
    return changes;
}

} // namespace credsync::exporting
