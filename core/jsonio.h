#pragma once
// nlohmann_json at the boundary: QString conversion, UTC time formatting, and JSON for the domain types.
#include "types.h"

#include <QDateTime>
#include <QString>

#include <nlohmann/json.hpp>

namespace nlohmann {
template<>
struct adl_serializer<QString>
{
    static void to_json(json &j, const QString &s) { j = s.toStdString(); }
    static void from_json(const json &j, QString &s) { s = QString::fromStdString(j.get<std::string>()); }
};
} // namespace nlohmann

namespace credsync {

// "2025-09-14T17:42:51.318Z": always UTC with a Z, milliseconds only when non-zero. Null for an invalid time.
nlohmann::json timeToJson(const QDateTime &time);
QString isoUtc(const QDateTime &time);
// Accepts ISO-8601 with Z, an offset, or fractional seconds; returns an invalid QDateTime otherwise.
QDateTime parseIsoTime(const QString &text);

// Reads a string member, accepting numbers too (ids that arrive as JSON numbers are kept exact).
QString jsonString(const nlohmann::json &object, const char *key, const QString &fallback = {});
// A JSON value holding an id (string or integer) as the exact decimal string; empty if neither.
QString jsonId(const nlohmann::json &value);

void to_json(nlohmann::json &j, const Finding &finding);
void to_json(nlohmann::json &j, const LogLine &line);
void to_json(nlohmann::json &j, const SentryIssue &issue);
void to_json(nlohmann::json &j, const TimelineEntry &entry);
void to_json(nlohmann::json &j, const UnresolvedTarget &target);

} // namespace credsync
