#include "sandbox/sentryapi.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

#include <nlohmann/json.hpp>

namespace credsync::sandbox {

using nlohmann::json;

namespace {

HttpResponse detail(int status, const std::string &message)
{
    return HttpResponse::json(status, {{"detail", message}});
}

// Splits a Sentry search into tokens, keeping "quoted phrases" together.
QStringList searchTokens(const QString &query)
{
    QStringList tokens;
    static const QRegularExpression pattern(QStringLiteral("(\\S*\"[^\"]*\"\\S*|\\S+)"));
    auto it = pattern.globalMatch(query);
    while (it.hasNext()) {
        QString token = it.next().captured(1);
        token.remove(QLatin1Char('"'));
        if (!token.isEmpty())
            tokens << token;
    }
    return tokens;
}

bool issueMatches(const SentryIssue &issue, const QStringList &terms)
{
    for (const QString &term : terms) {
        bool found = false;
        for (const std::string *field : {&issue.title, &issue.culprit, &issue.metadataType, &issue.metadataValue})
            found = found || QString::fromStdString(*field).contains(term, Qt::CaseInsensitive);
        for (const SentryEvent &event : issue.events)
            found = found || QString::fromStdString(event.message).contains(term, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}

// "14d", "24h", "30m", "2w", "45s" → milliseconds; nullopt when malformed.
std::optional<qint64> periodMs(const QString &period)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)([smhdw])$"));
    const auto match = pattern.match(period);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 amount = match.captured(1).toLongLong();
    switch (match.captured(2).at(0).toLatin1()) {
    case 's': return amount * 1000;
    case 'm': return amount * 60000;
    case 'h': return amount * 3600000;
    case 'd': return amount * 86400000;
    default: return amount * 7 * 86400000;
    }
}

} // namespace

SentryApi::SentryApi(World &world)
    : m_world(world)
{
}

std::optional<HttpResponse> SentryApi::handle(const HttpRequest &request) const
{
    if (!request.path.startsWith(QLatin1String("/api/0/")))
        return std::nullopt;
    if (auto refused = checkAuthentication(request))
        return refused;
    static const QRegularExpression organizationRoute(QStringLiteral("^/api/0/organizations/([^/]+)/?$"));
    static const QRegularExpression projectRoute(QStringLiteral("^/api/0/projects/([^/]+)/([^/]+)/?$"));
    static const QRegularExpression issuesRoute(QStringLiteral("^/api/0/organizations/([^/]+)/issues/?$"));
    static const QRegularExpression eventsRoute(QStringLiteral("^/api/0/(?:organizations/[^/]+/)?issues/([^/]+)/events/?$"));
    QRegularExpressionMatch match;
    if (request.method == "GET") {
        if ((match = organizationRoute.match(request.path)).hasMatch())
            return organization(match.captured(1));
        if ((match = projectRoute.match(request.path)).hasMatch())
            return project(match.captured(1), match.captured(2));
        if ((match = issuesRoute.match(request.path)).hasMatch())
            return issues(request, match.captured(1));
        if ((match = eventsRoute.match(request.path)).hasMatch())
            return events(request, match.captured(1));
    }
    return detail(404, "The requested resource does not exist");
}

std::optional<HttpResponse> SentryApi::checkAuthentication(const HttpRequest &request) const
{
    const QByteArray authorization = request.header("authorization");
    if (authorization.isEmpty())
        return detail(401, "Authentication credentials were not provided.");
    if (m_world.tokens.sentry.empty() || authorization != "Bearer " + QByteArray::fromStdString(m_world.tokens.sentry))
        return detail(401, "Invalid token");
    return std::nullopt;
}

// GET /api/0/organizations/{org}/: the organization's details (a subset of Sentry's fields).
HttpResponse SentryApi::organization(const QString &org) const
{
    const SentryProject &project = m_world.sentryProject;
    if (org.toStdString() != project.org)
        return detail(404, "The requested resource does not exist");
    return HttpResponse::json(200, {{"id", "1"}, {"slug", project.org}, {"name", project.org}, {"status", {{"id", "active"}, {"name", "active"}}},
                                    {"dateCreated", "2020-01-01T00:00:00.000000Z"}});
}

HttpResponse SentryApi::project(const QString &org, const QString &slug) const
{
    const SentryProject &project = m_world.sentryProject;
    if (org.toStdString() != project.org || slug.toStdString() != project.slug)
        return detail(404, "The requested resource does not exist");
    return HttpResponse::json(200, {{"id", std::to_string(project.id)}, {"slug", project.slug}, {"name", project.name},
                                    {"platform", "ruby-rails"}, {"status", "active"},
                                    {"organization", {{"slug", project.org}, {"name", project.org}}}});
}

HttpResponse SentryApi::page(const HttpRequest &request, std::size_t count,
                             const std::function<json(std::size_t)> &item) const
{
    int limit = kMaxLimit;
    if (request.hasQuery(QStringLiteral("limit"))) {
        bool ok = false;
        limit = std::clamp(request.queryValue(QStringLiteral("limit")).toInt(&ok), 1, kMaxLimit);
        if (!ok)
            return detail(400, "Invalid limit parameter.");
    }
    std::size_t offset = 0;
    if (request.hasQuery(QStringLiteral("cursor"))) {
        const QStringList parts = request.queryValue(QStringLiteral("cursor")).split(QLatin1Char(':'));
        bool ok = parts.size() == 3;
        const qint64 value = ok ? parts[1].toLongLong(&ok) : 0;
        if (!ok || value < 0)
            return detail(400, "Invalid cursor parameter.");
        offset = std::size_t(value);
    }
    json results = json::array();
    for (std::size_t i = offset; i < count && results.size() < std::size_t(limit); ++i)
        results.push_back(item(i));
    // Sentry always sends both links and says with results="…" whether following one is worthwhile.
    const QByteArray host = request.header("host").isEmpty() ? QByteArray("127.0.0.1") : request.header("host");
    // QByteArray, not auto: a QStringBuilder expression would outlive the temporaries it refers to.
    const auto link = [&](std::size_t at, bool previous, bool hasResults) -> QByteArray {
        const QByteArray cursor = "0:" + QByteArray::number(qulonglong(at)) + (previous ? ":1" : ":0");
        QByteArray query;
        for (const QByteArray &part : request.rawQuery.split('&')) {
            if (!part.isEmpty() && !part.startsWith("cursor="))
                query += part + '&';
        }
        query += "cursor=" + cursor;
        return "<http://" + host + request.path.toUtf8() + '?' + query + ">; rel=\"" +
               (previous ? "previous" : "next") + "\"; results=\"" + (hasResults ? "true" : "false") +
               "\"; cursor=\"" + cursor + '"';
    };
    const std::size_t previousOffset = offset > std::size_t(limit) ? offset - std::size_t(limit) : 0;
    const std::size_t nextOffset = offset + std::size_t(limit);
    HttpResponse response = HttpResponse::json(200, results);
    response.addHeader("Link", link(previousOffset, true, offset > 0) + ", " + link(nextOffset, false, nextOffset < count));
    return response;
}

HttpResponse SentryApi::issues(const HttpRequest &request, const QString &org) const
{
    const SentryProject &project = m_world.sentryProject;
    if (org.toStdString() != project.org)
        return detail(404, "The requested resource does not exist");
    for (const QByteArray &part : request.rawQuery.split('&')) {
        if (!part.startsWith("project="))
            continue;
        bool ok = false;
        const qint64 id = QByteArray::fromPercentEncoding(part.mid(8)).toLongLong(&ok);
        if (!ok)
            return detail(400, "Invalid project parameter. Values must be numbers.");
        if (id != project.id && id != -1)
            return detail(403, "You do not have permission to perform this action.");
    }
    // Without a query Sentry applies its default view (unresolved issues); an empty query means all.
    const QString query = request.hasQuery(QStringLiteral("query")) ? request.queryValue(QStringLiteral("query"))
                                                                    : QStringLiteral("is:unresolved");
    // The window: statsPeriod (default 14d) or an absolute start/end (ISO 8601), never both, as Sentry does.
    const bool absolute = request.hasQuery(QStringLiteral("start")) || request.hasQuery(QStringLiteral("end"));
    if (absolute && request.hasQuery(QStringLiteral("statsPeriod")))
        return detail(400, "You cannot use statsPeriod together with start and end.");
    const qint64 now = m_world.nowMs();
    qint64 since = std::numeric_limits<qint64>::min();
    qint64 until = std::numeric_limits<qint64>::max();
    if (absolute) {
        if (!request.hasQuery(QStringLiteral("start")) || !request.hasQuery(QStringLiteral("end")))
            return detail(400, "start and end are both required");
        const auto start = parseIsoTime(request.queryValue(QStringLiteral("start")).toStdString());
        const auto end = parseIsoTime(request.queryValue(QStringLiteral("end")).toStdString());
        if (!start || !end)
            return detail(400, "start and end must be ISO 8601 date-times");
        if (*start > *end)
            return detail(400, "start must be before end");
        since = *start;
        until = *end;
    } else {
        const QString statsPeriod = request.hasQuery(QStringLiteral("statsPeriod")) ? request.queryValue(QStringLiteral("statsPeriod"))
                                                                                    : QStringLiteral("14d");
        std::optional<qint64> period;
        if (!statsPeriod.isEmpty() && !(period = periodMs(statsPeriod)))
            return detail(400, "Invalid statsPeriod: " + statsPeriod.toStdString());
        if (period)
            since = now - *period;
    }
    QStringList terms;
    QString status;
    for (const QString &token : searchTokens(query)) {
        if (token.startsWith(QLatin1String("is:")))
            status = token.mid(3).toLower();
        else if (!token.contains(QLatin1Char(':')))
            terms << token;
        // other key:value filters are accepted and ignored
    }
    // What lies past the world's retention is gone, as in Sentry: issues last seen before it, and events.
    const qint64 kept = retainedSince();
    std::vector<const SentryIssue *> hits;
    for (const SentryIssue &issue : m_world.sentryIssues) {
        const bool inWindow = issue.lastSeen >= since && issue.firstSeen <= until && issue.lastSeen >= kept;
        if ((status.isEmpty() || issue.status == status.toStdString()) && inWindow && issueMatches(issue, terms))
            hits.push_back(&issue);
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SentryIssue *a, const SentryIssue *b) { return a->lastSeen > b->lastSeen; });
    return page(request, hits.size(), [&](std::size_t i) {
        const SentryIssue &issue = *hits[i];
        return json{{"id", issue.id}, {"shortId", issue.shortId}, {"title", issue.title}, {"culprit", issue.culprit},
                    {"permalink", issue.permalink}, {"level", issue.level}, {"status", issue.status},
                    {"count", std::to_string(issue.count)}, {"userCount", issue.userCount},
                    {"firstSeen", isoTime(issue.firstSeen)}, {"lastSeen", isoTime(issue.lastSeen)},
                    {"type", "error"}, {"metadata", {{"type", issue.metadataType}, {"value", issue.metadataValue}}},
                    {"project", {{"id", std::to_string(project.id)}, {"name", project.name}, {"slug", project.slug}}},
                    {"numComments", 0}, {"isUnhandled", false}, {"assignedTo", nullptr}};
    });
}

qint64 SentryApi::retainedSince() const
{
    const int days = m_world.settings.sentryRetentionDays;
    return days > 0 ? m_world.nowMs() - qint64(days) * 86400000 : std::numeric_limits<qint64>::min();
}

HttpResponse SentryApi::events(const HttpRequest &request, const QString &issueId) const
{
    const auto issue = std::find_if(m_world.sentryIssues.begin(), m_world.sentryIssues.end(),
                                    [&](const SentryIssue &candidate) { return candidate.id == issueId.toStdString(); });
    if (issue == m_world.sentryIssues.end())
        return detail(404, "The requested resource does not exist");
    const QStringList terms = searchTokens(request.queryValue(QStringLiteral("query")));
    std::vector<const SentryEvent *> hits;
    const qint64 kept = retainedSince();
    for (const SentryEvent &event : issue->events) {
        bool ok = event.dateCreated >= kept;
        for (const QString &term : terms)
            ok = ok && (QString::fromStdString(event.message).contains(term, Qt::CaseInsensitive) ||
                        QString::fromStdString(event.title).contains(term, Qt::CaseInsensitive));
        if (ok)
            hits.push_back(&event);
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SentryEvent *a, const SentryEvent *b) { return a->dateCreated > b->dateCreated; });
    const std::string projectId = std::to_string(m_world.sentryProject.id);
    return page(request, hits.size(), [&](std::size_t i) {
        const SentryEvent &event = *hits[i];
        json tags = json::array();
        for (const auto &[key, value] : event.tags)
            tags.push_back({{"key", key}, {"value", value}});
        return json{{"id", event.id}, {"eventID", event.eventId}, {"groupID", issue->id}, {"projectID", projectId},
                    {"title", event.title}, {"message", event.message}, {"dateCreated", isoTime(event.dateCreated)},
                    {"platform", "ruby"}, {"type", "error"}, {"tags", std::move(tags)}, {"user", nullptr}};
    });
}

} // namespace credsync::sandbox
