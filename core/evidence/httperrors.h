#pragma once
// One wording for a failed evidence call, so the GUI and the JSON say "logs unavailable: why" the same
// way for every cause. Never includes a credential: only the status and the server's own short text.
#include "../net/httptransport.h"
#include "../result.h"

namespace credsync::evidence {

// source: "loki" | "sentry"; what: "logs" | "errors"; service: "Loki" | "Sentry".
Error evidenceHttpError(const net::HttpResponse &response, const QString &source, const QString &what,
                        const QString &service);

// The first line of a plain-text or JSON ("detail"/"message") error body, at most 200 characters.
QString errorBodyText(const QByteArray &body);

} // namespace credsync::evidence
