// A large world for scans and benchmarks (`credsync sandbox --generate N`): every therapist has one to
// three Credentialing objects across cycles (the newest Active Attested, the previous Active, older
// ones unlabelled), most have a License and a Therapist Address. About 3 % are broken, rotating through
// every finding the console knows, and only the broken ones get log lines and Sentry issues, so that the
// world stays small enough to serve a million therapists.
#include "sandbox/demoworld.h"

#include "sandbox/demoworldbuilder.h"

namespace credsync::sandbox {

namespace {

constexpr TimeMs kSecond = 1000;
constexpr TimeMs kMinute = 60 * kSecond;
constexpr TimeMs kDay = 24 * 60 * kMinute;
const std::string kAttested = "credentialing_active_attested_id";
const std::string kActiveColumn = "credentialing_hubspot_id";
const std::string kSyncException = "HubspotCustomObjects::HubspotCredentialingObjectSyncException";
const std::string kMissingIdMessage = "Missing definitive_hubspot_credentialing_id for Therapist ";

// The kinds of breakage, in the order they rotate.
enum class Broken {
    MissingId,        // pull ran before the workflow: column NULL, Sentry errors
    TwoAttested,      // cycle step 2 failed: two objects carry Active Attested
    BothLabels,       // cycle step 3 failed: the old object carries Active and Active Attested
    NoAttested,       // cycle step 4 failed: nobody carries Active Attested
    StaleId,          // the column names an object HubSpot no longer has
    NoObjects,        // the workflow never ran
    DuplicateRun,     // the cycle worker ran twice; the column flipped between two ids
    MissingLicenseId, // the License id never reached the DB
    Count
};

class LargeWorld
{
public:
    LargeWorld(DemoWorldBuilder &builder) : b(builder) {}

    qint64 us(TimeMs ms) { return ms * 1000 + b.between(0, 999); }
    std::string text(Id id) { return std::to_string(id); }

    void healthy(TimeMs signup)
    {
        const Id contact = b.addTherapist(b.person(), signup);
        const int cycles = b.between(1, 10) <= 6 ? 1 : (b.between(1, 4) < 4 ? 2 : 3);
        credentialingCycles(contact, signup, cycles);
        extras(contact, signup);
    }

    void broken(int i, TimeMs signup)
    {
        const auto kind = Broken(i % int(Broken::Count));
        const Id contact = b.addTherapist(b.person(), signup);
        const TimeMs created = signup + b.between(15, 50) * kSecond;
        switch (kind) {
        case Broken::MissingId: {
            const TimeMs pull = signup + kMinute + b.between(0, 900);
            b.log(us(pull), "INFO", "", "Did not found Associated Custom Objects for Hubspot ID: " + text(contact));
            const Id object = b.addObject(demo::kCredentialing, pull + b.between(30, 120) * kSecond);
            b.associate(contact, object, {demo::kActiveAttested});
            syncErrors(contact, signup);
            b.tag(contact, "MISSING_DB_ID");
            b.tag(contact, "PULL_BEFORE_CREATE");
            b.tag(contact, "SYNC_ERRORS");
            break;
        }
        case Broken::TwoAttested:
        case Broken::BothLabels:
        case Broken::NoAttested: {
            const Id old = b.addObject(demo::kCredentialing, created);
            const TimeMs cycleAt = std::min(b.now() - 3 * kDay, signup + b.between(60, 200) * kDay);
            const Id next = b.addObject(demo::kCredentialing, cycleAt);
            b.setColumn(contact, kAttested, next);
            b.setColumn(contact, kActiveColumn, old);
            const std::string jid = "[jid-" + b.hex(24) + "] ";
            b.log(us(cycleAt), "INFO", "CredentialingCycleWorker", jid + "Created Credentialing object " + text(next));
            if (kind == Broken::TwoAttested) {
                b.associate(contact, old, {demo::kActiveAttested});
                b.associate(contact, next, {demo::kActiveAttested});
                b.log(us(cycleAt + 3 * kSecond), "ERROR", "CredentialingCycleWorker", jid + "Failed to add label Active to " + text(old));
                b.tag(contact, "MULTIPLE_UNIQUE_LABEL");
            } else if (kind == Broken::BothLabels) {
                b.associate(contact, old, {demo::kActive, demo::kActiveAttested});
                b.associate(contact, next, {demo::kActiveAttested});
                b.log(us(cycleAt + 3 * kSecond), "ERROR", "CredentialingCycleWorker",
                      jid + "Failed to remove label Active Attested from " + text(old));
                b.tag(contact, "CONFLICTING_LABELS");
            } else {
                b.associate(contact, old, {demo::kActive});
                b.associate(contact, next, {});
                b.log(us(cycleAt + 3 * kSecond), "ERROR", "CredentialingCycleWorker",
                      jid + "Failed to associate " + text(next) + " with label Active Attested");
                b.tag(contact, "MISSING_UNIQUE_LABEL");
            }
            syncErrors(contact, cycleAt);
            extras(contact, signup);
            break;
        }
        case Broken::StaleId: {
            credentialingCycles(contact, signup, 1);
            b.setColumn(contact, kAttested, b.newObjectId()); // deleted in HubSpot
            b.tag(contact, "STALE_DB_ID");
            break;
        }
        case Broken::NoObjects:
            b.log(us(signup + kMinute), "INFO", "", "Did not found Associated Custom Objects for Hubspot ID: " + text(contact));
            b.tag(contact, "NO_OBJECTS");
            break;
        case Broken::DuplicateRun: {
            const Id first = b.addObject(demo::kCredentialing, created);
            const Id second = b.addObject(demo::kCredentialing, created + 1000 + b.between(0, 400));
            b.associate(contact, first, {demo::kActive});
            b.associate(contact, second, {demo::kActive});
            const std::string jids[2] = {"[jid-" + b.hex(24) + "] ", "[jid-" + b.hex(24) + "] "};
            TimeMs at = created + 2 * kSecond;
            for (int step = 0; step < 6; ++step, at += b.between(2, 7) * kMinute)
                b.log(us(at), "INFO", "CredentialingCycleWorker",
                      jids[step % 2] + kActiveColumn + " set to " + text(step % 2 ? second : first));
            b.setColumn(contact, kActiveColumn, second);
            b.tag(contact, "DUPLICATE_RUN");
            b.tag(contact, "RAPID_ID_CHANGES");
            b.tag(contact, "MULTIPLE_UNIQUE_LABEL");
            break;
        }
        case Broken::MissingLicenseId: {
            credentialingCycles(contact, signup, 1);
            const Id license = b.addObject(demo::kLicense, created + 2 * kSecond);
            b.associate(contact, license, {demo::kActive});
            b.tag(contact, "MISSING_DB_ID");
            break;
        }
        case Broken::Count:
            break;
        }
    }

private:
    void credentialingCycles(Id contact, TimeMs signup, int cycles)
    {
        TimeMs at = signup + b.between(15, 50) * kSecond;
        std::vector<Id> objects;
        for (int cycle = 0; cycle < cycles; ++cycle) {
            if (cycle > 0)
                at = std::min(b.now() - TimeMs(cycles - cycle) * kDay, at + b.between(120, 365) * kDay);
            objects.push_back(b.addObject(demo::kCredentialing, at));
        }
        const Id current = objects.back();
        b.associate(contact, current, {demo::kActiveAttested});
        b.setColumn(contact, kAttested, current);
        if (objects.size() > 1) {
            const Id previous = objects[objects.size() - 2];
            b.associate(contact, previous, {demo::kActive});
            b.setColumn(contact, kActiveColumn, previous);
        }
        // Cycles before the previous one stay associated without a label.
        for (std::size_t i = 0; i + 2 < objects.size(); ++i)
            b.associate(contact, objects[i], {});
    }

    void extras(Id contact, TimeMs signup)
    {
        if (b.between(1, 10) <= 8) {
            const Id license = b.addObject(demo::kLicense, signup + 20 * kSecond);
            b.associate(contact, license, {demo::kActive});
            b.setColumn(contact, "license_hubspot_id", license);
        }
        if (b.between(1, 10) <= 7) {
            const Id address = b.addObject(demo::kAddress, signup + 21 * kSecond);
            b.associate(contact, address, {demo::kActive});
            b.setColumn(contact, "therapist_address_hubspot_id", address);
        }
    }

    void syncErrors(Id contact, TimeMs from)
    {
        const std::string message = kMissingIdMessage + text(contact);
        SentryIssue &issue = b.addIssue(kSyncException, message, "HubspotCustomObjects::CredentialingObjectSync#perform");
        issue.userCount = 1;
        TimeMs at = from + TimeMs(b.between(20, 90)) * kMinute;
        for (int attempt = 0; attempt < 2 && at < b.now(); ++attempt, at += TimeMs(b.between(2, 20)) * 60 * kMinute) {
            b.addEvent(issue, at, message, {{"hubspot_id", text(contact)}, {"worker", "CredentialingObjectSyncWorker"}});
            b.log(us(at), "ERROR", "CredentialingObjectSyncWorker", kSyncException + ": " + message);
        }
    }

    DemoWorldBuilder &b;
};

} // namespace

World generateLargeWorld(int count, const QDateTime &nowTime, quint64 seed)
{
    const TimeMs now = (nowTime.isValid() ? nowTime : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
    DemoWorldBuilder b(now, seed);
    b.world().clock.setAnchor(now);
    b.addSchema();
    b.world().therapists.reserve(std::size_t(std::max(count, 0)));
    LargeWorld large(b);
    for (int i = 0; i < count; ++i) {
        const TimeMs signup = now - TimeMs(b.between(30, 1500)) * kDay - b.between(0, 86399999);
        // About 3 % broken (one in 33), rotating through every kind so each scale has every finding.
        if (i % 33 == 16)
            large.broken(i / 33, signup);
        else
            large.healthy(signup);
    }
    return b.take();
}

} // namespace credsync::sandbox
