#include "sandbox/hubspotcommon.h"

#include "sandbox/jsonlimits.h"

#include <QStringList>
#include <QUuid>

#include <algorithm>
#include <limits>

namespace credsync::sandbox::hubspot {

using nlohmann::json;

std::string newCorrelationId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
}

json errorBody(const std::string &message, const std::string &category, const std::string &subCategory,
               const json &context)
{
    json body = {{"status", "error"}, {"message", message}, {"correlationId", newCorrelationId()}};
    if (!category.empty())
        body["category"] = category;
    if (!subCategory.empty())
        body["subCategory"] = subCategory;
    if (!context.is_null())
        body["context"] = context;
    return body;
}

HttpResponse error(int status, const std::string &message, const std::string &category,
                   const std::string &subCategory, const json &context)
{
    return HttpResponse::json(status, errorBody(message, category, subCategory, context));
}

std::optional<nlohmann::json> parseBody(const HttpRequest &request)
{
    try {
        return parseLimitedJson(request.body);
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

HttpResponse badJson(const std::string &why)
{
    return error(400, "Invalid input JSON on line 1: " + why, "VALIDATION_ERROR");
}

HttpResponse cannotDeserialize(const std::string &where, const std::string &expected)
{
    return badJson("cannot deserialize " + where + ": expected " + expected);
}

HttpResponse batchResponse(const World &world, int okStatus, json results, json errors)
{
    const std::string now = isoTime(world.nowMs());
    json body = {{"status", "COMPLETE"}, {"results", std::move(results)}, {"startedAt", now}, {"completedAt", now}};
    if (!errors.empty()) {
        // Each item is a HubSpot StandardError: status, category, message, context, links and errors are
        // required by its model (subCategory is optional), even when there is nothing to put in them.
        for (json &item : errors) {
            if (!item.contains("context"))
                item["context"] = json::object();
            if (!item.contains("links"))
                item["links"] = json::object();
            if (!item.contains("errors"))
                item["errors"] = json::array();
        }
        body["numErrors"] = errors.size();
        body["errors"] = std::move(errors);
        return HttpResponse::json(207, body);
    }
    return HttpResponse::json(okStatus, body);
}

std::optional<std::string> resolveType(const World &world, const QString &pathSegment)
{
    const QString lower = pathSegment.toLower();
    if (lower == QLatin1String("contacts") || lower == QLatin1String("contact") || lower == QLatin1String("0-1"))
        return std::string("0-1");
    if (const ObjectType *type = world.objectType(pathSegment.toStdString()))
        return type->id;
    return std::nullopt;
}

HttpResponse unknownType(const QString &pathSegment)
{
    return error(400, "Unable to infer object type from: " + pathSegment.toStdString(), "VALIDATION_ERROR");
}

std::optional<Id> parseId(const QString &text)
{
    bool ok = false;
    const Id id = text.toLongLong(&ok);
    if (!ok || id <= 0 || text.startsWith(QLatin1Char('+')))
        return std::nullopt;
    return id;
}

std::optional<Id> parseId(const json &value)
{
    if (value.is_number_integer())
        return value.get<Id>() > 0 ? std::optional<Id>(value.get<Id>()) : std::nullopt;
    if (value.is_string())
        return parseId(QString::fromStdString(value.get<std::string>()));
    return std::nullopt;
}

const LabelDefinition *definitionByTypeId(const World &world, const std::string &from, const std::string &to, Id typeId)
{
    const LabelSet *set = world.labelSet(from, to);
    if (!set)
        return nullptr;
    for (const auto &definition : set->definitions) {
        if (definition.typeId == typeId)
            return &definition;
    }
    return nullptr;
}

const LabelDefinition *definitionByLabel(const World &world, const std::string &from, const std::string &to,
                                         const std::optional<std::string> &label)
{
    const LabelSet *set = world.labelSet(from, to);
    if (!set)
        return nullptr;
    for (const auto &definition : set->definitions) {
        if (definition.label == label)
            return &definition;
    }
    return nullptr;
}

json associationTypes(const World &world, const std::string &from, const std::string &to,
                      const Association &association)
{
    json types = json::array();
    auto add = [&](const std::optional<std::string> &label) {
        const LabelDefinition *definition = definitionByLabel(world, from, to, label);
        if (!definition)
            return; // a label the portal no longer defines in this direction is invisible
        types.push_back({{"category", definition->category}, {"typeId", definition->typeId},
                         {"label", label ? json(*label) : json(nullptr)}});
    };
    add(std::nullopt);
    for (const auto &label : association.labels)
        add(label);
    return types;
}

std::optional<Pair> pairFor(const std::string &fromType, Id fromId, const std::string &toType, Id toId)
{
    if (fromType == "0-1" && toType != "0-1")
        return Pair{fromId, toId, toType};
    if (toType == "0-1" && fromType != "0-1")
        return Pair{toId, fromId, fromType};
    return std::nullopt; // the sandbox only models contact↔custom object associations
}

std::vector<std::pair<Id, const Association *>> linked(const World &world, const std::string &fromType, Id fromId,
                                                       const std::string &toType)
{
    std::vector<std::pair<Id, const Association *>> out;
    if (fromType == "0-1") {
        const auto first = world.associations.lower_bound({fromId, std::numeric_limits<Id>::min()});
        for (auto it = first; it != world.associations.end() && it->first.first == fromId; ++it) {
            if (it->second.objectType == toType)
                out.emplace_back(it->second.objectId, &it->second);
        }
        return out; // already ordered by object id
    }
    if (toType != "0-1")
        return out;
    const auto object = world.objects.find(fromId);
    if (object == world.objects.end() || object->second.type != fromType)
        return out;
    auto [first, last] = world.contactsByObject.equal_range(fromId);
    for (auto it = first; it != last; ++it) {
        const auto association = world.associations.find({it->second, fromId});
        if (association != world.associations.end())
            out.emplace_back(it->second, &association->second);
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return out;
}

json contactProperties(const Contact &contact, const QStringList &requested)
{
    const std::map<std::string, std::string> all = {
        {"email", contact.email}, {"firstname", contact.firstname}, {"lastname", contact.lastname},
        {"hs_object_id", std::to_string(contact.id)}, {"createdate", isoTime(contact.createdAt)},
        {"lastmodifieddate", isoTime(contact.createdAt)}};
    json properties = json::object();
    if (requested.isEmpty()) {
        for (const auto &[key, value] : all)
            properties[key] = value;
        return properties;
    }
    for (const QString &name : requested) {
        const auto it = all.find(name.toStdString());
        properties[name.toStdString()] = it == all.end() ? json(nullptr) : json(it->second);
    }
    return properties;
}

json objectProperties(const HubObject &object, const QStringList &requested)
{
    std::map<std::string, std::string> all = object.properties;
    all["hs_object_id"] = std::to_string(object.id);
    all["hs_createdate"] = isoTime(object.createdAt);
    all["hs_lastmodifieddate"] = isoTime(object.updatedAt);
    json properties = json::object();
    if (requested.isEmpty()) {
        for (const char *key : {"hs_object_id", "hs_createdate", "hs_lastmodifieddate"})
            properties[key] = all[key];
        return properties;
    }
    for (const QString &name : requested) {
        const auto it = all.find(name.toStdString());
        properties[name.toStdString()] = it == all.end() ? json(nullptr) : json(it->second);
    }
    return properties;
}

json contactJson(const Contact &contact, const QStringList &requested)
{
    return {{"id", std::to_string(contact.id)}, {"properties", contactProperties(contact, requested)},
            {"createdAt", isoTime(contact.createdAt)}, {"updatedAt", isoTime(contact.createdAt)}, {"archived", false}};
}

json objectJson(const HubObject &object, const QStringList &requested)
{
    return {{"id", std::to_string(object.id)}, {"properties", objectProperties(object, requested)},
            {"createdAt", isoTime(object.createdAt)}, {"updatedAt", isoTime(object.updatedAt)},
            {"archived", object.archived}};
}

} // namespace credsync::sandbox::hubspot
