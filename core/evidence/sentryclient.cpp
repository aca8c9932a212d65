#include "sentryclient.h"

#include "../logging.h"
#include "httperrors.h"
#include "sentryparse.h"
#include "../jsonbounds.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUrlQuery>

#include <algorithm>

namespace credsync::evidence {

struct SentryClient::Shared
{
    QPointer<net::HttpTransport> transport;
    SentryProfile profile;
    QString token;
    bool fetchEvents = true;
    QString projectId; // resolved once
};

namespace {

using Shared = SentryClient::Shared;

struct Lookup
{
    std::shared_ptr<Shared> shared;
    std::shared_ptr<PagedRequest::State> state;
    QString contactId;
    // An absolute window (start/end); invalid: the profile's stats_period, else 14d.
    QDateTime start;
    QDateTime end;
    std::vector<SentryIssue> issues;
    int pages = 0;
    int pendingEvents = 0;
    SentryClient::IssuesCallback callback;
};

QString describe(const QString &text)
{
    return QStringLiteral("sentry GET ") + text;
}

QUrl apiUrl(const Shared &shared, const QString &path)
{
    QUrl url = shared.profile.baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

// Paging links come from the server; the token must never follow one to another host.
bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QStringLiteral("https") ? 443 : 80) == b.port(b.scheme() == QStringLiteral("https") ? 443 : 80);
}

void finish(const std::shared_ptr<Lookup> &lookup, Result<std::vector<SentryIssue>> result)
{
    if (lookup->state->cancelled || lookup->state->finished)
        return;
    lookup->state->finished = true;
    lookup->state->inFlight.clear();
    lookup->callback(std::move(result));
}

void send(const std::shared_ptr<Lookup> &lookup, const QUrl &url, const QString &what,
          std::function<void(const net::HttpResponse &)> onDone)
{
    const Shared &shared = *lookup->shared;
    if (!shared.transport) {
        finish(lookup, Error::make(Error::Kind::Cancelled, QStringLiteral("errors unavailable: the console is closing"),
                                   QStringLiteral("sentry")));
        return;
    }
    net::HttpRequest request;
    request.url = url;
    request.headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + shared.token.toUtf8()});
    request.description = describe(what);
    lookup->state->inFlight.push_back(shared.transport->send(std::move(request), [lookup, onDone](const net::HttpResponse &r) {
        if (!lookup->state->cancelled)
            onDone(r);
    }));
}

Error failure(const net::HttpResponse &response)
{
    return evidenceHttpError(response, QStringLiteral("sentry"), QStringLiteral("errors"), QStringLiteral("Sentry"));
}

void fetchEvents(const std::shared_ptr<Lookup> &lookup)
{
    if (!lookup->shared->fetchEvents || lookup->issues.empty()) {
        finish(lookup, std::move(lookup->issues));
        return;
    }
    // The most recently seen issues are the ones a person looks at first.
    std::stable_sort(lookup->issues.begin(), lookup->issues.end(),
                     [](const SentryIssue &a, const SentryIssue &b) { return a.lastSeen > b.lastSeen; });
    const int count = std::min(int(lookup->issues.size()), SentryClient::kMaxIssuesWithEvents);
    lookup->pendingEvents = count;
    const QString org = lookup->shared->profile.org;
    for (int i = 0; i < count; ++i) {
        const QString issueId = lookup->issues[std::size_t(i)].id;
        const QUrl url = apiUrl(*lookup->shared, QStringLiteral("/api/0/organizations/%1/issues/%2/events/")
                                                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(org)),
                                                          QString::fromLatin1(QUrl::toPercentEncoding(issueId))));
        send(lookup, url, QStringLiteral("issue events"), [lookup, i](const net::HttpResponse &response) {
            if (response.isSuccess()) {
                Result<std::vector<QDateTime>> times = parseSentryEventTimes(response.body, lookup->contactId);
                if (times.ok())
                    lookup->issues[std::size_t(i)].eventTimes = std::move(*times);
            } else {
                logging::get("evidence")->info("sentry: events of issue {} unavailable ({})",
                                               lookup->issues[std::size_t(i)].id.toStdString(), response.status);
            }
            if (--lookup->pendingEvents == 0)
                finish(lookup, std::move(lookup->issues));
        });
    }
}

void fetchIssues(const std::shared_ptr<Lookup> &lookup, const QUrl &url)
{
    send(lookup, url, QStringLiteral("issues"), [lookup, path = url.path()](const net::HttpResponse &response) {
        if (!response.isSuccess()) {
            finish(lookup, failure(response));
            return;
        }
        Result<std::vector<SentryIssue>> page = parseSentryIssues(response.body);
        if (!page.ok()) {
            Error error = page.error();
            error.message = QCoreApplication::translate("SentryClient", "%1 (GET %2)").arg(error.message, path);
            finish(lookup, error);
            return;
        }
        ++lookup->pages;
        for (SentryIssue &issue : *page) {
            const bool known = std::any_of(lookup->issues.begin(), lookup->issues.end(),
                                           [&](const SentryIssue &i) { return i.id == issue.id; });
            if (!known)
                lookup->issues.push_back(std::move(issue));
        }
        const std::optional<QUrl> next = nextPageUrl(response.header(QByteArrayLiteral("Link")));
        if (next && lookup->pages < SentryClient::kMaxIssuePages && sameOrigin(*next, lookup->shared->profile.baseUrl)) {
            fetchIssues(lookup, *next);
            return;
        }
        fetchEvents(lookup);
    });
}

void searchIssues(const std::shared_ptr<Lookup> &lookup)
{
    const Shared &shared = *lookup->shared;
    QUrl url = apiUrl(shared, QStringLiteral("/api/0/organizations/%1/issues/")
                                  .arg(QString::fromLatin1(QUrl::toPercentEncoding(shared.profile.org))));
    QUrlQuery query;
    if (!shared.projectId.isEmpty())
        query.addQueryItem(QStringLiteral("project"), shared.projectId);
    query.addQueryItem(QStringLiteral("query"), lookup->contactId);
    // Sentry takes either statsPeriod or start/end (ISO 8601), never both. An explicit stats_period wins.
    if (shared.profile.statsPeriod.isEmpty() && lookup->start.isValid() && lookup->end.isValid()) {
        query.addQueryItem(QStringLiteral("start"), lookup->start.toUTC().toString(Qt::ISODate));
        query.addQueryItem(QStringLiteral("end"), lookup->end.toUTC().toString(Qt::ISODate));
    } else {
        query.addQueryItem(QStringLiteral("statsPeriod"),
                           shared.profile.statsPeriod.isEmpty() ? QStringLiteral("14d") : shared.profile.statsPeriod);
    }
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    url.setQuery(query);
    fetchIssues(lookup, url);
}

} // namespace

SentryClient::SentryClient(net::HttpTransport *transport, SentryProfile profile, QString token)
    : d(std::make_shared<Shared>())
{
    d->transport = transport;
    d->profile = std::move(profile);
    d->token = std::move(token);
    logging::registerSecret(d->token);
    if (isHubSpotId(d->profile.project)) // already numeric
        d->projectId = d->profile.project;
}

const SentryProfile &SentryClient::profile() const
{
    return d->profile;
}

void SentryClient::setFetchEvents(bool fetch)
{
    d->fetchEvents = fetch;
}

PagedRequest SentryClient::issuesForContact(const QString &contactId, IssuesCallback callback) const
{
    return issuesForContact(contactId, QDateTime(), QDateTime(), std::move(callback));
}

PagedRequest SentryClient::issuesForContact(const QString &contactId, const QDateTime &start, const QDateTime &end,
                                            IssuesCallback callback) const
{
    auto lookup = std::make_shared<Lookup>();
    lookup->start = start;
    lookup->end = end;
    lookup->shared = d;
    lookup->state = std::make_shared<PagedRequest::State>();
    lookup->contactId = contactId.trimmed();
    lookup->callback = std::move(callback);
    PagedRequest handle(lookup->state);

    if (d->profile.baseUrl.isEmpty() || d->profile.org.isEmpty()) {
        finish(lookup, Error::make(Error::Kind::Config, QStringLiteral("errors unavailable: Sentry is not configured"),
                                   QStringLiteral("sentry")));
        return handle;
    }
    // A contact id is digits; anything else would turn the free-text search into something else.
    if (!isHubSpotId(lookup->contactId)) {
        finish(lookup, std::vector<SentryIssue>{});
        return handle;
    }
    if (!d->projectId.isEmpty() || d->profile.project.isEmpty()) {
        searchIssues(lookup);
        return handle;
    }
    const QUrl url = apiUrl(*d, QStringLiteral("/api/0/projects/%1/%2/")
                                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(d->profile.org)),
                                         QString::fromLatin1(QUrl::toPercentEncoding(d->profile.project))));
    send(lookup, url, QStringLiteral("project"), [lookup](const net::HttpResponse &response) {
        if (!response.isSuccess()) {
            Error error = failure(response);
            if (response.status == 404)
                error.message = QStringLiteral("errors unavailable: Sentry has no project \"%1\" in \"%2\"")
                                    .arg(lookup->shared->profile.project, lookup->shared->profile.org);
            finish(lookup, error);
            return;
        }
        Result<QString> id = parseSentryProjectId(response.body);
        if (!id.ok()) {
            finish(lookup, id.error());
            return;
        }
        lookup->shared->projectId = *id;
        searchIssues(lookup);
    });
    return handle;
}

PagedRequest SentryClient::checkAccess(CheckStep step) const
{
    auto lookup = std::make_shared<Lookup>();
    lookup->shared = d;
    lookup->state = std::make_shared<PagedRequest::State>();
    lookup->callback = [](Result<std::vector<SentryIssue>>) {};
    PagedRequest handle(lookup->state);
    auto report = [lookup, step](const QString &check, Result<QString> detail, bool last) {
        if (lookup->state->cancelled || lookup->state->finished)
            return;
        if (!detail.ok() || last) {
            lookup->state->finished = true;
            lookup->state->inFlight.clear();
        }
        step(check, std::move(detail), last || !detail.ok());
    };
    const QString org = QString::fromLatin1(QUrl::toPercentEncoding(d->profile.org));

    auto issuesQuery = [lookup, report, org] {
        QUrl url = apiUrl(*lookup->shared, QStringLiteral("/api/0/organizations/%1/issues/").arg(org));
        QUrlQuery query;
        if (!lookup->shared->projectId.isEmpty())
            query.addQueryItem(QStringLiteral("project"), lookup->shared->projectId);
        query.addQueryItem(QStringLiteral("query"), QStringLiteral("is:unresolved"));
        query.addQueryItem(QStringLiteral("statsPeriod"), QStringLiteral("24h"));
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
        url.setQuery(query);
        send(lookup, url, QStringLiteral("issues (doctor)"), [report, path = url.path()](const net::HttpResponse &response) {
            if (!response.isSuccess())
                return report(QStringLiteral("issues"), failure(response), true);
            Result<std::vector<SentryIssue>> issues = parseSentryIssues(response.body);
            if (!issues.ok())
                return report(QStringLiteral("issues"), issues.error(), true);
            report(QStringLiteral("issues"),
                   QCoreApplication::translate("SentryClient", "GET %1 answered with %2 issue(s) of the last 24 hours")
                       .arg(path).arg(issues->size()),
                   true);
        });
    };

    auto projectLookup = [this, lookup, report, org, issuesQuery] {
        if (d->profile.project.isEmpty()) {
            report(QStringLiteral("project"),
                   QCoreApplication::translate("SentryClient", "no project configured: the whole organization is searched"), false);
            return issuesQuery();
        }
        const QUrl url = apiUrl(*d, QStringLiteral("/api/0/projects/%1/%2/")
                                        .arg(org, QString::fromLatin1(QUrl::toPercentEncoding(d->profile.project))));
        send(lookup, url, QStringLiteral("project (doctor)"), [lookup, report, issuesQuery](const net::HttpResponse &response) {
            const SentryProfile &profile = lookup->shared->profile;
            if (!response.isSuccess()) {
                Error error = failure(response);
                if (response.status == 404)
                    error.message = QCoreApplication::translate("SentryClient", "Sentry has no project \"%1\" in \"%2\" (404)")
                                        .arg(profile.project, profile.org);
                return report(QStringLiteral("project"), error, true);
            }
            Result<QString> id = parseSentryProjectId(response.body);
            if (!id.ok())
                return report(QStringLiteral("project"), id.error(), true);
            lookup->shared->projectId = *id;
            report(QStringLiteral("project"),
                   QCoreApplication::translate("SentryClient", "project \"%1\" has id %2").arg(profile.project, *id), false);
            issuesQuery();
        });
    };

    if (d->profile.baseUrl.isEmpty() || d->profile.org.isEmpty()) {
        report(QStringLiteral("organization"),
               Error::make(Error::Kind::Config, QCoreApplication::translate("SentryClient", "sentry.base_url and sentry.org are required"),
                           QStringLiteral("sentry")),
               true);
        return handle;
    }
    const QUrl url = apiUrl(*d, QStringLiteral("/api/0/organizations/%1/").arg(org));
    send(lookup, url, QStringLiteral("organization (doctor)"), [lookup, report, projectLookup](const net::HttpResponse &response) {
        const SentryProfile &profile = lookup->shared->profile;
        if (!response.isSuccess()) {
            Error error = failure(response);
            if (response.status == 404)
                error.message = QCoreApplication::translate("SentryClient", "Sentry has no organization \"%1\" (404)").arg(profile.org);
            return report(QStringLiteral("organization"), error, true);
        }
        std::optional<QString> slug;
        try {
            const nlohmann::json doc = nlohmann::json::parse(response.body.constData(), response.body.constData() + response.body.size());
            if (doc.is_object() && doc.contains("slug") && doc["slug"].is_string())
                slug = QString::fromStdString(doc["slug"].get<std::string>());
        } catch (const nlohmann::json::exception &) {
        }
        if (!slug)
            return report(QStringLiteral("organization"),
                          Error::make(Error::Kind::BadResponse,
                                      QCoreApplication::translate("SentryClient", "Sentry answered malformed data for GET /api/0/organizations/%1/: %2")
                                          .arg(profile.org, bodyExcerpt(response.body)),
                                      QStringLiteral("sentry")),
                          true);
        report(QStringLiteral("organization"),
               QCoreApplication::translate("SentryClient", "organization \"%1\" readable").arg(*slug), false);
        projectLookup();
    });
    return handle;
}

} // namespace credsync::evidence
