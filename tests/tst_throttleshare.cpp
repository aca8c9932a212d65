// The throttle's share of the portal's ten-second limit (hubspot.max_share) and its back-off when
// X-HubSpot-RateLimit-Remaining shows someone else spending, on an injected clock.
#include "core/hubspot/hubspotthrottle.h"
#include "core/profile.h"
#include "sandbox/ratelimiter.h"
#include "testsupport.h"

#include <QtTest>

#include <algorithm>
#include <queue>

using namespace credsync;
using namespace credsync::hubspot;

namespace {

net::HttpRequest get()
{
    net::HttpRequest r;
    r.url = QUrl(QStringLiteral("https://api.hubapi.com/crm/v4/associations/0-1/2-1/batch/read"));
    return r;
}

net::HttpResponse answer(int max, int remaining, int status = 200)
{
    net::HttpResponse r;
    r.status = status;
    r.headers = {{"X-HubSpot-RateLimit-Max", QByteArray::number(max)},
                 {"X-HubSpot-RateLimit-Remaining", QByteArray::number(remaining)},
                 {"X-HubSpot-RateLimit-Interval-Milliseconds", "10000"}};
    return r;
}

// The most of `times` that fall in any rolling window of `windowMs`.
int busiestWindow(std::vector<qint64> times, qint64 windowMs)
{
    std::sort(times.begin(), times.end());
    int most = 0;
    std::size_t first = 0;
    for (std::size_t last = 0; last < times.size(); ++last) {
        while (times[last] - times[first] >= windowMs)
            ++first;
        most = std::max(most, int(last - first + 1));
    }
    return most;
}

QByteArray profileWithShare(const QByteArray &share)
{
    nlohmann::json profile = nlohmann::json::parse(test::readData(QStringLiteral("profiles/minimal.json")).toStdString());
    profile["hubspot"]["max_share"] = nlohmann::json::parse(share.toStdString());
    return QByteArray::fromStdString(profile.dump());
}

// A long scan against the sandbox's own rolling-window limiter, simulated on the injected clock: `workers`
// requests in flight at most (max_concurrent_requests), each answered `latencyMs` after it reaches the
// server, demand never running out. Optionally a competitor spends `competitorPerWindow` of every
// window evenly. Nothing sleeps: events run in time order.
struct Simulation
{
    int sent = 0;          // our requests the server accepted
    int tooMany = 0;       // our requests answered 429
    int competitorSent = 0;
    int competitorTooMany = 0;
};

Simulation simulate(HubSpotThrottle &throttle, qint64 &now, qint64 durationMs, int workers, int latencyMs,
                    int competitorPerWindow = 0)
{
    constexpr int kMax = 190;
    sandbox::RateLimiter server;
    Simulation result;
    enum Kind { Ready, Arrive, Respond, Compete };
    struct Event
    {
        qint64 at;
        long sequence;
        Kind kind;
        int status = 200;
        int remaining = 0;
        bool operator>(const Event &other) const { return at != other.at ? at > other.at : sequence > other.sequence; }
    };
    std::priority_queue<Event, std::vector<Event>, std::greater<>> events;
    long sequence = 0;
    const qint64 start = now;
    const qint64 end = start + durationMs;
    for (int i = 0; i < workers; ++i)
        events.push({start, sequence++, Ready});
    if (competitorPerWindow > 0) {
        for (qint64 at = start; at < end; at += 10000 / competitorPerWindow)
            events.push({at, sequence++, Compete});
    }
    while (!events.empty()) {
        Event event = events.top();
        events.pop();
        now = event.at;
        switch (event.kind) {
        case Ready:
            if (now < end)
                events.push({now + throttle.delayBeforeSendMs(get()), sequence++, Arrive});
            break;
        case Arrive: {
            const sandbox::RateLimiter::Decision decision = server.take("token", now, kMax, 1 << 30);
            result.sent += decision.allowed ? 1 : 0;
            result.tooMany += decision.allowed ? 0 : 1;
            events.push({now + latencyMs, sequence++, Respond, decision.allowed ? 200 : 429, decision.remaining});
            break;
        }
        case Respond: {
            net::HttpResponse response = answer(kMax, event.remaining, event.status);
            if (event.status == 429)
                response.body = R"({"status":"error","errorType":"RATE_LIMIT","policyName":"TEN_SECONDLY_ROLLING"})";
            throttle.onResponse(get(), response);
            events.push({now, sequence++, Ready});
            break;
        }
        case Compete: {
            const bool allowed = server.take("token", now, kMax, 1 << 30).allowed;
            result.competitorSent += allowed ? 1 : 0;
            result.competitorTooMany += allowed ? 0 : 1;
            break;
        }
        }
    }
    return result;
}

} // namespace

class TestThrottleShare : public QObject
{
    Q_OBJECT
    qint64 m_now = 5000000;

    HubSpotThrottle make(double share)
    {
        HubSpotThrottle::Options options;
        options.maxShare = share;
        HubSpotThrottle throttle(options);
        throttle.setClock([this] { return m_now; });
        return throttle;
    }

private Q_SLOTS:
    void init() { m_now = 5000000; }

    void unknownBudgetSendsAtOnce()
    {
        HubSpotThrottle throttle = make(0.5);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(throttle.delayBeforeSendMs(get()), 0);
    }

    // 300 requests asked for at one instant: no rolling ten seconds holds more than half of 190 (less
    // the safety margin), and the first window is used, not starved.
    void shareCapsEveryRollingWindow()
    {
        HubSpotThrottle throttle = make(0.5);
        throttle.onResponse(get(), answer(190, 189));
        const int allowed = throttle.allowance();
        QVERIFY2(allowed <= 95 && allowed >= 85, qPrintable(QString::number(allowed)));
        std::vector<qint64> sends;
        for (int i = 0; i < 300; ++i)
            sends.push_back(m_now + throttle.delayBeforeSendMs(get()));
        QCOMPARE(busiestWindow(sends, 10000), allowed);
        QCOMPARE(int(std::count_if(sends.begin(), sends.end(), [&](qint64 t) { return t < m_now + 10000; })), allowed);
        // 300 at `allowed` per window: the last goes in the fourth window, not later.
        QVERIFY(sends.back() - m_now < 4 * 10000);
        QVERIFY(sends.back() - m_now >= 3 * 10000);
    }

    void fullShareUsesTheWholeLimitLessTheMargin()
    {
        HubSpotThrottle throttle = make(1.0);
        throttle.onResponse(get(), answer(190, 190));
        QCOMPARE(throttle.allowance(), 190 - HubSpotThrottle::Options{}.safetyMargin);
    }

    // Someone else spends 120 of the window: our allowance shrinks to what is left, at once.
    void backsOffWhenOthersSpend()
    {
        HubSpotThrottle throttle = make(1.0);
        throttle.onResponse(get(), answer(190, 189));
        QCOMPARE(throttle.othersEstimate(), 1);
        for (int i = 0; i < 10; ++i)
            throttle.delayBeforeSendMs(get());
        m_now += 100;
        // The portal's window holds 130: 10 are ours, so 120 are someone else's.
        throttle.onResponse(get(), answer(190, 60));
        QCOMPARE(throttle.othersEstimate(), 120);
        QCOMPARE(throttle.allowance(), 190 - 120 - HubSpotThrottle::Options{}.safetyMargin);
        // Then ours keep to that: the next window holds no more than the smaller allowance.
        std::vector<qint64> sends;
        for (int i = 0; i < 200; ++i)
            sends.push_back(m_now + throttle.delayBeforeSendMs(get()));
        QVERIFY(busiestWindow(sends, 10000) <= throttle.allowance());
    }

    // A reading that shows others gone lifts the back-off gradually, not in one noisy step.
    void recoversGradually()
    {
        HubSpotThrottle throttle = make(0.5);
        throttle.onResponse(get(), answer(190, 50)); // 140 spent, none of it ours
        QCOMPARE(throttle.othersEstimate(), 140);
        QCOMPARE(throttle.allowance(), 190 - 140 - HubSpotThrottle::Options{}.safetyMargin);
        m_now += 20000;
        throttle.onResponse(get(), answer(190, 190));
        QVERIFY(throttle.othersEstimate() > 100);
        for (int i = 0; i < 60; ++i)
            throttle.onResponse(get(), answer(190, 190));
        QVERIFY(throttle.othersEstimate() <= 1);
        QCOMPARE(throttle.allowance(), 95 - HubSpotThrottle::Options{}.safetyMargin); // back to the share: half of 190
    }

    // The wall-time goal of a long scan at max_share 1.0 (≤ 1.1 × the floor of limit ÷ 10 s) rests on the
    // throttle keeping the window full: over 30 simulated windows with 50 ms latency and 6 requests in
    // flight, it spends at least 95 % of the limit and never draws a 429.
    void longScanKeepsTheWindowFull()
    {
        HubSpotThrottle throttle = make(1.0);
        const Simulation run = simulate(throttle, m_now, 300000, 6, 50);
        QCOMPARE(run.tooMany, 0);
        const int limit = 190 * 30;
        QVERIFY2(run.sent >= limit * 95 / 100, qPrintable(QStringLiteral("%1 of %2").arg(run.sent).arg(limit)));
        QVERIFY2(run.sent <= limit, qPrintable(QString::number(run.sent)));
    }

    // The same with one request in flight and a slower answer: the pacing does not depend on overlap.
    void longScanKeepsTheWindowFullWithOneInFlight()
    {
        HubSpotThrottle throttle = make(1.0);
        const Simulation run = simulate(throttle, m_now, 300000, 1, 20);
        QCOMPARE(run.tooMany, 0);
        QVERIFY2(run.sent >= 190 * 30 * 95 / 100, qPrintable(QString::number(run.sent)));
    }

    // Beside a competitor spending half of every window, a scan at max_share 0.5 draws no 429, the
    // competitor draws none either, and the scan still gets most of what is left.
    void besideACompetitorNeitherStarves()
    {
        HubSpotThrottle throttle = make(0.5);
        const Simulation run = simulate(throttle, m_now, 300000, 6, 50, 95);
        QCOMPARE(run.tooMany, 0);
        QCOMPARE(run.competitorTooMany, 0);
        QVERIFY2(run.sent >= 30 * 80, qPrintable(QString::number(run.sent)));
        QVERIFY2(run.sent <= 30 * 95, qPrintable(QString::number(run.sent)));
    }

    void tenSecondly429StillPausesInShareMode()
    {
        HubSpotThrottle throttle = make(0.5);
        net::HttpResponse limited = answer(190, 0, 429);
        limited.body = R"({"status":"error","message":"You have reached your ten_secondly_rolling limit.","errorType":"RATE_LIMIT","policyName":"TEN_SECONDLY_ROLLING"})";
        throttle.onResponse(get(), limited);
        QCOMPARE(throttle.delayBeforeSendMs(get()), 10000);
    }

    void profileReadsMaxShare_data()
    {
        QTest::addColumn<QByteArray>("share");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("expected");
        QTest::newRow("half") << QByteArray("0.5") << true << 0.5;
        QTest::newRow("all") << QByteArray("1") << true << 1.0;
        QTest::newRow("a tenth") << QByteArray("0.1") << true << 0.1;
        QTest::newRow("null keeps the default") << QByteArray("null") << true << 0.5;
        QTest::newRow("zero") << QByteArray("0") << false << 0.0;
        QTest::newRow("more than all") << QByteArray("1.5") << false << 0.0;
        QTest::newRow("negative") << QByteArray("-0.2") << false << 0.0;
        QTest::newRow("text") << QByteArray("\"half\"") << false << 0.0;
    }

    void profileReadsMaxShare()
    {
        QFETCH(QByteArray, share);
        QFETCH(bool, valid);
        QFETCH(double, expected);
        const Result<Profile> profile = Profile::fromJson(profileWithShare(share), QStringLiteral("t"));
        QCOMPARE(profile.ok(), valid);
        if (valid)
            QCOMPARE(profile->hubspot.maxShare, expected);
        else
            QVERIFY2(profile.error().describe().contains(QStringLiteral("hubspot.max_share")), qPrintable(profile.error().describe()));
    }

    void profileDefaultShareIsHalf()
    {
        QCOMPARE(Profile{}.hubspot.maxShare, 0.5);
    }
};

QTEST_GUILESS_MAIN(TestThrottleShare)
#include "tst_throttleshare.moc"
