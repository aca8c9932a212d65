#pragma once
// The one way core talks HTTP: a thin layer over QNetworkAccessManager that adds per-request timeouts,
// retries with capped exponential backoff and jitter (policy supplied per API), a client-side throttle,
// a concurrency cap, and cancellable handles. Callbacks run on the transport's thread; no nested loops.
#include "../result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QNetworkAccessManager;

namespace credsync::net {

class RetryPolicy;
class Throttle;

struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QByteArray body;                                   // sent as application/json when non-empty
    QList<std::pair<QByteArray, QByteArray>> headers;  // Authorization goes here; never logged
    int timeoutMs = 30000;
    int maxAttempts = 4;                               // 1 = no retry
    QString description;                               // for logs: "hubspot GET labels 0-1→2-31374266"

    // Whether sending this request twice is harmless. Unset: GET/HEAD/PUT/DELETE/OPTIONS are, POST and
    // PATCH are not. Non-idempotent requests are retried only where the server surely did not act
    // (connection refused, 423, 429), never after a timeout or a dropped connection.
    std::optional<bool> idempotent;
    bool isIdempotent() const;
    // Per-request overrides of the transport's policy and throttle, so that one transport can carry
    // several APIs (HubSpot's limits must not pace Loki). Null: the transport's own.
    std::shared_ptr<RetryPolicy> retryPolicy;
    std::shared_ptr<Throttle> throttle;
};

struct HttpResponse
{
    int status = 0;               // 0 when no HTTP response arrived (network error, timeout)
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QString networkError;         // Qt's error string when status == 0
    int networkErrorCode = 0;     // QNetworkReply::NetworkError when status == 0
    bool timedOut = false;
    int attempts = 0;
    qint64 elapsedMs = 0;
    // Set when a retry was possible but the run's retry budget was spent: "gave up after ...".
    QString gaveUp;

    // Case-insensitive header lookup; empty when absent.
    QByteArray header(const QByteArray &name) const;
    bool isSuccess() const { return status >= 200 && status < 300; }
};

// Decides whether and when a failed attempt is tried again.
class RetryPolicy
{
public:
    virtual ~RetryPolicy() = default;
    // attempt is 1 for the first try. std::nullopt: give up and deliver this response.
    virtual std::optional<int> retryDelayMs(const HttpRequest &request, const HttpResponse &response,
                                            int attempt) const = 0;
    // Why the last std::nullopt was a give-up rather than "not retryable" (a spent retry budget); empty
    // otherwise. Read right after retryDelayMs on the same thread.
    virtual QString gaveUpReason() const { return {}; }
};

// The default: retries network errors, timeouts, 423, 429, 5xx (not 501); honours Retry-After;
// capped exponential backoff (base 250 ms, cap 8 s) with full jitter.
class DefaultRetryPolicy : public RetryPolicy
{
public:
    // Tests pass small values; a Retry-After longer than maxRetryAfterMs gives up instead of waiting.
    explicit DefaultRetryPolicy(int baseMs = 250, int capMs = 8000, int maxRetryAfterMs = 60000);

    std::optional<int> retryDelayMs(const HttpRequest &request, const HttpResponse &response,
                                    int attempt) const override;
    // The ceiling for attempt n: min(cap, base * 2^(n-1)). The delay drawn is uniform in [0, ceiling].
    static int backoffMs(int attempt, int baseMs = 250, int capMs = 8000);
    // Full jitter: a uniformly random delay in [0, backoffMs(attempt, baseMs, capMs)].
    static int jitteredBackoffMs(int attempt, int baseMs = 250, int capMs = 8000);
    // Retry-After in seconds or as an HTTP date; std::nullopt when absent or unreadable.
    static std::optional<int> retryAfterMs(const HttpResponse &response);
    // 408, 423, 429 and 5xx except 501 (Not Implemented will not start working by itself).
    static bool isRetryableStatus(int status);
    // True when the request cannot have reached the server's application (safe to repeat any method).
    static bool surelyNotProcessed(const HttpResponse &response);

    int baseMs() const { return m_baseMs; }
    int capMs() const { return m_capMs; }
    int maxRetryAfterMs() const { return m_maxRetryAfterMs; }

private:
    int m_baseMs;
    int m_capMs;
    int m_maxRetryAfterMs;
};

// Paces requests before they are sent (e.g. HubSpot's rate-limit headers).
class Throttle
{
public:
    virtual ~Throttle() = default;
    // How long to wait before this request may go out (0 = now). Called once per attempt.
    virtual int delayBeforeSendMs(const HttpRequest &request) = 0;
    virtual void onResponse(const HttpRequest &request, const HttpResponse &response) = 0;
};

struct RequestState;

// The name of the first header whose name or value holds a control character (CR, LF, NUL, ...), which
// the transport refuses to send; empty when every header is clean.
QByteArray headerWithControlCharacter(const HttpRequest &request);

// Cancels one request (and its pending retries). Copyable; a default-constructed handle does nothing.
class RequestHandle
{
public:
    RequestHandle() = default;
    explicit RequestHandle(std::shared_ptr<RequestState> state) : m_state(std::move(state)) {}
    void cancel();
    bool isActive() const;

    // A handle for work made of several requests (paging, batch chunks) that the transport does not
    // see as one: cancel() marks it done and runs onCancel once; the owner calls markFinished() when the
    // work completes. Not tied to a transport.
    static RequestHandle composite(std::function<void()> onCancel);
    void markFinished();

private:
    std::shared_ptr<RequestState> m_state;
};

class HttpTransport : public QObject
{
    Q_OBJECT
public:
    explicit HttpTransport(QObject *parent = nullptr);
    ~HttpTransport() override;

    // Tests inject a fake manager; the transport does not take ownership.
    void setNetworkAccessManager(QNetworkAccessManager *manager);
    void setRetryPolicy(std::shared_ptr<RetryPolicy> policy);
    void setThrottle(std::shared_ptr<Throttle> throttle);
    void setMaxConcurrent(int max);
    int maxConcurrent() const;
    int inFlight() const;

    // Sends (after queueing/throttling), retries per policy, and calls onDone exactly once with the
    // final response, unless the handle is cancelled first, in which case onDone is never called.
    RequestHandle send(HttpRequest request, std::function<void(const HttpResponse &)> onDone);

Q_SIGNALS:
    void requestFinished(const QString &description, int status, qint64 elapsedMs, int attempts);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace credsync::net
