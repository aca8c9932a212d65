// The target parser: whatever a person pastes (ids, emails, UUIDs, HubSpot links, whole tickets).
#include "fuzzsupport.h"

#include "core/targets/hubspotlink.h"
#include "core/targets/targetparser.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace credsync::targets;
    const QString input = credsync::fuzz::text(data, size);
    const ParseResult result = parseTargets(input);
    for (const ParsedTarget &target : result.targets) {
        // Every accepted target has a value, and parsing what was found gives a target again.
        if (target.value.isEmpty())
            std::abort();
        (void)kindName(target.kind);
    }
    (void)parseHubSpotLink(input);
    return 0;
}
