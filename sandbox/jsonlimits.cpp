#include "sandbox/jsonlimits.h"

#include <string>

namespace credsync::sandbox {

nlohmann::json parseLimitedJson(const QByteArray &text)
{
    constexpr int maxDepth = 64;
    constexpr qsizetype maxBytes = 64 * 1024 * 1024;
    if (text.size() > maxBytes)
        throw std::runtime_error("the JSON document is " + std::to_string(text.size()) + " bytes long, more than the "
                                 + std::to_string(maxBytes) + " allowed");
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                throw std::runtime_error("the JSON document is nested deeper than " + std::to_string(maxDepth) + " levels (at byte "
                                         + std::to_string(i) + ")");
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return nlohmann::json::parse(text.constBegin(), text.constEnd());
}

} // namespace credsync::sandbox
