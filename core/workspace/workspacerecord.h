#pragma once
// What every store in the workspace (the audit, the run journal) writes the same way: times as UTC ISO
// text with milliseconds from the injected clock, read back as UTC, and database errors as values that
// name the store ("audit: cannot record a step: …").
#include "../result.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

class QSqlError;

namespace credsync::workspace::record {

// clock::nowUtc() as stored: "2026-12-07T04:21:00.123Z".
QString nowText();
// A stored time back as UTC; empty or NULL: an invalid QDateTime.
QDateTime timeFrom(const QVariant &value);
// Error::Kind::Database in area "workspace", the message "<store>: <what>: <driver text>".
Error databaseError(const QString &store, const QString &what, const QSqlError &error);

} // namespace credsync::workspace::record
