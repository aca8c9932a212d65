#include "fixfixture.h"

namespace credsync::test::fix {

Profile credentialingProfile(const QString &name, const std::vector<ExtraLabel> &extra)
{
    Profile profile;
    profile.name = name;
    profile.objects.push_back(credentialing::objectType(extra));
    return profile;
}

std::vector<LabelDefinition> credentialingLabels(const std::vector<ExtraLabel> &extra)
{
    return credentialing::labelDefinitions(extra);
}

fixes::FixState credentialingState(const QString &objects, const QString &columns, const std::vector<ExtraLabel> &extra)
{
    fixes::FixState state;
    state.therapist.id = kTherapistKey;
    state.therapist.contactId = kContactId;
    state.therapist.columns = {{kColAA, std::nullopt}, {kColActive, std::nullopt}};
    for (const ExtraLabel &label : extra)
        state.therapist.columns[label.column] = std::nullopt;
    for (const QString &pair : columns.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList parts = pair.split(QLatin1Char('='));
        state.therapist.columns[parts[0]] = parts.value(1).isEmpty() ? std::nullopt : std::optional<QString>(parts.value(1));
    }
    for (const QString &spec : objects.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        HubSpotObject object;
        const QString head = spec.section(QLatin1Char(':'), 0, 0);
        object.id = head.section(QLatin1Char('@'), 0, 0);
        object.typeId = kType;
        object.createdAt = QDateTime(QDate(2025, 9, head.section(QLatin1Char('@'), 1, 1).toInt()), QTime(12, 0), Qt::UTC);
        object.labels = spec.section(QLatin1Char(':'), 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        state.objects.push_back(object);
    }
    state.labelDefinitions[kType] = credentialingLabels(extra);
    return state;
}

} // namespace credsync::test::fix
