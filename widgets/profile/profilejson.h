#pragma once
// Small, non-throwing JSON-pointer helpers for the profile editor's form ↔ raw JSON sync, and the
// skeleton a new profile starts from (the contract's keys with their usual values).
#include <nlohmann/json.hpp>

namespace credsync::profilejson {

using Json = nlohmann::ordered_json;

// The value at a pointer ("/objects/0/type_id"), or null when a step is missing or of another type.
const Json *find(const Json &root, const char *pointer);
// The slot at a pointer, creating objects (arrays for numeric steps) on the way.
Json &slot(Json &root, const char *pointer);
// Removes the key a pointer names, if it exists.
void erase(Json &root, const char *pointer);
Json templateProfile();

} // namespace credsync::profilejson
