#pragma once
// LogQL text built from values we do not control (contact ids and UUIDs typed or pasted by people, read
// from the DB): nothing in a value may end the string it is put in.
#include "../profile.h"

#include <QDateTime>
#include <QString>

namespace credsync::evidence {

// A double-quoted LogQL string literal, quotes included. Escapes \ and ", writes \n \r \t for those
// control characters and \u00XX for every other control character (Go string-literal rules, which LogQL
// uses), so the result is always one well-formed literal.
QString logQlString(const QString &value);

// Escapes RE2 metacharacters so the value matches itself literally inside a regular expression.
QString re2Escape(const QString &value);

// The lines that mention the contact id OR the therapist's key:
//   {app="…"} |~ "(?i)51234567801|7c9e6679-7425-40de-…"
// Line filters chain as AND, so two |= would need both ids on one line; a regex alternation of
// RE2-escaped values, inside an escaped string literal, keeps OR. (?i) is added when a value has
// letters (UUIDs are logged in either case). With one value the cheaper |= "value" form is used.
// Empty when both values are empty: an unfiltered query would fetch every line of the app.
QString therapistLogQuery(const QString &selector, const QString &contactId, const QString &therapistKey);

// Grafana Explore for the query over [start, end): <exploreUrl>/explore?orgId=1&left=<JSON state>.
// The "left" state (datasource uid, queries with expr, range as epoch-ms strings) is the form every
// Grafana since 7 accepts; Grafana 10+ migrates it to its "panes" schema itself. Empty when
// loki.exploreUrl is unset.
QString grafanaExploreUrl(const LokiProfile &loki, const QString &query, const QDateTime &start,
                          const QDateTime &end);

} // namespace credsync::evidence
