#include "sandbox/world.h"

#include "sandbox/jsonlimits.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QSaveFile>
#include <QString>

#include <algorithm>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace credsync::sandbox {

using nlohmann::json;

void World::addAssociation(Association association)
{
    const auto key = std::make_pair(association.contactId, association.objectId);
    if (associations.find(key) == associations.end())
        contactsByObject.emplace(association.objectId, association.contactId);
    associations[key] = std::move(association);
}

void World::removeAssociation(Id contactId, Id objectId)
{
    if (associations.erase(std::make_pair(contactId, objectId)) == 0)
        return;
    auto [first, last] = contactsByObject.equal_range(objectId);
    for (auto it = first; it != last; ++it) {
        if (it->second == contactId) {
            contactsByObject.erase(it);
            break;
        }
    }
}

Association *World::findAssociation(Id contactId, Id objectId)
{
    auto it = associations.find(std::make_pair(contactId, objectId));
    return it == associations.end() ? nullptr : &it->second;
}

namespace {

// HubSpot compares emails without regard to case.
std::string foldedEmail(const std::string &email)
{
    return QString::fromStdString(email).toCaseFolded().toStdString();
}

} // namespace

void World::indexContactEmail(const Contact &contact) const
{
    std::vector<Id> &ids = m_contactsByEmail[foldedEmail(contact.email)];
    ids.insert(std::lower_bound(ids.begin(), ids.end(), contact.id), contact.id);
}

std::vector<Id> World::contactsByEmail(const std::string &email) const
{
    if (!m_emailIndexBuilt || m_indexedContacts != contacts.size()) {
        m_contactsByEmail.clear();
        m_contactsByEmail.reserve(contacts.size());
        for (const auto &entry : contacts)
            indexContactEmail(entry.second);
        m_indexedContacts = contacts.size();
        m_emailIndexBuilt = true;
    }
    const std::string folded = foldedEmail(email);
    std::vector<Id> found;
    const auto it = m_contactsByEmail.find(folded);
    if (it == m_contactsByEmail.end())
        return found;
    for (Id id : it->second) {
        const auto contact = contacts.find(id);
        if (contact != contacts.end() && foldedEmail(contact->second.email) == folded)
            found.push_back(id);
    }
    return found;
}

void World::setContactEmail(Contact &contact, std::string email)
{
    if (m_emailIndexBuilt) {
        const auto it = m_contactsByEmail.find(foldedEmail(contact.email));
        if (it != m_contactsByEmail.end())
            std::erase(it->second, contact.id);
    }
    contact.email = std::move(email);
    if (m_emailIndexBuilt)
        indexContactEmail(contact);
}

const ObjectType *World::objectType(const std::string &idOrName) const
{
    for (const auto &type : objectTypes) {
        if (type.id == idOrName || QString::fromStdString(type.name).compare(QString::fromStdString(idOrName), Qt::CaseInsensitive) == 0)
            return &type;
    }
    return nullptr;
}

const LabelSet *World::labelSet(const std::string &fromType, const std::string &toType) const
{
    for (const auto &set : labelSets) {
        if (set.fromType == fromType && set.toType == toType)
            return &set;
    }
    return nullptr;
}

std::string isoTime(TimeMs ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toStdString();
}

std::optional<TimeMs> parseIsoTime(const std::string &text)
{
    QDateTime time = QDateTime::fromString(QString::fromStdString(text), Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    // A time without a zone is read as UTC rather than as the machine's local time, so a world file
    // means the same thing on every machine.
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toMSecsSinceEpoch();
}

namespace {

// Ids are written as strings so no JSON reader on the way can turn them into doubles; numbers are
// accepted on input because hand-written worlds will use them.
// Raised for a world file that is not what the sandbox can serve; what() names the place in the file
// ("associations[3].objectId: ...").
class WorldFileError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

[[noreturn]] void failAt(const std::string &path, const std::string &message)
{
    throw WorldFileError(path + ": " + message);
}

// A non-negative 64-bit integer, as a JSON integer or a string of digits (no sign, no spaces).
Id readNumberAt(const json &value, const std::string &path)
{
    if (value.is_number_float())
        failAt(path, "expected a whole number, got " + value.dump());
    if (value.is_number_unsigned()) {
        if (value.get<quint64>() > quint64(std::numeric_limits<Id>::max()))
            failAt(path, "the number does not fit in 64 bits");
        return Id(value.get<quint64>());
    }
    if (value.is_number_integer()) {
        if (value.get<Id>() < 0)
            failAt(path, "expected a number of 0 or more, got " + value.dump());
        return value.get<Id>();
    }
    if (value.is_string()) {
        const std::string text = value.get<std::string>();
        bool ok = !text.empty() && text.size() <= 19
            && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
        const Id parsed = ok ? QByteArray::fromStdString(text).toLongLong(&ok) : 0;
        if (!ok)
            failAt(path, "expected a string of digits that fits in 64 bits, got \"" + text.substr(0, 40) + '"');
        return parsed;
    }
    failAt(path, "expected an id (string of digits or integer), got " + std::string(value.type_name()));
}

// HubSpot ids: positive 64-bit integers.
Id readIdAt(const json &object, const char *key, const std::string &path)
{
    const std::string where = path.empty() ? std::string(key) : path + '.' + key;
    if (!object.is_object())
        failAt(path, "expected an object");
    if (!object.contains(key))
        failAt(where, "missing");
    const Id id = readNumberAt(object.at(key), where);
    if (id <= 0)
        failAt(where, "an id must be a positive number, got " + std::to_string(id));
    return id;
}

// A whole number from minimum to maximum. A float such as 1e300 is refused, never converted: converting
// an out-of-range double to an integer is undefined behaviour (found by tests/fuzz/fuzz_world).
int readIntAt(const json &value, const std::string &path, int minimum, int maximum)
{
    const bool whole = value.is_number_integer();
    const bool inRange = whole
        && (value.is_number_unsigned() ? value.get<quint64>() <= quint64(maximum)
                                       : value.get<qint64>() >= minimum && value.get<qint64>() <= maximum);
    if (!inRange)
        failAt(path, "expected a whole number from " + std::to_string(minimum) + " to " + std::to_string(maximum)
                         + ", got " + value.dump().substr(0, 40));
    return int(value.get<qint64>());
}

Id readId(const json &value)
{
    return readNumberAt(value, "id");
}

// Runs one array item's reader; anything it throws that does not name its place gets the item's path.
template<typename Reader>
void readItems(const json &in, const char *key, Reader reader)
{
    if (!in.contains(key))
        return;
    const json &items = in.at(key);
    if (!items.is_array())
        failAt(key, "expected an array");
    for (std::size_t index = 0; index < items.size(); ++index) {
        const std::string path = std::string(key) + '[' + std::to_string(index) + ']';
        try {
            reader(items.at(index), path);
        } catch (const WorldFileError &) {
            throw;
        } catch (const std::exception &error) {
            std::string what = error.what();
            // nlohmann's "[json.exception.type_error.302] type must be ..." without the bracketed code
            if (!what.empty() && what.front() == '[' && what.find("] ") != std::string::npos)
                what = what.substr(what.find("] ") + 2);
            failAt(path, what);
        }
    }
}

std::optional<Id> readOptionalId(const json &value)
{
    if (value.is_null())
        return std::nullopt;
    return readId(value);
}

TimeMs readTime(const json &object, const char *key)
{
    if (!object.contains(key) || object.at(key).is_null())
        return 0;
    const json &value = object.at(key);
    if (value.is_number_integer())
        return value.get<TimeMs>();
    const auto parsed = parseIsoTime(value.get<std::string>());
    if (!parsed)
        throw std::invalid_argument(std::string("unparsable time in ") + key + ": " + value.get<std::string>());
    return *parsed;
}

json labelSetToJson(const LabelSet &set)
{
    json definitions = json::array();
    for (const auto &definition : set.definitions) {
        json entry = {{"category", definition.category}, {"typeId", definition.typeId}};
        entry["label"] = definition.label ? json(*definition.label) : json(nullptr);
        if (definition.userEnforcedMaxToObjectIds)
            entry["userEnforcedMaxToObjectIds"] = *definition.userEnforcedMaxToObjectIds;
        definitions.push_back(std::move(entry));
    }
    return {{"from", set.fromType}, {"to", set.toType}, {"definitions", std::move(definitions)}};
}

LabelSet labelSetFromJson(const json &entry, const std::string &path)
{
    LabelSet set;
    set.fromType = entry.at("from").get<std::string>();
    set.toType = entry.at("to").get<std::string>();
    std::size_t index = 0;
    for (const auto &item : entry.at("definitions")) {
        const std::string where = path + ".definitions[" + std::to_string(index++) + ']';
        LabelDefinition definition;
        definition.category = item.value("category", std::string("USER_DEFINED"));
        definition.typeId = readIdAt(item, "typeId", where);
        if (item.contains("label") && !item.at("label").is_null())
            definition.label = item.at("label").get<std::string>();
        if (item.contains("userEnforcedMaxToObjectIds") && !item.at("userEnforcedMaxToObjectIds").is_null())
            definition.userEnforcedMaxToObjectIds = readIntAt(item.at("userEnforcedMaxToObjectIds"),
                                                              where + ".userEnforcedMaxToObjectIds", 0,
                                                              std::numeric_limits<int>::max());
        set.definitions.push_back(std::move(definition));
    }
    return set;
}

// An integer setting, when present; absent or null keeps the default.
void readIntSetting(const json &settings, const char *key, int &out)
{
    if (settings.contains(key) && !settings.at(key).is_null())
        out = readIntAt(settings.at(key), std::string("settings.") + key, 0, std::numeric_limits<int>::max());
}

json issueToJson(const SentryIssue &issue)
{
    json events = json::array();
    for (const auto &event : issue.events) {
        json tags = json::array();
        for (const auto &[key, value] : event.tags)
            tags.push_back({{"key", key}, {"value", value}});
        events.push_back({{"id", event.id}, {"eventID", event.eventId}, {"title", event.title},
                          {"message", event.message}, {"dateCreated", isoTime(event.dateCreated)},
                          {"tags", std::move(tags)}});
    }
    return {{"id", issue.id}, {"shortId", issue.shortId}, {"title", issue.title}, {"culprit", issue.culprit},
            {"permalink", issue.permalink}, {"level", issue.level}, {"status", issue.status},
            {"count", issue.count}, {"userCount", issue.userCount}, {"firstSeen", isoTime(issue.firstSeen)},
            {"lastSeen", isoTime(issue.lastSeen)},
            {"metadata", {{"type", issue.metadataType}, {"value", issue.metadataValue}}},
            {"events", std::move(events)}};
}

SentryIssue issueFromJson(const json &entry)
{
    SentryIssue issue;
    issue.id = entry.at("id").is_string() ? entry.at("id").get<std::string>() : std::to_string(readId(entry.at("id")));
    issue.shortId = entry.value("shortId", std::string());
    issue.title = entry.value("title", std::string());
    issue.culprit = entry.value("culprit", std::string());
    issue.permalink = entry.value("permalink", std::string());
    issue.level = entry.value("level", std::string("error"));
    issue.status = entry.value("status", std::string("unresolved"));
    // Sentry sends count as a string; accept either in a world file.
    if (entry.contains("count"))
        issue.count = readId(entry.at("count"));
    issue.userCount = entry.value("userCount", qint64(0));
    issue.firstSeen = readTime(entry, "firstSeen");
    issue.lastSeen = readTime(entry, "lastSeen");
    if (entry.contains("metadata")) {
        issue.metadataType = entry.at("metadata").value("type", std::string());
        issue.metadataValue = entry.at("metadata").value("value", std::string());
    }
    for (const auto &item : entry.value("events", json::array())) {
        SentryEvent event;
        event.id = item.value("id", std::string());
        event.eventId = item.value("eventID", event.id);
        event.title = item.value("title", issue.title);
        event.message = item.value("message", std::string());
        event.dateCreated = readTime(item, "dateCreated");
        for (const auto &tag : item.value("tags", json::array()))
            event.tags.emplace_back(tag.at("key").get<std::string>(), tag.at("value").get<std::string>());
        issue.events.push_back(std::move(event));
    }
    return issue;
}

json therapistToJson(const TherapistRow &row)
{
    json columns = json::object();
    for (const auto &[column, value] : row.idColumns)
        columns[column] = value ? json(std::to_string(*value)) : json(nullptr);
    return {{"id", row.id}, {"first_name", row.firstName}, {"last_name", row.lastName}, {"email", row.email},
            {"hubspot_id", row.hubspotId ? json(std::to_string(*row.hubspotId)) : json(nullptr)},
            {"created_at", isoTime(row.createdAt)}, {"id_columns", std::move(columns)},
            {"attributes", row.attributes}};
}

TherapistRow therapistFromJson(const json &entry)
{
    TherapistRow row;
    row.id = entry.at("id").get<std::string>();
    row.firstName = entry.value("first_name", std::string());
    row.lastName = entry.value("last_name", std::string());
    row.email = entry.value("email", std::string());
    if (entry.contains("hubspot_id"))
        row.hubspotId = readOptionalId(entry.at("hubspot_id"));
    row.createdAt = readTime(entry, "created_at");
    const json idcolumnsObject = entry.value("id_columns", json::object()); // items() must not outlive its json
    for (const auto &[column, value] : idcolumnsObject.items())
        row.idColumns[column] = readOptionalId(value);
    const json attributesObject = entry.value("attributes", json::object()); // items() must not outlive its json
    for (const auto &[column, value] : attributesObject.items())
        row.attributes[column] = value.is_string() ? value.get<std::string>() : value.dump();
    return row;
}

} // namespace

void to_json(json &out, const World &world)
{
    out = json::object();
    if (world.clock.anchor())
        out["now"] = isoTime(*world.clock.anchor());
    out["portal"] = {{"portalId", world.portal.portalId}, {"uiDomain", world.portal.uiDomain},
                     {"timeZone", world.portal.timeZone}};
    out["tokens"] = {{"hubspot", world.tokens.hubspot}, {"sentry", world.tokens.sentry},
                     {"loki", {{"basicUser", world.tokens.lokiBasicUser},
                               {"basicPassword", world.tokens.lokiBasicPassword},
                               {"bearer", world.tokens.lokiBearer}, {"orgId", world.tokens.lokiOrgId}}},
                     {"hubspotMissingScopes", world.tokens.hubspotMissingScopes}};
    out["settings"] = {{"tenSecondlyMax", world.settings.tenSecondlyMax}, {"dailyMax", world.settings.dailyMax},
                       {"searchPerSecond", world.settings.searchPerSecond},
                       {"putSemantics", world.settings.putSemantics},
                       {"lokiRetentionDays", world.settings.lokiRetentionDays},
                       {"sentryRetentionDays", world.settings.sentryRetentionDays}};
    json &types = out["objectTypes"] = json::array();
    for (const auto &type : world.objectTypes)
        types.push_back({{"id", type.id}, {"name", type.name}});
    json &labels = out["associationLabels"] = json::array();
    for (const auto &set : world.labelSets)
        labels.push_back(labelSetToJson(set));
    json &contacts = out["contacts"] = json::array();
    for (const auto &[id, contact] : world.contacts)
        contacts.push_back({{"id", std::to_string(id)}, {"email", contact.email}, {"firstname", contact.firstname},
                            {"lastname", contact.lastname}, {"createdAt", isoTime(contact.createdAt)}});
    json &objects = out["objects"] = json::array();
    for (const auto &[id, object] : world.objects)
        objects.push_back({{"id", std::to_string(id)}, {"type", object.type}, {"createdAt", isoTime(object.createdAt)},
                           {"updatedAt", isoTime(object.updatedAt)}, {"archived", object.archived},
                           {"properties", object.properties}});
    json &associations = out["associations"] = json::array();
    for (const auto &[key, association] : world.associations)
        associations.push_back({{"contactId", std::to_string(association.contactId)},
                                {"objectType", association.objectType},
                                {"objectId", std::to_string(association.objectId)}, {"labels", association.labels}});
    json &lines = out["logLines"] = json::array();
    for (const auto &line : world.logLines)
        lines.push_back({{"stream", line.stream}, {"ts", std::to_string(line.timestampNs)}, {"line", line.line}});
    out["sentry"] = {{"org", world.sentryProject.org}, {"slug", world.sentryProject.slug},
                     {"name", world.sentryProject.name}, {"id", std::to_string(world.sentryProject.id)}};
    json &issues = out["sentry"]["issues"] = json::array();
    for (const auto &issue : world.sentryIssues)
        issues.push_back(issueToJson(issue));
    json &therapists = out["therapists"] = json::array();
    for (const auto &row : world.therapists)
        therapists.push_back(therapistToJson(row));
    json &scenarios = out["scenarios"] = json::array();
    for (const auto &tag : world.scenarios)
        scenarios.push_back({{"contactId", std::to_string(tag.contactId)}, {"scenario", tag.scenario}, {"note", tag.note}});
}

void from_json(const json &in, World &world)
{
    world = World();
    if (in.contains("now")) {
        const auto now = parseIsoTime(in.at("now").get<std::string>());
        if (!now)
            throw std::invalid_argument("now: expected an ISO-8601 time, got \"" + in.at("now").get<std::string>() + '"');
        world.clock.setAnchor(*now);
    }
    if (in.contains("portal")) {
        const json &portal = in.at("portal");
        world.portal.portalId = readIdAt(portal, "portalId", "portal");
        world.portal.uiDomain = portal.value("uiDomain", world.portal.uiDomain);
        world.portal.timeZone = portal.value("timeZone", world.portal.timeZone);
    }
    if (in.contains("tokens")) {
        const json &tokens = in.at("tokens");
        world.tokens.hubspot = tokens.value("hubspot", std::string());
        world.tokens.sentry = tokens.value("sentry", std::string());
        const json loki = tokens.value("loki", json::object());
        world.tokens.lokiBasicUser = loki.value("basicUser", std::string());
        world.tokens.lokiBasicPassword = loki.value("basicPassword", std::string());
        world.tokens.lokiBearer = loki.value("bearer", std::string());
        world.tokens.lokiOrgId = loki.value("orgId", std::string());
        world.tokens.hubspotMissingScopes = tokens.value("hubspotMissingScopes", std::vector<std::string>());
    }
    if (in.contains("settings")) {
        const json &settings = in.at("settings");
        readIntSetting(settings, "tenSecondlyMax", world.settings.tenSecondlyMax);
        readIntSetting(settings, "dailyMax", world.settings.dailyMax);
        readIntSetting(settings, "searchPerSecond", world.settings.searchPerSecond);
        world.settings.putSemantics = settings.value("putSemantics", world.settings.putSemantics);
        world.settings.lokiRetentionDays = std::max(0, settings.value("lokiRetentionDays", world.settings.lokiRetentionDays));
        world.settings.sentryRetentionDays = std::max(0, settings.value("sentryRetentionDays", world.settings.sentryRetentionDays));
    }
    readItems(in, "objectTypes", [&](const json &item, const std::string &) {
        world.objectTypes.push_back({item.at("id").get<std::string>(), item.value("name", std::string())});
    });
    if (!world.objectType("0-1"))
        world.objectTypes.insert(world.objectTypes.begin(), {"0-1", "contacts"});
    readItems(in, "associationLabels", [&](const json &item, const std::string &path) {
        world.labelSets.push_back(labelSetFromJson(item, path));
    });
    readItems(in, "contacts", [&](const json &item, const std::string &path) {
        Contact contact;
        contact.id = readIdAt(item, "id", path);
        contact.email = item.value("email", std::string());
        contact.firstname = item.value("firstname", std::string());
        contact.lastname = item.value("lastname", std::string());
        contact.createdAt = readTime(item, "createdAt");
        world.contacts[contact.id] = std::move(contact);
    });
    readItems(in, "objects", [&](const json &item, const std::string &path) {
        HubObject object;
        object.id = readIdAt(item, "id", path);
        object.type = item.at("type").get<std::string>();
        object.createdAt = readTime(item, "createdAt");
        object.updatedAt = item.contains("updatedAt") ? readTime(item, "updatedAt") : object.createdAt;
        object.archived = item.value("archived", false);
        const json propertiesObject = item.value("properties", json::object()); // items() must not outlive its json
        for (const auto &[key, value] : propertiesObject.items())
            object.properties[key] = value.is_string() ? value.get<std::string>() : value.dump();
        world.objects[object.id] = std::move(object);
    });
    readItems(in, "associations", [&](const json &item, const std::string &path) {
        Association association;
        association.contactId = readIdAt(item, "contactId", path);
        association.objectId = readIdAt(item, "objectId", path);
        if (world.contacts.find(association.contactId) == world.contacts.end())
            failAt(path + ".contactId", "no contact " + std::to_string(association.contactId) + " in \"contacts\"");
        const auto object = world.objects.find(association.objectId);
        if (object == world.objects.end())
            failAt(path + ".objectId", "no object " + std::to_string(association.objectId) + " in \"objects\"");
        association.objectType = item.value("objectType", std::string());
        if (association.objectType.empty())
            association.objectType = object->second.type;
        association.labels = item.value("labels", std::vector<std::string>());
        world.addAssociation(std::move(association));
    });
    readItems(in, "logLines", [&](const json &item, const std::string &path) {
        world.logLines.push_back({item.value("stream", std::map<std::string, std::string>()),
                                  readNumberAt(item.at("ts"), path + ".ts"), item.at("line").get<std::string>()});
    });
    if (in.contains("sentry")) {
        const json &sentry = in.at("sentry");
        world.sentryProject.org = sentry.value("org", world.sentryProject.org);
        world.sentryProject.slug = sentry.value("slug", world.sentryProject.slug);
        world.sentryProject.name = sentry.value("name", world.sentryProject.slug);
        if (sentry.contains("id"))
            world.sentryProject.id = readIdAt(sentry, "id", "sentry");
        readItems(sentry, "issues", [&](const json &item, const std::string &path) {
            try {
                world.sentryIssues.push_back(issueFromJson(item));
            } catch (const WorldFileError &error) {
                failAt("sentry." + path, error.what());
            }
        });
    }
    readItems(in, "therapists", [&](const json &item, const std::string &path) {
        if (item.contains("hubspot_id") && !item.at("hubspot_id").is_null())
            readIdAt(item, "hubspot_id", path);
        world.therapists.push_back(therapistFromJson(item));
    });
    readItems(in, "scenarios", [&](const json &item, const std::string &path) {
        world.scenarios.push_back({readIdAt(item, "contactId", path), item.at("scenario").get<std::string>(),
                                   item.value("note", std::string())});
    });
}

bool loadWorldFile(const std::string &path, World &world, std::string *error)
{
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = "cannot open world file " + path + ": " + file.errorString().toStdString();
        return false;
    }
    const QByteArray bytes = file.readAll();
    try {
        world = parseLimitedJson(bytes).get<World>();
    } catch (const std::exception &exception) {
        std::string what = exception.what();
        if (!what.empty() && what.front() == '[' && what.find("] ") != std::string::npos)
            what = what.substr(what.find("] ") + 2); // nlohmann's "[json.exception.parse_error.101] " prefix
        if (error)
            *error = "invalid world file " + path + ": " + what;
        return false;
    }
    return true;
}

bool saveWorldFile(const std::string &path, const World &world, std::string *error)
{
    QSaveFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = "cannot write " + path + ": " + file.errorString().toStdString();
        return false;
    }
    const std::string text = json(world).dump(1);
    file.write(text.data(), qint64(text.size()));
    if (!file.commit()) {
        if (error)
            *error = "cannot write " + path + ": " + file.errorString().toStdString();
        return false;
    }
    return true;
}

} // namespace credsync::sandbox
