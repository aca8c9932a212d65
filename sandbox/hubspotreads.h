#pragma once
// HubSpot's read endpoints over the world: account details, label definitions and limits,
// associations (single and batch), objects (single, batch, search).
#include "sandbox/httpexchange.h"
#include "sandbox/world.h"

#include <optional>

namespace credsync::sandbox {

class HubSpotReads
{
public:
    explicit HubSpotReads(World &world);

    // nullopt when the request is not one of the read routes.
    std::optional<HttpResponse> handle(const HttpRequest &request);

    static constexpr int kMaxAssociationPage = 500;
    static constexpr int kMaxAssociationBatch = 1000;
    static constexpr int kMaxObjectBatch = 100;
    static constexpr int kMaxSearchLimit = 200;

private:
    HttpResponse accountDetails() const;
    HttpResponse labels(const QString &from, const QString &to) const;
    HttpResponse limitConfigurations(const QString &from, const QString &to) const;
    HttpResponse associationsOf(const HttpRequest &request, const QString &from, const QString &id, const QString &to) const;
    HttpResponse batchReadAssociations(const HttpRequest &request, const QString &from, const QString &to) const;
    HttpResponse getObject(const HttpRequest &request, const QString &type, const QString &id) const;
    HttpResponse batchReadObjects(const HttpRequest &request, const QString &type) const;
    HttpResponse search(const HttpRequest &request, const QString &type) const;

    World &m_world;
};

} // namespace credsync::sandbox
