// credsync report delays: how long HubSpot's workflow takes to create each custom object after
// sign-up, and what delay the backend's id pull needs. Exit codes: 0 report made; 2 usage;
// 3 configuration (profile, sources, credentials); 4 the sources failed part-way.
#include "commandcontext.h"
#include "reportcommand.h"
#include "terminalprogress.h"

#include "core/clock.h"
#include "core/inspector.h"
#include "core/reports/delaychart.h"
#include "core/reports/delaycollector.h"
#include "core/reports/extrasettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

namespace credsync::app {

namespace {

// lupdate files the strings under the same context the run time asks for.
struct ReportCommandText
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};

} // namespace

Result<reports::DelayReport> collectDelayReport(const Profile &profile, const reports::DelayRequest &request,
                                                std::function<void(int, int)> progress)
{
    Inspector inspector(profile);
    std::optional<Result<reports::DelayReport>> outcome;
    std::unique_ptr<reports::DelayCollector> collector;
    QEventLoop loop;
    QObject::connect(&inspector, &Inspector::connected, &inspector, [&](const Status &status) {
        if (!status) {
            outcome = status.error();
            loop.quit();
            return;
        }
        collector = std::make_unique<reports::DelayCollector>(inspector.sources());
        collector->run(request, progress, [&](Result<reports::DelayReport> result) {
            outcome = std::move(result);
            loop.quit();
        });
    });
    inspector.connectSources();
    // The headless commands have no other event loop: this is the program's main loop.
    if (!outcome)
        loop.exec();
    collector.reset();
    return std::move(*outcome);
}

int runReportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ReportCommandText::tr(
        "credsync report delays: for every therapist signed up in the window, the time from the database row's\n"
        "creation to each custom object's creation in HubSpot (and from the backend's id pull, where its log has\n"
        "it): p50/p90/p99/max per object type, and the pull delay that would have found 99 % of them."));
    parser.addHelpOption();
    CommandContext::addGlobalOptions(parser);
    parser.addPositionalArgument(QStringLiteral("delays"), ReportCommandText::tr("The report to make (delays)."));
    parser.addOption({QStringLiteral("since"), ReportCommandText::tr("The window: the last N days, hours or minutes (30d, 12h, 90m). Default 30d."),
                      QStringLiteral("duration")});
    parser.addOption({QStringLiteral("from"), ReportCommandText::tr("The window's start: a date (UTC midnight) or an ISO-8601 time."), QStringLiteral("date")});
    parser.addOption({QStringLiteral("to"), ReportCommandText::tr("The window's end: a date (that whole day, UTC) or an ISO-8601 time."), QStringLiteral("date")});
    parser.addOption({QStringLiteral("json"), ReportCommandText::tr("Machine-readable output.")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, ReportCommandText::tr("Also draw the histogram to FILE (.png or .svg)."),
                      QStringLiteral("file")});
    if (!parser.parse(arguments)) {
        printErr(ReportCommandText::tr("credsync report: %1\n").arg(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(commandHelpText(parser, QStringLiteral("report")));
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || positional.first() != QLatin1String("delays")) {
        printErr(ReportCommandText::tr("credsync report: name the report: delays. See 'credsync report --help'.\n"));
        return ExitUsage;
    }
    const QString output = parser.value(QStringLiteral("output"));
    if (parser.isSet(QStringLiteral("output")) && !output.toLower().endsWith(QStringLiteral(".png"))
        && !output.toLower().endsWith(QStringLiteral(".svg"))) {
        printErr(ReportCommandText::tr("credsync report: -o takes a .png or .svg file, got \"%1\".\n").arg(output));
        return ExitUsage;
    }

    CommandContext context;
    if (Status prepared = context.prepare(parser); !prepared) {
        printErr(ReportCommandText::tr("credsync report: %1\n").arg(prepared.error().describe()));
        return ExitConfig;
    }
    Result<reports::ExtraSettings> settings = reports::extraSettings(context.profile());
    if (!settings) {
        printErr(ReportCommandText::tr("credsync report: %1\n").arg(settings.error().describe()));
        return ExitConfig;
    }
    Result<reports::DelayWindow> window = reports::parseDelayWindow(parser.value(QStringLiteral("since")), parser.value(QStringLiteral("from")),
                                                                    parser.value(QStringLiteral("to")), clock::nowUtc());
    if (!window) {
        printErr(ReportCommandText::tr("credsync report: %1\n").arg(window.error().message));
        return ExitUsage;
    }
    reports::DelayRequest request;
    request.window = window.value();
    request.currentDelaySeconds = settings->idPullDelaySeconds;
    TerminalProgress progressLine;
    Result<reports::DelayReport> report = collectDelayReport(context.profile(), request, [&](int done, int total) {
        progressLine.report({ReportCommandText::tr("reading HubSpot: %1/%2 sign-ups").arg(done).arg(total), done, total});
    });
    progressLine.finish();
    if (!report) {
        printErr(ReportCommandText::tr("credsync report: %1\n").arg(report.error().describe()));
        const Error::Kind kind = report.error().kind;
        return kind == Error::Kind::Auth || kind == Error::Kind::Scope || kind == Error::Kind::Config ? ExitConfig : ExitIncomplete;
    }
    if (parser.isSet(QStringLiteral("json")))
        printOut(QString::fromStdString(reports::delayReportToJson(report.value()).dump(2)) + QLatin1Char('\n'));
    else
        printOut(reports::delayReportText(report.value()));
    if (!output.isEmpty()) {
        if (Status written = reports::writeDelayChart(report.value(), output); !written) {
            printErr(ReportCommandText::tr("credsync report: %1\n").arg(written.error().message));
            return ExitFailed;
        }
        if (!parser.isSet(QStringLiteral("json")))
            printOut(ReportCommandText::tr("Histogram written to %1\n").arg(output));
    }
    return ExitOk;
}

} // namespace credsync::app
