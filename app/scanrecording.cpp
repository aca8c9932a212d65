#include "scanrecording.h"

#include "commandcontext.h"

#include "core/clock.h"
#include "core/fixes/auditstore.h"
#include "core/scans/scanstore.h"
#include "core/workspace/profileworkspace.h"
#include "core/workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace credsync::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ScanRecording", text);
}

Result<std::unique_ptr<workspace::Workspace>> openWorkspace(const Profile &profile)
{
    scans::ScanStore::registerMigrations();
    return workspace::openProfileWorkspace(profile);
}

} // namespace

Result<qint64> recordScan(const Profile &profile, const InspectionOutcome &outcome, const QDateTime &startedAt,
                          const QDateTime &finishedAt)
{
    if (!outcome.status)
        return Error::make(Error::Kind::Validation,
                           tr("the scan did not finish, so it was not recorded: %1").arg(outcome.status.error().describe()),
                           QStringLiteral("workspace"));
    Result<std::unique_ptr<workspace::Workspace>> opened = openWorkspace(profile);
    if (!opened)
        return opened.error();
    scans::RecordedScan scan;
    scan.startedAt = startedAt;
    scan.finishedAt = finishedAt;
    scan.profile = profile.name;
    scan.operatorName = fixes::currentOperator();
    scan.therapists.reserve(outcome.reports.size());
    for (const TherapistReport &report : outcome.reports)
        scan.therapists.push_back(scans::recordOf(report));
    scans::ScanStore store(*opened.value());
    return store.record(scan);
}

Result<ScanComparison> compareLatestScans(const Profile &profile, int trendScans)
{
    Result<std::unique_ptr<workspace::Workspace>> opened = openWorkspace(profile);
    if (!opened)
        return opened.error();
    scans::ScanStore store(*opened.value());
    Result<std::vector<scans::ScanSummary>> recent = store.recent(std::max(2, trendScans));
    if (!recent)
        return recent.error();
    if (recent->empty())
        return Error::make(Error::Kind::NotFound, tr("no scan was recorded yet: run 'credsync scan --record' first"),
                           QStringLiteral("workspace"));
    Result<scans::RecordedScan> current = store.load(recent->at(0).id);
    if (!current)
        return current.error();
    std::optional<scans::RecordedScan> previous;
    if (recent->size() > 1) {
        Result<scans::RecordedScan> loaded = store.load(recent->at(1).id);
        if (!loaded)
            return loaded.error();
        previous = std::move(loaded).value();
    }
    ScanComparison comparison;
    comparison.diff = scans::compareScans(previous, current.value());
    comparison.trend = scans::trendOf(recent.value());
    return comparison;
}

void addScanRecordingOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("record"), tr("Store each therapist's verdict and finding codes in the workspace.")});
    parser.addOption({QStringLiteral("since-last"),
                      tr("Compare the two most recent recorded scans (with --record: this scan and the one before).")});
}

bool wantsRecording(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("record"));
}

bool wantsComparisonOnly(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("since-last")) && !parser.isSet(QStringLiteral("record"));
}

int finishScanRecording(const QCommandLineParser &parser, const Profile &profile, const InspectionOutcome *outcome,
                        const QDateTime &startedAt, bool json)
{
    if (outcome && wantsRecording(parser)) {
        Result<qint64> recorded = recordScan(profile, *outcome, startedAt, clock::nowUtc());
        if (!recorded) {
            printErr(tr("credsync scan: %1\n").arg(recorded.error().describe()));
            return recorded.error().kind == Error::Kind::Validation ? ExitIncomplete : ExitConfig;
        }
        if (!json)
            printOut(tr("Recorded as scan %1.\n").arg(recorded.value()));
    }
    if (!parser.isSet(QStringLiteral("since-last")))
        return ExitOk;
    Result<ScanComparison> comparison = compareLatestScans(profile);
    if (!comparison) {
        printErr(tr("credsync scan: %1\n").arg(comparison.error().describe()));
        return comparison.error().kind == Error::Kind::NotFound ? ExitFailed : ExitConfig;
    }
    if (json)
        printOut(QString::fromStdString(scans::scanDiffToJson(comparison->diff, comparison->trend).dump(2)) + QLatin1Char('\n'));
    else
        printOut(QLatin1Char('\n') + scans::scanDiffText(comparison->diff, comparison->trend));
    return ExitOk;
}

} // namespace credsync::app
