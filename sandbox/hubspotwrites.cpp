#include "sandbox/hubspotwrites.h"

#include "sandbox/hubspotcommon.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <variant>

namespace credsync::sandbox {

using nlohmann::json;
using namespace hubspot;

namespace {

// The common prologue of the v4 batch writes: both object types known, and a body {"inputs":[…]}.
struct BatchRequest
{
    std::string fromType;
    std::string toType;
    json inputs;
};

// The inputs' shape, as HubSpot's deserializer checks it before any write: each input an object; "from" an
// object and "to" an object (or, for an archive, a list of them) whose "id" is a string or a number; "types"
// a list of objects. A wrong shape fails the whole batch with a 400 and nothing is written.
std::optional<HttpResponse> invalidBatchInputs(const json &inputs)
{
    const auto badId = [](const json &side) {
        return !side.is_object() || (side.contains("id") && !side.at("id").is_string() && !side.at("id").is_number_integer());
    };
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const std::string at = "inputs[" + std::to_string(i) + "]";
        const json &input = inputs[i];
        if (!input.is_object())
            return cannotDeserialize(at, "an object");
        if (input.contains("from") && badId(input.at("from")))
            return cannotDeserialize(at + ".from", "an object with a string id");
        if (input.contains("to")) {
            const json &to = input.at("to");
            const bool listOk = to.is_array() && std::none_of(to.begin(), to.end(), badId);
            if (!listOk && badId(to))
                return cannotDeserialize(at + ".to", "an object with a string id");
        }
        if (input.contains("types")) {
            const json &types = input.at("types");
            if (!types.is_array() || std::any_of(types.begin(), types.end(), [](const json &t) { return !t.is_object(); }))
                return cannotDeserialize(at + ".types", "a list of {associationCategory, associationTypeId}");
        }
    }
    return std::nullopt;
}

std::variant<BatchRequest, HttpResponse> readBatch(const World &world, const HttpRequest &request, const QString &from,
                                                   const QString &to, const char *expected)
{
    const auto fromType = resolveType(world, from);
    const auto toType = resolveType(world, to);
    if (!fromType)
        return unknownType(from);
    if (!toType)
        return unknownType(to);
    const auto body = parseBody(request);
    if (!body || !body->is_object() || !body->value("inputs", json()).is_array())
        return badJson(expected);
    if (auto invalid = invalidBatchInputs(body->at("inputs")))
        return std::move(*invalid);
    return BatchRequest{*fromType, *toType, body->at("inputs")};
}

// The common prologue of the v4 writes on one pair: both object types known and both ids numeric.
struct PairRequest
{
    std::string fromType;
    Id fromId;
    std::string toType;
    Id toId;
};

std::variant<PairRequest, HttpResponse> readPair(const World &world, const QString &from, const QString &fromId,
                                                 const QString &to, const QString &toId)
{
    const auto fromType = resolveType(world, from);
    const auto toType = resolveType(world, to);
    if (!fromType)
        return unknownType(from);
    if (!toType)
        return unknownType(to);
    const auto fromNumeric = parseId(fromId);
    const auto toNumeric = parseId(toId);
    if (!fromNumeric || !toNumeric)
        return error(400, "Invalid object id", "VALIDATION_ERROR");
    return PairRequest{*fromType, *fromNumeric, *toType, *toNumeric};
}

// An input's {"from":{"id"}} or {"to":{"id"}}.
std::optional<Id> inputId(const json &input, const char *side)
{
    return input.is_object() ? parseId(input.value(side, json::object()).value("id", json())) : std::nullopt;
}

void addUnique(std::vector<std::string> &labels, const std::string &label)
{
    if (std::find(labels.begin(), labels.end(), label) == labels.end())
        labels.push_back(label);
}

// The labels a list of {associationCategory, associationTypeId} names in one direction. The unlabeled
// type contributes no label (it is implied by the association itself). Returns false on an unknown type.
bool labelsFromTypes(const World &world, const std::string &from, const std::string &to, const json &types,
                     std::vector<std::string> &labels, std::string &why)
{
    if (!types.is_array()) {
        why = "association types must be an array";
        return false;
    }
    for (const auto &type : types) {
        const json typeId = type.is_object() ? type.value("associationTypeId", json()) : json();
        const LabelDefinition *definition = typeId.is_number_integer()
            ? definitionByTypeId(world, from, to, typeId.get<Id>()) : nullptr;
        const std::string category = type.is_object() ? type.value("associationCategory", std::string()) : std::string();
        if (!definition || (!category.empty() && category != definition->category)) {
            why = "invalid association type " + category + "/" + typeId.dump() + " from " + from + " to " + to;
            return false;
        }
        if (definition->label)
            addUnique(labels, *definition->label);
    }
    return true;
}

json writeResult(const std::string &fromType, Id fromId, const std::string &toType, Id toId,
                 const std::vector<std::string> &labels)
{
    return {{"fromObjectTypeId", fromType}, {"fromObjectId", fromId}, {"toObjectTypeId", toType},
            {"toObjectId", toId}, {"labels", labels}};
}

} // namespace

HubSpotWrites::HubSpotWrites(World &world)
    : m_world(world)
{
}

std::optional<HttpResponse> HubSpotWrites::handle(const HttpRequest &request)
{
    static const QRegularExpression objectRoute(QStringLiteral("^/crm/v3/objects/([^/]+)/([^/]+)/?$"));
    static const QRegularExpression pairRoute(QStringLiteral("^/crm/v4/objects/([^/]+)/([^/]+)/associations/([^/]+)/([^/]+)/?$"));
    static const QRegularExpression batchRoute(QStringLiteral("^/crm/v4/associations/([^/]+)/([^/]+)/batch/(create|labels/archive|archive)/?$"));
    QRegularExpressionMatch match;
    if (request.method == "PATCH" && (match = objectRoute.match(request.path)).hasMatch())
        return patchObject(request, match.captured(1), match.captured(2));
    if ((request.method == "PUT" || request.method == "DELETE") && (match = pairRoute.match(request.path)).hasMatch()) {
        if (request.method == "PUT")
            return putAssociation(request, match.captured(1), match.captured(2), match.captured(3), match.captured(4));
        return deleteAssociation(match.captured(1), match.captured(2), match.captured(3), match.captured(4));
    }
    if (request.method == "POST" && (match = batchRoute.match(request.path)).hasMatch()) {
        const QString action = match.captured(3);
        if (action == QLatin1String("create"))
            return batchCreate(request, match.captured(1), match.captured(2));
        if (action == QLatin1String("labels/archive"))
            return batchArchiveLabels(request, match.captured(1), match.captured(2));
        return batchArchive(request, match.captured(1), match.captured(2));
    }
    return std::nullopt;
}

HttpResponse HubSpotWrites::patchObject(const HttpRequest &request, const QString &type, const QString &id)
{
    const auto typeId = resolveType(m_world, type);
    if (!typeId)
        return unknownType(type);
    const auto body = parseBody(request);
    if (!body || !body->is_object() || !body->contains("properties") || !body->at("properties").is_object())
        return badJson("expected {\"properties\":{…}}");
    const auto numeric = parseId(id);
    QStringList changed;
    for (const auto &[key, value] : body->at("properties").items())
        changed << QString::fromStdString(key);
    const auto text = [](const json &value) { return value.is_string() ? value.get<std::string>() : value.is_null() ? std::string() : value.dump(); };
    if (*typeId == "0-1") {
        const auto it = numeric ? m_world.contacts.find(*numeric) : m_world.contacts.end();
        if (it == m_world.contacts.end())
            return error(404, "resource not found", "OBJECT_NOT_FOUND");
        for (const auto &[key, value] : body->at("properties").items()) {
            if (key == "email") m_world.setContactEmail(it->second, text(value));
            else if (key == "firstname") it->second.firstname = text(value);
            else if (key == "lastname") it->second.lastname = text(value);
            else return error(400, "Property values were not valid: property \"" + key + "\" does not exist", "VALIDATION_ERROR");
        }
        return HttpResponse::json(200, contactJson(it->second, changed));
    }
    const auto it = numeric ? m_world.objects.find(*numeric) : m_world.objects.end();
    if (it == m_world.objects.end() || it->second.type != *typeId || it->second.archived)
        return error(404, "resource not found", "OBJECT_NOT_FOUND");
    for (const auto &[key, value] : body->at("properties").items()) {
        // An empty string clears a property in HubSpot.
        if (text(value).empty())
            it->second.properties.erase(key);
        else
            it->second.properties[key] = text(value);
    }
    it->second.updatedAt = m_world.nowMs();
    return HttpResponse::json(200, objectJson(it->second, changed));
}

std::optional<HubSpotWrites::Failure> HubSpotWrites::checkCaps(Id contactId, Id objectId, const std::string &objectType,
                                                               const std::vector<std::string> &labels) const
{
    for (const auto &label : labels) {
        // Contact → object: how many objects of this type may carry the label for one contact.
        if (const LabelDefinition *definition = definitionByLabel(m_world, "0-1", objectType, label);
            definition && definition->userEnforcedMaxToObjectIds) {
            int carrying = 1;
            for (const auto &[otherId, association] : linked(m_world, "0-1", contactId, objectType)) {
                if (otherId != objectId && std::count(association->labels.begin(), association->labels.end(), label))
                    ++carrying;
            }
            if (carrying > *definition->userEnforcedMaxToObjectIds)
                return Failure{400, "Association limit exceeded: contact " + std::to_string(contactId) + " may have at most " +
                                        std::to_string(*definition->userEnforcedMaxToObjectIds) + " " + objectType +
                                        " record(s) with label '" + label + "' (userEnforcedMaxToObjectIds)",
                               "VALIDATION_ERROR"};
        }
        // Object → contact: how many contacts may carry the label for one object.
        if (const LabelDefinition *definition = definitionByLabel(m_world, objectType, "0-1", label);
            definition && definition->userEnforcedMaxToObjectIds) {
            int carrying = 1;
            for (const auto &[otherId, association] : linked(m_world, objectType, objectId, "0-1")) {
                if (otherId != contactId && std::count(association->labels.begin(), association->labels.end(), label))
                    ++carrying;
            }
            if (carrying > *definition->userEnforcedMaxToObjectIds)
                return Failure{400, "Association limit exceeded: " + objectType + " " + std::to_string(objectId) +
                                        " may have at most " + std::to_string(*definition->userEnforcedMaxToObjectIds) +
                                        " contact(s) with label '" + label + "' (userEnforcedMaxToObjectIds)",
                               "VALIDATION_ERROR"};
        }
    }
    return std::nullopt;
}

std::optional<HubSpotWrites::Failure> HubSpotWrites::writeLabels(const std::string &fromType, Id fromId,
                                                                 const std::string &toType, Id toId,
                                                                 const std::vector<std::string> &labels)
{
    const auto pair = pairFor(fromType, fromId, toType, toId);
    if (!pair)
        return Failure{400, "The sandbox only models contact to custom object associations", "VALIDATION_ERROR"};
    if (m_world.contacts.find(pair->contactId) == m_world.contacts.end())
        return Failure{404, "No contact with id " + std::to_string(pair->contactId) + " exists", "OBJECT_NOT_FOUND"};
    const auto object = m_world.objects.find(pair->objectId);
    if (object == m_world.objects.end() || object->second.type != pair->objectType || object->second.archived)
        return Failure{404, "No " + pair->objectType + " with id " + std::to_string(pair->objectId) + " exists",
                       "OBJECT_NOT_FOUND"};
    if (auto failure = checkCaps(pair->contactId, pair->objectId, pair->objectType, labels))
        return failure;
    m_world.addAssociation({pair->contactId, pair->objectType, pair->objectId, labels});
    return std::nullopt;
}

HttpResponse HubSpotWrites::putAssociation(const HttpRequest &request, const QString &from, const QString &fromId,
                                           const QString &to, const QString &toId)
{
    const auto target = readPair(m_world, from, fromId, to, toId);
    if (const auto *failure = std::get_if<HttpResponse>(&target))
        return *failure;
    const auto &[fromType, fromNumeric, toType, toNumeric] = std::get<PairRequest>(target);
    const auto body = parseBody(request);
    if (!body)
        return badJson("expected an array of association types");
    std::vector<std::string> given;
    std::string why;
    if (!labelsFromTypes(m_world, fromType, toType, *body, given, why))
        return error(400, why, "VALIDATION_ERROR");
    std::vector<std::string> next = given;
    if (m_world.settings.putSemantics == "append") {
        if (const auto pair = pairFor(fromType, fromNumeric, toType, toNumeric)) {
            if (const Association *existing = m_world.findAssociation(pair->contactId, pair->objectId)) {
                next = existing->labels;
                for (const auto &label : given)
                    addUnique(next, label);
            }
        }
    }
    if (const auto failure = writeLabels(fromType, fromNumeric, toType, toNumeric, next))
        return error(failure->status, failure->message, failure->category);
    return HttpResponse::json(201, writeResult(fromType, fromNumeric, toType, toNumeric, given));
}

HttpResponse HubSpotWrites::deleteAssociation(const QString &from, const QString &fromId, const QString &to,
                                              const QString &toId)
{
    const auto target = readPair(m_world, from, fromId, to, toId);
    if (const auto *failure = std::get_if<HttpResponse>(&target))
        return *failure;
    const auto &[fromType, fromNumeric, toType, toNumeric] = std::get<PairRequest>(target);
    if (const auto pair = pairFor(fromType, fromNumeric, toType, toNumeric))
        m_world.removeAssociation(pair->contactId, pair->objectId);
    return HttpResponse::empty(204);
}

HttpResponse HubSpotWrites::batchCreate(const HttpRequest &request, const QString &from, const QString &to)
{
    const auto batch = readBatch(m_world, request, from, to, "expected {\"inputs\":[…]}");
    if (const auto *failure = std::get_if<HttpResponse>(&batch))
        return *failure;
    const auto &[fromType, toType, inputs] = std::get<BatchRequest>(batch);
    json results = json::array();
    json errors = json::array();
    for (const auto &input : inputs) {
        const auto fromId = inputId(input, "from");
        const auto toId = inputId(input, "to");
        std::vector<std::string> given;
        std::string why;
        if (!fromId || !toId) {
            errors.push_back(errorBody("Invalid input: from.id and to.id must be object ids", "VALIDATION_ERROR"));
            continue;
        }
        if (!labelsFromTypes(m_world, fromType, toType, input.value("types", json::array()), given, why)) {
            errors.push_back(errorBody(why, "VALIDATION_ERROR"));
            continue;
        }
        std::vector<std::string> next = given;
        if (const auto pair = pairFor(fromType, *fromId, toType, *toId)) {
            if (const Association *existing = m_world.findAssociation(pair->contactId, pair->objectId)) {
                next = existing->labels;
                for (const auto &label : given)
                    addUnique(next, label);
            }
        }
        // Copied out of the optionals first: GCC 12 at -O1 cannot see they are engaged here and warns.
        const qint64 from = fromId.value_or(0);
        const qint64 to = toId.value_or(0);
        if (const auto failure = writeLabels(fromType, from, toType, to, next)) {
            errors.push_back(errorBody(failure->message, failure->category, {},
                                       json{{"fromObjectId", {std::to_string(from)}}, {"toObjectId", {std::to_string(to)}}}));
            continue;
        }
        results.push_back(writeResult(fromType, *fromId, toType, *toId, given));
    }
    return batchResponse(m_world, 201, std::move(results), std::move(errors));
}

HttpResponse HubSpotWrites::batchArchiveLabels(const HttpRequest &request, const QString &from, const QString &to)
{
    const auto batch = readBatch(m_world, request, from, to, "expected {\"inputs\":[…]}");
    if (const auto *failure = std::get_if<HttpResponse>(&batch))
        return *failure;
    const auto &[fromType, toType, inputs] = std::get<BatchRequest>(batch);
    for (const auto &input : inputs) {
        const auto fromId = inputId(input, "from");
        const auto toId = inputId(input, "to");
        std::vector<std::string> remove;
        std::string why;
        if (!fromId || !toId || !labelsFromTypes(m_world, fromType, toType, input.value("types", json::array()), remove, why))
            return error(400, why.empty() ? std::string("Invalid input: from.id and to.id must be object ids") : why,
                         "VALIDATION_ERROR");
        const auto pair = pairFor(fromType, *fromId, toType, *toId);
        Association *existing = pair ? m_world.findAssociation(pair->contactId, pair->objectId) : nullptr;
        if (!existing)
            continue;
        // Only the named labels go; the unlabeled association (and any other label) stays.
        auto &labels = existing->labels;
        labels.erase(std::remove_if(labels.begin(), labels.end(),
                                    [&](const std::string &label) { return std::count(remove.begin(), remove.end(), label) > 0; }),
                     labels.end());
    }
    return HttpResponse::empty(204);
}

HttpResponse HubSpotWrites::batchArchive(const HttpRequest &request, const QString &from, const QString &to)
{
    const auto batch = readBatch(m_world, request, from, to, "expected {\"inputs\":[{\"from\":{\"id\"},\"to\":[{\"id\"}]}]}");
    if (const auto *failure = std::get_if<HttpResponse>(&batch))
        return *failure;
    const auto &[fromType, toType, inputs] = std::get<BatchRequest>(batch);
    for (const auto &input : inputs) {
        const auto fromId = inputId(input, "from");
        if (!fromId)
            continue;
        for (const auto &target : input.value("to", json::array())) {
            const auto toId = target.is_object() ? parseId(target.value("id", json())) : std::nullopt;
            if (const auto pair = toId ? pairFor(fromType, *fromId, toType, *toId) : std::nullopt)
                m_world.removeAssociation(pair->contactId, pair->objectId);
        }
    }
    return HttpResponse::empty(204);
}

} // namespace credsync::sandbox
