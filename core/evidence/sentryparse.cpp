#include "sentryparse.h"

#include "../boundedjson.h"
#include "../jsonbounds.h"
#include "../jsonio.h"

#include <algorithm>
#include <limits>

namespace credsync::evidence {

namespace {

Error bad(const QString &why)
{
    return Error::make(Error::Kind::BadResponse, QStringLiteral("errors unavailable: Sentry answered ") + why,
                       QStringLiteral("sentry"));
}

// Not JSON, or nested deeper than any Sentry answer: nullopt (the caller says which call it was).
std::optional<nlohmann::json> parse(const QByteArray &body)
{
    try {
        return boundedjson::parse(body);
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

// count arrives as a string ("14"); a non-negative integer is accepted too. Anything else (absent,
// "many", -1, 1.5) is malformed: nullopt, never a guessed 0.
std::optional<qint64> countOf(const nlohmann::json &issue)
{
    const auto it = issue.find("count");
    if (it == issue.end())
        return std::nullopt;
    if (it->is_string()) {
        bool ok = false;
        const qint64 count = QString::fromStdString(it->get<std::string>()).toLongLong(&ok);
        return ok && count >= 0 ? std::optional<qint64>(count) : std::nullopt;
    }
    if (it->is_number_unsigned() && it->get<quint64>() <= quint64(std::numeric_limits<qint64>::max()))
        return it->get<qint64>();
    if (it->is_number_integer() && it->get<qint64>() >= 0)
        return it->get<qint64>();
    return std::nullopt;
}

bool isText(const nlohmann::json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string();
}

QString excerpt(const nlohmann::json &value)
{
    return bodyExcerpt(QByteArray::fromStdString(value.dump()), 60);
}

// Splits on commas that are outside <…> and outside quotes.
QList<QByteArray> splitEntries(const QByteArray &header)
{
    QList<QByteArray> out;
    QByteArray current;
    bool inUrl = false;
    bool inQuotes = false;
    for (const char c : header) {
        if (c == '<' && !inQuotes)
            inUrl = true;
        else if (c == '>' && !inQuotes)
            inUrl = false;
        else if (c == '"' && !inUrl)
            inQuotes = !inQuotes;
        if (c == ',' && !inUrl && !inQuotes) {
            out << current;
            current.clear();
            continue;
        }
        current += c;
    }
    out << current;
    return out;
}

} // namespace

std::vector<LinkEntry> parseLinkHeader(const QByteArray &header)
{
    std::vector<LinkEntry> entries;
    for (const QByteArray &rawEntry : splitEntries(header)) {
        const QByteArray entry = rawEntry.trimmed();
        const qsizetype open = entry.indexOf('<');
        const qsizetype close = entry.indexOf('>', open + 1);
        if (open != 0 || close < 0)
            continue;
        LinkEntry link;
        link.url = QUrl::fromEncoded(entry.mid(1, close - 1).trimmed());
        if (!link.url.isValid())
            continue;
        for (const QByteArray &rawParam : entry.mid(close + 1).split(';')) {
            const QByteArray param = rawParam.trimmed();
            const qsizetype eq = param.indexOf('=');
            if (eq < 0)
                continue;
            const QByteArray key = param.left(eq).trimmed().toLower();
            QByteArray value = param.mid(eq + 1).trimmed();
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            if (key == "rel")
                link.rel = QString::fromLatin1(value).toLower();
            else if (key == "results")
                link.results = value.toLower() == "true";
            else if (key == "cursor")
                link.cursor = QString::fromLatin1(value);
        }
        entries.push_back(std::move(link));
    }
    return entries;
}

std::optional<QUrl> nextPageUrl(const QByteArray &linkHeader)
{
    for (const LinkEntry &entry : parseLinkHeader(linkHeader)) {
        // rel may list several relation types separated by spaces.
        if (entry.rel.split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(QStringLiteral("next")))
            return entry.results.value_or(false) ? std::optional<QUrl>(entry.url) : std::nullopt;
    }
    return std::nullopt;
}

Result<std::vector<SentryIssue>> parseSentryIssues(const QByteArray &body)
{
    const std::optional<nlohmann::json> doc = parse(body);
    if (!doc)
        return bad(QStringLiteral("something that is not JSON"));
    if (!doc->is_array())
        return bad(QStringLiteral("something that is not a list of issues"));
    std::vector<SentryIssue> issues;
    for (const nlohmann::json &item : *doc) {
        if (!item.is_object())
            return bad(QStringLiteral("an issue that is not an object: %1").arg(excerpt(item)));
        SentryIssue issue;
        // Sentry's issue id is a string of digits; a number or anything else is not an issue we can trust.
        issue.id = isText(item, "id") ? jsonString(item, "id") : QString();
        if (issue.id.isEmpty())
            return bad(QStringLiteral("an issue without a text id: %1").arg(excerpt(item)));
        if (!isText(item, "title"))
            return bad(QStringLiteral("an issue without a title: %1").arg(excerpt(item)));
        const std::optional<qint64> count = countOf(item);
        if (!count)
            return bad(QStringLiteral("an issue without a count: %1").arg(excerpt(item)));
        issue.shortId = jsonString(item, "shortId");
        issue.title = jsonString(item, "title");
        issue.culprit = jsonString(item, "culprit");
        issue.permalink = jsonString(item, "permalink");
        issue.level = jsonString(item, "level");
        issue.status = jsonString(item, "status");
        issue.count = *count;
        issue.firstSeen = parseIsoTime(jsonString(item, "firstSeen"));
        issue.lastSeen = parseIsoTime(jsonString(item, "lastSeen"));
        if (!issue.lastSeen.isValid())
            return bad(QStringLiteral("an issue without a readable lastSeen: %1").arg(excerpt(item)));
        issues.push_back(std::move(issue));
    }
    return issues;
}

Result<QString> parseSentryProjectId(const QByteArray &body)
{
    const std::optional<nlohmann::json> doc = parse(body);
    if (!doc || !doc->is_object())
        return bad(QStringLiteral("a project that is not a JSON object"));
    const QString id = jsonString(*doc, "id");
    if (id.isEmpty() || !isHubSpotId(id)) // same rule: a positive 64-bit decimal
        return bad(QStringLiteral("a project without a numeric id"));
    return id;
}

Result<std::vector<QDateTime>> parseSentryEventTimes(const QByteArray &body, const QString &contactId)
{
    const std::optional<nlohmann::json> doc = parse(body);
    if (!doc || !doc->is_array())
        return bad(QStringLiteral("events that are not a JSON list"));
    std::vector<QDateTime> times;
    for (const nlohmann::json &event : *doc) {
        if (!event.is_object())
            return bad(QStringLiteral("an event that is not an object: %1").arg(excerpt(event)));
        bool mentions = contactId.isEmpty();
        for (const char *key : {"message", "title"})
            mentions = mentions || jsonString(event, key).contains(contactId);
        const auto tags = event.find("tags");
        if (!mentions && tags != event.end() && tags->is_array()) {
            for (const nlohmann::json &tag : *tags)
                mentions = mentions || jsonString(tag, "value").contains(contactId);
        }
        const QDateTime time = parseIsoTime(jsonString(event, "dateCreated"));
        if (mentions && time.isValid())
            times.push_back(time);
    }
    std::sort(times.begin(), times.end());
    return times;
}

} // namespace credsync::evidence
