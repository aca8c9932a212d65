#pragma once
// Building blocks for generated worlds: the demo portal's schema (object types, per-direction label
// definitions), unique 64-bit ids, believable people, Ruby Logger lines and Sentry issues, all from
// one seeded generator so a seed always yields the same world.
#include "sandbox/world.h"

#include <random>
#include <set>
#include <string>
#include <vector>

namespace credsync::sandbox {

namespace demo {
inline constexpr const char *kCredentialing = "2-31374266";
inline constexpr const char *kLicense = "2-31374301";
inline constexpr const char *kAddress = "2-31374329";
inline constexpr const char *kActiveAttested = "Active Attested";
inline constexpr const char *kActive = "Active";
inline constexpr const char *kRelocation = "Relocation";
inline constexpr const char *kApp = "therapist-credentialing-backend";
} // namespace demo

class DemoWorldBuilder
{
public:
    DemoWorldBuilder(TimeMs now, quint64 seed);

    TimeMs now() const { return m_now; }
    World &world() { return m_world; }
    World take() { return std::move(m_world); }

    // Portal, tokens, object types and label definitions of the demo portal.
    void addSchema();

    int between(int low, int high); // inclusive
    Id newContactId();              // 12 digits
    Id newObjectId();               // 11 digits
    std::string uuid();
    std::string hex(int digits);

    struct Person
    {
        std::string first;
        std::string last;
        std::string email;
    };
    Person person();

    // A therapist row plus its HubSpot contact (created a few seconds before the row). Every id column
    // starts NULL. Returns the contact id.
    Id addTherapist(const Person &who, TimeMs createdAt);
    TherapistRow &therapist(Id contactId);
    void setColumn(Id contactId, const std::string &column, std::optional<Id> value);

    Id addObject(const std::string &type, TimeMs createdAt, std::map<std::string, std::string> properties = {});
    void associate(Id contactId, Id objectId, std::vector<std::string> labels);

    // A Ruby Logger line ("%.1s, [%Y-%m-%dT%H:%M:%S.%6N #%d] %5s -- %s: %s") at a microsecond time.
    void log(qint64 timeUs, const std::string &severity, const std::string &progname, const std::string &message,
             const std::string &container = "worker", int pid = 1);
    SentryIssue &addIssue(const std::string &type, const std::string &value, const std::string &culprit);
    void addEvent(SentryIssue &issue, TimeMs when, const std::string &message,
                  std::vector<std::pair<std::string, std::string>> tags);
    void tag(Id contactId, const std::string &scenario, const std::string &note = {});

private:
    TimeMs m_now;
    std::mt19937_64 m_random;
    std::set<Id> m_usedIds;
    World m_world;
    std::map<Id, std::size_t> m_therapistByContact;
    int m_issueCounter = 0;
};

} // namespace credsync::sandbox
