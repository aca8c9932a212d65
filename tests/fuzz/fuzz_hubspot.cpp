// Every HubSpot body parser gets the same bytes: each must answer with a value or a BadResponse
// error, never an exception or a crash.
#include "fuzzsupport.h"

#include "core/hubspot/hubspotparse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace credsync::hubspot;
    const QByteArray body = credsync::fuzz::bytes(data, size);
    const QString contacts = QStringLiteral("0-1");
    (void)parse::errorBody(body).missingScopes();
    (void)parse::accountInfo(body);
    (void)parse::labels(body);
    (void)parse::associationLimits(body);
    (void)parse::associationPage(body);
    (void)parse::batchAssociations(body);
    (void)parse::object(body, contacts);
    (void)parse::batchObjects(body, contacts);
    (void)parse::contactSearch(body);
    (void)parse::associationWrite(body);
    return 0;
}
