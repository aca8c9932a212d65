#include "commandcontext.h"
#include "commands.h"
#include "inspectionrun.h"

#include "core/jsonio.h"
#include "core/report/reportjson.h"
#include "core/report/scansummary.h"
#include "core/report/verdict.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

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

} // namespace

int runScanCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Check every therapist in the database against HubSpot with batched reads, streaming each broken\n"
        "therapist as it is found, then a summary by finding code. Logs and Sentry are left out unless\n"
        "--evidence is given."));
    parser.addHelpOption();
    CommandContext::addGlobalOptions(parser);
    parser.addOption({QStringLiteral("json"), QStringLiteral("Machine-readable output: therapists and summary.")});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("Check at most N therapists."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("evidence"), QStringLiteral("Also read Loki and Sentry for broken therapists (slower).")});
    parser.addOption({QStringLiteral("all"), QStringLiteral("List healthy therapists too (human output).")});
    if (!parser.parse(arguments)) {
        printErr(QStringLiteral("credsync scan: %1\n").arg(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return ExitOk;
    }
    int limit = 0;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0) {
            printErr(QStringLiteral("credsync scan: --limit takes a positive whole number, got '%1'.\n")
                         .arg(parser.value(QStringLiteral("limit"))));
            return ExitUsage;
        }
    }

    CommandContext context;
    if (Status prepared = context.prepare(parser); !prepared) {
        printErr(QStringLiteral("credsync scan: %1\n").arg(prepared.error().describe()));
        return ExitConfig;
    }

    const bool json = parser.isSet(QStringLiteral("json"));
    const bool listHealthy = parser.isSet(QStringLiteral("all"));
    const bool progressLine = stderrIsTerminal();
    QElapsedTimer elapsed;
    elapsed.start();

    InspectionRequest request;
    request.scan = true;
    request.options.limit = limit;
    request.options.withEvidence = parser.isSet(QStringLiteral("evidence"));
    if (!json) {
        request.onReport = [&](const TherapistReport &report) {
            const verdict::Assessment assessment = verdict::assess(report);
            if (assessment.verdict == verdict::Verdict::Healthy && !listHealthy)
                return;
            const Therapist &t = report.snapshot.therapist;
            if (progressLine)
                printErr(QStringLiteral("\r\x1b[K"));
            printOut(QStringLiteral("%1  %2  %3  %4  %5\n")
                         .arg(verdict::verdictName(assessment.verdict).toUpper().leftJustified(9, QLatin1Char(' ')),
                              t.contactId.leftJustified(14, QLatin1Char(' ')),
                              t.name.leftJustified(24, QLatin1Char(' ')), t.email.leftJustified(32, QLatin1Char(' ')),
                              assessment.verdict == verdict::Verdict::Unknown ? assessment.unknownReason : codesOf(report)));
        };
    }
    if (progressLine) {
        request.onProgress = [&](int done, int total) {
            const double seconds = std::max<qint64>(1, elapsed.elapsed()) / 1000.0;
            printErr(QStringLiteral("\r\x1b[Kscanning: %1/%2 therapists (%3/s)")
                         .arg(done)
                         .arg(total)
                         .arg(done / seconds, 0, 'f', 0));
        };
    }

    InspectionOutcome outcome = runInspection(context.profile(), request);
    if (progressLine)
        printErr(QStringLiteral("\r\x1b[K"));

    verdict::Counts counts;
    for (const TherapistReport &report : outcome.reports)
        counts.add(verdict::assess(report));
    if (json) {
        nlohmann::json therapists = nlohmann::json::array();
        for (const TherapistReport &report : outcome.reports)
            therapists.push_back(report::therapistToJson(report, context.profile(), outcome.account));
        nlohmann::json document{{"therapists", therapists}, {"counts", counts.toJson()},
                                {"summary", report::summaryByCode(outcome.reports)}};
        if (!outcome.status)
            document["error"] = outcome.status.error().describe();
        printOut(QString::fromStdString(document.dump(2)) + QLatin1Char('\n'));
    } else {
        const nlohmann::json summary = report::summaryByCode(outcome.reports);
        QString text = QLatin1String("\n") + report::scanSummaryText(counts, elapsed.elapsed() / 1000.0);
        for (auto it = summary.begin(); it != summary.end(); ++it)
            text += QStringLiteral("  %1 %2\n").arg(QString::fromStdString(it.key()).leftJustified(24, QLatin1Char(' ')))
                        .arg(it.value().get<int>());
        printOut(text);
    }
    if (!outcome.status) {
        printErr(QStringLiteral("credsync scan: %1\n").arg(outcome.status.error().describe()));
        return outcome.reports.empty() ? ExitConfig : ExitIncomplete;
    }
    // Ran, but could not tell for some therapists: that is not a clean bill of health.
    return counts.count(verdict::Verdict::Unknown) > 0 ? ExitIncomplete : ExitOk;
}

} // namespace credsync::app
