#include "httptransport.h"

#include "../logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <set>

namespace credsync::net {

// What a handle needs from the transport without naming HttpTransport's private parts.
class RequestOwner
{
public:
    virtual void cancel(const std::shared_ptr<RequestState> &state) = 0;

protected:
    ~RequestOwner() = default;
};

struct RequestState : std::enable_shared_from_this<RequestState>
{
    // Queued: waiting for a concurrency slot. Throttled: holds a slot, waiting for the throttle.
    // Sending: a reply is on the wire. WaitingRetry: between attempts, holding no slot.
    enum class Phase { Queued, Throttled, Sending, WaitingRetry, Done };

    HttpRequest request;
    std::function<void(const HttpResponse &)> onDone;
    RequestOwner *owner = nullptr; // cleared when the transport dies
    Phase phase = Phase::Queued;
    int attempt = 0;
    bool holdsSlot = false;
    bool timedOut = false;
    QElapsedTimer elapsed;
    QPointer<QNetworkReply> reply;
    QPointer<QTimer> timeoutTimer;
    QPointer<QTimer> waitTimer; // throttle delay or retry delay
    bool composite = false;
    std::function<void()> onCompositeCancel;
};

void RequestHandle::cancel()
{
    if (!m_state || m_state->phase == RequestState::Phase::Done)
        return;
    if (m_state->composite) {
        m_state->phase = RequestState::Phase::Done;
        auto onCancel = std::move(m_state->onCompositeCancel);
        m_state->onCompositeCancel = nullptr;
        if (onCancel)
            onCancel();
        return;
    }
    if (m_state->owner)
        m_state->owner->cancel(m_state);
}

bool RequestHandle::isActive() const
{
    if (!m_state || m_state->phase == RequestState::Phase::Done)
        return false;
    return m_state->composite || m_state->owner;
}

RequestHandle RequestHandle::composite(std::function<void()> onCancel)
{
    auto state = std::make_shared<RequestState>();
    state->composite = true;
    state->onCompositeCancel = std::move(onCancel);
    return RequestHandle(std::move(state));
}

void RequestHandle::markFinished()
{
    if (m_state && m_state->composite) {
        m_state->phase = RequestState::Phase::Done;
        m_state->onCompositeCancel = nullptr; // drops whatever the cancel hook kept alive
    }
}

namespace {

QString describe(const HttpRequest &request)
{
    if (!request.description.isEmpty())
        return request.description;
    // The URL may carry credentials in its query for some APIs; redact before it reaches a log.
    return QString::fromLatin1(request.method) + QLatin1Char(' ')
        + logging::redact(request.url.toDisplayString(QUrl::RemoveUserInfo));
}

std::string text(const QString &value)
{
    return value.toStdString();
}

} // namespace

struct HttpTransport::Private final : RequestOwner
{
    HttpTransport *q = nullptr;
    QNetworkAccessManager *manager = nullptr;
    QNetworkAccessManager *ownManager = nullptr;
    std::shared_ptr<RetryPolicy> retryPolicy = std::make_shared<DefaultRetryPolicy>();
    std::shared_ptr<Throttle> throttle;
    int maxConcurrent = 6;
    int inFlight = 0;
    std::deque<std::shared_ptr<RequestState>> queue;
    std::set<std::shared_ptr<RequestState>> active; // keeps every unfinished request alive

    explicit Private(HttpTransport *owner) : q(owner) {}

    Throttle *throttleFor(const RequestState &state) const
    {
        return state.request.throttle ? state.request.throttle.get() : throttle.get();
    }
    RetryPolicy *policyFor(const RequestState &state) const
    {
        return state.request.retryPolicy ? state.request.retryPolicy.get() : retryPolicy.get();
    }

    QNetworkAccessManager *network()
    {
        if (!manager) {
            ownManager = new QNetworkAccessManager(q);
            manager = ownManager;
        }
        return manager;
    }

    QTimer *makeTimer(const std::shared_ptr<RequestState> &state, void (Private::*handler)(const std::shared_ptr<RequestState> &))
    {
        auto *timer = new QTimer(q);
        timer->setSingleShot(true);
        std::weak_ptr<RequestState> weak = state;
        QObject::connect(timer, &QTimer::timeout, q, [this, weak, handler] {
            if (auto strong = weak.lock())
                (this->*handler)(strong);
        });
        return timer;
    }

    static void dropTimer(QPointer<QTimer> &timer)
    {
        if (timer) {
            timer->stop();
            timer->deleteLater();
        }
        timer = nullptr;
    }

    void releaseSlot(RequestState &state)
    {
        if (state.holdsSlot) {
            state.holdsSlot = false;
            --inFlight;
        }
    }

    void pump()
    {
        while (inFlight < maxConcurrent && !queue.empty()) {
            std::shared_ptr<RequestState> state = queue.front();
            queue.pop_front();
            state->holdsSlot = true;
            ++inFlight;
            beginAttempt(state);
        }
    }

    void beginAttempt(const std::shared_ptr<RequestState> &state)
    {
        ++state->attempt;
        const int delay = throttleFor(*state) ? throttleFor(*state)->delayBeforeSendMs(state->request) : 0;
        if (delay <= 0) {
            startReply(state);
            return;
        }
        state->phase = RequestState::Phase::Throttled;
        logging::net()->debug("{}: throttled {} ms before attempt {}", text(describe(state->request)), delay,
                              state->attempt);
        dropTimer(state->waitTimer);
        state->waitTimer = makeTimer(state, &Private::startReply);
        state->waitTimer->start(delay);
    }

    void startReply(const std::shared_ptr<RequestState> &state)
    {
        dropTimer(state->waitTimer);
        state->phase = RequestState::Phase::Sending;
        state->timedOut = false;
        const HttpRequest &request = state->request;

        QNetworkRequest networkRequest(request.url);
        bool hasContentType = false;
        for (const auto &[name, value] : request.headers) {
            networkRequest.setRawHeader(name, value);
            hasContentType = hasContentType || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
        }
        if (!request.body.isEmpty() && !hasContentType)
            networkRequest.setRawHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));

        QNetworkReply *reply = request.method == "GET" && request.body.isEmpty()
            ? network()->get(networkRequest)
            : network()->sendCustomRequest(networkRequest, request.method, request.body);
        state->reply = reply;
        std::weak_ptr<RequestState> weak = state;
        QObject::connect(reply, &QNetworkReply::finished, q, [this, weak, reply] {
            auto strong = weak.lock();
            if (strong && strong->reply == reply)
                onReplyFinished(strong);
            else
                reply->deleteLater();
        });

        if (request.timeoutMs > 0) {
            dropTimer(state->timeoutTimer);
            state->timeoutTimer = makeTimer(state, &Private::onTimeout);
            state->timeoutTimer->start(request.timeoutMs);
        }
    }

    void onTimeout(const std::shared_ptr<RequestState> &state)
    {
        if (state->phase != RequestState::Phase::Sending || !state->reply)
            return;
        state->timedOut = true;
        // abort() emits finished, which delivers the attempt as a timeout.
        state->reply->abort();
    }

    HttpResponse responseFrom(RequestState &state, QNetworkReply *reply) const
    {
        HttpResponse response;
        response.attempts = state.attempt;
        response.elapsedMs = state.elapsed.elapsed();
        if (state.timedOut) {
            response.timedOut = true;
            response.networkErrorCode = int(QNetworkReply::TimeoutError);
            response.networkError = QStringLiteral("no answer within %1 ms").arg(state.request.timeoutMs);
            return response;
        }
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs())
            response.headers.append({pair.first, pair.second});
        if (response.status == 0) {
            response.networkErrorCode = int(reply->error());
            response.networkError = reply->errorString();
        }
        return response;
    }

    void onReplyFinished(const std::shared_ptr<RequestState> &state)
    {
        QNetworkReply *reply = state->reply;
        state->reply = nullptr;
        dropTimer(state->timeoutTimer);
        HttpResponse response = responseFrom(*state, reply);
        reply->deleteLater();

        if (Throttle *throttle = throttleFor(*state))
            throttle->onResponse(state->request, response);

        RetryPolicy *policy = policyFor(*state);
        const std::optional<int> delay = policy ? policy->retryDelayMs(state->request, response, state->attempt)
                                                : std::nullopt;
        if (!delay) {
            if (policy)
                response.gaveUp = policy->gaveUpReason();
            finish(state, response);
            return;
        }
        logging::net()->info("{}: attempt {} got {}{}; retrying in {} ms", text(describe(state->request)),
                             state->attempt, response.status,
                             response.status == 0 ? text(QStringLiteral(" (") + response.networkError + QLatin1Char(')'))
                                                  : std::string(),
                             *delay);
        // Waiting between attempts holds no slot: a request backing off must not stall the others.
        releaseSlot(*state);
        state->phase = RequestState::Phase::WaitingRetry;
        dropTimer(state->waitTimer);
        state->waitTimer = makeTimer(state, &Private::requeueForRetry);
        state->waitTimer->start(std::max(0, *delay));
        pump();
    }

    void requeueForRetry(const std::shared_ptr<RequestState> &state)
    {
        dropTimer(state->waitTimer);
        state->phase = RequestState::Phase::Queued;
        // A retry goes to the front: it has waited its turn once already.
        queue.push_front(state);
        pump();
    }

    void finish(const std::shared_ptr<RequestState> &state, const HttpResponse &response)
    {
        state->phase = RequestState::Phase::Done;
        releaseSlot(*state);
        dropTimer(state->waitTimer);
        dropTimer(state->timeoutTimer);
        auto callback = std::move(state->onDone);
        state->onDone = nullptr;
        const QString description = describe(state->request);
        logging::net()->debug("{}: {} after {} attempt(s), {} ms", text(description), response.status,
                              response.attempts, response.elapsedMs);
        active.erase(state); // `state` (the caller's reference) keeps it alive until we return
        pump();
        // The callback goes last: it may send more requests, cancel others or even delete the transport.
        QPointer<HttpTransport> guard(q);
        Q_EMIT q->requestFinished(description, response.status, response.elapsedMs, response.attempts);
        if (guard && callback)
            callback(response);
    }

    void cancel(const std::shared_ptr<RequestState> &state) override
    {
        if (state->phase == RequestState::Phase::Done)
            return;
        state->phase = RequestState::Phase::Done;
        state->onDone = nullptr;
        if (QNetworkReply *reply = state->reply) {
            state->reply = nullptr;
            QObject::disconnect(reply, nullptr, q, nullptr);
            reply->abort();
            reply->deleteLater();
        }
        dropTimer(state->waitTimer);
        dropTimer(state->timeoutTimer);
        queue.erase(std::remove(queue.begin(), queue.end(), state), queue.end());
        releaseSlot(*state);
        logging::net()->debug("{}: cancelled", text(describe(state->request)));
        const auto keepAlive = state;
        active.erase(keepAlive);
        pump();
    }
};

HttpTransport::HttpTransport(QObject *parent) : QObject(parent), d(std::make_unique<Private>(this)) {}

HttpTransport::~HttpTransport()
{
    // Unfinished requests end as if cancelled: their callbacks would run into half-destroyed owners.
    for (const auto &state : d->active) {
        state->owner = nullptr;
        state->phase = RequestState::Phase::Done;
        state->onDone = nullptr;
        if (QNetworkReply *reply = state->reply) {
            QObject::disconnect(reply, nullptr, this, nullptr);
            reply->abort();
            if (d->manager != d->ownManager)
                reply->deleteLater(); // an injected manager outlives us and would keep the reply
        }
    }
    d->active.clear();
    d->queue.clear();
}

void HttpTransport::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    d->manager = manager;
}

void HttpTransport::setRetryPolicy(std::shared_ptr<RetryPolicy> policy)
{
    d->retryPolicy = std::move(policy);
}

void HttpTransport::setThrottle(std::shared_ptr<Throttle> throttle)
{
    d->throttle = std::move(throttle);
}

void HttpTransport::setMaxConcurrent(int max)
{
    d->maxConcurrent = std::max(1, max);
    d->pump();
}

int HttpTransport::maxConcurrent() const
{
    return d->maxConcurrent;
}

int HttpTransport::inFlight() const
{
    return d->inFlight;
}

RequestHandle HttpTransport::send(HttpRequest request, std::function<void(const HttpResponse &)> onDone)
{
    auto state = std::make_shared<RequestState>();
    state->request = std::move(request);
    state->request.maxAttempts = std::max(1, state->request.maxAttempts);
    state->onDone = std::move(onDone);
    state->owner = d.get();
    state->elapsed.start();
    d->active.insert(state);
    if (const QByteArray bad = headerWithControlCharacter(state->request); !bad.isEmpty()) {
        // A CR or LF in a header value would end the header early and let the rest pass as a header of its
        // own: refuse before anything reaches the wire, and answer asynchronously like any request.
        HttpResponse refused;
        refused.networkErrorCode = int(QNetworkReply::ProtocolInvalidOperationError);
        refused.networkError = QCoreApplication::translate(
            "HttpTransport", "the request was not sent: the value of header %1 contains a control character "
            "(such as a line break)").arg(QString::fromLatin1(bad));
        std::weak_ptr<RequestState> weak = state;
        Private *owner = d.get();
        QTimer::singleShot(0, this, [owner, weak, refused] {
            if (auto alive = weak.lock(); alive && alive->phase != RequestState::Phase::Done)
                owner->finish(alive, refused);
        });
        return RequestHandle(state);
    }
    d->queue.push_back(state);
    d->pump();
    return RequestHandle(state);
}

QByteArray headerWithControlCharacter(const HttpRequest &request)
{
    for (const auto &[name, value] : request.headers) {
        const auto isControl = [](char c) { return (uchar(c) < 0x20 && c != '\t') || uchar(c) == 0x7f; };
        if (std::any_of(value.begin(), value.end(), isControl) || std::any_of(name.begin(), name.end(), isControl))
            return name.isEmpty() ? QByteArrayLiteral("(unnamed)") : name;
    }
    return {};
}

} // namespace credsync::net

// Compiling the moc output here rather than in the shared mocs_compilation unit means linking the
// transport does not drag in every other class's meta-object code (and its still-missing symbols).
#include "moc_httptransport.cpp"
