#pragma once
// Sentry's answers, parsed: organization issues, a project's numeric id, issue events, Link headers.
// Shapes from Sentry's API reference: count is a string, times ISO-8601, paging by Link header.
#include "../result.h"
#include "../types.h"

#include <QByteArray>
#include <QDateTime>
#include <QUrl>

#include <optional>
#include <vector>

namespace credsync::evidence {

// One entry of a Link header: <https://…/?cursor=0:100:0>; rel="next"; results="true"; cursor="0:100:0"
struct LinkEntry
{
    QUrl url;
    QString rel;
    std::optional<bool> results; // absent when the entry has no results parameter
    QString cursor;
};

// Entries are split on commas outside <…> and quotes; unknown parameters are ignored; broken entries
// are skipped, never fatal.
std::vector<LinkEntry> parseLinkHeader(const QByteArray &header);
// The rel="next" URL, only when it says results="true" (Sentry always sends a next link, even at the end).
std::optional<QUrl> nextPageUrl(const QByteArray &linkHeader);

// GET /api/0/organizations/{org}/issues/ → issues (eventTimes empty).
Result<std::vector<SentryIssue>> parseSentryIssues(const QByteArray &body);
// GET /api/0/projects/{org}/{slug}/ → "id" as a decimal string.
Result<QString> parseSentryProjectId(const QByteArray &body);
// GET /api/0/organizations/{org}/issues/{id}/events/ → times of the events whose message, title or a
// tag value mentions the contact id, oldest first.
Result<std::vector<QDateTime>> parseSentryEventTimes(const QByteArray &body, const QString &contactId);

} // namespace credsync::evidence
