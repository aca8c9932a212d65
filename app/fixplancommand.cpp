// credsync fix KIND --from-scan [--code CODE] [--limit N] --plan-out PLAN.json
// credsync fix approve PLAN.json
// credsync fix apply PLAN.json
// Exit codes: 0 planned / approved / every therapist applied and verified or already correct;
// 1 refused (not approved, expired, approver is the planner) or a therapist skipped or failed;
// 2 usage; 3 configuration; 4 interrupted (run apply again to resume).
#include "commandcontext.h"
#include "fixplancommand.h"
#include "inspectionrun.h"
#include "terminalprogress.h"

#include "core/clock.h"
#include "core/fixes/auditstore.h"
#include "core/fixes/fixrunner.h"
#include "core/fixes/livefixgateway.h"
#include "core/fixes/scanselection.h"
#include "core/inspector.h"
#include "core/pipeline/sourcefactory.h"
#include "core/reports/extrasettings.h"
#include "core/workspace/profileworkspace.h"
#include "core/workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <set>

namespace credsync::app {

namespace {

// lupdate files the strings under the same context the run time asks for.
struct FixPlanCommandText
{
    Q_DECLARE_TR_FUNCTIONS(FixPlanCommand)
};

const QStringList kValueOptions{QStringLiteral("--profile"), QStringLiteral("--log-level"), QStringLiteral("--log-file"),
                                QStringLiteral("--label"), QStringLiteral("--object"), QStringLiteral("--recheck"),
                                QStringLiteral("--label-write"), QStringLiteral("--code"), QStringLiteral("--limit"),
                                QStringLiteral("--plan-out")};

QStringList positionalsOf(const QStringList &arguments)
{
    QStringList out;
    for (int i = 1; i < arguments.size(); ++i) {
        if (kValueOptions.contains(arguments[i])) {
            ++i;
            continue;
        }
        if (!arguments[i].startsWith(QLatin1Char('-')))
            out << arguments[i];
    }
    return out;
}

std::atomic<bool> g_stop{false};

void onSignal(int)
{
    g_stop = true;
}

// One connected Inspector with a fix runner on it, for the life of a command.
struct FixSession
{
    Inspector inspector;
    std::unique_ptr<fixes::LiveFixGateway> gateway;
    std::unique_ptr<fixes::FixRunner> runner;

    explicit FixSession(const Profile &profile) : inspector(profile) {}

    Status connect(fixes::AuditStore *audit, const QString &operatorName)
    {
        QEventLoop loop;
        Status outcome = Ok{};
        bool done = false;
        QObject::connect(&inspector, &Inspector::connected, &loop, [&](const Status &status) {
            outcome = status;
            done = true;
            loop.quit();
        });
        inspector.connectSources();
        if (!done)
            loop.exec();
        if (!outcome)
            return outcome;
        pipeline::Sources *sources = inspector.sources();
        const Profile &profile = inspector.profile();
        gateway = std::make_unique<fixes::LiveFixGateway>(sources->hubspot.get(), sources->repository.get(), profile);
        runner = std::make_unique<fixes::FixRunner>(gateway.get(), profile, audit, fixes::ApplyOptions{3, operatorName, profile.name});
        return Ok{};
    }

    fixes::FixPlan plan(const fixes::FixRequest &request, const std::vector<fixes::FixSubject> &subjects)
    {
        fixes::FixPlan made;
        QEventLoop loop;
        bool done = false;
        runner->plan(request, subjects, [&](const fixes::FixPlan &plan) {
            made = plan;
            done = true;
            loop.quit();
        });
        if (!done)
            loop.exec();
        return made;
    }

    fixes::FixResult apply(const fixes::FixPlan &plan)
    {
        fixes::FixResult result;
        QEventLoop loop;
        bool done = false;
        runner->apply(plan, [&](const fixes::FixResult &applied) {
            result = applied;
            done = true;
            loop.quit();
        });
        if (!done)
            loop.exec();
        return result;
    }
};

fixes::FixRequest requestFor(fixes::FixKind kind)
{
    fixes::FixRequest request;
    request.kind = kind;
    return request;
}

QString summaryText(const PlanApplySummary &summary)
{
    QString text = FixPlanCommandText::tr("\nApplied and verified: %1\n").arg(summary.appliedAndVerified.size());
    for (const QString &line : summary.appliedAndVerified)
        text += QStringLiteral("  %1\n").arg(line);
    text += FixPlanCommandText::tr("Already correct: %1\n").arg(summary.alreadyCorrect.size());
    for (const QString &line : summary.alreadyCorrect)
        text += QStringLiteral("  %1\n").arg(line);
    if (!summary.appliedEarlier.isEmpty()) {
        text += FixPlanCommandText::tr("Applied by an earlier run of this plan: %1\n").arg(summary.appliedEarlier.size());
        for (const QString &line : summary.appliedEarlier)
            text += QStringLiteral("  %1\n").arg(line);
    }
    text += FixPlanCommandText::tr("Skipped: %1\n").arg(summary.skipped.size());
    for (const QString &line : summary.skipped)
        text += QStringLiteral("  %1\n").arg(line);
    text += FixPlanCommandText::tr("Failed: %1\n").arg(summary.failed.size());
    for (const QString &line : summary.failed)
        text += QStringLiteral("  %1\n").arg(line);
    if (summary.interrupted)
        text += FixPlanCommandText::tr("Interrupted: run the same 'credsync fix apply' again to resume.\n");
    return text;
}

} // namespace

bool isPlanFileInvocation(const QStringList &arguments)
{
    if (arguments.contains(QStringLiteral("--from-scan")))
        return true;
    const QStringList positional = positionalsOf(arguments);
    return !positional.isEmpty() && (positional.first() == QLatin1String("approve") || positional.first() == QLatin1String("apply"));
}

Result<fixes::PlanFile> planFromScan(const Profile &profile, fixes::FixKind kind, const QString &code, int limit, const QString &planner)
{
    InspectionRequest scan;
    scan.scan = true;
    scan.options.withEvidence = kind == fixes::FixKind::Relabel && (code == FindingCode::DuplicateRun || code == FindingCode::RapidIdChanges);
    const InspectionOutcome outcome = runInspection(profile, scan);
    if (!outcome.status)
        return Error::make(outcome.status.error().kind, FixPlanCommandText::tr("the scan did not finish, so nothing was planned: %1").arg(outcome.status.error().describe()),
                           QStringLiteral("scan"));
    const std::vector<fixes::FixSubject> subjects = fixes::subjectsFromScan(outcome.reports, kind, code, limit);
    fixes::PlanFile file;
    if (!subjects.empty()) {
        FixSession session(profile);
        if (Status connected = session.connect(nullptr, planner); !connected)
            return connected.error();
        const fixes::FixPlan plan = session.plan(requestFor(kind), subjects);
        file = fixes::planFileFrom(plan, planner, clock::nowUtc(), code);
    }
    file.kind = kind;
    file.createdAt = clock::nowUtc();
    file.planner = planner;
    file.profile = profile.name;
    file.code = code;
    return file;
}

Result<PlanApplySummary> applyPlanFile(const Profile &profile, const fixes::PlanFile &plan, const QString &journalPath,
                                       const QString &applier, std::function<void(int, int, const QString &)> progress,
                                       std::function<bool()> stopRequested)
{
    fixes::AuditStore::registerMigrations();
    auto opened = workspace::openProfileWorkspace(profile);
    if (!opened)
        return Error::make(opened.error().kind, FixPlanCommandText::tr("the audit workspace cannot be opened, nothing applied: %1").arg(opened.error().describe()),
                           QStringLiteral("workspace"));
    fixes::AuditStore audit(opened.value().get());
    QStringList approvers;
    for (const fixes::PlanApproval &approval : plan.approvals)
        approvers << approval.operatorName;
    // The audit holds both names: who applies, who planned and who approved.
    const QString operatorName = FixPlanCommandText::tr("%1 (planned by %2, approved by %3)").arg(applier, plan.planner, approvers.join(QStringLiteral(", ")));
    FixSession session(profile);
    if (Status connected = session.connect(&audit, operatorName); !connected)
        return connected.error();

    fixes::PlanApplier planApplier(session.runner.get(), plan, journalPath);
    std::optional<PlanApplySummary> summary;
    QEventLoop loop;
    // Ctrl+C / SIGTERM: stop after the therapist in flight (its steps finish or are undone).
    QTimer poll;
    if (stopRequested) {
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (stopRequested())
                planApplier.stop();
        });
        poll.start(200);
    }
    planApplier.start(progress, [&](const PlanApplySummary &done) {
        summary = done;
        loop.quit();
    });
    // The headless command's main loop (not nested inside a callback).
    if (!summary)
        loop.exec();
    return *summary;
}

int runPlanFileCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(FixPlanCommandText::tr(
        "An approved clean-up:\n"
        "  credsync fix pull-ids|relabel|resync --from-scan [--code CODE] [--limit N] --plan-out PLAN.json\n"
        "  credsync fix approve PLAN.json      (a second operator; never the planner)\n"
        "  credsync fix apply PLAN.json        (only approved, unexpired plans; resumes after an interruption)"));
    parser.addHelpOption();
    CommandContext::addGlobalOptions(parser);
    parser.addOption({QStringLiteral("from-scan"), FixPlanCommandText::tr("Plan for every therapist a fresh scan finds needing this fix.")});
    parser.addOption({QStringLiteral("code"), FixPlanCommandText::tr("Only therapists with this finding code."), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("limit"), FixPlanCommandText::tr("At most N therapists."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("plan-out"), FixPlanCommandText::tr("Where to write the plan for approval."), QStringLiteral("PLAN.json")});
    parser.addOption({QStringLiteral("json"), FixPlanCommandText::tr("Print the plan or the summary as JSON.")});
    parser.addPositionalArgument(QStringLiteral("what"), FixPlanCommandText::tr("pull-ids | relabel | resync (with --from-scan), approve or apply"));
    if (!parser.parse(arguments)) {
        printErr(FixPlanCommandText::tr("credsync fix: %1\n").arg(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(commandHelpText(parser, QStringLiteral("fix")));
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    const QString what = positional.value(0);
    const bool json = parser.isSet(QStringLiteral("json"));

    if (what == QLatin1String("approve") || what == QLatin1String("apply")) {
        if (positional.size() != 2 || parser.isSet(QStringLiteral("from-scan"))) {
            printErr(FixPlanCommandText::tr("credsync fix %1: name one PLAN.json.\n").arg(what));
            return ExitUsage;
        }
        const QString path = positional.at(1);
        Result<fixes::PlanFile> loaded = fixes::loadPlanFile(path);
        if (!loaded) {
            printErr(FixPlanCommandText::tr("credsync fix %1: %2\n").arg(what, loaded.error().message));
            return ExitUsage;
        }
        fixes::PlanFile plan = std::move(loaded).value();
        // A profile's "operator" names the person (two people sharing a machine account are two people).
        QString operatorName = fixes::currentOperator();
        if (parser.isSet(QStringLiteral("profile"))) {
            if (Result<Profile> profile = Profile::load(parser.value(QStringLiteral("profile"))))
                operatorName = fixes::currentOperator(profile.value());
        }
        if (what == QLatin1String("approve")) {
            if (Status approved = fixes::approvePlan(plan, operatorName, clock::nowUtc()); !approved) {
                printErr(FixPlanCommandText::tr("credsync fix approve: %1\n").arg(approved.error().message));
                return ExitFailed;
            }
            if (Status saved = fixes::savePlanFile(path, plan); !saved) {
                printErr(FixPlanCommandText::tr("credsync fix approve: %1\n").arg(saved.error().message));
                return ExitFailed;
            }
            printOut(FixPlanCommandText::tr("%1 approved the %2 plan for %3 therapists (planned by %4).\n")
                         .arg(operatorName, fixes::fixKindName(plan.kind))
                         .arg(plan.therapists.size())
                         .arg(plan.planner));
            return ExitOk;
        }
        CommandContext context;
        if (Status prepared = context.prepare(parser); !prepared) {
            printErr(FixPlanCommandText::tr("credsync fix apply: %1\n").arg(prepared.error().describe()));
            return ExitConfig;
        }
        const Profile &profile = context.profile();
        if (profile.readOnly) {
            printErr(FixPlanCommandText::tr("credsync fix apply: the profile \"%1\" is read-only: every fix is disabled.\n").arg(profile.name));
            return ExitFailed;
        }
        Result<reports::ExtraSettings> settings = reports::extraSettings(profile);
        if (!settings) {
            printErr(FixPlanCommandText::tr("credsync fix apply: %1\n").arg(settings.error().describe()));
            return ExitConfig;
        }
        if (Status applicable = fixes::checkApplicable(plan, profile.name, clock::nowUtc(), settings->planLifetimeHours); !applicable) {
            printErr(FixPlanCommandText::tr("credsync fix apply: %1; nothing applied.\n").arg(applicable.error().message));
            return ExitFailed;
        }
        g_stop = false;
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        TerminalProgress progressLine;
        Result<PlanApplySummary> summary = applyPlanFile(
            profile, plan, path + QStringLiteral(".journal"), operatorName,
            [&](int done, int total, const QString &who) {
                if (progressLine.isEnabled())
                    progressLine.report({QStringLiteral("[%1/%2] %3").arg(done).arg(total).arg(who), done, total});
                else if (!who.isEmpty() && !json)
                    printErr(FixPlanCommandText::tr("[%1/%2] %3\n").arg(done + 1).arg(total).arg(who));
            },
            [] { return g_stop.load(); });
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        progressLine.finish();
        if (!summary) {
            printErr(FixPlanCommandText::tr("credsync fix apply: %1\n").arg(summary.error().describe()));
            return ExitConfig;
        }
        if (json) {
            auto list = [](const QStringList &lines) {
                nlohmann::json array = nlohmann::json::array();
                for (const QString &line : lines)
                    array.push_back(line.toStdString());
                return array;
            };
            printOut(QString::fromStdString(nlohmann::json{{"applied", list(summary->appliedAndVerified)},
                                                           {"already_correct", list(summary->alreadyCorrect)},
                                                           {"applied_earlier", list(summary->appliedEarlier)},
                                                           {"skipped", list(summary->skipped)},
                                                           {"failed", list(summary->failed)},
                                                           {"interrupted", summary->interrupted}}
                                                .dump(2))
                     + QLatin1Char('\n'));
        } else {
            printOut(summaryText(summary.value()));
        }
        if (summary->interrupted)
            return ExitIncomplete;
        return summary->succeeded() ? ExitOk : ExitFailed;
    }

    // Planning from a scan.
    const std::optional<fixes::FixKind> kind = fixes::fixKindFromName(what);
    if (!kind || positional.size() != 1 || !parser.isSet(QStringLiteral("from-scan"))) {
        printErr(FixPlanCommandText::tr("credsync fix: use 'fix pull-ids|relabel|resync --from-scan --plan-out PLAN.json', 'fix approve PLAN.json' or "
                    "'fix apply PLAN.json'.\n"));
        return ExitUsage;
    }
    const QString planOut = parser.value(QStringLiteral("plan-out"));
    if (planOut.isEmpty()) {
        printErr(FixPlanCommandText::tr("credsync fix: --from-scan needs --plan-out PLAN.json.\n"));
        return ExitUsage;
    }
    const QString code = parser.value(QStringLiteral("code"));
    if (!code.isEmpty() && !FindingCode::all().contains(code)) {
        printErr(FixPlanCommandText::tr("credsync fix: unknown finding code \"%1\"; expected one of %2.\n").arg(code, FindingCode::all().join(QStringLiteral(", "))));
        return ExitUsage;
    }
    int limit = 0;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0) {
            printErr(FixPlanCommandText::tr("credsync fix: --limit takes a positive whole number, got \"%1\".\n").arg(parser.value(QStringLiteral("limit"))));
            return ExitUsage;
        }
    }
    CommandContext context;
    if (Status prepared = context.prepare(parser); !prepared) {
        printErr(FixPlanCommandText::tr("credsync fix: %1\n").arg(prepared.error().describe()));
        return ExitConfig;
    }
    Result<fixes::PlanFile> plan = planFromScan(context.profile(), *kind, code, limit, fixes::currentOperator(context.profile()));
    if (!plan) {
        printErr(FixPlanCommandText::tr("credsync fix: %1\n").arg(plan.error().describe()));
        return plan.error().kind == Error::Kind::Auth || plan.error().kind == Error::Kind::Config ? ExitConfig : ExitIncomplete;
    }
    if (Status saved = fixes::savePlanFile(planOut, plan.value()); !saved) {
        printErr(FixPlanCommandText::tr("credsync fix: %1\n").arg(saved.error().message));
        return ExitFailed;
    }
    if (json)
        printOut(QString::fromStdString(fixes::planFileToJson(plan.value()).dump(2)) + QLatin1Char('\n'));
    else
        printOut(FixPlanCommandText::tr("Planned %1 for %2 therapists; written to %3. A second operator approves it with 'credsync fix approve %3', "
                    "then 'credsync fix apply %3' applies it.\n")
                     .arg(what)
                     .arg(plan->therapists.size())
                     .arg(planOut));
    return ExitOk;
}

} // namespace credsync::app
