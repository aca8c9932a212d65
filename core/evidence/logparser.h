#pragma once
// Ruby Logger lines as the credentialing backend writes them:
//   "%.1s, [%Y-%m-%dT%H:%M:%S.%6N #%d] %5s -- %s: %s"
//   I, [2025-09-14T17:42:51.318204 #1]  INFO -- : [req-id] Did not found Associated Custom Objects ...
#include "../types.h"

#include <QDateTime>
#include <QString>

namespace credsync::evidence {

// Never fails: a line that is not a Logger line (or is garbage) comes back verbatim with an empty level
// and message == the line. Rails tags ("[request-id] ", several allowed) are stripped from the message.
// worker: the progname, else a class named like a worker/job in the tags or message, else a Sidekiq
// "class=" field, else a jid tag ("jid-abc123"). time: Loki's timestamp (authoritative, the line's own
// time has no zone); only when timestampNs <= 0 is the line's own time used, read as UTC.
LogLine parseLogLine(const QString &raw, qint64 timestampNs, const QString &stream);

// A Loki nanosecond timestamp as a UTC QDateTime (millisecond precision); invalid for ns <= 0.
QDateTime timeFromNs(qint64 timestampNs);
qint64 nsFromTime(const QDateTime &time);

// The worker named in a piece of text (see parseLogLine); empty when none.
QString workerIn(const QString &text);

} // namespace credsync::evidence
