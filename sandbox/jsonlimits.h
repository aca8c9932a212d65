#pragma once
// The sandbox's own guard for JSON it reads (world files, request bodies): nesting deeper than 64 or
// more than 64 MiB is refused before nlohmann builds (and later recursively prints or frees) the tree.
// Kept apart from core's boundedjson on purpose: the sandbox shares no code with the console's clients.
#include <QByteArray>

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace credsync::sandbox {

// Throws std::runtime_error ("the JSON document is nested deeper than 64 levels (at byte N)") or
// nlohmann's parse_error.
nlohmann::json parseLimitedJson(const QByteArray &text);

} // namespace credsync::sandbox
