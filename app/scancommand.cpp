#include "commandcontext.h"
#include "commands.h"
#include "inspectionrun.h"
#include "scanrecording.h"
#include "terminalprogress.h"

#include "core/clock.h"
#include "core/diagnosis/findingtext.h"
#include "core/jsonio.h"
#include "core/report/reportjson.h"
#include "core/report/scanstream.h"
#include "core/report/scansummary.h"
#include "core/report/scantally.h"
#include "core/report/verdict.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QElapsedTimer>

#include <cstdio>
#include <memory>
#include <set>

namespace credsync::app {

namespace {

QString codesOf(const TherapistReport &report)
{
    std::set<QString> codes;
    for (const Finding &finding : report.findings)
        codes.insert(finding.code);
    QStringList list(codes.begin(), codes.end());
    return list.join(QLatin1Char(' '));
}

// stdout through stdio's buffer, flushed at most every 100 ms (and at the end) so that a reader sees
// therapists as they come without one system call per therapist on a million-therapist scan.
class StdoutStream
{
public:
    StdoutStream() { m_sinceFlush.start(); }
    ~StdoutStream() { std::fflush(stdout); }
    void write(const std::string &bytes)
    {
        std::fwrite(bytes.data(), 1, bytes.size(), stdout);
        if (m_sinceFlush.elapsed() >= 100) {
            std::fflush(stdout);
            m_sinceFlush.restart();
        }
    }

private:
    QElapsedTimer m_sinceFlush;
};

// The human output: one line per broken therapist (all with --all), then the totals by finding code.
// Writes nothing: the output of `scan --since-last --json` is the comparison, not the list.
class NullScanSink : public report::ScanSink
{
public:
    void add(const TherapistReport &) override {}
    void end(const report::ScanTally &, const Status &) override {}
};

class TextScanWriter : public report::ScanSink
{
public:
    TextScanWriter(StdoutStream &out, bool listHealthy, TerminalProgress &progress, const QElapsedTimer &elapsed)
        : m_out(out), m_listHealthy(listHealthy), m_progress(progress), m_elapsed(elapsed)
    {
    }
    void add(const TherapistReport &report) override
    {
        const verdict::Assessment assessment = verdict::assess(report);
        if (assessment.verdict == verdict::Verdict::Healthy && !m_listHealthy)
            return;
        const Therapist &t = report.snapshot.therapist;
        m_progress.clearLine();
        m_out.write(QStringLiteral("%1  %2  %3  %4  %5\n")
                        .arg(verdict::verdictName(assessment.verdict).toUpper().leftJustified(9, QLatin1Char(' ')),
                             t.contactId.leftJustified(14, QLatin1Char(' ')), t.name.leftJustified(24, QLatin1Char(' ')),
                             t.email.leftJustified(32, QLatin1Char(' ')),
                             assessment.verdict == verdict::Verdict::Unknown ? assessment.unknownReason : codesOf(report))
                        .toStdString());
    }
    void end(const report::ScanTally &summary, const Status &) override
    {
        QString text = QLatin1String("\n") + report::scanSummaryText(summary.counts(), m_elapsed.elapsed() / 1000.0);
        const nlohmann::json byCode = summary.byCode();
        // The code first (what engineers grep for), then the plain words.
        for (auto it = byCode.begin(); it != byCode.end(); ++it)
            text += QStringLiteral("  %1 %2  %3\n").arg(QString::fromStdString(it.key()).leftJustified(24, QLatin1Char(' ')))
                        .arg(QString::number(it.value().get<qint64>()).rightJustified(4, QLatin1Char(' ')),
                             diagnosis::findingTitle(QString::fromStdString(it.key())));
        m_out.write(text.toStdString());
    }

private:
    StdoutStream &m_out;
    bool m_listHealthy;
    TerminalProgress &m_progress;
    const QElapsedTimer &m_elapsed;
};

} // namespace

int runScanCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Check every therapist in the database against HubSpot with batched reads, streaming each therapist\n"
        "as it is checked, then a summary by finding code. Logs and Sentry are left out unless --evidence is\n"
        "given. --json writes one JSON document ({\"therapists\":[...], \"summary\":{...}}); --format jsonl\n"
        "writes one therapist per line and a final {\"summary\":{...}} line."));
    parser.addHelpOption();
    CommandContext::addGlobalOptions(parser);
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("ScanCommand", "Machine-readable output: therapists and summary (same as --format json).")});
    parser.addOption({QStringLiteral("format"), QCoreApplication::translate("ScanCommand", "Output format: text (default), json or jsonl."), QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("limit"), QCoreApplication::translate("ScanCommand", "Check at most N therapists."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("evidence"), QCoreApplication::translate("ScanCommand", "Also read Loki and Sentry for broken therapists (slower).")});
    parser.addOption({QStringLiteral("all"), QCoreApplication::translate("ScanCommand", "List healthy therapists too (human output).")});
    addScanRecordingOptions(parser);
    if (!parser.parse(arguments)) {
        printErr(QCoreApplication::translate("ScanCommand", "credsync scan: %1\n").arg(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(commandHelpText(parser, QStringLiteral("scan")));
        return ExitOk;
    }
    int limit = 0;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0) {
            printErr(QCoreApplication::translate("ScanCommand", "credsync scan: --limit takes a positive whole number, got '%1'.\n")
                         .arg(parser.value(QStringLiteral("limit"))));
            return ExitUsage;
        }
    }
    QString format = parser.isSet(QStringLiteral("json")) ? QStringLiteral("json") : QStringLiteral("text");
    if (parser.isSet(QStringLiteral("format"))) {
        const QString asked = parser.value(QStringLiteral("format")).trimmed().toLower();
        if (asked != QLatin1String("text") && asked != QLatin1String("json") && asked != QLatin1String("jsonl")) {
            printErr(QStringLiteral("credsync scan: --format takes text, json or jsonl, got '%1'.\n")
                         .arg(parser.value(QStringLiteral("format"))));
            return ExitUsage;
        }
        if (parser.isSet(QStringLiteral("json")) && asked != QLatin1String("json")) {
            printErr(QStringLiteral("credsync scan: --json and --format %1 ask for two different outputs; give one.\n").arg(asked));
            return ExitUsage;
        }
        format = asked;
    }

    CommandContext context;
    if (Status prepared = context.prepare(parser); !prepared) {
        printErr(QCoreApplication::translate("ScanCommand", "credsync scan: %1\n").arg(prepared.error().describe()));
        return ExitConfig;
    }

    const bool json = format != QLatin1String("text");
    if (wantsComparisonOnly(parser))
        return finishScanRecording(parser, context.profile(), nullptr, {}, json);
    const QDateTime startedAt = clock::nowUtc();
    TerminalProgress progressLine;
    QElapsedTimer elapsed;
    elapsed.start();

    StdoutStream out;
    const auto write = [&out](const std::string &bytes) { out.write(bytes); };
    std::unique_ptr<report::ScanSink> writer;
    // With --since-last the comparison is the machine-readable document, printed at the end.
    if (json && parser.isSet(QStringLiteral("since-last")))
        writer = std::make_unique<NullScanSink>();
    else if (format == QLatin1String("json"))
        writer = std::make_unique<report::JsonScanWriter>(context.profile(), AccountInfo{}, write);
    else if (format == QLatin1String("jsonl"))
        writer = std::make_unique<report::JsonLinesScanWriter>(context.profile(), AccountInfo{}, write);
    else
        writer = std::make_unique<TextScanWriter>(out, parser.isSet(QStringLiteral("all")), progressLine, elapsed);
    // Every sink sees every therapist as it is checked; none keeps them all.
    std::vector<report::ScanSink *> sinks{writer.get()};
    ScanRecorder recorder;
    if (wantsRecording(parser))
        sinks.push_back(&recorder);
    report::ScanTally summary;
    bool connected = false;

    InspectionRequest request;
    request.scan = true;
    request.keepReports = false;
    request.options.limit = limit;
    request.options.withEvidence = parser.isSet(QStringLiteral("evidence"));
    request.onConnected = [&](const AccountInfo &account) {
        connected = true;
        for (report::ScanSink *sink : sinks)
            sink->begin(account);
    };
    request.onReport = [&](const TherapistReport &report) {
        summary.add(report);
        for (report::ScanSink *sink : sinks)
            sink->add(report);
    };
    if (progressLine.isEnabled()) {
        request.onProgress = [&](int done, int total) {
            const double seconds = std::max<qint64>(1, elapsed.elapsed()) / 1000.0;
            progressLine.report({QCoreApplication::translate("ScanCommand", "scanning: %1/%2 therapists (%3/s)")
                                     .arg(done)
                                     .arg(total)
                                     .arg(done / seconds, 0, 'f', 0),
                                 done, total});
        };
    }

    InspectionOutcome outcome = runInspection(context.profile(), request);
    progressLine.finish();
    // Even a scan that could not connect closes its document, with the error in it.
    Q_UNUSED(connected);
    for (report::ScanSink *sink : sinks)
        sink->end(summary, outcome.status);
    std::fflush(stdout);
    if (!outcome.status) {
        printErr(QCoreApplication::translate("ScanCommand", "credsync scan: %1\n").arg(outcome.status.error().describe()));
        if (wantsRecording(parser))
            printErr(QCoreApplication::translate("ScanCommand", "credsync scan: the scan did not finish, so it was not recorded.\n"));
        return summary.checked() == 0 ? ExitConfig : ExitIncomplete;
    }
    if (const int recorded = finishScanRecording(parser, context.profile(), &recorder, startedAt, json); recorded != ExitOk)
        return recorded;
    // Ran, but could not tell for some therapists: that is not a clean bill of health.
    return summary.counts().count(verdict::Verdict::Unknown) > 0 ? ExitIncomplete : ExitOk;
}

} // namespace credsync::app
