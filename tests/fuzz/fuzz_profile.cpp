// The profile parser: a hand-edited JSON file. Errors must be values naming the key path.
#include "fuzzsupport.h"

#include "core/profileparser.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto profile = credsync::ProfileParser::parse(credsync::fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
    if (!profile.ok() && profile.error().message.isEmpty())
        std::abort(); // a refusal must say why
    return 0;
}
