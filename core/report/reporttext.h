#pragma once
// The human output of `credsync inspect` and `scan`: a compact side-by-side table per therapist
// (label | DB column = value | HubSpot object carrying it | verdict), then findings and evidence.
#include "../profile.h"
#include "../types.h"

#include <QTimeZone>

namespace credsync::report {

struct TextOptions
{
    bool color = false;            // ANSI colours (a terminal)
    bool evidence = true;          // logs, errors and timeline
    int maxLogLines = 12;
    QTimeZone displayZone = QTimeZone::systemTimeZone(); // times shown in this zone, the zone named
};

QString therapistText(const TherapistReport &report, const Profile &profile, const AccountInfo &account,
                      const TextOptions &options);
QString unresolvedText(const std::vector<UnresolvedTarget> &targets);
// i18n::isoTime: "2025-09-14 13:42:51 -04:00", "2025-09-14 17:42:51 UTC"; one form in every locale.
QString displayTime(const QDateTime &time, const QTimeZone &zone);

} // namespace credsync::report
