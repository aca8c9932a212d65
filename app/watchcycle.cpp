#include "watchcycle.h"

#include "core/clock.h"
#include "core/scans/notifier.h"
#include "core/scans/watchnotification.h"

#include <QEventLoop>

namespace credsync::app {

namespace {

// Waits for the delivery on the caller's (top-level) loop, like runInspection.
Status deliver(const WatchOptions &options, const nlohmann::json &payload)
{
    scans::Notifier notifier;
    Status outcome = Ok{};
    int pending = 0;
    QEventLoop loop;
    auto done = [&](Status status) {
        if (!status)
            outcome = status;
        if (--pending == 0)
            loop.quit();
    };
    if (!options.notifyUrl.isEmpty()) {
        ++pending;
        notifier.post(QUrl(options.notifyUrl), payload, done);
    }
    if (!options.notifyCommand.isEmpty()) {
        ++pending;
        notifier.runCommand(options.notifyCommand, payload, done);
    }
    if (pending > 0)
        loop.exec();
    return outcome;
}

} // namespace

WatchCycleResult runWatchCycle(const Profile &profile, const WatchOptions &options)
{
    WatchCycleResult result;
    const QDateTime startedAt = clock::nowUtc();
    InspectionRequest request;
    request.scan = true;
    request.options.withEvidence = options.evidence;
    const InspectionOutcome outcome = runInspection(profile, request);
    Result<qint64> recorded = recordScan(profile, outcome, startedAt, clock::nowUtc());
    if (!recorded) {
        result.status = recorded.error();
        return result;
    }
    result.scanId = recorded.value();
    Result<ScanComparison> comparison = compareLatestScans(profile);
    if (!comparison) {
        result.status = comparison.error();
        return result;
    }
    result.comparison = std::move(comparison).value();
    const QString profileName = profile.name.isEmpty() ? QStringLiteral("credsync") : profile.name;
    result.notification = scans::notificationFor(result.comparison.diff, profileName, options.showEmails);
    if (result.notification)
        result.delivery = deliver(options, *result.notification);
    return result;
}

} // namespace credsync::app
