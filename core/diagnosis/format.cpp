#include "format.h"

#include "../jsonio.h"

#include <QCoreApplication>

#include <cmath>

namespace credsync::diagnosis::detail {

QString humanDuration(qint64 milliseconds)
{
    const bool negative = milliseconds < 0;
    const qint64 ms = negative ? -milliseconds : milliseconds;
    QString text;
    if (ms > 0 && ms < 50) {
        text = QCoreApplication::translate("Duration", "less than 0.1 s");
    } else if (ms < 120 * 1000) {
        // Tenths matter for the short gaps the pull race produces; whole seconds read better otherwise.
        const qint64 tenths = (ms + 50) / 100;
        text = QString::number(tenths / 10);
        if (tenths % 10 != 0)
            text += QLatin1Char('.') % QString::number(tenths % 10);
        text += QStringLiteral(" s");
    } else if (ms < 3600 * 1000) {
        const qint64 seconds = (ms + 500) / 1000;
        text = QString::number(seconds / 60) % QStringLiteral(" min");
        if (seconds % 60 != 0)
            text += QLatin1Char(' ') % QString::number(seconds % 60) % QStringLiteral(" s");
    } else if (ms < 48LL * 3600 * 1000) {
        const qint64 minutes = (ms + 30 * 1000) / 60000;
        text = QString::number(minutes / 60) % QStringLiteral(" h");
        if (minutes % 60 != 0)
            text += QLatin1Char(' ') % QString::number(minutes % 60) % QStringLiteral(" min");
    } else {
        const int days = int((ms + 12LL * 3600 * 1000) / (24LL * 3600 * 1000));
        text = QCoreApplication::translate("Duration", "%n days", nullptr, days);
    }
    return negative ? QStringLiteral("-") % text : text;
}

nlohmann::json secondsJson(qint64 milliseconds)
{
    const qint64 tenths = static_cast<qint64>(std::llround(static_cast<double>(milliseconds) / 100.0));
    if (tenths % 10 == 0)
        return tenths / 10;
    return static_cast<double>(tenths) / 10.0;
}

QString joinWords(const QStringList &words)
{
    if (words.size() <= 1)
        return words.value(0);
    return words.mid(0, words.size() - 1).join(QStringLiteral(", ")) % QStringLiteral(" and ") % words.last();
}

QString humanTime(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("an unknown time");
    const QDateTime utc = time.toUTC();
    return utc.toString(QStringLiteral("HH:mm:ss")) % QStringLiteral(" UTC on ")
        % utc.toString(QStringLiteral("yyyy-MM-dd"));
}

QStringList objectIds(const std::vector<const HubSpotObject *> &objects)
{
    QStringList ids;
    for (const HubSpotObject *object : objects)
        ids << object->id;
    return ids;
}

nlohmann::json idsJson(const std::vector<const HubSpotObject *> &objects)
{
    nlohmann::json out = nlohmann::json::array();
    for (const HubSpotObject *object : objects)
        out.push_back(object->id);
    return out;
}

nlohmann::json createdJson(const std::vector<const HubSpotObject *> &objects)
{
    nlohmann::json out = nlohmann::json::array();
    for (const HubSpotObject *object : objects)
        out.push_back(timeToJson(object->createdAt));
    return out;
}

nlohmann::json labelsJson(const QStringList &labels)
{
    nlohmann::json out = nlohmann::json::array();
    for (const QString &label : labels)
        out.push_back(label);
    return out;
}

Finding makeFinding(const QString &code, Severity severity, const QString &fix, const QString &objectType,
                    const QString &summary, nlohmann::json evidence)
{
    Finding finding;
    finding.code = code;
    finding.severity = severity;
    finding.fix = fix;
    finding.objectType = objectType;
    finding.summary = summary;
    finding.evidence = std::move(evidence);
    return finding;
}

} // namespace credsync::diagnosis::detail
