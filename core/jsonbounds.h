#pragma once
// Parsing of untrusted vendor bodies with a bound on nesting, and a short printable excerpt of a body
// for the message that says what came back. A body nested deeper than kMaxJsonDepth is refused before
// it is built, so a hostile answer can neither exhaust the stack nor pass for a shape it is not.
#include <QByteArray>
#include <QString>

#include <stdexcept>

#include <nlohmann/json.hpp>

namespace credsync {

inline constexpr int kMaxJsonDepth = 32;

struct JsonTooDeep : std::runtime_error
{
    JsonTooDeep() : std::runtime_error("JSON nested too deeply") {}
};

// Throws nlohmann::json::parse_error for a body that is not JSON and JsonTooDeep past maxDepth.
nlohmann::json parseBoundedJson(const QByteArray &body, int maxDepth = kMaxJsonDepth);

// The body's first characters on one line ("{\"results\":\"x\"}"), for messages; "(empty)" when empty.
QString bodyExcerpt(const QByteArray &body, int maxChars = 80);

} // namespace credsync
