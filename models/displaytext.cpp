#include "displaytext.h"

#include "core/i18n/timetext.h"

#include <QTimeZone>

namespace credsync {

QString DisplayText::localTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    // One style everywhere (core/i18n/timetext.h); the window names the zone once, in its status bar.
    return i18n::displayTime(time, QTimeZone::systemTimeZone());
}

QString DisplayText::localClock(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}

QString DisplayText::duration(qint64 seconds)
{
    const QString sign = seconds < 0 ? QStringLiteral("-") : QString();
    qint64 s = seconds < 0 ? -seconds : seconds;
    if (s < 60)
        return sign + tr("%1 s").arg(s);
    if (s < 3600)
        return sign + (s % 60 ? tr("%1 min %2 s").arg(s / 60).arg(s % 60) : tr("%1 min").arg(s / 60));
    if (s < 86400) {
        const qint64 minutes = (s % 3600) / 60;
        return sign + (minutes ? tr("%1 h %2 min").arg(s / 3600).arg(minutes) : tr("%1 h").arg(s / 3600));
    }
    const qint64 hours = (s % 86400) / 3600;
    return sign + (hours ? tr("%1 d %2 h").arg(s / 86400).arg(hours) : tr("%1 d").arg(s / 86400));
}

QString DisplayText::severity(Severity severity)
{
    switch (severity) {
    case Severity::Info: return tr("info");
    case Severity::Warning: return tr("warning");
    case Severity::Error: return tr("error");
    }
    return tr("error");
}

QString DisplayText::fixName(const QString &fix)
{
    if (fix == QLatin1String("pull-ids"))
        return tr("Pull ids");
    if (fix == QLatin1String("relabel"))
        return tr("Relabel");
    if (fix == QLatin1String("resync"))
        return tr("Resync");
    if (fix == QLatin1String("wait"))
        return tr("Wait");
    if (fix == QLatin1String("none") || fix.isEmpty())
        return tr("None");
    return fix;
}

QString DisplayText::fixExplanation(const QString &fix)
{
    if (fix == QLatin1String("pull-ids"))
        return tr("Copy the ids HubSpot has into the database columns.");
    if (fix == QLatin1String("relabel"))
        return tr("Move the labels so exactly one object carries each unique label.");
    if (fix == QLatin1String("resync"))
        return tr("Push the database values to the object the database points at.");
    if (fix == QLatin1String("wait"))
        return tr("Nothing to do yet: HubSpot workflows may still be running.");
    return tr("No fix needed.");
}

} // namespace credsync
