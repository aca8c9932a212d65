// Loki's query_range answer (streams of [ns, line] pairs), then each line through the log parser.
#include "fuzzsupport.h"

#include "core/evidence/lokiresponse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)credsync::evidence::parseLokiResponse(credsync::fuzz::bytes(data, size));
    return 0;
}
