#include "commandcontext.h"

#include <QCoreApplication>
#include "commands.h"
#include "inspectionrun.h"

#include "core/jsonio.h"
#include "core/report/reportjson.h"
#include "core/report/reporttext.h"

#include <QCommandLineParser>

namespace credsync::app {

int runInspectCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Inspect therapists: every id the database holds beside every object and label HubSpot holds,\n"
        "the backend's log lines and Sentry errors on one timeline, and what is wrong.\n\n"
        "TARGET is a contact id, an email, a therapist UUID, a HubSpot contact or object URL, or '-' to\n"
        "read a whole ticket's text from stdin."));
    parser.addHelpOption();
    CommandContext::addGlobalOptions(parser);
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("InspectCommand", "Machine-readable output (see the README for the fields).")});
    parser.addOption({QStringLiteral("no-evidence"), QCoreApplication::translate("InspectCommand", "Skip Loki and Sentry (ids and labels only).")});
    parser.addPositionalArgument(QStringLiteral("targets"), QCoreApplication::translate("InspectCommand", "What to inspect."), QStringLiteral("TARGET…"));
    if (!parser.parse(arguments)) {
        printErr(QCoreApplication::translate("InspectCommand", "credsync inspect: %1\n").arg(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return ExitOk;
    }
    const QStringList targets = readTargets(parser.positionalArguments());
    if (targets.isEmpty()) {
        printErr(QCoreApplication::translate("InspectCommand", "credsync inspect: name at least one TARGET (or '-' to read a ticket from stdin).\n"));
        return ExitUsage;
    }

    CommandContext context;
    if (Status prepared = context.prepare(parser); !prepared) {
        printErr(QCoreApplication::translate("InspectCommand", "credsync inspect: %1\n").arg(prepared.error().describe()));
        return ExitConfig;
    }

    InspectionRequest request;
    request.targets = targets;
    request.options.withEvidence = !parser.isSet(QStringLiteral("no-evidence"));
    InspectionOutcome outcome = runInspection(context.profile(), request);
    if (!outcome.status) {
        printErr(QCoreApplication::translate("InspectCommand", "credsync inspect: %1\n").arg(outcome.status.error().describe()));
        return outcome.status.error().kind == Error::Kind::Cancelled ? ExitIncomplete : ExitConfig;
    }

    if (parser.isSet(QStringLiteral("json"))) {
        nlohmann::json therapists = nlohmann::json::array();
        for (const TherapistReport &report : outcome.reports)
            therapists.push_back(report::therapistToJson(report, context.profile(), outcome.account));
        nlohmann::json unresolved = outcome.unresolved;
        const nlohmann::json document{{"therapists", therapists}, {"unresolved", unresolved}};
        printOut(QString::fromStdString(document.dump(2)) + QLatin1Char('\n'));
        return ExitOk;
    }

    report::TextOptions options;
    options.color = stdoutIsTerminal();
    QString text;
    for (const TherapistReport &report : outcome.reports)
        text += report::therapistText(report, context.profile(), outcome.account, options) + QLatin1Char('\n');
    printOut(text);
    if (!outcome.unresolved.empty())
        printErr(report::unresolvedText(outcome.unresolved));
    if (outcome.reports.empty() && outcome.unresolved.empty())
        printErr(QCoreApplication::translate("InspectCommand", "credsync inspect: no therapist matched.\n"));
    return ExitOk;
}

} // namespace credsync::app
