// The Ruby Logger line parser, fed one line (as Loki returns them) with and without Loki's timestamp.
#include "fuzzsupport.h"

#include "core/evidence/logparser.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace credsync::evidence;
    const QString raw = credsync::fuzz::text(data, size);
    const QString stream = QStringLiteral("{app=\"credentialing\"}");
    // Without Loki's time the line's own time is used; with it, Loki's time wins.
    const credsync::LogLine own = parseLogLine(raw, 0, stream);
    const credsync::LogLine loki = parseLogLine(raw, 1757871771318204000LL, stream);
    // "Never fails": the raw line is kept verbatim either way.
    if (own.line != raw || loki.line != raw)
        std::abort();
    (void)workerIn(raw);
    return 0;
}
