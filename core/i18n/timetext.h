#pragma once
// One style for every date and time a person reads (the CLI, the window, the Markdown and PDF
// exports): the reader's locale for the date, 24-hour time with seconds, in the reader's zone, the
// zone named once per view by zoneCaption(). --json and the stored data stay ISO-8601 UTC.
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace credsync::i18n {

// "14/9/2025 13:42:51" (es_ES), "9/14/2025 13:42:51" (en_US); "—" for an invalid time.
QString displayTime(const QDateTime &time, const QTimeZone &zone);
// "Times in Europe/Madrid (CET)." / "Horas en Europe/Madrid (CET)."; "Times in UTC." for UTC.
QString zoneCaption(const QTimeZone &zone);
// The command line's one form, the same in every locale and language: ISO 8601 date, 24-hour time in
// `zone`, then the zone: "2025-09-14 17:42:51 UTC", "2025-09-14 19:42:51 +02:00" (the offset at that
// moment); "—" for an invalid time. `inspect`, `scan` and the fix output all print times this way.
QString isoTime(const QDateTime &time, const QTimeZone &zone = QTimeZone::utc());
// True for UTC under any of its names (UTC, Etc/UTC, a zero-offset zone abbreviated UTC): one column, not two.
bool isUtc(const QTimeZone &zone);
// A timeline source id (db, hubspot, log, sentry, audit) in words.
QString sourceName(const QString &source);

} // namespace credsync::i18n
