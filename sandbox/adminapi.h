#pragma once
// /__sandbox/…: what tests and demos change or inspect over HTTP (no token needed): fault rules,
// PUT semantics, rate limits, the request log and the current world.
#include "sandbox/httpexchange.h"

namespace credsync::sandbox {

class SandboxServer;

class AdminApi
{
public:
    explicit AdminApi(SandboxServer &server);

    static bool owns(const QString &path);
    HttpResponse handle(const HttpRequest &request);

private:
    SandboxServer &m_server;
};

} // namespace credsync::sandbox
