#pragma once
// What the backend's log lines say happened: id pulls that found nothing and id columns being set.
//
// Patterns (LokiProfile::pullNothingPattern / idSetPattern) are regular expressions (PCRE syntax, matched
// against the message with tags stripped) with named groups:
//   pull:   (?<contact>\d+) the contact id (optional); (?<worker>…) optional
//   id set: (?<column>…) and (?<value>…) required; (?<worker>…) optional
// Empty means the default. An invalid pattern (bad syntax, a required group missing) falls back to the
// default, is logged once as a warning, and is reported by eventPatternProblems().
#include "../profile.h"
#include "../types.h"

#include <QRegularExpression>
#include <QStringList>

#include <vector>

namespace credsync::evidence {

// "Did not found Associated Custom Objects for Hubspot ID: <digits>" (also "find", any case).
QString defaultPullNothingPattern();
// "<column> set to <digits>" ("was set to" and a quoted value accepted).
QString defaultIdSetPattern();

struct EventPatterns
{
    QRegularExpression pullNothing;
    QRegularExpression idSet;
    QStringList problems; // one line per rejected custom pattern
};
EventPatterns compileEventPatterns(const LokiProfile &loki);
QStringList eventPatternProblems(const LokiProfile &loki);

// One event per match, in line order; IdColumnSet only for columns in idColumns.
std::vector<LogEvent> extractEvents(const std::vector<LogLine> &lines, const LokiProfile &loki,
                                    const QStringList &idColumns);

} // namespace credsync::evidence
