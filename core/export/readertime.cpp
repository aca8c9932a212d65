#include "readertime.h"

#include "../i18n/timetext.h"

namespace credsync::exporting {

QString readerTime(const QDateTime &time, const QTimeZone &zone)
{
    if (!time.isValid())
        return QStringLiteral("—");
    const QTimeZone reader = zone.isValid() && !i18n::isUtc(zone) ? zone : QTimeZone::utc();
    return time.toTimeZone(reader).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString readerZoneName(const QTimeZone &zone)
{
    if (!zone.isValid() || i18n::isUtc(zone))
        return QStringLiteral("UTC");
    return QString::fromUtf8(zone.id());
}

} // namespace credsync::exporting
