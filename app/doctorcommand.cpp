#include "commandcontext.h"

#include <QCoreApplication>
#include "commands.h"

#include "core/doctor.h"
#include "core/jsonio.h"

#include <QCommandLineParser>
#include <QEventLoop>

namespace credsync::app {

int runDoctorCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Check each source in turn: the database (reachable, every configured column present), HubSpot\n"
        "(token accepted, scopes, every profile label defined, whether HubSpot caps each unique label at\n"
        "one record), Loki and Sentry. Says what is wrong and how to fix it."));
    parser.addHelpOption();
    CommandContext::addGlobalOptions(parser);
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("DoctorCommand", "Machine-readable output.")});
    if (!parser.parse(arguments)) {
        printErr(QCoreApplication::translate("DoctorCommand", "credsync doctor: %1\n").arg(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(commandHelpText(parser, QStringLiteral("doctor")));
        return ExitOk;
    }
    CommandContext context;
    if (Status prepared = context.prepare(parser); !prepared) {
        printErr(QCoreApplication::translate("DoctorCommand", "✗ profile: %1\n").arg(prepared.error().describe()));
        return ExitConfig;
    }

    const bool json = parser.isSet(QStringLiteral("json"));
    nlohmann::json checks = nlohmann::json::array();
    bool allOk = true;
    Doctor doctor(context.profile());
    QEventLoop loop;
    QObject::connect(&doctor, &Doctor::checkDone, &doctor, [&](const DoctorCheck &check) {
        if (json) {
            checks.push_back({{"source", check.source}, {"check", check.title}, {"status", doctorStatusName(check.status)},
                              {"detail", check.detail}, {"hint", check.hint}});
            return;
        }
        static const char *marks[] = {"✓", "!", "✗", "-"};
        QString line = QStringLiteral("%1 %2: %3 — %4\n")
                           .arg(QString::fromUtf8(marks[int(check.status)]), check.source, check.title, check.detail);
        if (!check.hint.isEmpty())
            line += QCoreApplication::translate("DoctorCommand", "    fix: %1\n").arg(check.hint);
        printOut(line);
    });
    QObject::connect(&doctor, &Doctor::finished, &doctor, [&](bool ok) {
        allOk = ok;
        loop.quit();
    });
    doctor.run();
    loop.exec();
    if (json)
        printOut(QString::fromStdString(nlohmann::json{{"ok", allOk}, {"checks", checks}}.dump(2)) + QLatin1Char('\n'));
    else
        printOut(allOk ? QCoreApplication::translate("DoctorCommand", "\nEverything the console needs is in place.\n")
                       : QCoreApplication::translate("DoctorCommand", "\nSome checks failed: see the fixes above.\n"));
    return allOk ? ExitOk : ExitConfig;
}

} // namespace credsync::app
