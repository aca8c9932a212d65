// The sandbox's one clock: a world anchored to a past date answers every time-relative request
// (Sentry's statsPeriod, Loki's default window, the updatedAt of a PATCH) relative to its own "now",
// which advances in real time from the moment the server starts. Each check here would fail if any of
// those answers read the machine's clock instead: the anchor is more than a year before the date this
// suite was written, and CI also runs it under faketime a year ahead and 200 days back.
#include "tst_sandbox_http.h"

#include "sandbox/demoworld.h"
#include "sandbox/sandboxserver.h"

#include <QtTest>

using namespace credsync::sandbox;
using credsync::sandbox::test::encoded;
using credsync::sandbox::test::HttpClient;
using credsync::sandbox::test::HttpReply;
using nlohmann::json;

namespace {
const QDateTime kAnchor(QDate(2025, 8, 25), QTime(14, 0), QTimeZone::utc());
constexpr qint64 kDayMs = 86400000;
const QString kSelector = QStringLiteral("{app=\"therapist-credentialing-backend\"}");
} // namespace

class TestSandboxClock : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<HttpClient> m_hubspot;
    std::unique_ptr<HttpClient> m_sentry;
    World &world() { return m_server->world(); }
    qint64 anchorMs() const { return kAnchor.toMSecsSinceEpoch(); }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SandboxServer>(generateDemoWorld(kAnchor));
        QVERIFY(m_server->listenLocal() != 0);
        m_hubspot = std::make_unique<HttpClient>(m_server->baseUrl(), QByteArray::fromStdString(world().tokens.hubspot));
        m_sentry = std::make_unique<HttpClient>(m_server->baseUrl(), QByteArray::fromStdString(world().tokens.sentry));
    }
    void cleanup()
    {
        m_hubspot.reset();
        m_sentry.reset();
        m_server.reset();
    }

    void worldNowIsTheAnchorAndAdvances()
    {
        const qint64 first = world().nowMs();
        QVERIFY(first >= anchorMs());
        QVERIFY(first < anchorMs() + kDayMs); // the anchor, not the machine's date
        QTest::qWait(30);
        const qint64 second = world().nowMs();
        QVERIFY2(second > first, "the world's clock advances in real time");
        QVERIFY(second < anchorMs() + kDayMs);
    }

    void sentryStatsPeriodIsRelativeToTheWorld()
    {
        // What the world holds in its last 14 days, counted from the world's data alone.
        const qint64 since = world().nowMs() - 14 * kDayMs;
        std::size_t expected = 0;
        for (const SentryIssue &issue : world().sentryIssues)
            expected += issue.lastSeen >= since ? 1 : 0;
        QVERIFY2(expected > 0, "the demo world has issues in its last 14 days");
        const QString path = QStringLiteral("/api/0/organizations/") + QString::fromStdString(world().sentryProject.org) +
                             QStringLiteral("/issues/?project=") + QString::number(world().sentryProject.id) +
                             QStringLiteral("&query=&limit=100&statsPeriod=14d");
        const HttpReply reply = m_sentry->get(path);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().size(), expected);
        // The default period (14d) is the same window.
        const HttpReply byDefault = m_sentry->get(QString(path).remove(QStringLiteral("&statsPeriod=14d")));
        QCOMPARE(byDefault.json().size(), expected);
    }

    void lokiDefaultWindowIsTheWorldsLastHour()
    {
        const qint64 now = world().nowMs();
        const std::map<std::string, std::string> stream{{"app", "therapist-credentialing-backend"}, {"container", "worker"}};
        world().logLines.push_back({stream, (now - 10 * 60000) * 1000000, "clock probe recent"});
        world().logLines.push_back({stream, (now - 2 * 3600000) * 1000000, "clock probe two hours ago"});
        HttpClient loki(m_server->baseUrl());
        // No start and no end: Loki answers the hour before its now.
        const HttpReply reply = loki.get(QStringLiteral("/loki/api/v1/query_range?query=") +
                                         encoded(kSelector + QStringLiteral(" |= \"clock probe\"")));
        QCOMPARE(reply.status, 200);
        const json body = reply.json(); // kept: a range-for over a temporary's member would dangle
        std::vector<std::string> lines;
        for (const auto &result : body["data"]["result"])
            for (const auto &value : result["values"])
                lines.push_back(value[1].get<std::string>());
        QVERIFY2(lines == std::vector<std::string>{"clock probe recent"}, reply.body.constData());
    }

    void patchUpdatedAtIsTheWorldsTime()
    {
        const Id object = world().objects.begin()->first;
        const std::string type = world().objects.begin()->second.type;
        const HttpReply patched = m_hubspot->send("PATCH", QStringLiteral("/crm/v3/objects/") + QString::fromStdString(type) +
                                                               QLatin1Char('/') + QString::number(object),
                                                  R"({"properties":{"license_state":"OR"}})");
        QCOMPARE(patched.status, 200);
        const QDateTime updated = QDateTime::fromString(QString::fromStdString(patched.json()["updatedAt"].get<std::string>()),
                                                        Qt::ISODateWithMs);
        QVERIFY(updated.isValid());
        QVERIFY2(updated.toMSecsSinceEpoch() >= anchorMs() && updated.toMSecsSinceEpoch() < anchorMs() + kDayMs,
                 qPrintable(updated.toString(Qt::ISODateWithMs)));
        QCOMPARE(world().objects.at(object).updatedAt, updated.toMSecsSinceEpoch());
    }
};

QTEST_GUILESS_MAIN(TestSandboxClock)
#include "tst_sandbox_clock.moc"
