#include "cli.h"

#include "commandcontext.h"
#include "commands.h"
#include "casecommand.h"
#include "reportcommand.h"
#include "watchcommand.h"
#include "guiapp.h"
#include "lockcommand.h"
#include "core/i18n/language.h"
#include "sandbox/sandboxcommand.h"

#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSettings>

#include <memory>

namespace credsync::app {

namespace {

struct CommandInfo
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments);
};

int runSandbox(const QStringList &arguments)
{
    return sandbox::runSandboxCommand(arguments);
}

const CommandInfo kCommands[] = {
    {"inspect", "Show one or more therapists: DB ids beside HubSpot objects and labels, logs, errors, findings.", &runInspectCommand},
    {"scan", "Check every therapist in the database with batched HubSpot reads; summary by finding.", &runScanCommand},
    {"doctor", "Check each source: reachable, credentials, scopes, labels, association limits, DB columns.", &runDoctorCommand},
    {"fix", "Plan (and with --apply, apply) pull-ids, resync or relabel for therapists.", &runFixCommand},
    {"export", "Write a case summary as Markdown, JSON, CSV or PDF.", &runExportCommand},
    {"report", "Reports across therapists: 'report delays' (how long HubSpot takes to create the objects).", &runReportCommand},
    {"watch", "Scan on a schedule, record each scan, notify a webhook or a command when therapists newly break.", &runWatchCommand},
    {"case", "Keep a ticket's therapists with the evidence seen, reopen it later (list, show, new, ...).", &runCaseCommand},
    {"lock", "List the therapist locks, or release one whose holder is gone (audited).", &runLockCommand},
    {"sandbox", "Serve the HubSpot/Loki/Sentry sandbox on 127.0.0.1 from a world file.", &runSandbox},
};

const CommandInfo *findCommand(const QString &name)
{
    for (const CommandInfo &command : kCommands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

QString topLevelHelp()
{
    QString text = QStringLiteral(
        "Usage: credsync [--demo | --profile FILE] [COMMAND] [options]\n\n"
        "CredSync Console finds therapists whose database ids and HubSpot labels disagree,\n"
        "explains why with logs and Sentry errors, and fixes them safely.\n\n"
        "Without a command the console window opens.\n\nCommands:\n");
    for (const CommandInfo &command : kCommands)
        text += QStringLiteral("  %1%2\n").arg(QString::fromLatin1(command.name).leftJustified(10, QLatin1Char(' ')),
                                                QLatin1String(command.summary));
    text += QStringLiteral(
        "\nGlobal options:\n"
        "  --profile FILE     the profile that says where everything lives\n"
        "  --demo             use the bundled sandbox and its demo world\n"
        "  --log-level LEVEL  trace, debug, info, warn (default), error, off\n"
        "  --log-file FILE    also write a debug log (secrets are redacted)\n"
        "  -h, --help         this help; 'credsync COMMAND --help' for a command\n"
        "  -v, --version      the version\n\n"
        "Window options:\n"
        "  --screenshot FILE  render the window offscreen to a PNG after loading, then exit\n"
        "  --select TARGET    with --screenshot: select this therapist\n"
        "  --tab NAME         with --screenshot: show this detail tab (ids, objects, findings, logs, errors, timeline, audit)\n"
        "  --screenshot-dialog WHAT  with --screenshot: render a dialog for the selection instead of the window:\n"
        "                     fix:auto, fix:pull-ids, fix:resync, fix:relabel (the plan; nothing is applied) or export\n"
        "  --size WxH         the window's size (default 1440x900), e.g. 1024x600\n"
        "  --theme light|dark the Fusion style with a light or a dark palette (checks colours in both)\n");
    return text;
}

// Options that take a value, so that their values are not mistaken for the command name.
bool takesValue(const QString &argument)
{
    static const QStringList withValue = {QStringLiteral("--profile"), QStringLiteral("--log-level"),
                                          QStringLiteral("--log-file"), QStringLiteral("--screenshot"),
                                          QStringLiteral("--select"), QStringLiteral("--tab"),
                                          QStringLiteral("--screenshot-dialog"), QStringLiteral("--size"),
                                          QStringLiteral("--theme")};
    return withValue.contains(argument);
}

// --lang wins; the window then remembers View → Language; otherwise the system locale decides.
void installLanguage(const QString &explicitLanguage, bool window)
{
    QString language = explicitLanguage;
    if (language.isEmpty() && window)
        language = i18n::normalizeLanguage(QSettings().value(QStringLiteral("ui/language")).toString()).value_or(QString());
    if (language.isEmpty())
        language = i18n::languageFromEnvironment();
    i18n::installTranslators(language);
}

// The value of a global option given as "--name value" or "--name=value" before a "--"; null when absent.
QString globalOptionValue(const QStringList &arguments, const QString &name, bool *present)
{
    *present = false;
    QString value;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--"))
            break;
        if (a == name) {
            *present = true;
            value = i + 1 < arguments.size() ? arguments[i + 1] : QString();
            ++i;
        } else if (a.startsWith(name + QLatin1Char('='))) {
            *present = true;
            value = a.mid(name.size() + 1);
        }
    }
    return value;
}

// --log-level and --log-file are checked before anything starts, so that a typo is a usage error
// (exit 2) rather than a silent default or an abort deep inside the logging library.
int checkLogOptions(const QStringList &arguments)
{
    bool present = false;
    const QString level = globalOptionValue(arguments, QStringLiteral("--log-level"), &present);
    static const QStringList levels = {QStringLiteral("trace"), QStringLiteral("debug"), QStringLiteral("info"),
                                       QStringLiteral("warn"), QStringLiteral("error"), QStringLiteral("off")};
    if (present && !levels.contains(level.toLower())) {
        printErr(QCoreApplication::translate("credsync", "credsync: unknown --log-level \"%1\": expected one of %2.\n")
                     .arg(level, levels.join(QStringLiteral(", "))));
        return ExitUsage;
    }
    const QString file = globalOptionValue(arguments, QStringLiteral("--log-file"), &present);
    if (present) {
        QString why;
        if (file.isEmpty())
            why = QCoreApplication::translate("credsync", "no file name given");
        else if (QFileInfo(file).isDir())
            why = QCoreApplication::translate("credsync", "it is a directory");
        else {
            QFile probe(file);
            const bool existed = probe.exists();
            if (!probe.open(QIODevice::Append | QIODevice::Text))
                why = probe.errorString();
            else if (!existed) {
                probe.close();
                probe.remove(); // spdlog creates it again; an unused run leaves nothing behind
            }
        }
        if (!why.isEmpty()) {
            printErr(QCoreApplication::translate("credsync", "credsync: cannot write the log file \"%1\": %2.\n")
                         .arg(file, why));
            return ExitUsage;
        }
    }
    return ExitOk;
}

int runWindow(int argc, char **argv, const QStringList &arguments, const QString &language)
{
    GuiOptions options;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        const QString next = i + 1 < arguments.size() ? arguments[i + 1] : QString();
        if (a == QLatin1String("--demo")) options.demo = true;
        else if (a == QLatin1String("--profile")) { options.profilePath = next; ++i; }
        else if (a == QLatin1String("--screenshot")) { options.screenshotPath = next; ++i; }
        else if (a == QLatin1String("--select")) { options.selectTarget = next; ++i; }
        else if (a == QLatin1String("--tab")) { options.tab = next; ++i; }
        else if (a == QLatin1String("--screenshot-dialog")) { options.dialog = next; ++i; }
        else if (a == QLatin1String("--size")) {
            const QStringList parts = next.split(QLatin1Char('x'));
            bool okWidth = false;
            bool okHeight = false;
            const int width = parts.value(0).toInt(&okWidth);
            const int height = parts.value(1).toInt(&okHeight);
            if (parts.size() != 2 || !okWidth || !okHeight || width < 200 || height < 200 || width > 8000 || height > 8000) {
                printErr(QStringLiteral("credsync: --size expects WIDTHxHEIGHT in pixels, e.g. 1024x600; got '%1'\n").arg(next));
                return ExitUsage;
            }
            options.screenshotSize = QSize(width, height);
            ++i;
        }
        else if (a == QLatin1String("--theme")) {
            if (next != QLatin1String("light") && next != QLatin1String("dark")) {
                printErr(QStringLiteral("credsync: --theme expects light or dark; got '%1'\n").arg(next));
                return ExitUsage;
            }
            options.theme = next;
            ++i;
        }
        else if (a == QLatin1String("--log-level") || a == QLatin1String("--log-file")) { ++i; }
        else {
            printErr(QStringLiteral("credsync: unknown option or command '%1'. See 'credsync --help'.\n").arg(a));
            return ExitUsage;
        }
    }
    if (!options.screenshotPath.isEmpty() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("credsync"));
    QApplication::setOrganizationName(QStringLiteral("CredSync"));
    QApplication::setApplicationVersion(QStringLiteral(CREDSYNC_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.credsync.Console"));
    installLanguage(language, true);
    if (!options.theme.isEmpty()) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QPalette palette = QApplication::style()->standardPalette();
        if (options.theme == QLatin1String("dark")) {
            // A dark palette the way Fusion users set one: every role the widgets draw with.
            const QColor window(45, 45, 48), base(30, 30, 32), text(230, 230, 230), disabled(130, 130, 130), highlight(42, 130, 218);
            palette.setColor(QPalette::Window, window);
            palette.setColor(QPalette::WindowText, text);
            palette.setColor(QPalette::Base, base);
            palette.setColor(QPalette::AlternateBase, window.lighter(115));
            palette.setColor(QPalette::ToolTipBase, base);
            palette.setColor(QPalette::ToolTipText, text);
            palette.setColor(QPalette::PlaceholderText, disabled);
            palette.setColor(QPalette::Text, text);
            palette.setColor(QPalette::Button, window);
            palette.setColor(QPalette::ButtonText, text);
            palette.setColor(QPalette::BrightText, Qt::red);
            palette.setColor(QPalette::Link, highlight.lighter(130));
            palette.setColor(QPalette::Highlight, highlight);
            palette.setColor(QPalette::HighlightedText, Qt::white);
            palette.setColor(QPalette::Light, window.lighter(150));
            palette.setColor(QPalette::Mid, window.lighter(120));
            palette.setColor(QPalette::Dark, base.darker(120));
            for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
                palette.setColor(QPalette::Disabled, role, disabled);
        }
        QApplication::setPalette(palette);
    }
    return runGui(options);
}

} // namespace

int run(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // --lang is global: taken out here so that every command (and the window) accepts it alike.
    const i18n::LangArgument lang = i18n::takeLangArgument(arguments);
    if (!lang.error.isEmpty()) {
        printErr(QStringLiteral("credsync: %1\n").arg(lang.error));
        return ExitUsage;
    }

    QString commandName;
    int commandIndex = -1;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--"))
            break; // what follows is for the window or a command, never a command name
        if (takesValue(a)) {
            ++i;
            continue;
        }
        if (!a.startsWith(QLatin1Char('-'))) {
            commandName = a;
            commandIndex = i;
            break;
        }
    }

    if (const int logOptions = checkLogOptions(arguments); logOptions != ExitOk)
        return logOptions;

    if (commandName.isEmpty()) {
        if (arguments.contains(QStringLiteral("--version")) || arguments.contains(QStringLiteral("-v"))) {
            printOut(QStringLiteral("credsync %1\n").arg(QStringLiteral(CREDSYNC_VERSION)));
            return ExitOk;
        }
        if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
            printOut(topLevelHelp());
            return ExitOk;
        }
        return runWindow(argc, argv, arguments, lang.language);
    }

    const CommandInfo *command = findCommand(commandName);
    if (!command) {
        printErr(QStringLiteral("credsync: unknown command '%1'.\n\n").arg(commandName) + topLevelHelp());
        return ExitUsage;
    }
    // Global options may stand before the command: move them after it, so each command's parser sees all.
    QStringList commandArguments{QStringLiteral("credsync ") + commandName};
    // They go before the command's own arguments, never after: after a "--" they would be read as targets.
    commandArguments << arguments.mid(1, commandIndex - 1);
    commandArguments << arguments.mid(commandIndex + 1);

    // Laying out a PDF or a PNG chart needs fonts, so export and report run with a GUI application (offscreen when there is no
    // display); every other command needs no display at all.
    std::unique_ptr<QCoreApplication> application;
    if (commandName == QLatin1String("export") || commandName == QLatin1String("report")) {
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("credsync"));
    QCoreApplication::setOrganizationName(QStringLiteral("CredSync"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CREDSYNC_VERSION));
    installLanguage(lang.language, false);
    return command->run(commandArguments);
}

} // namespace credsync::app
