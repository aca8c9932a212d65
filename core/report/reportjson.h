#pragma once
// The JSON of `inspect --json` and `scan --json` (a contract: see README "JSON output").
#include "../profile.h"
#include "../types.h"

#include <nlohmann/json.hpp>

namespace credsync::report {

// One entry of "therapists": target, therapist, objects, findings, logs, errors, timeline.
nlohmann::json therapistToJson(const TherapistReport &report, const Profile &profile, const AccountInfo &account);

// {"code": number of therapists with at least one finding of that code}; codes nobody has are absent.
nlohmann::json summaryByCode(const std::vector<TherapistReport> &reports);

} // namespace credsync::report
