#include "timetext.h"

#include "../clock.h"

#include <QCoreApplication>
#include <QLocale>

namespace credsync::i18n {

QString displayTime(const QDateTime &time, const QTimeZone &zone)
{
    if (!time.isValid())
        return QStringLiteral("—");
    const QDateTime there = time.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    const QLocale locale;
    // The C locale (tests, scripts) has no reader: ISO dates.
    if (locale.language() == QLocale::C)
        return there.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QString dateFormat = locale.dateFormat(QLocale::ShortFormat);
    // Two-digit years read as days in some orders; four digits never do.
    if (!dateFormat.contains(QLatin1String("yyyy")))
        dateFormat.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(there.date(), dateFormat) + QLatin1Char(' ') + there.time().toString(QStringLiteral("HH:mm:ss"));
}

QString isoTime(const QDateTime &time, const QTimeZone &zone)
{
    if (!time.isValid())
        return QStringLiteral("—");
    if (isUtc(zone))
        return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
    const QDateTime there = time.toTimeZone(zone);
    const int offset = there.offsetFromUtc();
    const QString sign = offset < 0 ? QStringLiteral("-") : QStringLiteral("+");
    const int minutes = qAbs(offset) / 60;
    return there.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + sign
        + QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

bool isUtc(const QTimeZone &zone)
{
    if (!zone.isValid() || zone == QTimeZone::utc() || zone.id() == "UTC" || zone.id() == "Etc/UTC")
        return true;
    const QDateTime now = clock::nowUtc();
    return zone.abbreviation(now) == QLatin1String("UTC") && zone.offsetFromUtc(now) == 0 && !zone.hasDaylightTime();
}

QString zoneCaption(const QTimeZone &zone)
{
    if (isUtc(zone))
        return QCoreApplication::translate("TimeText", "Times in UTC.");
    const QString abbreviation = zone.abbreviation(clock::nowUtc());
    const QString id = QString::fromUtf8(zone.id());
    if (abbreviation.isEmpty() || abbreviation == id)
        return QCoreApplication::translate("TimeText", "Times in %1.").arg(id);
    return QCoreApplication::translate("TimeText", "Times in %1 (%2).").arg(id, abbreviation);
}

QString sourceName(const QString &source)
{
    if (source == QLatin1String("db"))
        return QCoreApplication::translate("TimeText", "database");
    if (source == QLatin1String("hubspot"))
        return QStringLiteral("HubSpot");
    if (source == QLatin1String("log"))
        return QCoreApplication::translate("TimeText", "log");
    if (source == QLatin1String("sentry"))
        return QStringLiteral("Sentry");
    if (source == QLatin1String("audit"))
        return QCoreApplication::translate("TimeText", "audit");
    return source;
}

} // namespace credsync::i18n
