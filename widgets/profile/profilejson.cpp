#include "widgets/profile/profilejson.h"

namespace credsync::profilejson {


static bool isIndex(const std::string &token)
{
    return !token.empty() && token.find_first_not_of("0123456789") == std::string::npos;
}

static std::vector<std::string> tokens(const char *pointer)
{
    std::vector<std::string> out;
    const std::string text(pointer);
    size_t start = 1;
    while (start <= text.size()) {
        const size_t slash = text.find('/', start);
        const size_t end = slash == std::string::npos ? text.size() : slash;
        out.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

// The value at a pointer, or null when any step is missing or of another type (never throws).
const Json *find(const Json &root, const char *pointer)
{
    const Json *at = &root;
    for (const std::string &token : tokens(pointer)) {
        if (at->is_array() && isIndex(token)) {
            const size_t index = std::stoul(token);
            if (index >= at->size())
                return nullptr;
            at = &(*at)[index];
        } else if (at->is_object() && at->contains(token)) {
            at = &(*at)[token];
        } else {
            return nullptr;
        }
    }
    return at;
}

// The slot at a pointer, creating objects (and arrays for numeric steps) on the way.
Json &slot(Json &root, const char *pointer)
{
    Json *at = &root;
    const std::vector<std::string> steps = tokens(pointer);
    for (size_t i = 0; i < steps.size(); ++i) {
        const std::string &token = steps[i];
        if (isIndex(token)) {
            if (!at->is_array())
                *at = Json::array();
            const size_t index = std::stoul(token);
            while (at->size() <= index)
                at->push_back(Json::object());
            at = &(*at)[index];
        } else {
            if (!at->is_object())
                *at = Json::object();
            at = &(*at)[token];
        }
    }
    return *at;
}

void erase(Json &root, const char *pointer)
{
    const std::vector<std::string> steps = tokens(pointer);
    Json *at = &root;
    for (size_t i = 0; i + 1 < steps.size(); ++i) {
        Json *next = nullptr;
        if (at->is_array() && isIndex(steps[i]) && std::stoul(steps[i]) < at->size())
            next = &(*at)[std::stoul(steps[i])];
        else if (at->is_object() && at->contains(steps[i]))
            next = &(*at)[steps[i]];
        if (!next)
            return;
        at = next;
    }
    if (at->is_object())
        at->erase(steps.back());
}

Json templateProfile()
{
    Json labels = Json::object();
    labels["Active Attested"] = "credentialing_active_attested_id";
    labels["Active"] = "credentialing_hubspot_id";
    labels["Relocation"] = "credentialing_relocation_id";
    Json credentialing = {{"name", "Credentialing"}, {"type_id", ""}, {"labels", labels},
                          {"unique_labels", {"Active Attested", "Active", "Relocation"}},
                          {"required_label", "Active Attested"},
                          {"exclusive_labels", Json::array({Json::array({"Active Attested", "Active"})})}};
    return Json{{"name", ""},
                {"hubspot", {{"base_url", "https://api.hubapi.com"}, {"token_env", "CREDSYNC_HUBSPOT_TOKEN"}}},
                {"objects", Json::array({credentialing})},
                {"database", {{"url", ""}, {"password_env", "CREDSYNC_DB_PASSWORD"}, {"table", "therapists"},
                              {"key_column", "id"}, {"contact_column", "hubspot_id"}, {"email_column", "email"},
                              {"name_columns", {"first_name", "last_name"}}, {"created_column", "created_at"}}}};
}

} // namespace credsync::profilejson
