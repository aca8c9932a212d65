#pragma once
// The stored form of a TherapistReport: everything in it, losslessly, so that a case reopened next
// month shows exactly what was seen then. Unlike report::therapistToJson (the inspect --json
// contract, which drops what a reader does not need), this keeps log events, properties, exact Loki
// timestamps and Sentry event times. Versioned: a later format must still read version 1.
#include "../result.h"
#include "../types.h"

#include <nlohmann/json.hpp>

namespace credsync::cases {

inline constexpr int kReportFormatVersion = 1;

nlohmann::json encodeReport(const TherapistReport &report);
Result<TherapistReport> decodeReport(const nlohmann::json &json);

} // namespace credsync::cases
