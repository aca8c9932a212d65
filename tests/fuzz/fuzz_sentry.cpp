// Sentry's bodies (issues, project, events) and its Link header, all from the same bytes.
#include "fuzzsupport.h"

#include "core/evidence/sentryparse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace credsync::evidence;
    const QByteArray body = credsync::fuzz::bytes(data, size);
    (void)parseSentryIssues(body);
    (void)parseSentryProjectId(body);
    (void)parseSentryEventTimes(body, QStringLiteral("51234567890"));
    (void)parseLinkHeader(body);
    (void)nextPageUrl(body);
    return 0;
}
