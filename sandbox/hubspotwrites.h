#pragma once
// HubSpot's write endpoints the fixes need: PATCH an object, PUT/batch-create labelled associations,
// archive labels, delete associations. Writes change the one contact↔object record, so both
// directions always agree, and they honour the portal's userEnforcedMaxToObjectIds caps.
#include "sandbox/httpexchange.h"
#include "sandbox/world.h"

#include <optional>
#include <string>
#include <vector>

namespace credsync::sandbox {

class HubSpotWrites
{
public:
    explicit HubSpotWrites(World &world);

    std::optional<HttpResponse> handle(const HttpRequest &request);

private:
    HttpResponse patchObject(const HttpRequest &request, const QString &type, const QString &id);
    HttpResponse putAssociation(const HttpRequest &request, const QString &from, const QString &fromId,
                                const QString &to, const QString &toId);
    HttpResponse deleteAssociation(const QString &from, const QString &fromId, const QString &to, const QString &toId);
    HttpResponse batchCreate(const HttpRequest &request, const QString &from, const QString &to);
    HttpResponse batchArchiveLabels(const HttpRequest &request, const QString &from, const QString &to);
    HttpResponse batchArchive(const HttpRequest &request, const QString &from, const QString &to);

    // A failed single write: (status, HubSpot error body) to answer or to list in a batch's errors.
    struct Failure
    {
        int status = 400;
        std::string message;
        std::string category;
    };
    // Sets the pair's labels to `labels` (creating the association when needed) after checking that the
    // objects exist and that no cap is exceeded. Returns the failure, if any.
    std::optional<Failure> writeLabels(const std::string &fromType, Id fromId, const std::string &toType, Id toId,
                                       const std::vector<std::string> &labels);
    std::optional<Failure> checkCaps(Id contactId, Id objectId, const std::string &objectType,
                                     const std::vector<std::string> &labels) const;

    World &m_world;
};

} // namespace credsync::sandbox
