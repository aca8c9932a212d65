#pragma once
// Sentry's web API as the console uses it: the project by slug, the organization's issues (numeric
// project ids only, free-text search, is:unresolved), an issue's events, Link-header paging.
#include "sandbox/httpexchange.h"
#include "sandbox/world.h"

#include <functional>
#include <optional>

namespace credsync::sandbox {

class SentryApi
{
public:
    explicit SentryApi(World &world);

    std::optional<HttpResponse> handle(const HttpRequest &request) const;

    static constexpr int kMaxLimit = 100;

private:
    std::optional<HttpResponse> checkAuthentication(const HttpRequest &request) const;
    HttpResponse organization(const QString &org) const;
    HttpResponse project(const QString &org, const QString &slug) const;
    HttpResponse issues(const HttpRequest &request, const QString &org) const;
    HttpResponse events(const HttpRequest &request, const QString &issueId) const;
    // The oldest time still kept (settings.sentryRetentionDays before the world's now).
    qint64 retainedSince() const;
    // Pages `count` items with Sentry's cursor ("0:<offset>:<is_prev>") and Link header.
    HttpResponse page(const HttpRequest &request, std::size_t count,
                      const std::function<nlohmann::json(std::size_t)> &item) const;

    World &m_world;
};

} // namespace credsync::sandbox
