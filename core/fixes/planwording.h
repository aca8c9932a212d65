#pragma once
// Wording and API descriptions shared by the planners, so every plan speaks the same way.
#include "fixtypes.h"

namespace credsync::fixes::wording {

// "Credentialing 161204877310 (created 2025-09-14 17:42 UTC)"
QString objectText(const Profile &profile, const HubSpotObject &object);
QString objectText(const Profile &profile, const QString &typeId, const QString &objectId);
// "Active Attested, Active" / "no label"
QString labelsText(const QStringList &labels);
QString valueText(const std::optional<QString> &value);
// "[Active Attested, Active]" for JSON/plan tables.
QString apiArchiveLabels(const QString &typeId);
QString apiCreateLabels(const QString &typeId);
QString apiPutLabels(const QString &typeId, const QString &contactId, const QString &objectId);
QString apiPatchObject(const QString &typeId, const QString &objectId);
QString apiUpdateColumns(const Profile &profile, const QStringList &columns);

} // namespace credsync::fixes::wording
