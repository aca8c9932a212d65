// credsync watch: scans on a schedule, records each scan, and notifies a webhook or a command when
// therapists newly break or DUPLICATE_RUN / RAPID_ID_CHANGES appear. Exit codes (with --once, or when a
// round cannot run at all): 0 ran; 1 the notification could not be delivered; 2 usage; 3 configuration;
// 4 the scan did not finish.
#include "commandcontext.h"
#include "watchcommand.h"
#include "watchcycle.h"

#include "core/clock.h"
#include "core/reports/extrasettings.h"
#include "core/scans/notifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QRegularExpression>
#include <QTimer>

namespace credsync::app {

namespace {

// lupdate files the strings under the same context the run time asks for.
struct WatchCommandText
{
    Q_DECLARE_TR_FUNCTIONS(WatchCommand)
};

} // namespace

std::optional<int> parseIntervalSeconds(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,6})([smhd]?)$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 amount = match.captured(1).toLongLong();
    const QString unit = match.captured(2);
    const qint64 seconds = amount * (unit == QLatin1String("h") ? 3600 : unit == QLatin1String("d") ? 86400 : unit == QLatin1String("s") ? 1 : 60);
    if (seconds < 10 || seconds > 7 * 86400)
        return std::nullopt;
    return int(seconds);
}

int runWatchCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(WatchCommandText::tr(
        "Scan every therapist on a schedule, record each scan, and notify when therapists newly break or when\n"
        "DUPLICATE_RUN or RAPID_ID_CHANGES appear: a JSON POST ({\"text\": ...} plus details) to --notify-url, or the\n"
        "same JSON on the stdin of --notify-command. Emails are redacted unless the profile sets\n"
        "notifications.include_emails. For a systemd timer use --once."));
    parser.addHelpOption();
    CommandContext::addGlobalOptions(parser);
    parser.addOption({QStringLiteral("every"), WatchCommandText::tr("How often to scan: 15m (default), 1h, 90s (at least 10 s)."), QStringLiteral("interval"),
                      QStringLiteral("15m")});
    parser.addOption({QStringLiteral("once"), WatchCommandText::tr("Run one round and exit (for a systemd timer or cron).")});
    parser.addOption({QStringLiteral("notify-url"), WatchCommandText::tr("POST the notification as JSON to this webhook."), QStringLiteral("url")});
    parser.addOption({QStringLiteral("notify-command"), WatchCommandText::tr("Run this shell command with the notification's JSON on its stdin."),
                      QStringLiteral("command")});
    parser.addOption({QStringLiteral("no-evidence"), WatchCommandText::tr("Leave Loki and Sentry out (RAPID_ID_CHANGES needs the logs).")});
    if (!parser.parse(arguments)) {
        printErr(WatchCommandText::tr("credsync watch: %1\n").arg(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(commandHelpText(parser, QStringLiteral("watch")));
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printErr(WatchCommandText::tr("credsync watch: unexpected argument \"%1\".\n").arg(parser.positionalArguments().first()));
        return ExitUsage;
    }
    const std::optional<int> interval = parseIntervalSeconds(parser.value(QStringLiteral("every")));
    if (!interval) {
        printErr(WatchCommandText::tr("credsync watch: --every takes an interval from 10s to 7d such as 15m, 1h or 90s, got \"%1\".\n")
                     .arg(parser.value(QStringLiteral("every"))));
        return ExitUsage;
    }
    WatchOptions options;
    options.notifyUrl = parser.value(QStringLiteral("notify-url"));
    options.notifyCommand = parser.value(QStringLiteral("notify-command"));
    options.evidence = !parser.isSet(QStringLiteral("no-evidence"));
    if (!options.notifyUrl.isEmpty()) {
        const QUrl url(options.notifyUrl);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty()) {
            printErr(WatchCommandText::tr("credsync watch: --notify-url takes an http or https URL.\n"));
            return ExitUsage;
        }
    }

    CommandContext context;
    if (Status prepared = context.prepare(parser); !prepared) {
        printErr(WatchCommandText::tr("credsync watch: %1\n").arg(prepared.error().describe()));
        return ExitConfig;
    }
    Result<reports::ExtraSettings> settings = reports::extraSettings(context.profile());
    if (!settings) {
        printErr(WatchCommandText::tr("credsync watch: %1\n").arg(settings.error().describe()));
        return ExitConfig;
    }
    options.showEmails = settings->notificationEmails;
    const bool once = parser.isSet(QStringLiteral("once"));
    for (;;) {
        const WatchCycleResult result = runWatchCycle(context.profile(), options);
        const QString at = clock::nowUtc().toString(Qt::ISODate);
        if (!result.status) {
            printErr(WatchCommandText::tr("credsync watch: %1: %2\n").arg(at, result.status.error().describe()));
            if (once)
                return result.status.error().kind == Error::Kind::Auth || result.status.error().kind == Error::Kind::Config ? ExitConfig
                                                                                                                          : ExitIncomplete;
        } else {
            const scans::ScanDiff &diff = result.comparison.diff;
            printOut(WatchCommandText::tr("%1: recorded scan %2: %3 newly broken, %4 healed, %5 still broken; %6.\n")
                         .arg(at)
                         .arg(result.scanId)
                         .arg(diff.newlyBroken.size())
                         .arg(diff.healed.size())
                         .arg(diff.stillBroken.size())
                         .arg(!result.notification ? WatchCommandText::tr("nothing to notify")
                              : !result.delivery   ? WatchCommandText::tr("the notification failed: %1").arg(result.delivery.error().message)
                              : options.notifyUrl.isEmpty() && options.notifyCommand.isEmpty() ? WatchCommandText::tr("no notification target given")
                                                                                               : WatchCommandText::tr("notified")));
            if (once)
                return result.delivery ? ExitOk : ExitFailed;
        }
        // Between rounds the program's only loop waits; no callback is running.
        QEventLoop wait;
        QTimer::singleShot(std::chrono::seconds(*interval), &wait, &QEventLoop::quit);
        wait.exec();
    }
}

} // namespace credsync::app
