#pragma once
// Pieces every HubSpot handler needs: HubSpot's error body, object type resolution as HubSpot does it
// in paths ("contacts", "0-1", "2-31374266", or an object's name), and the v4 association shapes.
#include "sandbox/httpexchange.h"
#include "sandbox/world.h"

#include <QString>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace credsync::sandbox::hubspot {

std::string newCorrelationId();

// {"status":"error","message","correlationId","category"?, "subCategory"?, "context"?, "errors"?}
nlohmann::json errorBody(const std::string &message, const std::string &category,
                         const std::string &subCategory = {}, const nlohmann::json &context = nullptr);
HttpResponse error(int status, const std::string &message, const std::string &category,
                   const std::string &subCategory = {}, const nlohmann::json &context = nullptr);
HttpResponse badJson(const std::string &why);
// A body of the wrong shape, as HubSpot's deserializer refuses it: "cannot deserialize WHERE: expected WHAT".
HttpResponse cannotDeserialize(const std::string &where, const std::string &expected);
// The request body as JSON; std::nullopt when it is not JSON.
std::optional<nlohmann::json> parseBody(const HttpRequest &request);

// The batch envelope: 200/201 when every input worked, 207 with errors otherwise.
HttpResponse batchResponse(const World &world, int okStatus, nlohmann::json results, nlohmann::json errors);

// "contacts", "contact", "0-1", a custom object's id or name → its type id; nullopt when unknown.
std::optional<std::string> resolveType(const World &world, const QString &pathSegment);
HttpResponse unknownType(const QString &pathSegment);

// Parses a decimal id; nullopt for anything else (HubSpot ids are positive 64-bit integers).
std::optional<Id> parseId(const QString &text);
std::optional<Id> parseId(const nlohmann::json &value);

// Label definitions of one direction; the unlabeled one has no label.
const LabelDefinition *definitionByTypeId(const World &world, const std::string &from, const std::string &to, Id typeId);
const LabelDefinition *definitionByLabel(const World &world, const std::string &from, const std::string &to,
                                         const std::optional<std::string> &label);

// [{"category","typeId","label"}] for one association seen from `from` to `to`: the unlabeled type first,
// then each label, as HubSpot lists the unlabeled type next to every label.
nlohmann::json associationTypes(const World &world, const std::string &from, const std::string &to,
                                const Association &association);

// The contact/object pair an association path names, whichever side the contact is on.
struct Pair
{
    Id contactId = 0;
    Id objectId = 0;
    std::string objectType;
};
std::optional<Pair> pairFor(const std::string &fromType, Id fromId, const std::string &toType, Id toId);

// Every association from (fromType, fromId) to objects of toType, ordered by the other side's id
// (HubSpot pages associations in id order).
std::vector<std::pair<Id, const Association *>> linked(const World &world, const std::string &fromType, Id fromId,
                                                       const std::string &toType);

// Properties as HubSpot returns them: requested names (null when unset) or the default set.
nlohmann::json contactProperties(const Contact &contact, const QStringList &requested);
nlohmann::json objectProperties(const HubObject &object, const QStringList &requested);
nlohmann::json contactJson(const Contact &contact, const QStringList &requested);
nlohmann::json objectJson(const HubObject &object, const QStringList &requested);

} // namespace credsync::sandbox::hubspot
