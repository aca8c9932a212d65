#include "sandbox/hubspotreads.h"

#include "sandbox/hubspotcommon.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace credsync::sandbox {

using nlohmann::json;
using namespace hubspot;

namespace {

// HubSpot's paging tokens are opaque base64; ours carry the last id of the page so that a page stays
// right when associations change between calls.
std::string encodeAfter(Id lastId)
{
    return QByteArray::number(lastId).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).toStdString();
}

std::optional<Id> decodeAfter(const QString &after)
{
    if (after.isEmpty())
        return Id(0);
    const auto decoded = QByteArray::fromBase64Encoding(after.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    bool ok = false;
    const Id id = decoded.decoded.toLongLong(&ok);
    return ok ? std::optional<Id>(id) : std::nullopt;
}

// Singular names HubSpot uses in its messages ("No company is associated with contact 1.").
std::string singularName(const World &world, const std::string &type)
{
    if (type == "0-1")
        return "contact";
    const ObjectType *objectType = world.objectType(type);
    return objectType ? QString::fromStdString(objectType->name).toLower().toStdString() : type;
}

// HubSpot accepts both `properties=a,b` and `properties=a&properties=b` (what its SDKs send), and mixes.
QStringList requestedProperties(const HttpRequest &request)
{
    QStringList names;
    for (const QString &joined : request.queryValues(QStringLiteral("properties"))) {
        for (const QString &name : joined.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!names.contains(name.trimmed()))
                names << name.trimmed();
        }
    }
    return names;
}

QStringList propertiesFromBody(const json &body)
{
    QStringList names;
    for (const auto &name : body.value("properties", json::array())) {
        if (name.is_string())
            names << QString::fromStdString(name.get<std::string>());
    }
    return names;
}

// One page of associations as {"results":[…],"paging"?}.
json associationPage(const World &world, const std::string &from, const std::string &to,
                     const std::vector<std::pair<Id, const Association *>> &all, Id after, int limit, bool &more)
{
    json results = json::array();
    Id last = 0;
    more = false;
    for (const auto &[toId, association] : all) {
        if (toId <= after)
            continue;
        if (int(results.size()) == limit) {
            more = true;
            break;
        }
        results.push_back({{"toObjectId", toId}, {"associationTypes", associationTypes(world, from, to, *association)}});
        last = toId;
    }
    json page = {{"results", std::move(results)}};
    if (more)
        page["paging"] = {{"next", {{"after", encodeAfter(last)}}}};
    return page;
}

// A batch read's inputs, as HubSpot's deserializer checks them: each an object whose required "id" is a
// string or a number. An input of another shape is a 400 for the whole batch, not a per-input 404.
std::optional<HttpResponse> invalidIdInputs(const json &inputs)
{
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const json &input = inputs[i];
        if (!input.is_object())
            return cannotDeserialize("inputs[" + std::to_string(i) + "]", "an object with an id");
        if (!input.contains("id") || !(input.at("id").is_string() || input.at("id").is_number_integer()))
            return badJson("inputs[" + std::to_string(i) + "].id is required and must be a string");
    }
    return std::nullopt;
}

} // namespace

HubSpotReads::HubSpotReads(World &world)
    : m_world(world)
{
}

std::optional<HttpResponse> HubSpotReads::handle(const HttpRequest &request)
{
    static const QRegularExpression account(QStringLiteral("^/account-info/v3/details/?$"));
    static const QRegularExpression labelsRoute(QStringLiteral("^/crm/v4/associations/([^/]+)/([^/]+)/labels/?$"));
    static const QRegularExpression limitsRoute(QStringLiteral("^/crm/v4/associations/definitions/configurations/([^/]+)/([^/]+)/?$"));
    static const QRegularExpression listRoute(QStringLiteral("^/crm/v4/objects/([^/]+)/([^/]+)/associations/([^/]+)/?$"));
    static const QRegularExpression batchAssoc(QStringLiteral("^/crm/v4/associations/([^/]+)/([^/]+)/batch/read/?$"));
    static const QRegularExpression objectRoute(QStringLiteral("^/crm/v3/objects/([^/]+)/([^/]+)/?$"));
    static const QRegularExpression batchObjects(QStringLiteral("^/crm/v3/objects/([^/]+)/batch/read/?$"));
    static const QRegularExpression searchRoute(QStringLiteral("^/crm/v3/objects/([^/]+)/search/?$"));

    const QString &path = request.path;
    QRegularExpressionMatch match;
    if (request.method == "GET") {
        if (account.match(path).hasMatch())
            return accountDetails();
        if ((match = labelsRoute.match(path)).hasMatch())
            return labels(match.captured(1), match.captured(2));
        if ((match = limitsRoute.match(path)).hasMatch())
            return limitConfigurations(match.captured(1), match.captured(2));
        if ((match = listRoute.match(path)).hasMatch())
            return associationsOf(request, match.captured(1), match.captured(2), match.captured(3));
        if ((match = objectRoute.match(path)).hasMatch())
            return getObject(request, match.captured(1), match.captured(2));
    } else if (request.method == "POST") {
        if ((match = batchAssoc.match(path)).hasMatch())
            return batchReadAssociations(request, match.captured(1), match.captured(2));
        if ((match = batchObjects.match(path)).hasMatch())
            return batchReadObjects(request, match.captured(1));
        if ((match = searchRoute.match(path)).hasMatch())
            return search(request, match.captured(1));
    }
    return std::nullopt;
}

HttpResponse HubSpotReads::accountDetails() const
{
    return HttpResponse::json(200, {{"portalId", m_world.portal.portalId}, {"accountType", "STANDARD"},
                                    {"timeZone", m_world.portal.timeZone}, {"companyCurrency", "USD"},
                                    {"additionalCurrencies", json::array()}, {"utcOffset", "-05:00"},
                                    {"utcOffsetMilliseconds", -18000000}, {"uiDomain", m_world.portal.uiDomain},
                                    {"dataHostingLocation", "na1"}});
}

HttpResponse HubSpotReads::labels(const QString &from, const QString &to) const
{
    const auto fromType = resolveType(m_world, from);
    const auto toType = resolveType(m_world, to);
    if (!fromType)
        return unknownType(from);
    if (!toType)
        return unknownType(to);
    json results = json::array();
    if (const LabelSet *set = m_world.labelSet(*fromType, *toType)) {
        for (const auto &definition : set->definitions)
            results.push_back({{"category", definition.category}, {"typeId", definition.typeId},
                               {"label", definition.label ? json(*definition.label) : json(nullptr)}});
    }
    return HttpResponse::json(200, {{"results", std::move(results)}});
}

HttpResponse HubSpotReads::limitConfigurations(const QString &from, const QString &to) const
{
    const auto fromType = resolveType(m_world, from);
    const auto toType = resolveType(m_world, to);
    if (!fromType)
        return unknownType(from);
    if (!toType)
        return unknownType(to);
    json results = json::array();
    if (const LabelSet *set = m_world.labelSet(*fromType, *toType)) {
        for (const auto &definition : set->definitions) {
            if (!definition.userEnforcedMaxToObjectIds)
                continue; // only configured limits are listed
            results.push_back({{"category", definition.category}, {"typeId", definition.typeId},
                               {"userEnforcedMaxToObjectIds", *definition.userEnforcedMaxToObjectIds},
                               {"label", definition.label ? json(*definition.label) : json(nullptr)}});
        }
    }
    return HttpResponse::json(200, {{"results", std::move(results)}});
}

HttpResponse HubSpotReads::associationsOf(const HttpRequest &request, const QString &from, const QString &id,
                                          const QString &to) const
{
    const auto fromType = resolveType(m_world, from);
    const auto toType = resolveType(m_world, to);
    if (!fromType)
        return unknownType(from);
    if (!toType)
        return unknownType(to);
    const auto fromId = parseId(id);
    if (!fromId)
        return error(400, "Invalid object id: " + id.toStdString(), "VALIDATION_ERROR");
    int limit = kMaxAssociationPage;
    if (request.hasQuery(QStringLiteral("limit"))) {
        bool ok = false;
        limit = request.queryValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxAssociationPage)
            return error(400, "limit must be between 1 and 500", "VALIDATION_ERROR");
    }
    const auto after = decodeAfter(request.queryValue(QStringLiteral("after")));
    if (!after)
        return error(400, "Invalid paging cursor: " + request.queryValue(QStringLiteral("after")).toStdString(), "VALIDATION_ERROR");
    bool more = false;
    return HttpResponse::json(200, associationPage(m_world, *fromType, *toType, linked(m_world, *fromType, *fromId, *toType),
                                                   *after, limit, more));
}

HttpResponse HubSpotReads::batchReadAssociations(const HttpRequest &request, const QString &from, const QString &to) const
{
    const auto fromType = resolveType(m_world, from);
    const auto toType = resolveType(m_world, to);
    if (!fromType)
        return unknownType(from);
    if (!toType)
        return unknownType(to);
    const auto body = parseBody(request);
    if (!body || !body->is_object() || !body->contains("inputs") || !body->at("inputs").is_array())
        return badJson("expected {\"inputs\":[{\"id\":\"…\"}]}");
    const json &inputs = body->at("inputs");
    if (auto invalid = invalidIdInputs(inputs))
        return std::move(*invalid);
    if (inputs.size() > std::size_t(kMaxAssociationBatch))
        return error(400, "Batch read request body may not exceed " + std::to_string(kMaxAssociationBatch) +
                     " inputs; got " + std::to_string(inputs.size()) + ".", "VALIDATION_ERROR");
    json results = json::array();
    json errors = json::array();
    for (const auto &input : inputs) {
        const json idValue = input.is_object() ? input.value("id", json()) : json();
        const auto fromId = parseId(idValue);
        const std::string idText = idValue.is_string() ? idValue.get<std::string>() : idValue.dump();
        const auto after = decodeAfter(QString::fromStdString(input.is_object() ? input.value("after", std::string()) : std::string()));
        const auto all = fromId ? linked(m_world, *fromType, *fromId, *toType) : decltype(linked(m_world, "", 0, "")){};
        if (all.empty() || !after) {
            errors.push_back({{"status", "error"}, {"category", "OBJECT_NOT_FOUND"},
                              {"subCategory", "crm.associations.NO_ASSOCIATIONS_FOUND"},
                              {"message", "No " + singularName(m_world, *toType) + " is associated with " +
                                              singularName(m_world, *fromType) + " " + idText + "."},
                              {"context", {{"fromObjectId", {idText}}, {"fromObjectType", {singularName(m_world, *fromType)}},
                                           {"toObjectType", {singularName(m_world, *toType)}}}}});
            continue;
        }
        bool more = false;
        json page = associationPage(m_world, *fromType, *toType, all, *after, kMaxAssociationPage, more);
        json result = {{"from", {{"id", std::to_string(*fromId)}}}, {"to", std::move(page["results"])}};
        if (more)
            result["paging"] = std::move(page["paging"]);
        results.push_back(std::move(result));
    }
    // HubSpot does not keep the inputs' order; reversing makes a client that assumes it fail loudly.
    std::reverse(results.begin(), results.end());
    return batchResponse(m_world, 200, std::move(results), std::move(errors));
}

HttpResponse HubSpotReads::getObject(const HttpRequest &request, const QString &type, const QString &id) const
{
    const auto typeId = resolveType(m_world, type);
    if (!typeId)
        return unknownType(type);
    const QStringList properties = requestedProperties(request);
    const bool archived = request.queryValue(QStringLiteral("archived")) == QLatin1String("true");
    const auto notFound = [&](Id numeric) {
        // Real 404s from this endpoint come with and without a category; alternate by id so clients
        // meet both shapes deterministically.
        json body = {{"status", "error"}, {"message", "resource not found"}, {"correlationId", newCorrelationId()}};
        if (numeric % 2 == 0)
            body["category"] = "OBJECT_NOT_FOUND";
        return HttpResponse::json(404, body);
    };
    if (*typeId == "0-1" && request.queryValue(QStringLiteral("idProperty")) == QLatin1String("email")) {
        const std::vector<Id> found = m_world.contactsByEmail(id.toStdString());
        if (found.empty())
            return notFound(1);
        return HttpResponse::json(200, contactJson(m_world.contacts.at(found.front()), properties));
    }
    const auto numeric = parseId(id);
    if (!numeric)
        return notFound(1);
    if (*typeId == "0-1") {
        const auto it = m_world.contacts.find(*numeric);
        if (it == m_world.contacts.end())
            return notFound(*numeric);
        return HttpResponse::json(200, contactJson(it->second, properties));
    }
    const auto it = m_world.objects.find(*numeric);
    if (it == m_world.objects.end() || it->second.type != *typeId || it->second.archived != archived)
        return notFound(*numeric);
    return HttpResponse::json(200, objectJson(it->second, properties));
}

HttpResponse HubSpotReads::batchReadObjects(const HttpRequest &request, const QString &type) const
{
    const auto typeId = resolveType(m_world, type);
    if (!typeId)
        return unknownType(type);
    const auto body = parseBody(request);
    if (!body || !body->is_object() || !body->contains("inputs") || !body->at("inputs").is_array())
        return badJson("expected {\"inputs\":[{\"id\":\"…\"}]}");
    const json &inputs = body->at("inputs");
    if (auto invalid = invalidIdInputs(inputs))
        return std::move(*invalid);
    if (inputs.size() > std::size_t(kMaxObjectBatch))
        return error(400, "Batch input limit of " + std::to_string(kMaxObjectBatch) + " exceeded: got " +
                     std::to_string(inputs.size()), "VALIDATION_ERROR");
    const QStringList properties = propertiesFromBody(*body);
    json results = json::array();
    json missing = json::array();
    for (const auto &input : inputs) {
        const json idValue = input.is_object() ? input.value("id", json()) : json();
        const auto id = parseId(idValue);
        const std::string idText = idValue.is_string() ? idValue.get<std::string>() : idValue.dump();
        if (id && *typeId == "0-1") {
            const auto it = m_world.contacts.find(*id);
            if (it != m_world.contacts.end()) {
                results.push_back(contactJson(it->second, properties));
                continue;
            }
        } else if (id) {
            const auto it = m_world.objects.find(*id);
            if (it != m_world.objects.end() && it->second.type == *typeId && !it->second.archived) {
                results.push_back(objectJson(it->second, properties));
                continue;
            }
        }
        missing.push_back(idText);
    }
    json errors = json::array();
    if (!missing.empty()) {
        const std::string name = QString::fromStdString(singularName(m_world, *typeId)).toUpper().toStdString();
        errors.push_back({{"status", "error"}, {"category", "OBJECT_NOT_FOUND"},
                          {"message", "Could not get some " + name + " objects, they may be deleted or not exist. "
                                      "Check that ids are valid."},
                          {"context", {{"ids", std::move(missing)}}}});
    }
    std::reverse(results.begin(), results.end());
    return batchResponse(m_world, 200, std::move(results), std::move(errors));
}

namespace {

// When every filter group pins the email (EQ or IN), the only contacts that can match are those the
// email index names: their ids in ascending order, as a full pass would list them. Otherwise nullopt.
std::optional<std::vector<Id>> emailCandidates(const World &world, const json &groups)
{
    if (!groups.is_array() || groups.empty())
        return std::nullopt;
    std::vector<Id> ids;
    for (const auto &group : groups) {
        if (!group.is_object())
            return std::nullopt;
        const json filters = group.value("filters", json::array());
        const json *pinned = nullptr;
        for (const auto &filter : filters) {
            if (!filter.is_object())
                return std::nullopt;
            const std::string op = filter.value("operator", std::string("EQ"));
            if (filter.value("propertyName", std::string()) == "email" && (op == "EQ" || op == "IN")) {
                pinned = &filter;
                break;
            }
        }
        if (!pinned)
            return std::nullopt;
        const auto add = [&](const json &wanted) {
            const std::vector<Id> found = world.contactsByEmail(wanted.is_string() ? wanted.get<std::string>() : wanted.dump());
            ids.insert(ids.end(), found.begin(), found.end());
        };
        if (pinned->value("operator", std::string("EQ")) == "EQ")
            add(pinned->value("value", json()));
        else
            for (const auto &wanted : pinned->value("values", json::array()))
                add(wanted);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

// A search body's shape, as HubSpot's deserializer checks it before any search runs: filterGroups a list
// of objects, each one's filters a list of objects whose propertyName and operator are strings, values a
// list; limit an integer; properties a list. Anything else is a 400, never a half-run search.
std::optional<HttpResponse> invalidSearchBody(const json &body)
{
    if (body.contains("limit") && !body.at("limit").is_number_integer())
        return cannotDeserialize("limit", "an integer");
    if (body.contains("properties") && !body.at("properties").is_array())
        return cannotDeserialize("properties", "a list");
    if (body.contains("after") && !body.at("after").is_string() && !body.at("after").is_number_integer())
        return cannotDeserialize("after", "a string");
    if (!body.contains("filterGroups"))
        return std::nullopt;
    const json &groups = body.at("filterGroups");
    if (!groups.is_array())
        return cannotDeserialize("filterGroups", "a list of filter groups");
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const std::string at = "filterGroups[" + std::to_string(g) + "]";
        if (!groups[g].is_object())
            return cannotDeserialize(at, "a filter group object");
        if (!groups[g].contains("filters"))
            continue;
        const json &filters = groups[g].at("filters");
        if (!filters.is_array())
            return cannotDeserialize(at + ".filters", "a list of filters");
        for (std::size_t f = 0; f < filters.size(); ++f) {
            const std::string here = at + ".filters[" + std::to_string(f) + "]";
            const json &filter = filters[f];
            if (!filter.is_object())
                return cannotDeserialize(here, "a filter object");
            for (const char *field : {"propertyName", "operator"})
                if (filter.contains(field) && !filter.at(field).is_string())
                    return cannotDeserialize(here + "." + field, "a string");
            if (filter.contains("values") && !filter.at("values").is_array())
                return cannotDeserialize(here + ".values", "a list");
        }
    }
    return std::nullopt;
}

} // namespace

HttpResponse HubSpotReads::search(const HttpRequest &request, const QString &type) const
{
    const auto typeId = resolveType(m_world, type);
    if (!typeId)
        return unknownType(type);
    const auto body = parseBody(request);
    if (!body || !body->is_object())
        return badJson("expected a search request object");
    if (auto invalid = invalidSearchBody(*body))
        return std::move(*invalid);
    const int limit = body->value("limit", 10);
    if (limit < 1 || limit > kMaxSearchLimit)
        return error(400, "limit must be between 1 and 200", "VALIDATION_ERROR");
    const json groups = body->value("filterGroups", json::array());
    std::size_t totalFilters = 0;
    for (const auto &group : groups) {
        const std::size_t filters = group.value("filters", json::array()).size();
        if (filters > 6)
            return error(400, "Each filter group may contain at most 6 filters", "VALIDATION_ERROR");
        totalFilters += filters;
    }
    if (groups.size() > 5 || totalFilters > 18)
        return error(400, "At most 5 filter groups with 18 filters in total are allowed", "VALIDATION_ERROR");
    const std::string afterText = body->contains("after") && body->at("after").is_string()
        ? body->at("after").get<std::string>() : std::string("0");
    const int offset = QString::fromStdString(afterText).toInt();
    if (offset >= 10000)
        return error(400, "Search results are limited to 10,000 records", "VALIDATION_ERROR");

    const auto valueOf = [&](Id id, const std::string &property) -> std::optional<std::string> {
        const json properties = *typeId == "0-1" ? contactProperties(m_world.contacts.at(id), {QString::fromStdString(property)})
                                                 : objectProperties(m_world.objects.at(id), {QString::fromStdString(property)});
        const json &value = properties.at(property);
        if (value.is_null() || value.get<std::string>().empty())
            return std::nullopt;
        return value.get<std::string>();
    };
    const auto same = [&](const std::string &property, const std::string &a, const std::string &b) {
        // Email comparisons are case-insensitive in HubSpot; other properties compare exactly.
        return property == "email" ? QString::fromStdString(a).compare(QString::fromStdString(b), Qt::CaseInsensitive) == 0 : a == b;
    };
    const auto matches = [&](Id id) {
        if (groups.empty())
            return true;
        for (const auto &group : groups) {
            bool all = true;
            for (const auto &filter : group.value("filters", json::array())) {
                const std::string property = filter.value("propertyName", std::string());
                const std::string op = filter.value("operator", std::string("EQ"));
                const auto value = valueOf(id, property);
                bool ok = false;
                if (op == "EQ" || op == "NEQ") {
                    const json wanted = filter.value("value", json());
                    const std::string text = wanted.is_string() ? wanted.get<std::string>() : wanted.dump();
                    ok = value && same(property, *value, text);
                    ok = op == "EQ" ? ok : !ok;
                } else if (op == "IN" || op == "NOT_IN") {
                    for (const auto &wanted : filter.value("values", json::array())) {
                        const std::string text = wanted.is_string() ? wanted.get<std::string>() : wanted.dump();
                        ok = ok || (value && same(property, *value, text));
                    }
                    ok = op == "IN" ? ok : !ok;
                } else if (op == "HAS_PROPERTY" || op == "NOT_HAS_PROPERTY") {
                    ok = (op == "HAS_PROPERTY") == value.has_value();
                }
                all = all && ok;
            }
            if (all)
                return true;
        }
        return false;
    };

    std::vector<Id> hits;
    if (*typeId == "0-1") {
        if (const auto candidates = emailCandidates(m_world, groups)) {
            for (Id id : *candidates)
                if (matches(id))
                    hits.push_back(id);
        } else {
            for (const auto &[id, contact] : m_world.contacts)
                if (matches(id))
                    hits.push_back(id);
        }
    } else {
        for (const auto &[id, object] : m_world.objects)
            if (object.type == *typeId && !object.archived && matches(id))
                hits.push_back(id);
    }
    const QStringList properties = propertiesFromBody(*body);
    json results = json::array();
    for (std::size_t i = std::size_t(std::max(offset, 0)); i < hits.size() && int(results.size()) < limit; ++i)
        results.push_back(*typeId == "0-1" ? contactJson(m_world.contacts.at(hits[i]), properties)
                                           : objectJson(m_world.objects.at(hits[i]), properties));
    json out = {{"total", hits.size()}, {"results", results}};
    const std::size_t next = std::size_t(std::max(offset, 0)) + results.size();
    if (next < hits.size())
        out["paging"] = {{"next", {{"after", std::to_string(next)}}}};
    return HttpResponse::json(200, out);
}

} // namespace credsync::sandbox
