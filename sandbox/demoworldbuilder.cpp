#include "sandbox/demoworldbuilder.h"

#include <QDateTime>
#include <QString>

namespace credsync::sandbox {

namespace {

const char *const kFirstNames[] = {
    "Maria", "James", "Aisha", "Daniel", "Priya", "Michael", "Sofia", "David", "Mei", "Carlos", "Emily", "Kwame",
    "Olivia", "Ahmed", "Hannah", "Luis", "Grace", "Noah", "Fatima", "Ethan", "Yuki", "Isabella", "Samuel", "Leila",
    "Benjamin", "Camila", "Jamal", "Chloe", "Rafael", "Nadia", "Owen", "Ana", "Tyrone", "Ingrid", "Mateo", "Siobhan",
    "Hiroshi", "Valentina", "Dmitri", "Zainab", "Elijah", "Marisol", "Connor", "Thu", "Gabriel", "Renee", "Arjun",
    "Lucia", "Malik", "Esther"};
const char *const kLastNames[] = {
    "Gonzalez", "Okafor", "Nguyen", "Patel", "Johnson", "Kim", "Rodriguez", "Williams", "Chen", "Haddad", "Murphy",
    "Garcia", "Schmidt", "Tanaka", "Mensah", "O'Brien", "Rossi", "Ivanova", "Silva", "Thompson", "Ali", "Kowalski",
    "Hernandez", "Cohen", "Baptiste", "Lindqvist", "Reyes", "Washington", "Singh", "Moreau", "Abdullah", "Park",
    "Fitzgerald", "Castillo", "Nakamura", "Adeyemi", "Novak", "Delgado", "Brooks", "Yilmaz", "Sato", "Jimenez-Ortiz",
    "McAllister", "Da Costa", "Van der Berg", "Huang", "Petrov", "Alvarez", "Osei", "Bianchi"};
const char *const kDomains[] = {"gmail.com", "outlook.com", "yahoo.com", "icloud.com", "protonmail.com",
                                "counselingcenter.org", "hotmail.com", "mindfulpractice.net"};

std::string emailPart(const std::string &name)
{
    std::string out;
    for (char c : name) {
        if (std::isalpha(static_cast<unsigned char>(c)))
            out += char(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

} // namespace

DemoWorldBuilder::DemoWorldBuilder(TimeMs now, quint64 seed)
    : m_now(now)
    , m_random(seed)
{
}

void DemoWorldBuilder::addSchema()
{
    World &w = m_world;
    w.portal = {24681357, "app.hubspot.com", "US/Eastern"};
    w.tokens.hubspot = "pat-na1-sandbox-" + hex(8) + "-" + hex(4) + "-" + hex(12);
    w.tokens.sentry = "sntrys_sandbox_" + hex(32);
    w.objectTypes = {{"0-1", "contacts"}, {demo::kCredentialing, "Credentialing"}, {demo::kLicense, "License"},
                     {demo::kAddress, "Therapist Address"}};
    // typeIds differ per direction and per type, and the unlabeled type's category differs between
    // types, so clients must look labels up rather than assume.
    const auto set = [&](const std::string &from, const std::string &to, const std::string &unlabeledCategory,
                         Id firstTypeId, const std::vector<std::string> &labels) {
        LabelSet labelSet{from, to, {}};
        labelSet.definitions.push_back({unlabeledCategory, firstTypeId, std::nullopt, std::nullopt});
        Id typeId = firstTypeId + 2;
        for (const auto &label : labels) {
            labelSet.definitions.push_back({"USER_DEFINED", typeId, label, std::nullopt});
            typeId += 2;
        }
        w.labelSets.push_back(std::move(labelSet));
    };
    const std::vector<std::string> credentialing = {demo::kActiveAttested, demo::kActive, demo::kRelocation};
    set("0-1", demo::kCredentialing, "USER_DEFINED", 71, credentialing);
    set(demo::kCredentialing, "0-1", "USER_DEFINED", 72, credentialing);
    set("0-1", demo::kLicense, "HUBSPOT_DEFINED", 81, {demo::kActive});
    set(demo::kLicense, "0-1", "HUBSPOT_DEFINED", 82, {demo::kActive});
    set("0-1", demo::kAddress, "USER_DEFINED", 91, {demo::kActive, demo::kRelocation});
    set(demo::kAddress, "0-1", "USER_DEFINED", 92, {demo::kActive, demo::kRelocation});
    // The portal caps License "Active" at one record per contact; Credentialing labels are not capped,
    // which is how the double-"Active Attested" tickets could happen.
    for (auto &definition : w.labelSets[2].definitions) {
        if (definition.label && *definition.label == demo::kActive)
            definition.userEnforcedMaxToObjectIds = 1;
    }
    w.sentryProject = {"acme-health", demo::kApp, demo::kApp, 4508231};
}

int DemoWorldBuilder::between(int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(m_random);
}

Id DemoWorldBuilder::newContactId()
{
    Id id;
    do {
        id = std::uniform_int_distribution<Id>(100000000000LL, 199999999999LL)(m_random);
    } while (!m_usedIds.insert(id).second);
    return id;
}

Id DemoWorldBuilder::newObjectId()
{
    Id id;
    do {
        id = std::uniform_int_distribution<Id>(20000000000LL, 39999999999LL)(m_random);
    } while (!m_usedIds.insert(id).second);
    return id;
}

std::string DemoWorldBuilder::hex(int digits)
{
    static const char *const alphabet = "0123456789abcdef";
    // One 64-bit draw gives 16 digits: large worlds call this for every UUID.
    std::string out;
    out.reserve(std::size_t(digits));
    quint64 bits = 0;
    for (int i = 0; i < digits; ++i) {
        if (i % 16 == 0)
            bits = m_random();
        out += alphabet[bits & 0xF];
        bits >>= 4;
    }
    return out;
}

std::string DemoWorldBuilder::uuid()
{
    std::string variant(1, "89ab"[between(0, 3)]);
    return hex(8) + "-" + hex(4) + "-4" + hex(3) + "-" + variant + hex(3) + "-" + hex(12);
}

DemoWorldBuilder::Person DemoWorldBuilder::person()
{
    Person who;
    who.first = kFirstNames[between(0, int(std::size(kFirstNames)) - 1)];
    who.last = kLastNames[between(0, int(std::size(kLastNames)) - 1)];
    const std::string first = emailPart(who.first);
    const std::string last = emailPart(who.last);
    const std::string domain = kDomains[between(0, int(std::size(kDomains)) - 1)];
    switch (between(0, 4)) {
    case 0: who.email = first + "." + last + "@" + domain; break;
    case 1: who.email = first.substr(0, 1) + last + "@" + domain; break;
    case 2: who.email = first + "_" + last + std::to_string(between(1, 99)) + "@" + domain; break;
    case 3: who.email = first + last + ".lcsw@" + domain; break;
    default: who.email = last + "." + first + "@" + domain; break;
    }
    return who;
}

Id DemoWorldBuilder::addTherapist(const Person &who, TimeMs createdAt)
{
    const Id contactId = newContactId();
    m_world.contacts[contactId] = {contactId, who.email, who.first, who.last, createdAt - between(2000, 9000)};
    TherapistRow row;
    row.id = uuid();
    row.firstName = who.first;
    row.lastName = who.last;
    row.email = who.email;
    row.hubspotId = contactId;
    row.createdAt = createdAt;
    for (const char *column : {"credentialing_active_attested_id", "credentialing_hubspot_id", "credentialing_relocation_id",
                               "license_hubspot_id", "therapist_address_hubspot_id", "therapist_address_relocation_id"})
        row.idColumns[column] = std::nullopt;
    static const char *const states[] = {"CA", "NY", "TX", "FL", "WA", "IL", "MA", "CO", "GA", "OR", "NV", "AZ"};
    row.attributes["npi_number"] = "1" + std::to_string(between(100000000, 999999999));
    row.attributes["license_state"] = states[between(0, int(std::size(states)) - 1)];
    m_therapistByContact[contactId] = m_world.therapists.size();
    m_world.therapists.push_back(std::move(row));
    return contactId;
}

TherapistRow &DemoWorldBuilder::therapist(Id contactId)
{
    return m_world.therapists.at(m_therapistByContact.at(contactId));
}

void DemoWorldBuilder::setColumn(Id contactId, const std::string &column, std::optional<Id> value)
{
    therapist(contactId).idColumns[column] = value;
}

Id DemoWorldBuilder::addObject(const std::string &type, TimeMs createdAt, std::map<std::string, std::string> properties)
{
    const Id id = newObjectId();
    m_world.objects[id] = {id, type, createdAt, createdAt + between(1000, 60000), false, std::move(properties)};
    return id;
}

void DemoWorldBuilder::associate(Id contactId, Id objectId, std::vector<std::string> labels)
{
    m_world.addAssociation({contactId, m_world.objects.at(objectId).type, objectId, std::move(labels)});
}

void DemoWorldBuilder::log(qint64 timeUs, const std::string &severity, const std::string &progname,
                           const std::string &message, const std::string &container, int pid)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(timeUs / 1000, Qt::UTC);
    const QString micros = QStringLiteral("%1").arg(timeUs % 1000000, 6, 10, QLatin1Char('0'));
    const std::string stamp = time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.")).toStdString() + micros.toStdString();
    std::string padded = severity;
    while (padded.size() < 5)
        padded.insert(padded.begin(), ' ');
    const std::string line = severity.substr(0, 1) + ", [" + stamp + " #" + std::to_string(pid) + "] " + padded +
                             " -- " + progname + ": " + message;
    m_world.logLines.push_back({{{"app", demo::kApp}, {"env", "production"}, {"container", container}},
                                timeUs * 1000 + between(0, 999), line});
}

SentryIssue &DemoWorldBuilder::addIssue(const std::string &type, const std::string &value, const std::string &culprit)
{
    SentryIssue issue;
    issue.id = std::to_string(5812340000LL + 7919LL * ++m_issueCounter);
    issue.shortId = "THERAPIST-CREDENTIALING-BACKEND-" + QString::number(0x3A + m_issueCounter, 36).toUpper().toStdString();
    issue.title = type + ": " + value;
    issue.culprit = culprit;
    issue.permalink = "https://" + m_world.sentryProject.org + ".sentry.io/issues/" + issue.id + "/";
    issue.metadataType = type;
    issue.metadataValue = value;
    m_world.sentryIssues.push_back(std::move(issue));
    return m_world.sentryIssues.back();
}

void DemoWorldBuilder::addEvent(SentryIssue &issue, TimeMs when, const std::string &message,
                                std::vector<std::pair<std::string, std::string>> tags)
{
    SentryEvent event;
    event.id = hex(32);
    event.eventId = event.id;
    event.title = issue.title;
    event.message = message;
    event.dateCreated = when;
    tags.emplace_back("environment", "production");
    tags.emplace_back("level", issue.level);
    event.tags = std::move(tags);
    issue.events.push_back(std::move(event));
    issue.count = qint64(issue.events.size());
    issue.firstSeen = issue.firstSeen == 0 ? when : std::min(issue.firstSeen, when);
    issue.lastSeen = std::max(issue.lastSeen, when);
}

void DemoWorldBuilder::tag(Id contactId, const std::string &scenario, const std::string &note)
{
    m_world.scenarios.push_back({contactId, scenario, note});
}

} // namespace credsync::sandbox
