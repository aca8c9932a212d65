#include "delayreport.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace credsync::reports {

namespace {

// lupdate files the strings under the same context the run time asks for.
struct DelayReportText
{
    Q_DECLARE_TR_FUNCTIONS(DelayReport)
};

// Seconds to the millisecond, as a JSON number that prints without float noise.
nlohmann::json seconds(double value)
{
    const double rounded = std::round(value * 1000.0) / 1000.0;
    if (rounded == std::floor(rounded))
        return qint64(rounded);
    return rounded;
}

QString secondsText(double value)
{
    return value == std::floor(value) ? QString::number(qint64(value)) : QString::number(value, 'f', 1);
}

} // namespace

void DelayReport::computeStats()
{
    perType = computeDelayStats(samples, signups, objectTypes, currentDelaySeconds);
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

nlohmann::json delayReportToJson(const DelayReport &report)
{
    nlohmann::json perType = nlohmann::json::array();
    for (const TypeDelayStats &stats : report.perType) {
        perType.push_back({{"object_type", stats.objectType.toStdString()},
                           {"objects", stats.objects},
                           {"p50", seconds(stats.p50)},
                           {"p90", seconds(stats.p90)},
                           {"p99", seconds(stats.p99)},
                           {"max", seconds(stats.max)},
                           {"found_at_current_delay", std::round(stats.foundAtCurrentDelay * 10000.0) / 10000.0},
                           {"delay_for_99", seconds(stats.delayFor99)},
                           {"missing", stats.missing}});
    }
    nlohmann::json samples = nlohmann::json::array();
    for (const DelaySample &sample : report.samples) {
        samples.push_back({{"contact_id", sample.contactId.toStdString()},
                           {"object_type", sample.objectType.toStdString()},
                           {"object_id", sample.objectId.toStdString()},
                           {"signup_at", isoUtc(sample.signupAt).toStdString()},
                           {"created_at", isoUtc(sample.createdAt).toStdString()},
                           {"delay_seconds", seconds(sample.delaySeconds())},
                           {"pull_at", sample.pullAt ? nlohmann::json(isoUtc(*sample.pullAt).toStdString()) : nlohmann::json()}});
    }
    nlohmann::json document{{"window", {{"start", isoUtc(report.window.start).toStdString()}, {"end", isoUtc(report.window.end).toStdString()}}},
                            {"signups", report.signups},
                            {"current_delay_seconds", report.currentDelaySeconds},
                            {"per_type", perType},
                            {"samples", samples}};
    if (!report.problems.isEmpty()) {
        nlohmann::json problems = nlohmann::json::array();
        for (const QString &problem : report.problems)
            problems.push_back(problem.toStdString());
        document["problems"] = problems;
    }
    return document;
}

QString delayReportText(const DelayReport &report)
{
    QString text = DelayReportText::tr("Sign-ups from %1 to %2: %3. The id pull runs %4 s after sign-up today.\n\n")
                       .arg(isoUtc(report.window.start), isoUtc(report.window.end))
                       .arg(report.signups)
                       .arg(report.currentDelaySeconds);
    text += DelayReportText::tr("object type            objects      p50      p90      p99      max\n");
    for (const TypeDelayStats &stats : report.perType) {
        text += QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                    .arg(stats.objectType.leftJustified(20, QLatin1Char(' ')))
                    .arg(stats.objects, 9)
                    .arg(secondsText(stats.p50) + QStringLiteral(" s"), 8)
                    .arg(secondsText(stats.p90) + QStringLiteral(" s"), 8)
                    .arg(secondsText(stats.p99) + QStringLiteral(" s"), 8)
                    .arg(secondsText(stats.max) + QStringLiteral(" s"), 8);
    }
    text += QLatin1Char('\n');
    for (const TypeDelayStats &stats : report.perType) {
        if (stats.objects == 0) {
            text += DelayReportText::tr("%1: no object in this window, so no answer yet.\n").arg(stats.objectType);
        } else {
            const qint64 needed = qint64(std::ceil(stats.delayFor99));
            text += DelayReportText::tr("%1: a pull %2 s after sign-up would have found the object for 99 % of the sign-ups in this window; "
                       "today's %3 s finds %4 %.\n")
                        .arg(stats.objectType)
                        .arg(needed)
                        .arg(report.currentDelaySeconds)
                        .arg(stats.foundAtCurrentDelay * 100.0, 0, 'f', 1);
        }
        if (stats.pulls > 0)
            text += DelayReportText::tr("%1: where the log has the id pull that found nothing (%2 sign-ups), the object came %3 s after it "
                       "(median), at most %4 s.\n")
                        .arg(stats.objectType)
                        .arg(stats.pulls)
                        .arg(secondsText(stats.pullToCreatedP50), secondsText(stats.pullToCreatedMax));
        text += DelayReportText::tr("%1: no object after %2 s: %3\n").arg(stats.objectType).arg(report.currentDelaySeconds).arg(stats.missing);
    }
    for (const QString &problem : report.problems)
        text += DelayReportText::tr("Note: %1\n").arg(problem);
    return text;
}

} // namespace credsync::reports

namespace credsync::reports {

namespace {

std::optional<QDateTime> parseWhen(const QString &text, bool endOfDay)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return QDateTime(endOfDay ? date.addDays(1) : date, QTime(0, 0), QTimeZone::utc());
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::utc()); // no zone given: UTC, never the machine's zone
    return time.toUTC();
}

Error windowError(const QString &text)
{
    return Error::make(Error::Kind::Validation, text, QStringLiteral("report"));
}

} // namespace

Result<DelayWindow> parseDelayWindow(const QString &since, const QString &from, const QString &to, const QDateTime &now)
{
    if (!since.isEmpty() && (!from.isEmpty() || !to.isEmpty()))
        return windowError(DelayReportText::tr("give either --since or --from/--to, not both"));
    DelayWindow window;
    window.end = now.toUTC();
    window.start = window.end.addDays(-30);
    if (!since.isEmpty()) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{1,6})([dhm])$"));
        const QRegularExpressionMatch match = pattern.match(since.trimmed());
        if (!match.hasMatch() || match.captured(1).toLongLong() == 0)
            return windowError(DelayReportText::tr("--since takes a duration such as 30d, 12h or 90m, got \"%1\"").arg(since));
        const qint64 amount = match.captured(1).toLongLong();
        const QChar unit = match.captured(2).at(0);
        const qint64 secondsBack = amount * (unit == QLatin1Char('d') ? 86400 : unit == QLatin1Char('h') ? 3600 : 60);
        window.start = window.end.addSecs(-secondsBack);
        return window;
    }
    if (!from.isEmpty()) {
        const std::optional<QDateTime> start = parseWhen(from, false);
        if (!start)
            return windowError(DelayReportText::tr("--from takes a date (2026-11-01) or an ISO-8601 time, got \"%1\"").arg(from));
        window.start = *start;
    }
    if (!to.isEmpty()) {
        const std::optional<QDateTime> end = parseWhen(to, true);
        if (!end)
            return windowError(DelayReportText::tr("--to takes a date (2026-11-30) or an ISO-8601 time, got \"%1\"").arg(to));
        window.end = *end;
        if (from.isEmpty())
            window.start = window.end.addDays(-30);
    }
    if (window.start >= window.end)
        return windowError(DelayReportText::tr("the window is empty: %1 is not before %2").arg(isoUtc(window.start), isoUtc(window.end)));
    return window;
}

} // namespace credsync::reports
