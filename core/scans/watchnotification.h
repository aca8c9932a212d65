#pragma once
// What `credsync watch` tells a chat webhook or a command: therapists that newly broke, and the codes
// the backend team asked to be warned about (DUPLICATE_RUN, RAPID_ID_CHANGES) where they appeared.
// Only ids, names, codes and (redacted unless the profile says otherwise) emails: never a token.
#include "scandiff.h"

#include <nlohmann/json.hpp>

#include <optional>

namespace credsync::scans {

// The codes whose appearance alone is worth a notification.
QStringList watchedCodes();

// {"text": "…", "profile", "scan_id", "previous_scan_id"|null, "newly_broken":[{therapist_id, contact_id,
// name, email, codes}], "appeared":{"DUPLICATE_RUN":[…], …}}; nullopt when there is nothing to say.
std::optional<nlohmann::json> notificationFor(const ScanDiff &diff, const QString &profileName, bool showEmails);

} // namespace credsync::scans
