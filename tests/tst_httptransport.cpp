#include <QtTest>

#include "core/net/httptransport.h"
#include "scriptedhttpserver.h"

#include <QNetworkReply>

using namespace credsync;
using namespace credsync::net;
using credsync::test::ScriptedHttpServer;
using Reply = ScriptedHttpServer::Response;
using credsync::test::HeaderList;

namespace {

// Counts how the transport consults it; the first `delays` entries are handed out in order.
class RecordingThrottle : public Throttle
{
public:
    QList<int> delays;
    int asked = 0;
    int told = 0;
    int delayBeforeSendMs(const HttpRequest &) override { return asked++ < delays.size() ? delays.at(asked - 1) : 0; }
    void onResponse(const HttpRequest &, const HttpResponse &) override { ++told; }
};

// Retries everything after a fixed pause, so a test knows when a request sits between attempts.
class FixedDelayPolicy : public RetryPolicy
{
public:
    explicit FixedDelayPolicy(int delayMs) : m_delayMs(delayMs) {}
    std::optional<int> retryDelayMs(const HttpRequest &request, const HttpResponse &, int attempt) const override
    {
        return attempt < request.maxAttempts ? std::optional<int>(m_delayMs) : std::nullopt;
    }

private:
    int m_delayMs;
};

HttpResponse withStatus(int status, HeaderList headers = {})
{
    HttpResponse response;
    response.status = status;
    response.headers = std::move(headers);
    return response;
}

} // namespace

class TestHttpTransport : public QObject
{
    Q_OBJECT

    ScriptedHttpServer *m_server = nullptr;
    HttpTransport *m_transport = nullptr;

    HttpRequest request(const QString &path = QStringLiteral("/thing"))
    {
        HttpRequest r;
        r.url = m_server->baseUrl().resolved(QUrl(path));
        r.timeoutMs = 5000;
        return r;
    }

    // Sends and waits (the event loop runs inside QTRY, as a test may); returns the response.
    HttpResponse sendAndWait(HttpRequest r, int *calls = nullptr)
    {
        HttpResponse result;
        auto count = std::make_shared<int>(0);
        m_transport->send(std::move(r), [&result, count](const HttpResponse &response) {
            result = response;
            ++*count;
        });
        [&] { QTRY_COMPARE_WITH_TIMEOUT(*count, 1, 10000); }();
        QTest::qWait(20); // a second callback would show up here
        if (calls)
            *calls = *count;
        return result;
    }

private Q_SLOTS:
    void init()
    {
        m_server = new ScriptedHttpServer(this);
        QVERIFY(m_server->listen());
        m_transport = new HttpTransport(this);
        // Tiny backoff keeps the suite fast; the policy's own arithmetic is tested separately.
        m_transport->setRetryPolicy(std::make_shared<DefaultRetryPolicy>(5, 20, 5000));
    }
    void cleanup()
    {
        delete m_transport;
        delete m_server;
    }

    void success()
    {
        m_server->enqueue(Reply::json(200, QByteArrayLiteral("{\"ok\":true}"), {{"X-Test", "yes"}}));
        QSignalSpy finished(m_transport, &HttpTransport::requestFinished);
        HttpRequest r = request(QStringLiteral("/crm/v4/x?limit=500"));
        r.method = QByteArrayLiteral("POST");
        r.body = QByteArrayLiteral("{\"inputs\":[]}");
        r.headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer secret")});
        r.description = QStringLiteral("test POST");
        int calls = 0;
        const HttpResponse response = sendAndWait(r, &calls);
        QCOMPARE(calls, 1);
        QCOMPARE(response.status, 200);
        QVERIFY(response.isSuccess());
        QCOMPARE(response.body, QByteArrayLiteral("{\"ok\":true}"));
        QCOMPARE(response.header("x-test"), QByteArrayLiteral("yes"));
        QCOMPARE(response.attempts, 1);
        QCOMPARE(m_server->requestCount(), 1);
        const auto seen = m_server->requests().constFirst();
        QCOMPARE(seen.method, QByteArrayLiteral("POST"));
        QCOMPARE(seen.path, QStringLiteral("/crm/v4/x"));
        QCOMPARE(seen.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("500"));
        QCOMPARE(seen.body, r.body);
        QCOMPARE(seen.header("content-type"), QByteArrayLiteral("application/json"));
        QCOMPARE(seen.header("authorization"), QByteArrayLiteral("Bearer secret"));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("test POST"));
        QCOMPARE(finished.at(0).at(1).toInt(), 200);
        QCOMPARE(m_transport->inFlight(), 0);
    }

    void httpErrorIsAResponseNotANetworkError()
    {
        m_server->enqueue(Reply::json(404, QByteArrayLiteral("{\"message\":\"nope\"}")));
        const HttpResponse response = sendAndWait(request());
        QCOMPARE(response.status, 404);
        QCOMPARE(response.body, QByteArrayLiteral("{\"message\":\"nope\"}"));
        QCOMPARE(response.attempts, 1); // 404 is not retried
    }

    void retriesServerErrorsThenSucceeds()
    {
        m_server->enqueue(Reply::json(503, {}));
        m_server->enqueue(Reply::json(502, {}));
        m_server->enqueue(Reply::json(200, QByteArrayLiteral("{}")));
        int calls = 0;
        const HttpResponse response = sendAndWait(request(), &calls);
        QCOMPARE(calls, 1);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.attempts, 3);
        QCOMPARE(m_server->requestCount(), 3);
    }

    void givesUpAfterMaxAttempts()
    {
        m_server->setHandler([](const auto &) { return Reply::json(503, QByteArrayLiteral("busy")); });
        HttpRequest r = request();
        r.maxAttempts = 3;
        const HttpResponse response = sendAndWait(r);
        QCOMPARE(response.status, 503);
        QCOMPARE(response.body, QByteArrayLiteral("busy"));
        QCOMPARE(response.attempts, 3);
        QCOMPARE(m_server->requestCount(), 3);
    }

    void retryAfterIsWaited()
    {
        m_server->enqueue(Reply::json(429, {}, {{"Retry-After", "1"}}));
        m_server->enqueue(Reply::json(200, QByteArrayLiteral("{}")));
        QElapsedTimer clock;
        clock.start();
        const HttpResponse response = sendAndWait(request());
        QCOMPARE(response.status, 200);
        QCOMPARE(response.attempts, 2);
        // Only a lower bound: the backoff alone (≤ 20 ms here) could never take this long.
        QVERIFY2(clock.elapsed() >= 900, qPrintable(QString::number(clock.elapsed())));
    }

    void timeout()
    {
        m_server->enqueue([] { Reply r = Reply::json(200, QByteArrayLiteral("{}")); r.delayMs = 3000; return r; }());
        HttpRequest r = request();
        r.timeoutMs = 100;
        r.maxAttempts = 1;
        const HttpResponse response = sendAndWait(r);
        QVERIFY(response.timedOut);
        QCOMPARE(response.status, 0);
        QVERIFY(!response.networkError.isEmpty());
        QCOMPARE(response.attempts, 1);
    }

    void timeoutIsRetriedForIdempotentRequests()
    {
        m_server->enqueue([] { Reply r = Reply::json(200, {}); r.delayMs = 3000; return r; }());
        m_server->enqueue(Reply::json(200, QByteArrayLiteral("second")));
        HttpRequest r = request();
        r.timeoutMs = 150;
        const HttpResponse response = sendAndWait(r);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArrayLiteral("second"));
        QCOMPARE(response.attempts, 2);
    }

    void postIsNotRepeatedAfterATimeout()
    {
        m_server->enqueue([] { Reply r = Reply::json(200, {}); r.delayMs = 3000; return r; }());
        HttpRequest r = request();
        r.method = QByteArrayLiteral("POST");
        r.body = QByteArrayLiteral("{}");
        r.timeoutMs = 150;
        const HttpResponse response = sendAndWait(r);
        QVERIFY(response.timedOut);
        QCOMPARE(response.attempts, 1);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void droppedConnectionIsRetried()
    {
        m_server->enqueue(Reply::dropped());
        m_server->enqueue(Reply::json(200, QByteArrayLiteral("after drop")));
        HttpRequest r = request();
        r.method = QByteArrayLiteral("POST");
        r.idempotent = true; // a batch read: safe to repeat
        r.body = QByteArrayLiteral("{}");
        const HttpResponse response = sendAndWait(r);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArrayLiteral("after drop"));
        QCOMPARE(m_server->requestCount(), 2);
    }

    void connectionRefusedIsANetworkError()
    {
        const QUrl dead = m_server->baseUrl();
        delete m_server; // nothing listens on that port any more
        m_server = new ScriptedHttpServer(this);
        HttpRequest r;
        r.url = dead.resolved(QUrl(QStringLiteral("/x")));
        r.maxAttempts = 2;
        const HttpResponse response = sendAndWait(r);
        QCOMPARE(response.status, 0);
        QCOMPARE(response.networkErrorCode, int(QNetworkReply::ConnectionRefusedError));
        QVERIFY(!response.networkError.isEmpty());
        QCOMPARE(response.attempts, 2);
    }

    void cancelInFlight()
    {
        m_server->enqueue([] { Reply r = Reply::json(200, {}); r.delayMs = 300; return r; }());
        QSignalSpy finished(m_transport, &HttpTransport::requestFinished);
        bool called = false;
        RequestHandle handle = m_transport->send(request(), [&called](const HttpResponse &) { called = true; });
        QVERIFY(handle.isActive());
        QTRY_COMPARE(m_server->requestCount(), 1);
        handle.cancel();
        QVERIFY(!handle.isActive());
        handle.cancel(); // twice is harmless
        QCOMPARE(m_transport->inFlight(), 0);
        QTest::qWait(500);
        QVERIFY(!called);
        QCOMPARE(finished.size(), 0);
    }

    void cancelWhileQueuedOrWaitingToRetry()
    {
        m_transport->setMaxConcurrent(1);
        m_transport->setRetryPolicy(std::make_shared<FixedDelayPolicy>(400));
        m_server->enqueue(Reply::json(503, {}));
        int calls = 0;
        RequestHandle retrying = m_transport->send(request(QStringLiteral("/a")), [&calls](const HttpResponse &) { ++calls; });
        RequestHandle queued = m_transport->send(request(QStringLiteral("/b")), [&calls](const HttpResponse &) { ++calls; });
        queued.cancel(); // still in the queue behind /a
        QTRY_COMPARE(m_server->requestCount(), 1);
        QTest::qWait(50); // /a is now between attempts
        retrying.cancel();
        QTest::qWait(600);
        QCOMPARE(calls, 0);
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_transport->inFlight(), 0);
        RequestHandle().cancel(); // a default handle does nothing
    }

    void destroyingTheTransportDropsCallbacks()
    {
        m_server->enqueue([] { Reply r = Reply::json(200, {}); r.delayMs = 200; return r; }());
        bool called = false;
        RequestHandle handle = m_transport->send(request(), [&called](const HttpResponse &) { called = true; });
        QTRY_COMPARE(m_server->requestCount(), 1);
        delete m_transport;
        m_transport = nullptr;
        QVERIFY(!handle.isActive());
        handle.cancel(); // after the transport is gone
        QTest::qWait(300);
        QVERIFY(!called);
    }

    void concurrencyCapIsRespected_data()
    {
        QTest::addColumn<int>("cap");
        QTest::newRow("1") << 1;
        QTest::newRow("3") << 3;
    }
    void concurrencyCapIsRespected()
    {
        QFETCH(int, cap);
        m_transport->setMaxConcurrent(cap);
        m_server->setHandler([](const auto &) { Reply r = Reply::json(200, {}); r.delayMs = 60; return r; });
        int done = 0;
        int peakInFlight = 0;
        for (int i = 0; i < 9; ++i) {
            m_transport->send(request(QStringLiteral("/item/%1").arg(i)), [&](const HttpResponse &response) {
                QCOMPARE(response.status, 200);
                ++done;
            });
            peakInFlight = std::max(peakInFlight, m_transport->inFlight());
        }
        QCOMPARE(peakInFlight, cap);
        QTRY_COMPARE_WITH_TIMEOUT(done, 9, 10000);
        QVERIFY2(m_server->peakOpenRequests() <= cap, qPrintable(QString::number(m_server->peakOpenRequests())));
        QCOMPARE(m_server->peakOpenRequests(), cap); // and the cap is actually used
        if (cap == 1) { // one at a time: the server sees them in the order they were sent
            const auto seen = m_server->requests();
            for (int i = 0; i < 9; ++i)
                QCOMPARE(seen.at(i).path, QStringLiteral("/item/%1").arg(i));
        }
    }

    void throttleIsConsultedBeforeEachAttempt()
    {
        auto throttle = std::make_shared<RecordingThrottle>();
        throttle->delays = {150};
        m_transport->setThrottle(throttle);
        m_server->enqueue(Reply::json(500, {}));
        m_server->enqueue(Reply::json(200, {}));
        QElapsedTimer clock;
        clock.start();
        const HttpResponse response = sendAndWait(request());
        QCOMPARE(response.status, 200);
        QCOMPARE(throttle->asked, 2);
        QCOMPARE(throttle->told, 2);
        QVERIFY(clock.elapsed() >= 140);
    }

    void perRequestPolicyOverridesTheTransports()
    {
        m_server->setHandler([](const auto &) { return Reply::json(503, {}); });
        HttpRequest r = request();
        r.retryPolicy = std::make_shared<DefaultRetryPolicy>(1, 1);
        r.maxAttempts = 2;
        auto throttle = std::make_shared<RecordingThrottle>();
        r.throttle = throttle;
        const HttpResponse response = sendAndWait(r);
        QCOMPARE(response.attempts, 2);
        QCOMPARE(throttle->asked, 2);
    }

    // ---- DefaultRetryPolicy, without a network ----

    void backoffIsCappedExponential_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<int>("expected");
        QTest::newRow("1") << 1 << 250;
        QTest::newRow("2") << 2 << 500;
        QTest::newRow("3") << 3 << 1000;
        QTest::newRow("6") << 6 << 8000;
        QTest::newRow("7 capped") << 7 << 8000;
        QTest::newRow("huge attempt") << 1000 << 8000;
        QTest::newRow("zero") << 0 << 250;
    }
    void backoffIsCappedExponential()
    {
        QFETCH(int, attempt);
        QFETCH(int, expected);
        QCOMPARE(DefaultRetryPolicy::backoffMs(attempt), expected);
    }

    void jitterStaysInRange()
    {
        bool sawLow = false;
        bool sawHigh = false;
        for (int i = 0; i < 500; ++i) {
            const int value = DefaultRetryPolicy::jitteredBackoffMs(3, 100, 10000);
            QVERIFY(value >= 0 && value <= 400);
            sawLow = sawLow || value < 200;
            sawHigh = sawHigh || value >= 200;
        }
        QVERIFY(sawLow && sawHigh); // full jitter uses the whole range
    }

    void whichStatusesRetry_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retried");
        const std::pair<int, bool> table[] = {{0, true},    {200, false}, {400, false}, {401, false}, {403, false},
                                              {404, false}, {408, true},  {409, false}, {423, true},  {429, true},
                                              {500, true},  {501, false}, {502, true},  {503, true},  {504, true},
                                              {520, true},  {524, true}};
        for (const auto &[status, retried] : table)
            QTest::addRow("%d", status) << status << retried;
    }
    void whichStatusesRetry()
    {
        QFETCH(int, status);
        QFETCH(bool, retried);
        DefaultRetryPolicy policy;
        HttpRequest r;
        QCOMPARE(policy.retryDelayMs(r, withStatus(status), 1).has_value(), retried);
        QVERIFY(!policy.retryDelayMs(r, withStatus(status), r.maxAttempts).has_value()); // never past the limit
    }

    void nonIdempotentRetriesOnlyWhenSurelyNotProcessed_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("networkError");
        QTest::addColumn<bool>("timedOut");
        QTest::addColumn<bool>("retried");
        QTest::newRow("429") << 429 << 0 << false << true;
        QTest::newRow("423") << 423 << 0 << false << true;
        QTest::newRow("refused") << 0 << int(QNetworkReply::ConnectionRefusedError) << false << true;
        QTest::newRow("500") << 500 << 0 << false << false;
        QTest::newRow("502") << 502 << 0 << false << false;
        QTest::newRow("dropped") << 0 << int(QNetworkReply::RemoteHostClosedError) << false << false;
        QTest::newRow("timeout") << 0 << int(QNetworkReply::TimeoutError) << true << false;
    }
    void nonIdempotentRetriesOnlyWhenSurelyNotProcessed()
    {
        QFETCH(int, status);
        QFETCH(int, networkError);
        QFETCH(bool, timedOut);
        QFETCH(bool, retried);
        HttpRequest post;
        post.method = QByteArrayLiteral("POST");
        HttpResponse response = withStatus(status);
        response.networkErrorCode = networkError;
        response.timedOut = timedOut;
        QCOMPARE(DefaultRetryPolicy().retryDelayMs(post, response, 1).has_value(), retried);
        post.idempotent = true;
        QCOMPARE(DefaultRetryPolicy().retryDelayMs(post, response, 1).has_value(), status != 0 ? DefaultRetryPolicy::isRetryableStatus(status) : true);
    }

    void retryAfterForms()
    {
        QCOMPARE(DefaultRetryPolicy::retryAfterMs(withStatus(429, {{"Retry-After", "3"}})), std::optional<int>(3000));
        QCOMPARE(DefaultRetryPolicy::retryAfterMs(withStatus(429, {{"retry-after", " 0 "}})), std::optional<int>(0));
        QVERIFY(!DefaultRetryPolicy::retryAfterMs(withStatus(429)).has_value());
        QVERIFY(!DefaultRetryPolicy::retryAfterMs(withStatus(429, {{"Retry-After", "soon"}})).has_value());
        QVERIFY(!DefaultRetryPolicy::retryAfterMs(withStatus(429, {{"Retry-After", "-4"}})).has_value());
        const QDateTime inTwenty = QDateTime::currentDateTimeUtc().addSecs(20);
        const QByteArray date = QLocale::c().toString(inTwenty, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
        const auto fromDate = DefaultRetryPolicy::retryAfterMs(withStatus(503, {{"Retry-After", date}}));
        QVERIFY(fromDate.has_value());
        QVERIFY2(*fromDate > 17000 && *fromDate <= 20000, qPrintable(QString::number(*fromDate)));
        const auto past = DefaultRetryPolicy::retryAfterMs(withStatus(503, {{"Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"}}));
        QCOMPARE(past, std::optional<int>(0));
    }

    void policyHonoursRetryAfterAndItsCeiling()
    {
        DefaultRetryPolicy policy(250, 8000, 10000);
        HttpRequest r;
        QCOMPARE(policy.retryDelayMs(r, withStatus(429, {{"Retry-After", "2"}}), 1), std::optional<int>(2000));
        QCOMPARE(policy.retryDelayMs(r, withStatus(503, {{"Retry-After", "7"}}), 2), std::optional<int>(7000));
        // An hour's wait is reported, not slept through.
        QVERIFY(!policy.retryDelayMs(r, withStatus(503, {{"Retry-After", "3600"}}), 1).has_value());
        const auto plain = policy.retryDelayMs(r, withStatus(503), 2);
        QVERIFY(plain && *plain >= 0 && *plain <= 500);
    }
};

QTEST_GUILESS_MAIN(TestHttpTransport)
#include "tst_httptransport.moc"
