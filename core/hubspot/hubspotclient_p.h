#pragma once
// HubSpotClient's private state, shared by its two source files (single calls and writes in
// hubspotclient.cpp; paged and batched reads in hubspotclientbatch.cpp). Not part of the API.
#include "hubspotclient.h"
#include "hubspotparse.h"

#include <QPointer>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

namespace credsync::hubspot {

// One call made of several requests. The composite handle cancels whatever is in flight; callbacks of
// a finished or cancelled operation are dropped, so the caller hears exactly once (or never, if cancelled).
struct Operation
{
    net::RequestHandle handle;
    std::vector<net::RequestHandle> requests;
    bool finished = false;

    static std::shared_ptr<Operation> create();
    void track(net::RequestHandle request);
    void cancelRequests();
    void complete(); // finished without being cancelled
};

struct HubSpotClient::Private
{
    HubSpotClient *q = nullptr;
    net::HttpTransport *transport = nullptr;
    QUrl baseUrl;
    QString token;
    std::shared_ptr<HubSpotThrottle> throttle;
    std::shared_ptr<net::RetryPolicy> retryPolicy;
    int timeoutMs = 30000;
    int maxAttempts = 5;
    std::map<QString, std::vector<LabelDefinition>> labelCache; // "from→to" → definitions

    // path: already split into segments, each percent-encoded here.
    net::HttpRequest request(const QByteArray &method, const QStringList &segments, const QUrlQuery &query,
                             const nlohmann::json &body, const QString &description) const;

    // Sends one request of an operation; the callback runs only while the operation is live and the
    // client exists.
    void send(const std::shared_ptr<Operation> &op, net::HttpRequest request,
              std::function<void(const net::HttpResponse &)> onResponse);

    // Delivers on the next event-loop turn (cache hits, empty inputs): callers never see a callback
    // run inside the call that asked for it.
    void deliverLater(const std::shared_ptr<Operation> &op, std::function<void()> deliver);

    // One request, one parsed answer.
    template<typename T, typename Parser>
    net::RequestHandle single(net::HttpRequest request, const QString &what, Parser parser, Callback<T> done)
    {
        auto op = Operation::create();
        const QString endpoint = request.description.isEmpty() ? what : request.description;
        send(op, std::move(request), [op, what, endpoint, parser, done](const net::HttpResponse &response) {
            op->complete();
            if (!response.isSuccess()) {
                done(HubSpotClient::errorFromResponse(response, what));
                return;
            }
            Result<T> parsed = parser(response);
            if (!parsed.ok())
                parsed = Result<T>(parse::malformedAnswer(parsed.error(), endpoint, response.body));
            done(std::move(parsed));
        });
        return op->handle;
    }

    template<typename T>
    void fail(const std::shared_ptr<Operation> &op, const Callback<T> &done, const Error &error)
    {
        if (op->finished)
            return;
        op->cancelRequests(); // the other chunks' answers no longer matter
        op->complete();
        done(error);
    }
};

Error errorFromBatchDetail(const ErrorDetail &detail, const QString &what);

} // namespace credsync::hubspot
