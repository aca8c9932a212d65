#include "jsonbounds.h"

namespace credsync {

nlohmann::json parseBoundedJson(const QByteArray &body, int maxDepth)
{
    const nlohmann::json::parser_callback_t bound = [maxDepth](int depth, nlohmann::json::parse_event_t event,
                                                               nlohmann::json &) {
        if ((event == nlohmann::json::parse_event_t::object_start || event == nlohmann::json::parse_event_t::array_start)
            && depth >= maxDepth)
            throw JsonTooDeep();
        return true;
    };
    return nlohmann::json::parse(body.constBegin(), body.constEnd(), bound);
}

QString bodyExcerpt(const QByteArray &body, int maxChars)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("(empty)");
    QString text = QString::fromUtf8(trimmed.left(maxChars * 4));
    for (QChar &c : text) {
        if (c.isSpace() || !c.isPrint())
            c = QLatin1Char(' ');
    }
    text = text.simplified();
    if (text.size() > maxChars)
        text = text.left(maxChars - 1) + QChar(0x2026);
    return text;
}

} // namespace credsync
