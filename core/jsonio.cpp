#include "jsonio.h"

#include <QTimeZone>

namespace credsync {

QString isoUtc(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    if (utc.time().msec() != 0)
        return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

nlohmann::json timeToJson(const QDateTime &time)
{
    if (!time.isValid())
        return nullptr;
    return isoUtc(time).toStdString();
}

QDateTime parseIsoTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        return {};
    // A time without a zone is taken as UTC: every source we read speaks UTC.
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeZone(QTimeZone::utc());
    return parsed.toUTC();
}

QString jsonString(const nlohmann::json &object, const char *key, const QString &fallback)
{
    if (!object.is_object())
        return fallback;
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return fallback;
    if (it->is_string())
        return QString::fromStdString(it->get<std::string>());
    if (it->is_number_integer() || it->is_number_unsigned() || it->is_boolean())
        return QString::fromStdString(it->dump());
    return fallback;
}

QString jsonId(const nlohmann::json &value)
{
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_number_unsigned())
        return QString::number(value.get<quint64>());
    if (value.is_number_integer())
        return QString::number(value.get<qint64>());
    return {};
}

void to_json(nlohmann::json &j, const Finding &finding)
{
    j = nlohmann::json{{"code", finding.code},
                       {"severity", severityName(finding.severity)},
                       {"summary", finding.summary},
                       {"evidence", finding.evidence},
                       {"fix", finding.fix}};
    if (!finding.objectType.isEmpty())
        j["object_type"] = finding.objectType;
}

void to_json(nlohmann::json &j, const LogLine &line)
{
    j = nlohmann::json{{"time", timeToJson(line.time)},
                       {"line", line.line},
                       {"level", line.level},
                       {"stream", line.stream}};
    if (!line.message.isEmpty())
        j["message"] = line.message;
}

void to_json(nlohmann::json &j, const SentryIssue &issue)
{
    j = nlohmann::json{{"title", issue.title},
                       {"count", issue.count},
                       {"first_seen", timeToJson(issue.firstSeen)},
                       {"last_seen", timeToJson(issue.lastSeen)},
                       {"url", issue.permalink},
                       {"id", issue.id},
                       {"short_id", issue.shortId},
                       {"level", issue.level},
                       {"status", issue.status}};
}

void to_json(nlohmann::json &j, const TimelineEntry &entry)
{
    j = nlohmann::json{{"time", timeToJson(entry.time)},
                       {"source", entry.source},
                       {"text", entry.text},
                       {"url", entry.url}};
}

void to_json(nlohmann::json &j, const UnresolvedTarget &target)
{
    j = nlohmann::json{{"target", target.target}, {"reason", target.reason}};
}

} // namespace credsync
