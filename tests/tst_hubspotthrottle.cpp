#include <QtTest>

#include "core/hubspot/hubspotretrypolicy.h"
#include "core/hubspot/hubspotthrottle.h"
#include "testsupport.h"

using namespace credsync;
using namespace credsync::hubspot;

namespace {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

net::HttpResponse answer(int status, const QByteArray &body = {}, Headers headers = {})
{
    net::HttpResponse r;
    r.status = status;
    r.body = body;
    r.headers = std::move(headers);
    return r;
}

Headers budget(int max, int remaining, int intervalMs)
{
    return {{"X-HubSpot-RateLimit-Max", QByteArray::number(max)},
            {"X-HubSpot-RateLimit-Remaining", QByteArray::number(remaining)},
            {"X-HubSpot-RateLimit-Interval-Milliseconds", QByteArray::number(intervalMs)}};
}

net::HttpRequest get()
{
    net::HttpRequest r;
    r.url = QUrl(QStringLiteral("https://api.hubapi.com/crm/v4/objects/0-1/1/associations/2-1"));
    return r;
}

net::HttpRequest search()
{
    net::HttpRequest r;
    r.method = QByteArrayLiteral("POST");
    r.url = QUrl(QStringLiteral("https://api.hubapi.com/crm/v3/objects/contacts/search"));
    return r;
}

QByteArray fixture(const char *name)
{
    return test::readData(QStringLiteral("hubspot/") + QString::fromLatin1(name));
}

} // namespace

class TestHubSpotThrottle : public QObject
{
    Q_OBJECT

    qint64 m_now = 1000000;
    HubSpotThrottle makeThrottle()
    {
        HubSpotThrottle throttle;
        throttle.setClock([this] { return m_now; });
        return throttle;
    }

private Q_SLOTS:
    void init() { m_now = 1000000; }

    void unknownBudgetSendsAtOnce()
    {
        HubSpotThrottle throttle = makeThrottle();
        for (int i = 0; i < 20; ++i)
            QCOMPARE(throttle.delayBeforeSendMs(get()), 0);
    }

    void plentyLeftSendsAtOnce()
    {
        HubSpotThrottle throttle = makeThrottle();
        throttle.onResponse(get(), answer(200, {}, budget(190, 150, 10000)));
        for (int i = 0; i < 100; ++i)
            QCOMPARE(throttle.delayBeforeSendMs(get()), 0);
    }

    void lowBudgetIsSpreadOverTheWindow()
    {
        HubSpotThrottle throttle = makeThrottle();
        throttle.onResponse(get(), answer(200, {}, budget(100, 10, 10000)));
        // 10 left over 10 s: about one per second instead of all ten now.
        QList<int> delays;
        for (int i = 0; i < 10; ++i)
            delays << throttle.delayBeforeSendMs(get());
        QCOMPARE(delays, (QList<int>{0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000}));
        QCOMPARE(throttle.delayBeforeSendMs(get()), 10000); // the eleventh waits for the window
    }

    void exhaustedWindowWaitsForItsEnd()
    {
        HubSpotThrottle throttle = makeThrottle();
        throttle.onResponse(get(), answer(200, {}, budget(100, 0, 10000)));
        QCOMPARE(throttle.delayBeforeSendMs(get()), 10000);
        m_now += 4000;
        QCOMPARE(throttle.delayBeforeSendMs(get()), 6000);
        m_now += 6000;
        QCOMPARE(throttle.delayBeforeSendMs(get()), 0); // the rolling window has emptied
    }

    void tenSecondly429PausesEveryone()
    {
        HubSpotThrottle throttle = makeThrottle();
        throttle.onResponse(get(), answer(429, fixture("error_429_ten_secondly.json")));
        QCOMPARE(throttle.delayBeforeSendMs(get()), 10000); // no headers: HubSpot's ten-second window
        QCOMPARE(throttle.budget().remaining, 0);
    }

    void searchIsPacedAtFivePerSecond()
    {
        HubSpotThrottle throttle = makeThrottle();
        QList<int> delays;
        for (int i = 0; i < 6; ++i)
            delays << throttle.delayBeforeSendMs(search());
        QCOMPARE(delays, (QList<int>{0, 200, 400, 600, 800, 1000}));
        QCOMPARE(throttle.delayBeforeSendMs(get()), 0); // other calls are not held up by search pacing
        m_now += 5000;
        QCOMPARE(throttle.delayBeforeSendMs(search()), 0);
    }

    void searchSecondly429WaitsASecond()
    {
        HubSpotThrottle throttle = makeThrottle();
        throttle.onResponse(search(), answer(429, fixture("error_429_secondly.json")));
        QCOMPARE(throttle.delayBeforeSendMs(search()), 1000);
    }

    void budgetIsReportedWhenItChanges()
    {
        HubSpotThrottle throttle = makeThrottle();
        QList<RateBudget> seen;
        throttle.setBudgetListener([&seen](const RateBudget &b) { seen << b; });
        Headers headers = budget(190, 189, 10000);
        headers.append(std::pair{QByteArrayLiteral("X-HubSpot-RateLimit-Daily"), QByteArrayLiteral("625000")});
        headers.append(std::pair{QByteArrayLiteral("X-HubSpot-RateLimit-Daily-Remaining"), QByteArrayLiteral("624000")});
        throttle.onResponse(get(), answer(200, {}, headers));
        throttle.onResponse(get(), answer(200, {}, headers)); // unchanged: no report
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().max, 190);
        QCOMPARE(seen.first().remaining, 189);
        QCOMPARE(seen.first().intervalMs, 10000);
        QCOMPARE(seen.first().daily, qint64(625000));
        QCOMPARE(seen.first().dailyRemaining, qint64(624000));
        throttle.onResponse(get(), answer(429, fixture("error_429_daily.json")));
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen.last().dailyRemaining, qint64(0));
    }

    // ---- HubSpotRetryPolicy ----

    void rateLimitKinds_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::newRow("ten secondly") << fixture("error_429_ten_secondly.json") << int(HubSpotRetryPolicy::RateLimit::TenSecondly);
        QTest::newRow("daily") << fixture("error_429_daily.json") << int(HubSpotRetryPolicy::RateLimit::Daily);
        QTest::newRow("secondly") << fixture("error_429_secondly.json") << int(HubSpotRetryPolicy::RateLimit::Secondly);
        QTest::newRow("no body") << QByteArray() << int(HubSpotRetryPolicy::RateLimit::Unknown);
    }
    void rateLimitKinds()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QCOMPARE(int(HubSpotRetryPolicy::rateLimitOf(answer(429, body))), kind);
        QCOMPARE(HubSpotRetryPolicy::rateLimitOf(answer(500, body)), HubSpotRetryPolicy::RateLimit::None);
    }

    void retryDecisions()
    {
        const HubSpotRetryPolicy policy;
        net::HttpRequest r = get();
        r.maxAttempts = 5;
        QVERIFY(!policy.retryDelayMs(r, answer(429, fixture("error_429_daily.json")), 1).has_value());
        const auto window = policy.retryDelayMs(r, answer(429, fixture("error_429_ten_secondly.json"), budget(100, 0, 10000)), 1);
        QVERIFY(window && *window >= 10000 && *window <= 11000); // the window plus a little spread, not 10 s × attempt
        const auto noHeader = policy.retryDelayMs(r, answer(429, fixture("error_429_ten_secondly.json")), 3);
        QVERIFY(noHeader && *noHeader >= 10000 && *noHeader <= 11000);
        const auto retryAfter = policy.retryDelayMs(r, answer(429, fixture("error_429_ten_secondly.json"), {{"Retry-After", "3"}}), 1);
        QCOMPARE(retryAfter, std::optional<int>(3000));
        const auto locked = policy.retryDelayMs(r, answer(423), 1);
        QVERIFY(locked && *locked >= 2000 && *locked <= 2200);
        QVERIFY(policy.retryDelayMs(r, answer(477, {}, {{"Retry-After", "1"}}), 1).has_value());
        QVERIFY(policy.retryDelayMs(r, answer(502), 1).has_value());
        QVERIFY(policy.retryDelayMs(r, answer(504), 4).has_value());
        QVERIFY(!policy.retryDelayMs(r, answer(504), 5).has_value()); // the last attempt
        QVERIFY(!policy.retryDelayMs(r, answer(501), 1).has_value());
        QVERIFY(!policy.retryDelayMs(r, answer(400), 1).has_value());
        QVERIFY(!policy.retryDelayMs(r, answer(401), 1).has_value());
        QVERIFY(!policy.retryDelayMs(r, answer(404), 1).has_value());
        // A plain POST (not marked idempotent) is repeated after a 429, which HubSpot refused unread,
        // but not after a 502, which may have been applied.
        net::HttpRequest post = search();
        post.maxAttempts = 5;
        QVERIFY(policy.retryDelayMs(post, answer(429, fixture("error_429_secondly.json")), 1).has_value());
        QVERIFY(!policy.retryDelayMs(post, answer(502), 1).has_value());
    }
};

QTEST_GUILESS_MAIN(TestHubSpotThrottle)
#include "tst_hubspotthrottle.moc"
