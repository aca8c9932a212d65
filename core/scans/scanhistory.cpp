#include "scanhistory.h"

#include "scanstore.h"

#include "../fixes/auditstore.h"
#include "../workspace/profileworkspace.h"
#include "../workspace/workspace.h"

#include <QCoreApplication>

namespace credsync::scans {

namespace {

Result<std::unique_ptr<workspace::Workspace>> openWorkspace(const Profile &profile)
{
    ScanStore::registerMigrations();
    return workspace::openProfileWorkspace(profile);
}

} // namespace

Result<qint64> recordReports(const Profile &profile, const std::vector<TherapistReport> &reports, const QDateTime &startedAt,
                             const QDateTime &finishedAt)
{
    std::vector<RecordedTherapist> therapists;
    therapists.reserve(reports.size());
    for (const TherapistReport &report : reports)
        therapists.push_back(recordOf(report));
    return recordTherapists(profile, std::move(therapists), startedAt, finishedAt);
}

Result<qint64> recordTherapists(const Profile &profile, std::vector<RecordedTherapist> therapists, const QDateTime &startedAt,
                                const QDateTime &finishedAt)
{
    Result<std::unique_ptr<workspace::Workspace>> opened = openWorkspace(profile);
    if (!opened)
        return opened.error();
    RecordedScan scan;
    scan.startedAt = startedAt;
    scan.finishedAt = finishedAt;
    scan.profile = profile.name;
    scan.operatorName = fixes::currentOperator(profile);
    scan.therapists = std::move(therapists);
    ScanStore store(*opened.value());
    return store.record(scan);
}

Result<ScanComparison> compareLatest(const Profile &profile, int trendScans)
{
    Result<std::unique_ptr<workspace::Workspace>> opened = openWorkspace(profile);
    if (!opened)
        return opened.error();
    ScanStore store(*opened.value());
    Result<std::vector<ScanSummary>> recent = store.recent(std::max(2, trendScans));
    if (!recent)
        return recent.error();
    if (recent->empty())
        return Error::make(Error::Kind::NotFound,
                           QCoreApplication::translate("ScanHistory", "no scan was recorded yet: run 'credsync scan --record' first"),
                           QStringLiteral("workspace"));
    Result<RecordedScan> current = store.load(recent->at(0).id);
    if (!current)
        return current.error();
    std::optional<RecordedScan> previous;
    if (recent->size() > 1) {
        Result<RecordedScan> loaded = store.load(recent->at(1).id);
        if (!loaded)
            return loaded.error();
        previous = std::move(loaded).value();
    }
    ScanComparison comparison;
    comparison.diff = compareScans(previous, current.value());
    comparison.trend = trendOf(recent.value());
    return comparison;
}

} // namespace credsync::scans
