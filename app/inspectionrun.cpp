#include "inspectionrun.h"

#include "core/fixes/fixhistory.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace credsync::app {

InspectionOutcome runInspection(const Profile &profile, const InspectionRequest &request)
{
    InspectionOutcome outcome;
    Inspector inspector(profile);
    inspector.setFixHistory(fixes::workspaceFixLookup(profile));
    constexpr quint64 job = 1;
    QEventLoop loop;
    bool done = false;

    QObject::connect(&inspector, &Inspector::connected, &inspector, [&](const Status &status) {
        if (!status) {
            outcome.status = status;
            done = true;
            loop.quit();
            return;
        }
        outcome.account = inspector.accountInfo();
        if (request.onConnected)
            request.onConnected(outcome.account);
        if (request.scan)
            inspector.scan(job, request.options);
        else
            inspector.inspect(job, request.targets, request.options);
    });
    QObject::connect(&inspector, &Inspector::reportReady, &inspector, [&](quint64, const TherapistReport &report) {
        if (request.onReport)
            request.onReport(report);
        if (request.keepReports)
            outcome.reports.push_back(report);
    });
    QObject::connect(&inspector, &Inspector::unresolved, &inspector,
                     [&](quint64, const UnresolvedTarget &target) { outcome.unresolved.push_back(target); });
    QObject::connect(&inspector, &Inspector::progress, &inspector, [&](quint64, int doneCount, int total) {
        if (request.onProgress)
            request.onProgress(doneCount, total);
    });
    QObject::connect(&inspector, &Inspector::finished, &inspector, [&](quint64, const Status &status) {
        outcome.status = status;
        outcome.account = inspector.accountInfo();
        done = true;
        loop.quit();
    });

    inspector.connectSources();
    // The headless commands have no other event loop running: this is the program's main loop, not a
    // nested one inside a callback.
    if (!done)
        loop.exec();
    return outcome;
}

} // namespace credsync::app
