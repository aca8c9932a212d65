#include "commandcontext.h"

#include <QCoreApplication>
#include "commands.h"
#include "inspectionrun.h"
#include "terminalprogress.h"

#include "core/fixes/auditstore.h"
#include "core/fixes/runjournal.h"
#include "core/jsonio.h"
#include "core/workspace/profileworkspace.h"
#include "core/workspace/workspace.h"
#include "core/report/reportjson.h"
#include "core/report/reporttext.h"
#include "core/report/verdict.h"

#include <QCommandLineParser>

#include <map>
#include <vector>

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
        printOut(commandHelpText(parser, QStringLiteral("inspect")));
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
    // On a terminal, where the inspection is (stderr, cleared before the report is printed).
    TerminalProgress progressLine;
    if (progressLine.isEnabled()) {
        progressLine.report({QCoreApplication::translate("InspectCommand", "inspecting %n target(s)…", nullptr, int(targets.size()))});
        request.onProgress = [&progressLine](int done, int total) {
            progressLine.report({QCoreApplication::translate("InspectCommand", "inspecting: %1/%2 therapists").arg(done).arg(total), done, total});
        };
    }
    InspectionOutcome outcome = runInspection(context.profile(), request);
    progressLine.finish();
    if (!outcome.status) {
        printErr(QCoreApplication::translate("InspectCommand", "credsync inspect: %1\n").arg(outcome.status.error().describe()));
        return outcome.status.error().kind == Error::Kind::Cancelled ? ExitIncomplete : ExitConfig;
    }

    // Ran, but could not tell for some therapist: exit 4, whatever the output format.
    const bool anyUnknown = std::any_of(outcome.reports.begin(), outcome.reports.end(), [](const TherapistReport &report) {
        return verdict::assess(report).verdict == verdict::Verdict::Unknown;
    });
    const int finished = anyUnknown ? ExitIncomplete : ExitOk;

    // Fixes whose process died on these contacts (the run journal); a workspace that cannot be opened
    // only costs this section, never the inspection.
    std::map<QString, std::vector<fixes::InterruptedRun>> interrupted;
    fixes::AuditStore::registerMigrations();
    if (auto workspace = workspace::openProfileWorkspace(context.profile())) {
        fixes::RunJournal journal(workspace->get());
        for (const TherapistReport &report : outcome.reports) {
            const QString contactId = report.snapshot.therapist.contactId;
            if (contactId.isEmpty())
                continue;
            if (auto runs = journal.interrupted(contactId); runs && !runs->empty())
                interrupted[contactId] = std::move(runs).value();
        }
    }

    if (parser.isSet(QStringLiteral("json"))) {
        nlohmann::json therapists = nlohmann::json::array();
        for (const TherapistReport &report : outcome.reports) {
            nlohmann::json entry = report::therapistToJson(report, context.profile(), outcome.account);
            nlohmann::json runs = nlohmann::json::array();
            for (const fixes::InterruptedRun &run : interrupted[report.snapshot.therapist.contactId])
                runs.push_back(run.toJson());
            entry["interrupted_fixes"] = runs;
            therapists.push_back(std::move(entry));
        }
        nlohmann::json unresolved = outcome.unresolved;
        const nlohmann::json document{{"therapists", therapists}, {"unresolved", unresolved}};
        printOut(QString::fromStdString(document.dump(2)) + QLatin1Char('\n'));
        return finished;
    }

    report::TextOptions options;
    options.color = stdoutIsTerminal();
    QString text;
    for (const TherapistReport &report : outcome.reports) {
        text += report::therapistText(report, context.profile(), outcome.account, options);
        for (const fixes::InterruptedRun &run : interrupted[report.snapshot.therapist.contactId])
            text += QStringLiteral("  ! %1 — apply the fix again to finish it from HubSpot's current state\n").arg(run.summary());
        text += QLatin1Char('\n');
    }
    printOut(text);
    if (!outcome.unresolved.empty())
        printErr(report::unresolvedText(outcome.unresolved));
    if (outcome.reports.empty() && outcome.unresolved.empty())
        printErr(QCoreApplication::translate("InspectCommand", "credsync inspect: no therapist matched.\n"));
    return finished;
}

} // namespace credsync::app
