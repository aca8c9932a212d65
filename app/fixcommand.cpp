// credsync fix auto|pull-ids|resync|relabel: plan (and with --apply, apply) a fix for therapists.
// Exit codes: 0 plan made / applied and verified; 1 refused, failed, not verified, unresolved or
// broke again on --recheck; 2 usage; 3 configuration (profile, sources, credentials, workspace).
#include "commandcontext.h"

#include <QCoreApplication>
#include "commands.h"
#include "fixplancommand.h"
#include "terminalprogress.h"

#include "core/fixes/applyprogress.h"
#include "core/fixes/auditstore.h"
#include "core/fixes/autoplanner.h"
#include "core/fixes/fixjson.h"
#include "core/fixes/fixrecheck.h"
#include "core/fixes/fixrunner.h"
#include "core/fixes/fixtext.h"
#include "core/fixes/livefixgateway.h"
#include "core/inspector.h"
#include "core/jsonio.h"
#include "core/platform/signalwatcher.h"
#include "core/pipeline/sourcefactory.h"
#include "core/workspace/profileworkspace.h"
#include "core/workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

#include <memory>
#include <set>

namespace credsync::app {

namespace {

const QString kCommand = QStringLiteral("credsync fix");

struct FixCommandOptions
{
    fixes::FixRequest request;
    QStringList targets;
    bool apply = false;
    bool json = false;
    int recheckSeconds = 0;
};

Result<FixCommandOptions> readOptions(const QCommandLineParser &parser)
{
    FixCommandOptions options;
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return Error::make(Error::Kind::Validation, QCoreApplication::translate("FixCommand", "name the fix: auto, pull-ids, resync or relabel"));
    const QString fixName = positional.takeFirst();
    // auto: the one plan that brings each therapist to correct (relabel then pull ids, pull ids, or resync).
    options.request.automatic = fixName == QLatin1String("auto");
    const std::optional<fixes::FixKind> kind = options.request.automatic ? std::optional(fixes::FixKind::PullIds) : fixes::fixKindFromName(fixName);
    if (!kind)
        return Error::make(Error::Kind::Validation, QCoreApplication::translate("FixCommand", "unknown fix; expected auto, pull-ids, resync or relabel"));
    options.request.kind = *kind;
    options.targets = readTargets(positional);
    if (options.targets.isEmpty())
        return Error::make(Error::Kind::Validation, QCoreApplication::translate("FixCommand", "name at least one TARGET (or '-' to read a ticket from stdin)"));
    options.apply = parser.isSet(QStringLiteral("apply"));
    options.json = parser.isSet(QStringLiteral("json"));
    const QString object = parser.value(QStringLiteral("object"));
    options.request.pullIds.objectName = object;
    options.request.relabel.objectName = object;
    for (const QString &text : parser.values(QStringLiteral("label"))) {
        if (*kind != fixes::FixKind::Relabel || options.request.automatic)
            return Error::make(Error::Kind::Validation, QCoreApplication::translate("FixCommand", "--label is for relabel only"));
        Result<fixes::LabelAssignment> assignment = fixes::parseLabelAssignment(text);
        if (!assignment)
            return assignment.error();
        options.request.relabel.assignments.push_back(assignment.value());
    }
    const QString method = parser.value(QStringLiteral("label-write"));
    if (method == QLatin1String("put"))
        options.request.relabel.writeMethod = fixes::LabelWriteMethod::Put;
    else if (!method.isEmpty() && method != QLatin1String("batch"))
        return Error::make(Error::Kind::Validation, QCoreApplication::translate("FixCommand", "--label-write: expected batch or put"));
    if (parser.isSet(QStringLiteral("recheck"))) {
        bool ok = false;
        options.recheckSeconds = parser.value(QStringLiteral("recheck")).toInt(&ok);
        if (!ok || options.recheckSeconds < 0)
            return Error::make(Error::Kind::Validation, QCoreApplication::translate("FixCommand", "--recheck: expected a number of seconds"));
        if (!options.apply)
            return Error::make(Error::Kind::Validation, QCoreApplication::translate("FixCommand", "--recheck only makes sense with --apply"));
    }
    return options;
}

void printRecheck(const std::vector<fixes::RecheckOutcome> &outcomes, bool json)
{
    if (json)
        return; // the JSON document carries it
    QString text = QStringLiteral("\nRe-check:\n");
    for (const fixes::RecheckOutcome &outcome : outcomes) {
        const Therapist &therapist = outcome.report.snapshot.therapist;
        text += QCoreApplication::translate("FixCommand", "  %1 (contact %2): %3\n")
                    .arg(therapist.name.isEmpty() ? therapist.id : therapist.name, therapist.contactId,
                         outcome.brokeAgain ? QCoreApplication::translate("FixCommand", "BROKE AGAIN") : QCoreApplication::translate("FixCommand", "fix held (ids and labels still right)"));
        for (const Finding &finding : outcome.report.findings)
            text += QStringLiteral("    %1: %2\n").arg(finding.code, finding.summary);
    }
    printOut(text);
}

// fix auto speaks of one plan per therapist: replaces the generic first line and says which parts
// each therapist's plan combines.
QString autoPlanText(const fixes::FixPlan &plan)
{
    QString text = fixes::planText(plan);
    const qsizetype firstLine = text.indexOf(QLatin1Char('\n'));
    text.replace(0, firstLine, QCoreApplication::translate("FixCommand", "Plan: auto (one plan per therapist) for %1 therapist(s), profile %2. Nothing has been changed.")
                                   .arg(plan.therapists.size()).arg(plan.profileName));
    QString parts;
    for (const fixes::TherapistPlan &entry : plan.therapists) {
        const QStringList steps = fixes::autoPlanParts(entry);
        if (!steps.isEmpty())
            parts += QCoreApplication::translate("FixCommand", "  %1: %2\n").arg(fixes::therapistHeading(entry), steps.join(QStringLiteral(" → ")));
    }
    if (!parts.isEmpty())
        text += QLatin1Char('\n') + QCoreApplication::translate("FixCommand", "Each plan combines:") + QLatin1Char('\n') + parts;
    return text;
}

// After an auto apply: "Resolved" with what changed, or exactly what is left, per therapist.
// Returns whether every therapist is resolved.
bool reportAutoVerdicts(const fixes::FixResult &result, const Profile &profile, bool json, nlohmann::json &document)
{
    bool allResolved = true;
    QString text = QLatin1Char('\n') + QCoreApplication::translate("FixCommand", "Verdict:") + QLatin1Char('\n');
    nlohmann::json entries = nlohmann::json::array();
    for (const fixes::TherapistResult &entry : result.therapists) {
        const fixes::AutoVerdict verdict = fixes::autoVerdict(entry, profile);
        allResolved = allResolved && verdict.resolved;
        text += QStringLiteral("  %1: %2\n").arg(fixes::therapistHeading(entry.plan), verdict.headline);
        for (const QString &line : verdict.changed)
            text += QCoreApplication::translate("FixCommand", "    changed: %1\n").arg(line);
        for (const QString &line : verdict.left)
            text += QCoreApplication::translate("FixCommand", "    left: %1\n").arg(line);
        nlohmann::json changed = nlohmann::json::array();
        for (const QString &line : verdict.changed)
            changed.push_back(line.toStdString());
        nlohmann::json left = nlohmann::json::array();
        for (const QString &line : verdict.left)
            left.push_back(line.toStdString());
        nlohmann::json parts = nlohmann::json::array();
        for (const QString &part : fixes::autoPlanParts(entry.plan))
            parts.push_back(part.toStdString());
        entries.push_back({{"therapist", entry.plan.therapist.id.toStdString()},
                           {"parts", parts},
                           {"resolved", verdict.resolved},
                           {"headline", verdict.headline.toStdString()},
                           {"changed", changed},
                           {"left", left}});
    }
    document["auto"] = entries;
    if (!json)
        printOut(text);
    return allResolved;
}

} // namespace

int runFixCommand(const QStringList &arguments)
{
    if (isPlanFileInvocation(arguments))
        return runPlanFileCommand(arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Plan a fix for therapists and, with --apply, apply it: locked per therapist, each step verified by\n"
        "reading back, completed steps undone when a later one fails, every step audited.\n\n"
        "  auto      the one plan that brings each therapist to correct: relabel then pull ids, pull ids\n"
        "            alone, or resync; applied and verified as a whole (\"Resolved\" or what is left)\n"
        "  pull-ids  set each id column to the object that carries its label\n"
        "  resync    push resync.properties to the object the database holds for resync.label\n"
        "  relabel   bring the labels to a target (--label \"Active Attested=<objectId>\", or the proposal)\n\n"
        "Without --apply nothing is changed. Exit 0: plan made / applied and verified; 1: refused or failed\n"
        "(the report says the contact's state and what is left); 2: usage; 3: configuration."));
    parser.addHelpOption();
    CommandContext::addGlobalOptions(parser);
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("FixCommand", "Print the plan or the result as JSON.")});
    parser.addOption({QStringLiteral("apply"), QCoreApplication::translate("FixCommand", "Apply the plan (otherwise it is only shown).")});
    parser.addOption({QStringLiteral("label"), QCoreApplication::translate("FixCommand", "relabel target, repeatable: \"LABEL=OBJECT_ID\"."), QStringLiteral("assignment")});
    parser.addOption({QStringLiteral("object"), QCoreApplication::translate("FixCommand", "Only this object type of the profile (e.g. Credentialing)."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("recheck"), QCoreApplication::translate("FixCommand", "After applying, wait SECONDS and inspect again."), QStringLiteral("seconds")});
    parser.addOption({QStringLiteral("label-write"), QCoreApplication::translate("FixCommand", "How relabel adds labels: batch (batch/create, default) or put."), QStringLiteral("method")});
    parser.addPositionalArgument(QStringLiteral("fix"), QCoreApplication::translate("FixCommand", "auto | pull-ids | resync | relabel"));
    parser.addPositionalArgument(QStringLiteral("targets"), QCoreApplication::translate("FixCommand", "Contact ids, emails, UUIDs or HubSpot links."), QStringLiteral("TARGET…"));
    if (!parser.parse(arguments)) {
        printErr(QStringLiteral("%1: %2\n").arg(kCommand, parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(commandHelpText(parser, QStringLiteral("fix")));
        return ExitOk;
    }
    Result<FixCommandOptions> parsed = readOptions(parser);
    if (!parsed) {
        printErr(QStringLiteral("%1: %2\n").arg(kCommand, parsed.error().message));
        return ExitUsage;
    }
    const FixCommandOptions options = parsed.value();

    fixes::AuditStore::registerMigrations(); // before any workspace is opened
    CommandContext context;
    if (Status prepared = context.prepare(parser); !prepared) {
        printErr(QStringLiteral("%1: %2\n").arg(kCommand, prepared.error().describe()));
        return ExitConfig;
    }
    const Profile &profile = context.profile();
    if (profile.readOnly) {
        printErr(QStringLiteral("%1: the profile \"%2\" is read-only (\"read_only\": true): every fix is disabled. "
                                "Use a profile that allows writes.\n").arg(kCommand, profile.name));
        return ExitFailed;
    }

    std::unique_ptr<workspace::Workspace> workspace;
    std::unique_ptr<fixes::AuditStore> audit;
    if (options.apply) {
        // Nothing is applied without an audit trail.
        auto opened = workspace::openProfileWorkspace(profile);
        if (!opened) {
            printErr(QCoreApplication::translate("FixCommand", "%1: the audit workspace cannot be opened, nothing applied: %2\n").arg(kCommand, opened.error().describe()));
            return ExitConfig;
        }
        workspace = std::move(opened).value();
        audit = std::make_unique<fixes::AuditStore>(workspace.get());
    }

    Inspector inspector(profile);
    QEventLoop loop;
    // SIGINT/SIGTERM: stop before the next step, undo the therapist's completed steps, record the
    // outcome, release the lock, then exit 130/143 (a second signal exits at once).
    platform::SignalWatcher signals;
    bool applying = false;
    int exitCode = ExitOk;
    std::vector<UnresolvedTarget> unresolved;
    std::vector<fixes::FixSubject> subjects;
    std::set<QString> seen;
    std::unique_ptr<fixes::LiveFixGateway> gateway;
    std::unique_ptr<fixes::FixRunner> runner;
    std::unique_ptr<fixes::FixRecheck> recheck;
    fixes::FixPlan plan;
    nlohmann::json document;
    TerminalProgress progressLine;
    constexpr quint64 resolveJob = 1;
    constexpr quint64 recheckJob = 2;

    auto finish = [&](int code) {
        exitCode = signals.received() ? signals.exitCode() : code;
        if (options.json && !document.is_null())
            printOut(QString::fromStdString(document.dump(2)) + QLatin1Char('\n'));
        loop.quit();
    };

    QObject::connect(&signals, &platform::SignalWatcher::stopRequested, &loop, [&](int signalNumber) {
        const QString name = platform::SignalWatcher::signalName(signalNumber);
        if (applying && runner) {
            printErr(QStringLiteral("\n%1: %2 received: stopping before the next step and undoing the completed ones "
                                    "(a second signal stops at once)…\n").arg(kCommand, name));
            runner->stop(QStringLiteral("stopped by %1").arg(name));
            return;
        }
        printErr(QStringLiteral("\n%1: %2 received before anything was written; nothing changed.\n").arg(kCommand, name));
        finish(signals.exitCode());
    });
    QObject::connect(&inspector, &Inspector::connected, &loop, [&](const Status &status) {
        if (!status) {
            printErr(QStringLiteral("%1: %2\n").arg(kCommand, status.error().describe()));
            finish(ExitConfig);
            return;
        }
        InspectOptions inspectOptions;
        inspectOptions.withEvidence = false;
        inspector.inspect(resolveJob, options.targets, inspectOptions);
    });
    QObject::connect(&inspector, &Inspector::unresolved, &loop, [&](quint64 job, const UnresolvedTarget &target) {
        if (job == resolveJob)
            unresolved.push_back(target);
    });
    QObject::connect(&inspector, &Inspector::reportReady, &loop, [&](quint64 job, const TherapistReport &report) {
        const Therapist &therapist = report.snapshot.therapist;
        if (job == resolveJob && seen.insert(therapist.id).second)
            subjects.push_back({therapist.id, therapist.contactId, report.snapshot.target});
    });
    QObject::connect(&inspector, &Inspector::finished, &loop, [&](quint64 job, const Status &status) {
        if (job != resolveJob)
            return;
        if (!status) {
            printErr(QStringLiteral("%1: %2\n").arg(kCommand, status.error().describe()));
            finish(ExitConfig);
            return;
        }
        pipeline::Sources *sources = inspector.sources();
        gateway = std::make_unique<fixes::LiveFixGateway>(sources->hubspot.get(), sources->repository.get(), profile);
        runner = std::make_unique<fixes::FixRunner>(gateway.get(), profile, audit.get(), fixes::ApplyOptions{3, fixes::currentOperator(profile), profile.name});
        if (progressLine.isEnabled()) {
            QObject::connect(runner.get(), &fixes::FixRunner::progress, &loop, [&progressLine](int done, int total, const QString &text) {
                progressLine.report({QStringLiteral("[%1/%2] %3").arg(done).arg(total).arg(text), done, total});
            });
        }
        runner->plan(options.request, subjects, [&](const fixes::FixPlan &made) {
            progressLine.finish();
            plan = made;
            plan.unresolved = unresolved;
            const bool planProblems = plan.refusedCount() > 0 || !plan.unresolved.empty() || plan.therapists.empty();
            if (!options.apply) {
                if (options.json)
                    document = fixes::planToJson(plan);
                else
                    printOut(options.request.automatic ? autoPlanText(plan) : fixes::planText(plan));
                if (plan.therapists.empty() && plan.unresolved.empty())
                    printErr(QCoreApplication::translate("FixCommand", "%1: no therapist matched.\n").arg(kCommand));
                finish(planProblems ? ExitFailed : ExitOk);
                return;
            }
            if (signals.received()) {
                finish(signals.exitCode());
                return;
            }
            applying = true;
            // On a terminal, the step being sent ("Step 2 of 5: …"), as the window shows it.
            if (progressLine.isEnabled()) {
                auto steps = std::make_shared<fixes::ApplyProgress>(plan);
                QObject::disconnect(runner.get(), &fixes::FixRunner::progress, &loop, nullptr);
                progressLine.report(steps->current());
                QObject::connect(runner.get(), &fixes::FixRunner::stepUpdated, &loop,
                                 [&progressLine, steps](const QString &key, int index, const fixes::FixStep &step) {
                                     progressLine.report(steps->stepUpdated(key, index, step));
                                 });
            }
            runner->apply(plan, [&, planProblems](const fixes::FixResult &result) {
                applying = false;
                progressLine.finish();
                document = fixes::resultToJson(result, plan);
                if (!options.json)
                    printOut(fixes::resultText(result, plan));
                // auto is verified as a whole: a therapist not brought to correct fails the command.
                const bool resolved = !options.request.automatic || reportAutoVerdicts(result, profile, options.json, document);
                const int code = result.allSucceeded() && !planProblems && resolved ? ExitOk : ExitFailed;
                if (signals.received()) {
                    printErr(QStringLiteral("%1: stopped by %2; the report above says each contact's state.\n")
                                 .arg(kCommand, platform::SignalWatcher::signalName(signals.received())));
                    finish(signals.exitCode());
                    return;
                }
                if (options.recheckSeconds <= 0 || code != ExitOk) {
                    finish(code);
                    return;
                }
                if (!options.json)
                    printErr(QCoreApplication::translate("FixCommand", "waiting %1 s before re-checking (HubSpot workflows may still be running)…\n").arg(options.recheckSeconds));
                QStringList keys;
                for (const fixes::TherapistResult &entry : result.therapists)
                    keys << (entry.plan.therapist.contactId.isEmpty() ? entry.plan.therapist.id : entry.plan.therapist.contactId);
                recheck = std::make_unique<fixes::FixRecheck>(&inspector, recheckJob);
                QObject::connect(recheck.get(), &fixes::FixRecheck::finished, &loop,
                                 [&](const std::vector<fixes::RecheckOutcome> &outcomes, const Status &rechecked) {
                                     bool brokeAgain = !rechecked;
                                     nlohmann::json entries = nlohmann::json::array();
                                     for (const fixes::RecheckOutcome &outcome : outcomes) {
                                         brokeAgain = brokeAgain || outcome.brokeAgain;
                                         nlohmann::json codes = nlohmann::json::array();
                                         for (const Finding &finding : outcome.report.findings)
                                             codes.push_back(finding.code);
                                         entries.push_back({{"therapist", outcome.report.snapshot.therapist.id},
                                                            {"broke_again", outcome.brokeAgain},
                                                            {"findings", codes}});
                                     }
                                     document["recheck"] = entries;
                                     printRecheck(outcomes, options.json);
                                     finish(brokeAgain ? ExitFailed : ExitOk);
                                 });
                recheck->start(keys, options.recheckSeconds);
            });
        });
    });

    inspector.connectSources();
    // The headless command's main loop (not nested inside a callback).
    loop.exec();
    return exitCode;
}

} // namespace credsync::app
