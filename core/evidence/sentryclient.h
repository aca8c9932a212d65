#pragma once
// Sentry's organization issues endpoint over the shared HTTP transport: the issues that mention a
// contact, and the times of their events that do. Bearer token from the caller, only ever in a header.
#include "../net/httptransport.h"
#include "../profile.h"
#include "../result.h"
#include "../types.h"
#include "pagedrequest.h"

#include <functional>
#include <memory>
#include <vector>

namespace credsync::evidence {

class SentryClient
{
public:
    using IssuesCallback = std::function<void(Result<std::vector<SentryIssue>>)>;

    static constexpr int kMaxIssuePages = 5;      // 500 issues about one contact is already a different problem
    static constexpr int kMaxIssuesWithEvents = 10; // event times are read for the most recent issues only

    SentryClient(net::HttpTransport *transport, SentryProfile profile, QString token);

    // When false, issues come without eventTimes (one request fewer per issue; scans use this).
    void setFetchEvents(bool fetch);

    // 1. the project slug → numeric id (GET /api/0/projects/{org}/{slug}/, cached for the client's life;
    //    a numeric project is used as is, an empty one searches the whole organization);
    // 2. GET /api/0/organizations/{org}/issues/?project=&query=<contact>&statsPeriod=&limit=100, following
    //    Link rel="next" only while results="true", only to the configured host, at most kMaxIssuePages;
    // 3. per issue, GET …/issues/{id}/events/ (first page) → times of events mentioning the contact. A
    //    failure here leaves that issue's eventTimes empty rather than failing the whole answer.
    PagedRequest issuesForContact(const QString &contactId, IssuesCallback callback) const;
    // The same over [start, end] (ISO 8601 start/end instead of statsPeriod), unless the profile sets an
    // explicit stats_period, which wins. Invalid times: as above.
    PagedRequest issuesForContact(const QString &contactId, const QDateTime &start, const QDateTime &end,
                                  IssuesCallback callback) const;

    const SentryProfile &profile() const;

    // For doctor: reads the organization (GET /api/0/organizations/{org}/), looks the project up
    // (GET /api/0/projects/{org}/{slug}/, when one is configured) and runs one issues query, for real.
    // step() is called once per step in that order (check: organization | project | issues) with what was
    // seen or why it failed; the chain stops at the first failure.
    using CheckStep = std::function<void(const QString &check, Result<QString> detail, bool last)>;
    PagedRequest checkAccess(CheckStep step) const;

    // Opaque state shared with requests in flight (the project id cache lives here).
    struct Shared;

private:
    std::shared_ptr<Shared> d;
};

} // namespace credsync::evidence
