#pragma once
// One round of `credsync watch`: scan (the same rate share as `scan`), record, compare with the
// previous recorded scan, and notify when therapists newly broke or a watched code appeared.
#include "scanrecording.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace credsync::app {

struct WatchOptions
{
    QString notifyUrl;
    QString notifyCommand;
    bool evidence = true;   // Loki + Sentry for broken therapists: RAPID_ID_CHANGES needs the logs
    bool showEmails = false; // notifications.include_emails
};

struct WatchCycleResult
{
    Status status = Ok{};          // the scan, the record or the comparison failed: nothing was notified
    qint64 scanId = 0;
    ScanComparison comparison;
    std::optional<nlohmann::json> notification; // what was (or would have been) sent
    Status delivery = Ok{};        // the webhook's or the command's answer
};

WatchCycleResult runWatchCycle(const Profile &profile, const WatchOptions &options);

} // namespace credsync::app
