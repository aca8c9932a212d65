#pragma once
// Profile keys read only by the reports, the watch and the approved clean-up, kept out of Profile so
// that adding them does not touch a header the whole tree includes. Read from the profile's file
// (the parser ignores keys it does not know); defaults when the profile has no file.
#include "../profile.h"
#include "../result.h"

namespace credsync::reports {

struct ExtraSettings
{
    int idPullDelaySeconds = 60;      // backend.id_pull_delay_seconds
    bool notificationEmails = false;  // notifications.include_emails: show emails in notifications
    int planLifetimeHours = 24;       // fixes.plan_lifetime_hours
};

// A Config error names the key when a value has the wrong type or is out of range.
Result<ExtraSettings> extraSettings(const Profile &profile);
Result<ExtraSettings> extraSettingsFromJson(const QByteArray &json);

} // namespace credsync::reports
