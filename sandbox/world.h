#pragma once
// The sandbox's world: everything the fake HubSpot, Loki and Sentry serve, plus the database rows
// that go with it. Plain structs so the generator, the loader and the server share one picture.
// The JSON file format is described in sandbox/WORLD.md.
#include "sandbox/worldclock.h"

#include <QtGlobal>

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace credsync::sandbox {

// HubSpot ids are 64-bit; they live as integers here and leave the process as strings or JSON
// integers (never doubles).
using Id = qint64;

// Milliseconds since the epoch, UTC. Integers keep the 100,000-therapist world cheap to build.
using TimeMs = qint64;

struct Portal
{
    Id portalId = 0;
    std::string uiDomain = "app.hubspot.com";
    std::string timeZone = "US/Eastern";
};

struct Tokens
{
    std::string hubspot;
    std::string sentry;
    // Loki has no auth of its own; a world asks for it to mimic Grafana Cloud or a multi-tenant gateway.
    std::string lokiBasicUser;
    std::string lokiBasicPassword;
    std::string lokiBearer;
    std::string lokiOrgId;
    // Scopes the HubSpot token lacks; any HubSpot call then answers 403 MISSING_SCOPES.
    std::vector<std::string> hubspotMissingScopes;
};

struct Settings
{
    int tenSecondlyMax = 190;
    int dailyMax = 625000;
    int searchPerSecond = 5;
    // "replace": a PUT's labels replace the pair's labels (what the docs say); "append": they are added.
    std::string putSemantics = "replace";
    // How many days Loki and Sentry keep (0: everything); older lines, issues and events are gone.
    int lokiRetentionDays = 0;
    int sentryRetentionDays = 0;
};

struct ObjectType
{
    std::string id;   // "0-1" or "2-31374266"
    std::string name; // "contacts", "Credentialing"
};

// One association type between two object types, in one direction.
struct LabelDefinition
{
    std::string category = "USER_DEFINED";
    Id typeId = 0;
    std::optional<std::string> label; // nullopt: the unlabeled type
    std::optional<int> userEnforcedMaxToObjectIds;
};

struct LabelSet
{
    std::string fromType;
    std::string toType;
    std::vector<LabelDefinition> definitions;
};

struct Contact
{
    Id id = 0;
    std::string email;
    std::string firstname;
    std::string lastname;
    TimeMs createdAt = 0;
};

struct HubObject
{
    Id id = 0;
    std::string type;
    TimeMs createdAt = 0;
    TimeMs updatedAt = 0;
    bool archived = false;
    std::map<std::string, std::string> properties;
};

// A contact↔object association; both directions are derived from it, so writes cannot make them disagree.
struct Association
{
    Id contactId = 0;
    std::string objectType;
    Id objectId = 0;
    std::vector<std::string> labels; // label names; the unlabeled type is implied
};

struct LogLine
{
    std::map<std::string, std::string> stream;
    qint64 timestampNs = 0;
    std::string line;
};

struct SentryProject
{
    std::string org = "acme-health";
    std::string slug = "therapist-credentialing-backend";
    std::string name = "therapist-credentialing-backend";
    qint64 id = 0;
};

struct SentryEvent
{
    std::string id;
    std::string eventId;
    std::string title;
    std::string message;
    TimeMs dateCreated = 0;
    std::vector<std::pair<std::string, std::string>> tags;
};

struct SentryIssue
{
    std::string id;
    std::string shortId;
    std::string title;
    std::string culprit;
    std::string permalink;
    std::string level = "error";
    std::string status = "unresolved";
    qint64 count = 0;
    qint64 userCount = 0;
    TimeMs firstSeen = 0;
    TimeMs lastSeen = 0;
    std::string metadataType;
    std::string metadataValue;
    std::vector<SentryEvent> events;
};

struct TherapistRow
{
    std::string id; // UUID
    std::string firstName;
    std::string lastName;
    std::string email;
    std::optional<Id> hubspotId;
    TimeMs createdAt = 0;
    std::map<std::string, std::optional<Id>> idColumns;      // BIGINT NULL columns
    std::map<std::string, std::string> attributes;           // TEXT columns (npi_number, license_state)
};

// A scenario tag per contact, so tests and humans can find an example of each case.
struct ScenarioTag
{
    Id contactId = 0;
    std::string scenario;
    std::string note;
};

struct World
{
    // The world's "now" (`now` in a world file; the generators set it). Without one the sandbox
    // runs on the wall clock.
    WorldClock clock;
    Portal portal;
    Tokens tokens;
    Settings settings;
    std::vector<ObjectType> objectTypes;
    std::vector<LabelSet> labelSets;
    std::map<Id, Contact> contacts;
    std::map<Id, HubObject> objects;
    // Keyed by (contact, object): a contact's associations are one ordered range.
    std::map<std::pair<Id, Id>, Association> associations;
    std::multimap<Id, Id> contactsByObject; // object → contact, kept in step with `associations`
    std::vector<LogLine> logLines;
    SentryProject sentryProject;
    std::vector<SentryIssue> sentryIssues;
    std::vector<TherapistRow> therapists;
    std::vector<ScenarioTag> scenarios;

    void addAssociation(Association association);
    void removeAssociation(Id contactId, Id objectId);
    Association *findAssociation(Id contactId, Id objectId);

    // Contacts whose email is `email`, compared case-insensitively as HubSpot does, lowest id first (a
    // world file may repeat an email; HubSpot would not). An index built on first use, kept in step by
    // setContactEmail() and rebuilt when contacts were added or removed since; each candidate is checked
    // against its contact's current email, so a stale entry never answers with the wrong contact.
    std::vector<Id> contactsByEmail(const std::string &email) const;
    // Changes a contact's email and the index with it (the sandbox's one place that edits an email).
    void setContactEmail(Contact &contact, std::string email);

    TimeMs nowMs() const { return clock.nowMs(); }

    const ObjectType *objectType(const std::string &idOrName) const;
    const LabelSet *labelSet(const std::string &fromType, const std::string &toType) const;

private:
    void indexContactEmail(const Contact &contact) const;

    mutable std::unordered_map<std::string, std::vector<Id>> m_contactsByEmail; // folded email → ids
    mutable std::size_t m_indexedContacts = 0; // contacts.size() when the index was built
    mutable bool m_emailIndexBuilt = false;
};

// ISO-8601 UTC with milliseconds and a Z, the way HubSpot and Sentry write times.
std::string isoTime(TimeMs ms);
// Parses ISO-8601 (with or without zone; no zone means UTC). Returns nullopt when unparsable.
std::optional<TimeMs> parseIsoTime(const std::string &text);

void to_json(nlohmann::json &json, const World &world);
void from_json(const nlohmann::json &json, World &world);

// Reads a world file; on failure returns false and says why in *error.
bool loadWorldFile(const std::string &path, World &world, std::string *error);
bool saveWorldFile(const std::string &path, const World &world, std::string *error);

} // namespace credsync::sandbox
