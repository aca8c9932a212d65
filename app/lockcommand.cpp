// credsync lock list [--json] | lock release CONTACT --reason TEXT
// Exit codes: 0 done; 1 the lock could not be released (not locked, refused); 2 usage; 3 configuration.
#include "lockcommand.h"

#include "commandcontext.h"

#include "core/db/locktable.h"
#include "core/db/therapistlock.h"
#include "core/db/therapistrepository.h"
#include "core/fixes/auditstore.h"
#include "core/fixes/runjournal.h"
#include "core/jsonio.h"
#include "core/secrets.h"
#include "core/workspace/profileworkspace.h"
#include "core/workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace credsync::app {

namespace {

const QString kCommand = QStringLiteral("credsync lock");

nlohmann::json lockJson(const db::LockInfo &lock)
{
    return {{"contact_id", lock.contactId.toStdString()},
            {"holder", lock.holder.toStdString()},
            {"operator", lock.operatorName.toStdString()},
            {"host", lock.host.toStdString()},
            {"pid", lock.pid},
            {"since", timeToJson(lock.since)},
            {"renewed", timeToJson(lock.renewed)},
            {"state", lock.state.toStdString()}};
}

} // namespace

int runLockCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("LockCommand", 
        "The per-therapist locks fixes take (see docs/locking.md).\n\n"
        "  list                         every lock: contact, holder, host, process, since, state\n"
        "  release CONTACT --reason T   remove a lock whoever holds it (audited with the reason)"));
    parser.addHelpOption();
    CommandContext::addGlobalOptions(parser);
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("LockCommand", "Print the locks as JSON.")});
    parser.addOption({QStringLiteral("reason"), QCoreApplication::translate("LockCommand", "Why the lock is released (required, recorded in the audit)."), QStringLiteral("text")});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list | release"));
    if (!parser.parse(arguments)) {
        printErr(QStringLiteral("%1: %2\n").arg(kCommand, parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(commandHelpText(parser, QStringLiteral("lock")));
        return ExitOk;
    }
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action != QLatin1String("list") && action != QLatin1String("release")) {
        printErr(QCoreApplication::translate("LockCommand", "credsync lock: expected list or release. See 'credsync lock --help'.\n"));
        return ExitUsage;
    }
    const QString reason = parser.value(QStringLiteral("reason")).trimmed();
    if (action == QLatin1String("release") && (args.size() != 2 || reason.isEmpty())) {
        printErr(QCoreApplication::translate("LockCommand", "credsync lock release: name one CONTACT and say why with --reason TEXT.\n"));
        return ExitUsage;
    }

    CommandContext context;
    if (Status prepared = context.prepare(parser); !prepared) {
        printErr(QStringLiteral("%1: %2\n").arg(kCommand, prepared.error().describe()));
        return ExitConfig;
    }
    const Profile &profile = context.profile();
    QString password;
    if (profile.database.url.startsWith(QLatin1String("postgres")) && !profile.database.passwordEnv.isEmpty()) {
        Result<QString> secret = readSecret(profile.database.passwordEnv,
                                            QStringLiteral("%1/database").arg(profile.name.isEmpty() ? QStringLiteral("default") : profile.name));
        if (secret)
            password = secret.value();
    }
    auto repository = db::TherapistRepository::open(profile, password);
    if (!repository) {
        printErr(QStringLiteral("%1: %2\n").arg(kCommand, repository.error().describe()));
        return ExitConfig;
    }

    if (action == QLatin1String("list")) {
        Result<std::vector<db::LockInfo>> locks = db::LockTable::list(**repository);
        if (!locks) {
            printErr(QStringLiteral("%1: %2\n").arg(kCommand, locks.error().describe()));
            return ExitConfig;
        }
        if (parser.isSet(QStringLiteral("json"))) {
            nlohmann::json list = nlohmann::json::array();
            for (const db::LockInfo &lock : locks.value())
                list.push_back(lockJson(lock));
            printOut(QString::fromStdString(nlohmann::json{{"locks", list}}.dump(2)) + QLatin1Char('\n'));
            return ExitOk;
        }
        if (locks->empty()) {
            printOut(QCoreApplication::translate("LockCommand", "No therapist is locked.\n"));
            return ExitOk;
        }
        QString text;
        for (const db::LockInfo &lock : locks.value()) {
            text += QCoreApplication::translate("LockCommand", "%1  %2  held by %3 (process %4 on %5) since %6\n")
                        .arg(lock.contactId, lock.state.toUpper(), lock.holder, QString::number(lock.pid),
                             lock.host.isEmpty() ? QCoreApplication::translate("LockCommand", "an unknown host") : lock.host, db::TherapistLock::describeSince(lock.since));
        }
        printOut(text);
        return ExitOk;
    }

    // release: audited in the workspace first, so that a release is never unexplained.
    fixes::AuditStore::registerMigrations();
    auto workspace = workspace::openProfileWorkspace(profile);
    if (!workspace) {
        printErr(QCoreApplication::translate("LockCommand", "credsync lock: the audit workspace cannot be opened, nothing released: %1\n").arg(workspace.error().describe()));
        return ExitConfig;
    }
    Result<db::LockInfo> released = db::LockTable::release(**repository, args.value(1));
    if (!released) {
        printErr(QStringLiteral("%1: %2\n").arg(kCommand, released.error().describe()));
        return released.error().kind == Error::Kind::Validation ? ExitUsage : ExitFailed;
    }
    const fixes::LockEvent event{{}, released->contactId, QStringLiteral("release"), fixes::currentOperator(),
                                 QCoreApplication::translate("LockCommand", "released the lock held by %1 (process %2 on %3) since %4: %5")
                                     .arg(released->holder, QString::number(released->pid), released->host,
                                          db::TherapistLock::describeSince(released->since), reason)};
    if (Status recorded = fixes::RunJournal(workspace->get()).recordLockEvent(event); !recorded)
        printErr(QCoreApplication::translate("LockCommand", "credsync lock: released, but the audit line could not be written: %1\n").arg(recorded.error().describe()));
    printOut(QCoreApplication::translate("LockCommand", "Released the lock on contact %1 (held by %2 since %3).\n")
                 .arg(released->contactId, released->holder, db::TherapistLock::describeSince(released->since)));
    return ExitOk;
}

} // namespace credsync::app
