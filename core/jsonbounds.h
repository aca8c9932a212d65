#pragma once
// A short printable excerpt of a vendor body, for the message that says what came back. (Parsing with
// bounds on nesting and size lives in core/boundedjson.h.)
#include <QByteArray>
#include <QString>

namespace credsync {

// The body's first characters on one line ("{\"results\":\"x\"}"), for messages; "(empty)" when empty.
QString bodyExcerpt(const QByteArray &body, int maxChars = 80);

} // namespace credsync
