#include "sandbox/demoworld.h"

#include "sandbox/demoworldbuilder.h"

#include <algorithm>

namespace credsync::sandbox {

namespace {

constexpr TimeMs kSecond = 1000;
constexpr TimeMs kMinute = 60 * kSecond;
constexpr TimeMs kHour = 60 * kMinute;
constexpr TimeMs kDay = 24 * kHour;

const std::string kAttestedColumn = "credentialing_active_attested_id";
const std::string kActiveColumn = "credentialing_hubspot_id";
const std::string kRelocationColumn = "credentialing_relocation_id";
const std::string kMissingIdMessage = "Missing definitive_hubspot_credentialing_id for Therapist ";
const std::string kSyncException = "HubspotCustomObjects::HubspotCredentialingObjectSyncException";

std::string idText(Id id)
{
    return std::to_string(id);
}

// Scenario code shared by every part of the demo world.
class Demo
{
public:
    Demo(DemoWorldBuilder &builder) : b(builder) {}

    qint64 us(TimeMs ms) { return ms * 1000 + b.between(0, 999); }

    std::map<std::string, std::string> credentialingProperties(Id contact, const std::string &cycle)
    {
        const TherapistRow &row = b.therapist(contact);
        return {{"npi", row.attributes.at("npi_number")}, {"license_state", row.attributes.at("license_state")},
                {"therapist_name", row.firstName + " " + row.lastName}, {"cycle", cycle}};
    }

    Id credentialing(Id contact, TimeMs createdAt, const std::string &cycle = "initial")
    {
        return b.addObject(demo::kCredentialing, createdAt, credentialingProperties(contact, cycle));
    }

    // The web request that created the therapist, tagged with its request id as Rails does.
    void logSignup(Id contact, TimeMs at)
    {
        const std::string request = b.uuid();
        const TherapistRow &row = b.therapist(contact);
        b.log(us(at - 90), "INFO", "", "[" + request + "] Started POST \"/api/v1/therapists\" for 10.0." +
              std::to_string(b.between(1, 9)) + "." + std::to_string(b.between(2, 250)), "web");
        b.log(us(at), "INFO", "", "[" + request + "] Therapist " + row.id + " created (Hubspot ID: " + idText(contact) + ")", "web");
        b.log(us(at + 40), "INFO", "", "[" + request + "] Completed 201 Created in " + std::to_string(b.between(60, 240)) + "ms", "web");
    }

    // The id pull 60 s after sign-up, when the workflow had already created the objects.
    void logPull(Id contact, TimeMs at, const std::vector<std::pair<std::string, Id>> &columns)
    {
        b.log(us(at), "INFO", "", "Found Associated Custom Objects for Hubspot ID: " + idText(contact));
        for (const auto &[column, id] : columns)
            b.log(us(at + 5), "INFO", "", column + " set to " + idText(id) + " for Hubspot ID: " + idText(contact));
    }

    // A healthy therapist; `cycles` Credentialing objects (the newest Active Attested, the previous Active).
    Id healthy(TimeMs signup, int cycles, bool license, int addresses)
    {
        const Id contact = b.addTherapist(b.person(), signup);
        logSignup(contact, signup);
        const TimeMs created = signup + b.between(15, 50) * kSecond;
        std::vector<std::pair<std::string, Id>> pulled;
        Id current = credentialing(contact, created);
        b.associate(contact, current, {demo::kActiveAttested});
        pulled.emplace_back(kAttestedColumn, current);
        if (license) {
            const Id id = b.addObject(demo::kLicense, created + 2 * kSecond,
                                      {{"license_number", "LCSW-" + std::to_string(b.between(10000, 99999))},
                                       {"license_state", b.therapist(contact).attributes.at("license_state")}});
            b.associate(contact, id, {demo::kActive});
            pulled.emplace_back("license_hubspot_id", id);
        }
        for (int i = 0; i < addresses; ++i) {
            const Id id = b.addObject(demo::kAddress, created + (3 + i) * kSecond,
                                      {{"city", i == 0 ? "Sacramento" : "Portland"}, {"state", i == 0 ? "CA" : "OR"}});
            b.associate(contact, id, {i == 0 ? demo::kActive : demo::kRelocation});
            pulled.emplace_back(i == 0 ? "therapist_address_hubspot_id" : "therapist_address_relocation_id", id);
        }
        logPull(contact, signup + kMinute, pulled);
        for (const auto &[column, id] : pulled)
            b.setColumn(contact, column, id);
        if (cycles > 1) {
            // A later credentialing cycle that completed: the old object keeps "Active".
            const TimeMs cycleAt = std::min(b.now() - 3 * kDay, signup + b.between(60, 200) * kDay);
            const Id next = credentialing(contact, cycleAt, "renewal");
            b.associate(contact, current, {demo::kActive});
            b.associate(contact, next, {demo::kActiveAttested});
            b.setColumn(contact, kActiveColumn, current);
            b.setColumn(contact, kAttestedColumn, next);
            logCycle(contact, cycleAt, current, next, "");
        }
        b.tag(contact, "HEALTHY");
        return contact;
    }

    void logCycle(Id contact, TimeMs at, Id old, Id fresh, const std::string &failure)
    {
        const std::string jid = "[jid-" + b.hex(24) + "] ";
        const std::string who = " (Hubspot ID: " + idText(contact) + ")";
        b.log(us(at - 2 * kSecond), "INFO", "CredentialingCycleWorker", jid + "Starting new credentialing cycle" + who);
        b.log(us(at), "INFO", "CredentialingCycleWorker", jid + "Created Credentialing object " + idText(fresh) + who);
        if (!failure.empty())
            b.log(us(at + 3 * kSecond), "ERROR", "CredentialingCycleWorker", jid + failure + who);
        b.log(us(at + 4 * kSecond), "INFO", "CredentialingCycleWorker", jid + kActiveColumn + " set to " + idText(old) + who);
        b.log(us(at + 4 * kSecond + 300), "INFO", "CredentialingCycleWorker", jid + kAttestedColumn + " set to " + idText(fresh) + who);
    }

    DemoWorldBuilder &b;
};

void addNoise(DemoWorldBuilder &b, TimeMs now)
{
    // Unrelated traffic, so a client must filter by contact and cannot just take every line.
    const char *const paths[] = {"/health", "/api/v1/therapists/search", "/api/v1/forms/section", "/api/v1/session"};
    for (int i = 0; i < 160; ++i) {
        const TimeMs at = now - TimeMs(b.between(1, 14 * 24 * 60)) * kMinute;
        const std::string request = b.uuid();
        switch (b.between(0, 4)) {
        case 0:
        case 1: {
            const std::string path = paths[b.between(0, 3)];
            b.log(at * 1000, "INFO", "", "[" + request + "] Started GET \"" + path + "\" for 10.0.4." + std::to_string(b.between(2, 250)), "web");
            b.log(at * 1000 + 31000, "INFO", "", "[" + request + "] Completed 200 OK in " + std::to_string(b.between(3, 90)) + "ms", "web");
            break;
        }
        case 2:
            b.log(at * 1000, "DEBUG", "", "  Therapist Load (0." + std::to_string(b.between(2, 9)) +
                  "ms)  SELECT \"therapists\".* FROM \"therapists\" WHERE \"therapists\".\"id\" = $1 LIMIT $2", "web");
            break;
        case 3:
            b.log(at * 1000, "WARN", "Sidekiq", "Queue default latency " + std::to_string(b.between(2, 9)) + "." +
                  std::to_string(b.between(0, 9)) + "s");
            break;
        default:
            b.log(at * 1000, "INFO", "HubspotContactSyncWorker", "[jid-" + b.hex(24) + "] Synced contact " +
                  std::to_string(b.newContactId()) + " in " + std::to_string(b.between(80, 900)) + "ms");
            break;
        }
    }
}

} // namespace

World generateDemoWorld(const QDateTime &nowTime, quint64 seed)
{
    const TimeMs now = (nowTime.isValid() ? nowTime : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
    DemoWorldBuilder b(now, seed);
    b.world().clock.setAnchor(now);
    b.addSchema();
    Demo d(b);

    // Healthy therapists, signed up over the last year; some with License and address objects, some
    // already through a second credentialing cycle.
    for (int i = 0; i < 26; ++i) {
        const TimeMs signup = now - TimeMs(b.between(20, 400)) * kDay - b.between(0, 86399) * kSecond;
        const Id contact = d.healthy(signup, i % 4 == 1 ? 2 : 1, i % 2 == 0, i % 3 == 0 ? (i % 9 == 0 ? 2 : 1) : 0);
        if (i % 8 == 3) {
            // The HubSpot copy drifted from the DB: what resync is for.
            auto &row = b.therapist(contact);
            const Id attested = *row.idColumns.at(kAttestedColumn);
            b.world().objects.at(attested).properties["license_state"] = row.attributes.at("license_state") == "NV" ? "AZ" : "NV";
            b.tag(contact, "RESYNC_DIFF", "license_state differs between DB and the Active Attested object");
        }
    }

    // This week's ticket: the id pull ran before the workflow created the object (30–120 s early), the
    // column stayed NULL and every sync since reports to Sentry.
    for (int i = 0; i < 4; ++i) {
        const TimeMs signup = now - TimeMs(b.between(2, 5)) * kDay - b.between(0, 36000) * kSecond;
        const Id contact = b.addTherapist(b.person(), signup);
        d.logSignup(contact, signup);
        const TimeMs pull = signup + kMinute + b.between(0, 900);
        b.log(d.us(pull), "INFO", "", "Did not found Associated Custom Objects for Hubspot ID: " + idText(contact));
        const TimeMs created = pull + TimeMs(b.between(30, 120)) * kSecond + b.between(0, 999);
        const Id object = d.credentialing(contact, created);
        b.associate(contact, object, {demo::kActiveAttested});
        const std::string message = kMissingIdMessage + idText(contact);
        SentryIssue &issue = b.addIssue(kSyncException, message, "HubspotCustomObjects::CredentialingObjectSync#perform");
        issue.userCount = 1;
        TimeMs at = signup + TimeMs(b.between(20, 90)) * kMinute;
        for (int attempt = 0, attempts = b.between(3, 6); attempt < attempts && at < now; ++attempt) {
            b.addEvent(issue, at, message, {{"hubspot_id", idText(contact)}, {"therapist_id", b.therapist(contact).id},
                                           {"worker", "CredentialingObjectSyncWorker"}});
            b.log(d.us(at), "ERROR", "CredentialingObjectSyncWorker", kSyncException + ": " + message);
            at += TimeMs(b.between(2, 20)) * kHour;
        }
        b.tag(contact, "MISSING_DB_ID", kAttestedColumn + " is NULL; the object exists");
        b.tag(contact, "PULL_BEFORE_CREATE", "pull logged " + std::to_string((created - pull) / 1000) + " s before createdAt");
        b.tag(contact, "SYNC_ERRORS", "Sentry issue " + issue.id);
    }

    // A License id that never reached the DB, without log evidence.
    {
        const Id contact = d.healthy(now - 45 * kDay, 1, true, 0);
        b.world().scenarios.pop_back();
        b.setColumn(contact, "license_hubspot_id", std::nullopt);
        b.tag(contact, "MISSING_DB_ID", "license_hubspot_id is NULL; the License object carries Active");
    }

    // Stale columns: the id points at an object that lost its label, was archived, or is gone.
    for (int kind = 0; kind < 3; ++kind) {
        const Id contact = d.healthy(now - TimeMs(b.between(60, 200)) * kDay, 1, false, 0);
        b.world().scenarios.pop_back();
        const Id current = *b.therapist(contact).idColumns.at(kAttestedColumn);
        const TimeMs oldAt = b.world().objects.at(current).createdAt - 30 * kDay;
        Id stale = 0;
        if (kind == 0) {
            stale = d.credentialing(contact, oldAt, "initial");
            b.associate(contact, stale, {});
        } else if (kind == 1) {
            stale = d.credentialing(contact, oldAt, "initial");
            b.world().objects.at(stale).archived = true;
        } else {
            stale = b.newObjectId(); // deleted: HubSpot has no such object any more
        }
        b.setColumn(contact, kAttestedColumn, stale);
        b.tag(contact, "STALE_DB_ID", std::string(kind == 0 ? "column points at an unlabelled object"
                                                  : kind == 1 ? "column points at an archived object"
                                                              : "column points at a deleted object"));
    }

    // No objects: a sign-up minutes old (the workflow is still running) and one weeks old (broken).
    {
        const Id fresh = b.addTherapist(b.person(), now - 4 * kMinute);
        d.logSignup(fresh, now - 4 * kMinute);
        b.log(d.us(now - 3 * kMinute), "INFO", "", "Did not found Associated Custom Objects for Hubspot ID: " + idText(fresh));
        b.tag(fresh, "NO_OBJECTS", "fresh sign-up, 4 minutes old: wait");
        const TimeMs signup = now - 19 * kDay;
        const Id old = b.addTherapist(b.person(), signup);
        d.logSignup(old, signup);
        b.log(d.us(signup + kMinute), "INFO", "", "Did not found Associated Custom Objects for Hubspot ID: " + idText(old));
        b.tag(old, "NO_OBJECTS", "signed up 19 days ago, workflow never ran: error");
    }

    // The relabel worker's partial failures (domain.md's table).
    SentryIssue &labelIssue = b.addIssue("HubspotCustomObjects::AssociationLabelError",
                                         "HubSpot answered 502 Bad Gateway while changing association labels",
                                         "CredentialingCycleWorker#perform");
    struct Failed { const char *note; std::vector<std::string> old; std::vector<std::string> fresh; const char *error; bool freshInDb; };
    const Failed failures[] = {
        {"relabel step 3 failed", {demo::kActive, demo::kActiveAttested}, {demo::kActiveAttested},
         "Failed to remove label 'Active Attested' from old object: 502 Bad Gateway", true},
        {"relabel step 2 failed", {demo::kActiveAttested}, {demo::kActiveAttested},
         "Failed to add label 'Active' to old object: 502 Bad Gateway", true},
        {"relabel step 4 failed", {demo::kActive}, {}, "Failed to associate new object with label 'Active Attested': 502 Bad Gateway", true},
        {"relabel steps 2 and 3 failed", {demo::kActiveAttested}, {demo::kActiveAttested},
         "Failed to change labels of old object: 502 Bad Gateway", false},
    };
    for (const Failed &failure : failures) {
        const Id contact = d.healthy(now - TimeMs(b.between(90, 300)) * kDay, 1, false, 0);
        b.world().scenarios.pop_back();
        const Id old = *b.therapist(contact).idColumns.at(kAttestedColumn);
        const TimeMs cycleAt = now - TimeMs(b.between(1, 6)) * kDay - b.between(0, 36000) * kSecond;
        const Id fresh = d.credentialing(contact, cycleAt, "renewal");
        b.associate(contact, old, failure.old);
        b.associate(contact, fresh, failure.fresh);
        if (failure.freshInDb) {
            b.setColumn(contact, kAttestedColumn, fresh);
            b.setColumn(contact, kActiveColumn, old);
        }
        d.logCycle(contact, cycleAt, old, fresh, failure.error);
        b.addEvent(labelIssue, cycleAt + 3 * kSecond, std::string(failure.error) + " (Hubspot ID: " + idText(contact) + ")",
                   {{"hubspot_id", idText(contact)}, {"worker", "CredentialingCycleWorker"}});
        const bool twoAttested = failure.fresh.size() == 1 && std::count(failure.old.begin(), failure.old.end(), demo::kActiveAttested);
        if (twoAttested)
            b.tag(contact, "MULTIPLE_UNIQUE_LABEL", failure.note);
        if (failure.old.size() == 2)
            b.tag(contact, "CONFLICTING_LABELS", failure.note);
        if (failure.fresh.empty())
            b.tag(contact, "MISSING_UNIQUE_LABEL", failure.note);
        b.tag(contact, "SYNC_ERRORS", "Sentry issue " + labelIssue.id);
    }
    labelIssue.userCount = 4;

    // The worker ran twice within a second: two objects, both "Active", and the DB column flipping
    // between them three times in about 42 minutes.
    for (int i = 0; i < 2; ++i) {
        const Id contact = d.healthy(now - TimeMs(b.between(120, 300)) * kDay, 1, i == 0, 0);
        b.world().scenarios.pop_back();
        const Id previous = *b.therapist(contact).idColumns.at(kAttestedColumn);
        const TimeMs run = now - TimeMs(b.between(1, 4)) * kDay - b.between(0, 36000) * kSecond;
        const Id first = d.credentialing(contact, run, "renewal");
        const Id second = d.credentialing(contact, run + 1000 + b.between(0, 400), "renewal");
        b.associate(contact, previous, {});
        b.associate(contact, first, {demo::kActive});
        b.associate(contact, second, i == 0 ? std::vector<std::string>{demo::kActive}
                                            : std::vector<std::string>{demo::kActive, demo::kActiveAttested});
        const std::string jids[] = {"[jid-" + b.hex(24) + "] ", "[jid-" + b.hex(24) + "] "};
        const std::string who = " (Hubspot ID: " + idText(contact) + ")";
        const TimeMs flips[] = {run + 5 * kSecond, run + 6 * kSecond, run + 14 * kMinute, run + 27 * kMinute, run + 41 * kMinute + 50 * kSecond};
        const Id values[] = {first, second, first, second, first};
        for (int step = 0; step < 5; ++step) {
            b.log(d.us(flips[step]), "INFO", "CredentialingCycleWorker", jids[step % 2] + kActiveColumn + " set to " + idText(values[step]) + who);
            b.log(d.us(flips[step] + 200), "INFO", "CredentialingCycleWorker", jids[step % 2] + kAttestedColumn + " set to " + idText(values[step]) + who);
        }
        b.setColumn(contact, kActiveColumn, first);
        b.setColumn(contact, kAttestedColumn, first);
        b.tag(contact, "DUPLICATE_RUN", "two Credentialing objects created ~1 s apart");
        b.tag(contact, "RAPID_ID_CHANGES", kActiveColumn + " flipped between two ids within 42 minutes");
        b.tag(contact, "MULTIPLE_UNIQUE_LABEL", "both new objects carry Active");
        if (i == 0)
            b.tag(contact, "MISSING_UNIQUE_LABEL", "no object carries Active Attested");
    }

    addNoise(b, now);

    // An old ticket (added last, so the scenarios above keep their ids): the same pull-before-create
    // failure, 120 days ago. Its id pull is past Loki's 30 days and its Sentry events past Sentry's 90
    // (the world's retention below), so only the DB and HubSpot can still show what happened.
    {
        const TimeMs signup = now - 120 * kDay - 3 * kHour;
        const Id contact = b.addTherapist(b.person(), signup);
        d.logSignup(contact, signup);
        const TimeMs pull = signup + kMinute + 420;
        b.log(d.us(pull), "INFO", "", "Did not found Associated Custom Objects for Hubspot ID: " + idText(contact));
        const TimeMs created = pull + 75 * kSecond;
        const Id object = d.credentialing(contact, created);
        b.associate(contact, object, {demo::kActiveAttested});
        const std::string message = kMissingIdMessage + idText(contact);
        SentryIssue &issue = b.addIssue(kSyncException, message, "HubspotCustomObjects::CredentialingObjectSync#perform");
        issue.userCount = 1;
        for (int attempt = 0; attempt < 3; ++attempt) {
            const TimeMs at = signup + (40 + attempt * 360) * kMinute;
            b.addEvent(issue, at, message, {{"hubspot_id", idText(contact)}, {"therapist_id", b.therapist(contact).id},
                                           {"worker", "CredentialingObjectSyncWorker"}});
            b.log(d.us(at), "ERROR", "CredentialingObjectSyncWorker", kSyncException + ": " + message);
        }
        b.tag(contact, "OLD_TICKET", kAttestedColumn + " is NULL since a pull-before-create 120 days ago; "
                                     "its logs and Sentry events are past retention");
    }
    // What Loki and Sentry keep by default (Grafana Cloud's 30 days, Sentry's 90): older data is gone.
    b.world().settings.lokiRetentionDays = 30;
    b.world().settings.sentryRetentionDays = 90;

    World world = b.take();
    std::sort(world.logLines.begin(), world.logLines.end(),
              [](const LogLine &a, const LogLine &c) { return a.timestampNs < c.timestampNs; });
    return world;
}

} // namespace credsync::sandbox
