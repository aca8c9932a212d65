#include "sandbox/demoworld.h"

#include "sandbox/demoworldbuilder.h"

namespace credsync::sandbox {

World generateLargeWorld(int count, const QDateTime &nowTime, quint64 seed)
{
    const TimeMs now = (nowTime.isValid() ? nowTime : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
    DemoWorldBuilder b(now, seed);
    b.world().clock.setAnchor(now);
    b.addSchema();
    World &world = b.world();
    world.therapists.reserve(std::size_t(std::max(count, 0)));
    constexpr TimeMs kDay = 86400000;
    for (int i = 0; i < count; ++i) {
        const TimeMs signup = now - TimeMs(b.between(1, 1500)) * kDay - b.between(0, 86399999);
        const Id contact = b.addTherapist(b.person(), signup);
        const Id object = b.addObject(demo::kCredentialing, signup + b.between(15000, 50000));
        // About 3 % broken, in rotating kinds, so scans have something to find at every scale.
        const int kind = i % 97;
        if (kind == 5) {
            b.associate(contact, object, {demo::kActiveAttested});
            b.tag(contact, "MISSING_DB_ID");
            continue;
        }
        if (kind == 11) {
            const Id second = b.addObject(demo::kCredentialing, signup + 40 * kDay);
            b.associate(contact, object, {demo::kActiveAttested});
            b.associate(contact, second, {demo::kActiveAttested});
            b.setColumn(contact, "credentialing_active_attested_id", second);
            b.tag(contact, "MULTIPLE_UNIQUE_LABEL");
            continue;
        }
        if (kind == 17) {
            world.objects.erase(object);
            b.tag(contact, "NO_OBJECTS");
            continue;
        }
        b.associate(contact, object, {demo::kActiveAttested});
        b.setColumn(contact, "credentialing_active_attested_id", object);
        if (i % 5 == 0) {
            const Id license = b.addObject(demo::kLicense, signup + 20000);
            b.associate(contact, license, {demo::kActive});
            b.setColumn(contact, "license_hubspot_id", license);
        }
    }
    return b.take();
}

} // namespace credsync::sandbox
