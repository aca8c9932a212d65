#include "boundedjson.h"

#include <QCoreApplication>

namespace credsync::boundedjson {

std::optional<QString> checkLimits(const char *begin, const char *end, const Limits &limits)
{
    const qint64 size = qint64(end - begin);
    if (size > limits.maxBytes)
        return QCoreApplication::translate("BoundedJson", "the JSON document is %1 bytes long, more than the %2 allowed")
            .arg(size)
            .arg(limits.maxBytes);
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char *p = begin; p != end; ++p) {
        const char c = *p;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (++depth > limits.maxDepth)
                return QCoreApplication::translate("BoundedJson", "the JSON document is nested deeper than %1 levels (at byte %2)")
                    .arg(limits.maxDepth)
                    .arg(qint64(p - begin));
            break;
        case ']':
        case '}':
            if (depth > 0)
                --depth;
            break;
        default:
            break;
        }
    }
    return std::nullopt;
}

nlohmann::json parse(const QByteArray &text, const Limits &limits)
{
    if (const auto problem = checkLimits(text.constData(), text.constData() + text.size(), limits))
        throw LimitError(*problem);
    return nlohmann::json::parse(text.constBegin(), text.constEnd());
}

nlohmann::json parse(const std::string &text, const Limits &limits)
{
    if (const auto problem = checkLimits(text.data(), text.data() + text.size(), limits))
        throw LimitError(*problem);
    return nlohmann::json::parse(text);
}

std::optional<nlohmann::json> tryParse(const QByteArray &text, QString *error, const Limits &limits)
{
    try {
        return parse(text, limits);
    } catch (const std::exception &exception) {
        if (error)
            *error = QString::fromUtf8(exception.what());
        return std::nullopt;
    }
}

} // namespace credsync::boundedjson
