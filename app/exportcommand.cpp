// credsync export: the ticket-ready write-up of therapists (inspected now) or of a stored case
// (inspected again, beside what was seen when it was saved), as Markdown, JSON, CSV or PDF.
#include "core/clock.h"

#include <QCoreApplication>
#include "commandcontext.h"
#include "core/i18n/language.h"
#include "commands.h"
#include "inspectionrun.h"

#include "core/cases/caseexport.h"
#include "core/cases/casestore.h"
#include "core/cases/caseworkspace.h"
#include "core/export/auditlookup.h"
#include "core/export/exporter.h"

#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>

#include "core/fixes/auditstore.h"
#include <QSaveFile>
#include <QTimeZone>

namespace credsync::app {

namespace {

const QString kFormat = QStringLiteral("format");
const QString kOutput = QStringLiteral("output");
const QString kRedact = QStringLiteral("redact");
const QString kZone = QStringLiteral("tz");
const QString kCase = QStringLiteral("case");
const QString kStored = QStringLiteral("stored");
const QString kSaveCase = QStringLiteral("save-case");
const QString kTicket = QStringLiteral("ticket");
const QString kNotes = QStringLiteral("notes");

int usage(const QString &message)
{
    printErr(QCoreApplication::translate("ExportCommand", "credsync export: %1\nSee 'credsync export --help'.\n").arg(message));
    return ExitUsage;
}

// The account (portal id, UI domain) for links when nothing was inspected: what the profile says.
AccountInfo accountFromProfile(const Profile &profile)
{
    AccountInfo account;
    account.portalId = profile.hubspot.portalId;
    if (!profile.hubspot.uiDomain.isEmpty())
        account.uiDomain = profile.hubspot.uiDomain;
    return account;
}

Status writeOutput(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        printOut(QString::fromUtf8(bytes));
        return Ok{};
    }
    // QSaveFile: a failed export never leaves half a file where the previous one was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(Error::Kind::Validation, QCoreApplication::translate("ExportCommand", "cannot write %1: %2").arg(path, file.errorString()), QStringLiteral("export"));
    return Ok{};
}

} // namespace

int runExportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write the ticket-ready summary of therapists: name, contact and record links, the DB id columns,\n"
        "what HubSpot holds, the log lines and Sentry issues with their times, the diagnosis in plain words\n"
        "and the fixes applied. Works on TARGETs (inspected now) or on a stored case (--case NAME, inspected\n"
        "again and shown beside what was seen when the case was saved).\n\n"
        "Examples:\n"
        "  credsync --demo export --format md 51234567801\n"
        "  credsync export --save-case SUP-4411 --ticket https://tracker/SUP-4411 --format md -o sup-4411.md - < ticket.txt\n"
        "  credsync export --case SUP-4411 --format pdf --lang es -o sup-4411.pdf"));
    parser.addHelpOption();
    CommandContext::addGlobalOptions(parser);
    parser.addOption({kFormat, QCoreApplication::translate("ExportCommand", "md, json, csv or pdf."), QStringLiteral("format")});
    parser.addOption({{QStringLiteral("o"), kOutput}, QCoreApplication::translate("ExportCommand", "Write to FILE instead of stdout (required for pdf)."), QStringLiteral("file")});
    parser.addOption({kRedact, QCoreApplication::translate("ExportCommand", "Mask names and email addresses (for sharing outside the team).")});
    parser.addOption({kZone, QCoreApplication::translate("ExportCommand", "The reader's time zone: every time is shown in it, and only in it (default: this machine's)."), QStringLiteral("zone")});
    parser.addOption({kCase, QCoreApplication::translate("ExportCommand", "Export the stored case NAME (inspected again unless --stored)."), QStringLiteral("name")});
    parser.addOption({kStored, QCoreApplication::translate("ExportCommand", "With --case: only the evidence stored with the case; no new inspection.")});
    parser.addOption({kSaveCase, QCoreApplication::translate("ExportCommand", "Save the inspected TARGETs as case NAME (added to it when it exists)."), QStringLiteral("name")});
    parser.addOption({kTicket, QCoreApplication::translate("ExportCommand", "With --save-case: the ticket reference (text or URL)."), QStringLiteral("ref")});
    parser.addOption({kNotes, QCoreApplication::translate("ExportCommand", "With --save-case: notes for the case."), QStringLiteral("text")});
    parser.addPositionalArgument(QStringLiteral("targets"), QCoreApplication::translate("ExportCommand", "Contact ids, emails, UUIDs, HubSpot links, or '-' for a ticket on stdin."),
                                 QStringLiteral("[TARGET…]"));
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(commandHelpText(parser, QStringLiteral("export")));
        return ExitOk;
    }

    const QString caseName = parser.value(kCase);
    const QString saveCase = parser.value(kSaveCase);
    std::optional<exporting::Format> format;
    if (parser.isSet(kFormat)) {
        format = exporting::parseFormat(parser.value(kFormat));
        if (!format)
            return usage(QCoreApplication::translate("ExportCommand", "unknown format '%1' (md, json, csv or pdf)").arg(parser.value(kFormat)));
    } else if (saveCase.isEmpty()) {
        return usage(QCoreApplication::translate("ExportCommand", "--format md|json|csv|pdf is required"));
    }
    const QString output = parser.value(kOutput);
    if (format == exporting::Format::Pdf && (output.isEmpty() || output == QLatin1String("-")))
        return usage(QCoreApplication::translate("ExportCommand", "a PDF needs -o FILE"));
    if (format == exporting::Format::Pdf && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        printErr(QStringLiteral("credsync export: PDF layout needs Qt's font system (a QGuiApplication); this build starts "
                                "commands without it. Export Markdown and convert it, or use the window's export dialog.\n"));
        return ExitFailed;
    }
    // --lang (global: cli.cpp takes it out and installs it) or the locale: the language the whole command
    // speaks. Still read here for callers that run the command directly.
    QString language = i18n::currentLanguage();
    if (parser.isSet(QStringLiteral("lang"))) {
        const std::optional<QString> chosen = i18n::normalizeLanguage(parser.value(QStringLiteral("lang")));
        if (!chosen)
            return usage(QCoreApplication::translate("Language", "--lang: unknown language \"%1\" (expected es or en).")
                             .arg(parser.value(QStringLiteral("lang"))));
        language = *chosen;
    }
    QTimeZone zone = QTimeZone::systemTimeZone();
    if (parser.isSet(kZone)) {
        zone = QTimeZone(parser.value(kZone).toUtf8());
        if (!zone.isValid())
            return usage(QCoreApplication::translate("ExportCommand", "--tz: unknown time zone '%1' (an IANA name such as Europe/Madrid)").arg(parser.value(kZone)));
    }
    const QStringList targets = readTargets(parser.positionalArguments());
    if (!caseName.isEmpty() && !saveCase.isEmpty())
        return usage(QCoreApplication::translate("ExportCommand", "--case and --save-case do not go together"));
    if (!caseName.isEmpty() && !targets.isEmpty())
        return usage(QCoreApplication::translate("ExportCommand", "--case exports the therapists of the case; to add TARGETs use --save-case NAME"));
    if (caseName.isEmpty() && targets.isEmpty())
        return usage(QCoreApplication::translate("ExportCommand", "name at least one TARGET (or '-' to read a ticket from stdin), or --case NAME"));
    if (parser.isSet(kStored) && caseName.isEmpty())
        return usage(QCoreApplication::translate("ExportCommand", "--stored goes with --case"));

    CommandContext context;
    if (Status prepared = context.prepare(parser); !prepared) {
        printErr(QCoreApplication::translate("ExportCommand", "credsync export: %1\n").arg(prepared.error().describe()));
        return ExitConfig;
    }
    const Profile &profile = context.profile();

    std::unique_ptr<workspace::Workspace> workspace;
    if (!caseName.isEmpty() || !saveCase.isEmpty()) {
        auto opened = cases::openWorkspace(profile);
        if (!opened) {
            printErr(QCoreApplication::translate("ExportCommand", "credsync export: %1\n").arg(opened.error().describe()));
            return ExitConfig;
        }
        workspace = std::move(opened).value();
    }

    exporting::ExportContent content;
    if (!caseName.isEmpty()) {
        cases::CaseStore store(*workspace);
        Result<cases::Case> stored = store.load(caseName);
        if (!stored) {
            printErr(QCoreApplication::translate("ExportCommand", "credsync export: %1\n").arg(stored.error().describe()));
            return stored.error().kind == Error::Kind::NotFound ? ExitUsage : ExitFailed;
        }
        std::vector<TherapistReport> fresh;
        AccountInfo account = accountFromProfile(profile);
        if (!parser.isSet(kStored) && !stored->members.empty()) {
            InspectionRequest request;
            request.targets = stored->targets();
            InspectionOutcome outcome = runInspection(profile, request);
            if (outcome.status) {
                fresh = std::move(outcome.reports);
                account = outcome.account;
            } else {
                // The stored evidence is still worth exporting when the sources are down.
                printErr(QCoreApplication::translate("ExportCommand", "credsync export: could not inspect again (%1); exporting the evidence stored with the case.\n")
                             .arg(outcome.status.error().describe()));
            }
        }
        content = cases::caseContent(*stored, fresh, profile, account);
    } else {
        InspectionRequest request;
        request.targets = targets;
        InspectionOutcome outcome = runInspection(profile, request);
        if (!outcome.status) {
            printErr(QCoreApplication::translate("ExportCommand", "credsync export: %1\n").arg(outcome.status.error().describe()));
            return outcome.status.error().kind == Error::Kind::Cancelled ? ExitIncomplete : ExitConfig;
        }
        content.profile = profile;
        content.account = outcome.account;
        content.reports = std::move(outcome.reports);
        content.unresolved = std::move(outcome.unresolved);
        if (!saveCase.isEmpty()) {
            cases::CaseStore store(*workspace);
            Result<cases::Case> existing = store.load(saveCase);
            if (existing) {
                Result<int> added = store.addMembers(saveCase, content.reports);
                if (!added) {
                    printErr(QCoreApplication::translate("ExportCommand", "credsync export: %1\n").arg(added.error().describe()));
                    return ExitFailed;
                }
                if (parser.isSet(kTicket))
                    (void)store.setTicket(saveCase, parser.value(kTicket));
                if (parser.isSet(kNotes))
                    (void)store.setNotes(saveCase, parser.value(kNotes));
                printErr(QCoreApplication::translate("ExportCommand", "Case \"%1\": %2 therapist(s) added.\n").arg(saveCase).arg(*added));
            } else {
                Result<cases::Case> created = store.create(saveCase, parser.value(kTicket), parser.value(kNotes), content.reports, profile.name);
                if (!created) {
                    printErr(QCoreApplication::translate("ExportCommand", "credsync export: %1\n").arg(created.error().describe()));
                    return ExitFailed;
                }
                printErr(QCoreApplication::translate("ExportCommand", "Case \"%1\" saved with %2 therapist(s).\n").arg(saveCase).arg(created->members.size()));
            }
            if (Result<cases::Case> saved = store.load(saveCase); saved)
                content.caseHeader = cases::caseHeader(*saved);
        }
        content.generatedAt = clock::nowUtc();
    }
    // Fixes applied come from the audit log in the workspace. An export still works when the
    // workspace cannot be opened; it then says so instead of claiming that nothing was done.
    if (!workspace) {
        auto opened = cases::openWorkspace(profile);
        if (opened)
            workspace = std::move(opened).value();
        else
            printErr(QCoreApplication::translate("ExportCommand", "credsync export: the audit log is unavailable (%1); fixes applied are not listed.\n")
                         .arg(opened.error().describe()));
    }
    exporting::AuditLookup lookup;
    if (workspace) {
        auto audit = std::make_shared<fixes::AuditStore>(workspace.get());
        lookup = [audit](const Therapist &therapist) {
            std::vector<exporting::AppliedFix> applied;
            fixes::AuditQuery query;
            query.therapistKey = therapist.id;
            Result<std::vector<fixes::AuditEntry>> entries = audit->entries(query);
            if (!entries)
                return applied;
            for (auto it = entries->rbegin(); it != entries->rend(); ++it) { // oldest first
                applied.push_back({it->finishedAt.isValid() ? it->finishedAt : it->startedAt, it->fix,
                                   it->outcome.isEmpty() ? QStringLiteral("unfinished") : it->outcome, it->operatorName,
                                   it->profile, it->message});
            }
            return applied;
        };
    }
    exporting::addAppliedFixes(content, lookup);

    if (!format)
        return ExitOk; // --save-case alone
    exporting::ExportOptions options;
    options.language = language;
    options.redact = parser.isSet(kRedact);
    options.readerZone = zone;
    Result<QByteArray> rendered = exporting::render(*format, content, options);
    if (!rendered) {
        printErr(QCoreApplication::translate("ExportCommand", "credsync export: %1\n").arg(rendered.error().describe()));
        return ExitFailed;
    }
    if (Status written = writeOutput(output, *rendered); !written) {
        printErr(QCoreApplication::translate("ExportCommand", "credsync export: %1\n").arg(written.error().describe()));
        return ExitFailed;
    }
    if (!content.unresolved.empty())
        printErr(QCoreApplication::translate("ExportCommand", "credsync export: %1 target(s) not found (listed in the export).\n").arg(content.unresolved.size()));
    return ExitOk;
}

} // namespace credsync::app
