#include "casecommand.h"

#include <QCoreApplication>

#include "commandcontext.h"
#include "inspectionrun.h"

#include "core/cases/casestore.h"
#include "core/cases/caseworkspace.h"
#include "core/cases/reportcodec.h"
#include "core/export/evidencediff.h"
#include "core/jsonio.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace credsync::app {

namespace {

const char *const kHelp =
    "Cases keep a ticket's therapists together with the evidence seen when they were added, in the\n"
    "workspace (shared by the team when the profile names a PostgreSQL workspace.url).\n\n"
    "  credsync case list [--all] [--json]            open cases (--all: closed too)\n"
    "  credsync case show NAME [--json]               the case and what was seen for each therapist\n"
    "  credsync case new NAME [--ticket REF] [--notes TEXT] TARGET…   inspect now and keep the evidence\n"
    "  credsync case add NAME TARGET…                 inspect and add therapists not yet in the case\n"
    "  credsync case remove-therapist NAME THERAPIST_ID\n"
    "  credsync case rename NAME NEW_NAME\n"
    "  credsync case notes NAME TEXT                  replaces the notes\n"
    "  credsync case ticket NAME REF\n"
    "  credsync case close NAME | reopen NAME | delete NAME\n\n"
    "Export a case with 'credsync export --case NAME --format md|json|csv|pdf' (inspected again, shown as\n"
    "was → now beside the stored evidence; --stored for the stored evidence alone).\n";

int fail(const Error &error)
{
    printErr(QCoreApplication::translate("CaseCommand", "credsync case: %1\n").arg(error.describe()));
    switch (error.kind) {
    case Error::Kind::NotFound:
    case Error::Kind::Conflict:
    case Error::Kind::Validation: return ExitUsage;
    case Error::Kind::Config: return ExitConfig;
    default: return ExitFailed;
    }
}

nlohmann::json caseJson(const cases::Case &c, bool withEvidence)
{
    nlohmann::json members = nlohmann::json::array();
    for (const cases::CaseMember &m : c.members) {
        nlohmann::json member{{"therapist_id", m.therapistId}, {"contact_id", m.contactId}, {"name", m.name},
                              {"captured_at", timeToJson(m.capturedAt)}};
        if (withEvidence && m.evidenceLoaded) {
            member["findings"] = exporting::findingCodes(m.evidence).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            member["evidence"] = cases::encodeReport(m.evidence);
        }
        members.push_back(member);
    }
    return {{"name", c.name}, {"ticket", c.ticket}, {"notes", c.notes}, {"profile", c.profileName},
            {"opened_at", timeToJson(c.openedAt)}, {"closed_at", timeToJson(c.closedAt)}, {"therapists", members}};
}

QString caseLine(const cases::Case &c)
{
    return QCoreApplication::translate("CaseCommand", "%1  %2  %3 therapist(s)  opened %4%5\n")
        .arg(c.name, c.ticket.isEmpty() ? QCoreApplication::translate("CaseCommand", "(no ticket)") : c.ticket)
        .arg(c.members.size())
        .arg(isoUtc(c.openedAt), c.isOpen() ? QString() : QCoreApplication::translate("CaseCommand", "  closed ") + isoUtc(c.closedAt));
}

} // namespace

int runCaseCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromUtf8(kHelp));
    parser.addHelpOption();
    CommandContext::addGlobalOptions(parser);
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("CaseCommand", "Machine-readable output (list, show).")});
    parser.addOption({QStringLiteral("all"), QCoreApplication::translate("CaseCommand", "list: closed cases too.")});
    parser.addOption({QStringLiteral("ticket"), QCoreApplication::translate("CaseCommand", "new: the ticket reference."), QStringLiteral("ref")});
    parser.addOption({QStringLiteral("notes"), QCoreApplication::translate("CaseCommand", "new: notes."), QStringLiteral("text")});
    parser.addPositionalArgument(QStringLiteral("action"), QCoreApplication::translate("CaseCommand", "list, show, new, add, remove-therapist, rename, notes, ticket, close, reopen, delete"));
    if (!parser.parse(arguments)) {
        printErr(QCoreApplication::translate("CaseCommand", "credsync case: %1\n").arg(parser.errorText()));
        return ExitUsage;
    }
    const QStringList args = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || args.isEmpty()) {
        printOut(commandHelpText(parser, QStringLiteral("case")));
        return args.isEmpty() && !parser.isSet(QStringLiteral("help")) ? ExitUsage : ExitOk;
    }
    const QString action = args.value(0);
    const QString name = args.value(1);
    static const QMap<QString, int> arity{{QStringLiteral("list"), 1}, {QStringLiteral("show"), 2}, {QStringLiteral("new"), 2},
                                          {QStringLiteral("add"), 3}, {QStringLiteral("remove-therapist"), 3},
                                          {QStringLiteral("rename"), 3}, {QStringLiteral("notes"), 3}, {QStringLiteral("ticket"), 3},
                                          {QStringLiteral("close"), 2}, {QStringLiteral("reopen"), 2}, {QStringLiteral("delete"), 2}};
    if (!arity.contains(action) || args.size() < arity.value(action)) {
        printErr(QCoreApplication::translate("CaseCommand", "credsync case: expected one of: %1 (with its arguments). See 'credsync case --help'.\n")
                     .arg(arity.keys().join(QStringLiteral(", "))));
        return ExitUsage;
    }

    CommandContext context;
    if (Status prepared = context.prepare(parser); !prepared) {
        printErr(QCoreApplication::translate("CaseCommand", "credsync case: %1\n").arg(prepared.error().describe()));
        return ExitConfig;
    }
    auto workspace = cases::openWorkspace(context.profile());
    if (!workspace)
        return fail(workspace.error());
    cases::CaseStore store(**workspace);

    if (action == QLatin1String("list")) {
        Result<std::vector<cases::Case>> all = store.list(parser.isSet(QStringLiteral("all")));
        if (!all)
            return fail(all.error());
        if (parser.isSet(QStringLiteral("json"))) {
            nlohmann::json list = nlohmann::json::array();
            for (const cases::Case &c : *all)
                list.push_back(caseJson(c, false));
            printOut(QString::fromStdString(nlohmann::json{{"cases", list}}.dump(2)) + QLatin1Char('\n'));
        } else {
            QString text;
            for (const cases::Case &c : *all)
                text += caseLine(c);
            printOut(text.isEmpty() ? QCoreApplication::translate("CaseCommand", "No cases.\n") : text);
        }
        return ExitOk;
    }
    if (action == QLatin1String("show")) {
        Result<cases::Case> c = store.load(name);
        if (!c)
            return fail(c.error());
        if (parser.isSet(QStringLiteral("json"))) {
            printOut(QString::fromStdString(caseJson(*c, true).dump(2)) + QLatin1Char('\n'));
            return ExitOk;
        }
        QString text = caseLine(*c);
        if (!c->notes.isEmpty())
            text += QCoreApplication::translate("CaseCommand", "  notes: %1\n").arg(c->notes);
        for (const cases::CaseMember &m : c->members)
            text += QCoreApplication::translate("CaseCommand", "  %1  %2  %3  seen %4: %5\n")
                        .arg(m.contactId, m.therapistId, m.name, isoUtc(m.capturedAt),
                             m.evidence.healthy() ? QStringLiteral("healthy") : exporting::findingCodes(m.evidence));
        printOut(text);
        return ExitOk;
    }
    if (action == QLatin1String("new") || action == QLatin1String("add")) {
        const QStringList targets = readTargets(args.mid(2));
        if (targets.isEmpty()) {
            printErr(QCoreApplication::translate("CaseCommand", "credsync case: name at least one TARGET (or '-' to read a ticket from stdin).\n"));
            return ExitUsage;
        }
        InspectionRequest request;
        request.targets = targets;
        InspectionOutcome outcome = runInspection(context.profile(), request);
        if (!outcome.status)
            return fail(outcome.status.error());
        for (const UnresolvedTarget &target : outcome.unresolved)
            printErr(QCoreApplication::translate("CaseCommand", "not found: %1 (%2)\n").arg(target.target, target.reason));
        if (outcome.reports.empty()) {
            // A case without a therapist is a ticket pasted wrong: saving it would hide the mistake.
            printErr(QCoreApplication::translate("credsync", "credsync case: no target resolved to a therapist; "
                                                             "nothing was saved.\n"));
            return ExitFailed;
        }
        if (action == QLatin1String("new")) {
            Result<cases::Case> created = store.create(name, parser.value(QStringLiteral("ticket")), parser.value(QStringLiteral("notes")),
                                                       outcome.reports, context.profile().name);
            if (!created)
                return fail(created.error());
            printOut(QCoreApplication::translate("CaseCommand", "Case \"%1\" saved with %2 therapist(s).\n").arg(name).arg(created->members.size()));
        } else {
            Result<int> added = store.addMembers(name, outcome.reports);
            if (!added)
                return fail(added.error());
            printOut(QCoreApplication::translate("CaseCommand", "%1 therapist(s) added to \"%2\".\n").arg(*added).arg(name));
        }
        return ExitOk;
    }
    Status done = Ok{};
    if (action == QLatin1String("remove-therapist"))
        done = store.removeMember(name, args.value(2));
    else if (action == QLatin1String("rename"))
        done = store.rename(name, args.value(2));
    else if (action == QLatin1String("notes"))
        done = store.setNotes(name, args.value(2));
    else if (action == QLatin1String("ticket"))
        done = store.setTicket(name, args.value(2));
    else if (action == QLatin1String("close"))
        done = store.close(name);
    else if (action == QLatin1String("reopen"))
        done = store.reopen(name);
    else if (action == QLatin1String("delete"))
        done = store.remove(name);
    if (!done)
        return fail(done.error());
    return ExitOk;
}

} // namespace credsync::app
