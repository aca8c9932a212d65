#pragma once
// Times in an export as its reader reads them: one zone (the reader's), named once per export, never
// UTC beside it. Markdown, the ticket block and the PDF all come through here, so that no table grows a
// second time column again. JSON and CSV stay ISO-8601 UTC: machines read those.
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace credsync::exporting {

// "2025-09-14 19:42:51" in `zone` (UTC when the zone is invalid); "—" for an invalid time.
QString readerTime(const QDateTime &time, const QTimeZone &zone);
// The zone's name as a header says it once: "UTC" for UTC under any of its names (Etc/UTC, UTC,
// a zero-offset zone without daylight time), else its IANA id ("Europe/Madrid").
QString readerZoneName(const QTimeZone &zone);

} // namespace credsync::exporting
