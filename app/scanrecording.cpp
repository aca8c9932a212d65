#include "scanrecording.h"

#include "commandcontext.h"

#include "core/clock.h"
#include "core/scans/scanhistory.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace credsync::app {

namespace {

// lupdate files the strings under the same context the run time asks for.
struct ScanRecordingText
{
    Q_DECLARE_TR_FUNCTIONS(ScanRecording)
};

} // namespace

Result<qint64> recordScan(const Profile &profile, const InspectionOutcome &outcome, const QDateTime &startedAt,
                          const QDateTime &finishedAt)
{
    if (!outcome.status)
        return Error::make(Error::Kind::Validation,
                           ScanRecordingText::tr("the scan did not finish, so it was not recorded: %1").arg(outcome.status.error().describe()),
                           QStringLiteral("workspace"));
    return scans::recordReports(profile, outcome.reports, startedAt, finishedAt);
}

void ScanRecorder::add(const TherapistReport &report)
{
    m_therapists.push_back(scans::recordOf(report));
}

void ScanRecorder::end(const report::ScanTally &, const Status &status)
{
    m_status = status;
}

Result<qint64> ScanRecorder::record(const Profile &profile, const QDateTime &startedAt, const QDateTime &finishedAt)
{
    if (!m_status)
        return Error::make(Error::Kind::Validation,
                           ScanRecordingText::tr("the scan did not finish, so it was not recorded: %1").arg(m_status.error().describe()),
                           QStringLiteral("workspace"));
    return scans::recordTherapists(profile, std::move(m_therapists), startedAt, finishedAt);
}

Result<ScanComparison> compareLatestScans(const Profile &profile, int trendScans)
{
    return scans::compareLatest(profile, trendScans);
}

void addScanRecordingOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("record"), ScanRecordingText::tr("Store each therapist's verdict and finding codes in the workspace.")});
    parser.addOption({QStringLiteral("since-last"),
                      ScanRecordingText::tr("Compare the two most recent recorded scans (with --record: this scan and the one before).")});
}

bool wantsRecording(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("record"));
}

bool wantsComparisonOnly(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("since-last")) && !parser.isSet(QStringLiteral("record"));
}

int finishScanRecording(const QCommandLineParser &parser, const Profile &profile, ScanRecorder *recorder,
                        const QDateTime &startedAt, bool json)
{
    if (recorder && wantsRecording(parser)) {
        Result<qint64> recorded = recorder->record(profile, startedAt, clock::nowUtc());
        if (!recorded) {
            printErr(ScanRecordingText::tr("credsync scan: %1\n").arg(recorded.error().describe()));
            return recorded.error().kind == Error::Kind::Validation ? ExitIncomplete : ExitConfig;
        }
        if (!json)
            printOut(ScanRecordingText::tr("Recorded as scan %1.\n").arg(recorded.value()));
    }
    if (!parser.isSet(QStringLiteral("since-last")))
        return ExitOk;
    Result<ScanComparison> comparison = compareLatestScans(profile);
    if (!comparison) {
        printErr(ScanRecordingText::tr("credsync scan: %1\n").arg(comparison.error().describe()));
        return comparison.error().kind == Error::Kind::NotFound ? ExitFailed : ExitConfig;
    }
    if (json)
        printOut(QString::fromStdString(scans::scanDiffToJson(comparison->diff, comparison->trend).dump(2)) + QLatin1Char('\n'));
    else
        printOut(QLatin1Char('\n') + scans::scanDiffText(comparison->diff, comparison->trend));
    return ExitOk;
}

} // namespace credsync::app
