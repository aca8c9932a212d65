#include "sandbox/faultrules.h"

#include "sandbox/hubspotcommon.h"

#include <stdexcept>

namespace credsync::sandbox {

using nlohmann::json;

FaultRule FaultRule::fromJson(const json &in)
{
    if (!in.is_object() || !in.contains("path") || !in.at("path").is_string())
        throw std::invalid_argument("a fault rule needs \"path\" (a regular expression)");
    FaultRule rule;
    rule.method = QByteArray::fromStdString(in.value("method", std::string())).toUpper();
    rule.pathPattern = QString::fromStdString(in.at("path").get<std::string>());
    rule.nth = std::max(1, in.value("nth", 1));
    rule.times = std::max(0, in.value("times", 0));
    rule.status = in.value("status", 0);
    if (in.contains("body")) {
        const json &body = in.at("body");
        rule.body = QByteArray::fromStdString(body.is_string() ? body.get<std::string>() : body.dump());
        if (body.is_string() && !in.contains("contentType"))
            rule.contentType = "text/plain; charset=utf-8";
    }
    if (in.contains("contentType"))
        rule.contentType = QByteArray::fromStdString(in.at("contentType").get<std::string>());
    const json headersObject = in.value("headers", json::object()); // items() must not outlive its json
    for (const auto &[key, value] : headersObject.items())
        rule.headers.emplace_back(QByteArray::fromStdString(key),
                                  QByteArray::fromStdString(value.is_string() ? value.get<std::string>() : value.dump()));
    rule.delayMs = std::max(0, in.value("delayMs", 0));
    rule.drop = in.value("drop", false);
    rule.loseAnswer = in.value("loseAnswer", false);
    rule.probability = in.value("probability", 1.0);
    if (!(rule.probability >= 0.0 && rule.probability <= 1.0))
        throw std::invalid_argument("\"probability\" must be between 0 and 1");
    rule.seed = in.value("seed", quint64(1));
    if (rule.status == 0 && rule.delayMs == 0 && !rule.drop && !rule.loseAnswer)
        throw std::invalid_argument("a fault rule needs \"status\", \"delayMs\", \"drop\" or \"loseAnswer\"");
    if (!QRegularExpression(rule.pathPattern).isValid())
        throw std::invalid_argument("invalid path regular expression: " + rule.pathPattern.toStdString());
    return rule;
}

json FaultRule::toJson() const
{
    json headerObject = json::object();
    for (const auto &[key, value] : headers)
        headerObject[key.toStdString()] = value.toStdString();
    return {{"method", method.toStdString()}, {"path", pathPattern.toStdString()}, {"nth", nth}, {"times", times},
            {"status", status}, {"body", body.toStdString()}, {"contentType", contentType.toStdString()},
            {"headers", headerObject}, {"delayMs", delayMs}, {"drop", drop}, {"loseAnswer", loseAnswer},
            {"probability", probability}, {"seed", seed}};
}

int FaultRules::add(FaultRule rule)
{
    Entry entry;
    entry.id = m_nextId++;
    entry.pattern = QRegularExpression(rule.pathPattern);
    entry.random.seed(rule.seed);
    entry.rule = std::move(rule);
    m_entries.push_back(std::move(entry));
    return m_entries.back().id;
}

void FaultRules::clear()
{
    m_entries.clear();
}

std::optional<FaultRules::Action> FaultRules::match(const QByteArray &method, const QString &path)
{
    for (Entry &entry : m_entries) {
        const FaultRule &rule = entry.rule;
        if (!rule.method.isEmpty() && rule.method != "*" && rule.method != method)
            continue;
        if (!entry.pattern.match(path).hasMatch())
            continue;
        ++entry.matched;
        if (entry.matched < rule.nth || (rule.times > 0 && entry.fired >= rule.times))
            continue;
        if (rule.probability < 1.0 && std::uniform_real_distribution<double>(0.0, 1.0)(entry.random) >= rule.probability)
            continue;
        ++entry.fired;
        Action action;
        action.ruleId = entry.id;
        action.delayMs = rule.delayMs;
        action.drop = rule.drop;
        action.loseAnswer = rule.loseAnswer;
        if (rule.status > 0) {
            HttpResponse response;
            response.status = rule.status;
            response.contentType = rule.contentType;
            response.headers = rule.headers;
            response.body = rule.body.isEmpty()
                ? QByteArray::fromStdString(hubspot::errorBody("Injected fault (sandbox rule " + std::to_string(entry.id) + ")",
                                                               rule.status >= 500 ? "" : "VALIDATION_ERROR").dump())
                : rule.body;
            action.response = std::move(response);
        }
        return action;
    }
    return std::nullopt;
}

json FaultRules::toJson() const
{
    json out = json::array();
    for (const Entry &entry : m_entries) {
        json item = entry.rule.toJson();
        item["id"] = entry.id;
        item["matched"] = entry.matched;
        item["fired"] = entry.fired;
        out.push_back(std::move(item));
    }
    return out;
}

} // namespace credsync::sandbox
