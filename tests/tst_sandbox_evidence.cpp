// The sandbox's Loki and Sentry endpoints over real HTTP: the shapes the evidence clients parse.
#include "tst_sandbox_http.h"

#include "sandbox/demoworld.h"
#include "sandbox/logqlquery.h"
#include "sandbox/sandboxserver.h"

#include <QtTest>

using namespace credsync::sandbox;
using credsync::sandbox::test::encoded;
using credsync::sandbox::test::HttpClient;
using credsync::sandbox::test::HttpReply;
using nlohmann::json;

namespace {
// A fixed "now": the world's clock starts there, so Sentry's statsPeriod and Loki's default window are
// relative to it, whatever the date of the machine running the test.
const QDateTime kNow(QDate(2026, 11, 23), QTime(9, 30), QTimeZone::utc());
const QString kSelector = QStringLiteral("{app=\"therapist-credentialing-backend\"}");

Id firstWith(const World &world, const std::string &scenario)
{
    for (const auto &tag : world.scenarios)
        if (tag.scenario == scenario)
            return tag.contactId;
    return 0;
}
} // namespace

class TestSandboxEvidence : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<HttpClient> m_loki;
    std::unique_ptr<HttpClient> m_sentry;
    World &world() { return m_server->world(); }

    HttpReply queryRange(const QString &query, const QString &extra = {},
                         const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        const qint64 startNs = (kNow.toMSecsSinceEpoch() - 30LL * 86400000) * 1000000;
        const qint64 endNs = (kNow.toMSecsSinceEpoch() + 60000) * 1000000;
        return m_loki->get(QStringLiteral("/loki/api/v1/query_range?query=") + encoded(query) + QStringLiteral("&start=") +
                               QString::number(startNs) + QStringLiteral("&end=") + QString::number(endNs) + extra, headers);
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SandboxServer>(generateDemoWorld(kNow));
        QVERIFY(m_server->listenLocal() != 0);
        m_loki = std::make_unique<HttpClient>(m_server->baseUrl());
        m_sentry = std::make_unique<HttpClient>(m_server->baseUrl(), QByteArray::fromStdString(world().tokens.sentry));
    }
    void cleanup()
    {
        m_loki.reset();
        m_sentry.reset();
        m_server.reset();
    }

    void logQlParsing_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("valid");
        QTest::newRow("selector") << QStringLiteral("{app=\"x\"}") << true;
        QTest::newRow("filters") << QStringLiteral("{app=\"x\", env=~\"prod.*\"} |= \"a\\\"b\" != `c\\d` |~ \"[0-9]+\" !~ \"z\"") << true;
        QTest::newRow("empty-compatible") << QStringLiteral("{app=~\".*\"}") << false;
        QTest::newRow("no braces") << QStringLiteral("app=\"x\"") << false;
        QTest::newRow("unterminated") << QStringLiteral("{app=\"x}") << false;
        QTest::newRow("parser stage") << QStringLiteral("{app=\"x\"} | json") << false;
        QTest::newRow("bad regex") << QStringLiteral("{app=\"x\"} |~ \"(\"") << false;
    }
    void logQlParsing()
    {
        QFETCH(QString, query);
        QFETCH(bool, valid);
        std::string error;
        QCOMPARE(LogQlQuery::parse(query.toStdString(), &error).has_value(), valid);
        QCOMPARE(error.empty(), valid);
    }

    void lineFilterSemantics()
    {
        const auto query = LogQlQuery::parse("{app=\"x\"} |= \"a\\\"b\" != `c\\d` |~ \"[0-9]{3}\"", nullptr);
        QVERIFY(query);
        QVERIFY(query->matchesLine("xx a\"b 123"));
        QVERIFY(!query->matchesLine("xx a\"b 123 c\\d")); // the raw string keeps its backslash
        QVERIFY(!query->matchesLine("xx ab 123"));
        QVERIFY(query->matchesStream({{"app", "x"}}));
        QVERIFY(!query->matchesStream({{"app", "xy"}})); // label regexes and values match whole values
    }

    void queryRangeStreamsForAContact()
    {
        const Id contact = firstWith(world(), "PULL_BEFORE_CREATE");
        const HttpReply reply = queryRange(kSelector + QStringLiteral(" |= \"") + QString::number(contact) + QLatin1Char('"'));
        QCOMPARE(reply.status, 200);
        const json body = reply.json();
        QCOMPARE(body["status"], "success");
        QCOMPARE(body["data"]["resultType"], "streams");
        QVERIFY(body["data"].contains("stats"));
        const json &result = body["data"]["result"];
        QVERIFY(result.size() >= 2); // web and worker streams are separate entries
        qint64 previous = std::numeric_limits<qint64>::max();
        bool pull = false;
        for (const auto &stream : result) {
            QCOMPARE(stream["stream"]["app"], "therapist-credentialing-backend");
            previous = std::numeric_limits<qint64>::max();
            for (const auto &value : stream["values"]) {
                QVERIFY(value[0].is_string());
                const qint64 ns = std::stoll(value[0].get<std::string>());
                QVERIFY(ns > 1000000000000000000LL);
                QVERIFY(ns <= previous); // backward: newest first
                previous = ns;
                QVERIFY(value[1].get<std::string>().find(std::to_string(contact)) != std::string::npos);
                pull = pull || value[1].get<std::string>().find("Did not found Associated Custom Objects") != std::string::npos;
            }
        }
        QVERIFY(pull);
    }

    void limitDirectionAndWindow()
    {
        const auto values = [](const json &body) {
            std::vector<qint64> out;
            for (const auto &stream : body["data"]["result"])
                for (const auto &value : stream["values"])
                    out.push_back(std::stoll(value[0].get<std::string>()));
            std::sort(out.begin(), out.end());
            return out;
        };
        const auto all = values(queryRange(kSelector, QStringLiteral("&limit=5000")).json());
        QVERIFY(all.size() > 200);
        const auto newest = values(queryRange(kSelector).json());
        QCOMPARE(newest.size(), 100u); // default limit
        QCOMPARE(newest.back(), all.back());
        QCOMPARE(newest.front(), all[all.size() - 100]);
        const auto oldest = values(queryRange(kSelector, QStringLiteral("&limit=3&direction=forward")).json());
        QCOMPARE(oldest, std::vector<qint64>(all.begin(), all.begin() + 3));
        // start inclusive, end exclusive.
        const QString exact = QStringLiteral("/loki/api/v1/query_range?query=") + encoded(kSelector) + QStringLiteral("&start=") +
                              QString::number(all[10]) + QStringLiteral("&end=") + QString::number(all[12]) + QStringLiteral("&limit=100");
        QCOMPARE(values(m_loki->get(exact).json()), std::vector<qint64>(all.begin() + 10, all.begin() + 12));
        // RFC3339 is accepted too.
        const QString rfc = QStringLiteral("/loki/api/v1/query_range?query=") + encoded(kSelector) + QStringLiteral("&start=") +
                            encoded(kNow.addDays(-30).toString(Qt::ISODate)) + QStringLiteral("&end=") +
                            encoded(kNow.addSecs(60).toString(Qt::ISODate)) + QStringLiteral("&limit=5000");
        QCOMPARE(values(m_loki->get(rfc).json()).size(), all.size());
    }

    void errorsArePlainText()
    {
        const HttpReply bad = queryRange(QStringLiteral("{app=\"x\"} | json"));
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.header("Content-Type").startsWith("text/plain"));
        QVERIFY(bad.body.startsWith("parse error"));
        QCOMPARE(queryRange(kSelector, QStringLiteral("&direction=sideways")).status, 400);
        QCOMPARE(queryRange(kSelector, QStringLiteral("&limit=5001")).status, 400);
        QCOMPARE(m_loki->get(QStringLiteral("/loki/api/v1/query_range?query=") + encoded(kSelector) +
                             QStringLiteral("&start=20&end=10")).status, 400);
    }

    void lokiAuthWhenTheWorldAsks()
    {
        world().tokens.lokiBasicUser = "123456";
        world().tokens.lokiBasicPassword = "glc_token";
        world().tokens.lokiOrgId = "tenant-a";
        QCOMPARE(queryRange(kSelector).status, 401);
        const QByteArray basic = "Basic " + QByteArray("123456:glc_token").toBase64();
        QCOMPARE(queryRange(kSelector, {}, {{"Authorization", basic}}).status, 401); // no org id
        const HttpReply ok = queryRange(kSelector, {}, {{"Authorization", basic}, {"X-Scope-OrgID", "tenant-a"}});
        QCOMPARE(ok.status, 200);
        QVERIFY(!ok.json()["data"]["result"].empty());
        const HttpReply other = queryRange(kSelector, {}, {{"Authorization", basic}, {"X-Scope-OrgID", "tenant-b"}});
        QVERIFY(other.json()["data"]["result"].empty());
    }

    void sentryProjectAndIssues()
    {
        const std::string org = world().sentryProject.org;
        const HttpReply project = m_sentry->get(QStringLiteral("/api/0/projects/") + QString::fromStdString(org) +
                                                QStringLiteral("/therapist-credentialing-backend/"));
        QCOMPARE(project.status, 200);
        QVERIFY(project.json()["id"].is_string());
        const QString projectId = QString::fromStdString(project.json()["id"].get<std::string>());

        const Id contact = firstWith(world(), "PULL_BEFORE_CREATE");
        const QString issuesPath = QStringLiteral("/api/0/organizations/") + QString::fromStdString(org) + QStringLiteral("/issues/");
        const HttpReply issues = m_sentry->get(issuesPath + QStringLiteral("?project=") + projectId + QStringLiteral("&query=") +
                                               encoded(QStringLiteral("is:unresolved ") + QString::number(contact)) +
                                               QStringLiteral("&statsPeriod=14d"));
        QCOMPARE(issues.status, 200);
        const json list = issues.json();
        QCOMPARE(list.size(), 1u);
        QVERIFY(list[0]["count"].is_string());
        QVERIFY(list[0]["userCount"].is_number_integer());
        QVERIFY(list[0]["title"].get<std::string>().find("Missing definitive_hubspot_credentialing_id for Therapist " + std::to_string(contact)) != std::string::npos);
        QVERIFY(issues.header("Link").contains("rel=\"next\"; results=\"false\""));

        // A slug where a numeric id belongs is refused, as Sentry does.
        QCOMPARE(m_sentry->get(issuesPath + QStringLiteral("?project=therapist-credentialing-backend")).status, 400);
        // Free text is case-insensitive and also matches event messages.
        const HttpReply lower = m_sentry->get(issuesPath + QStringLiteral("?project=") + projectId + QStringLiteral("&query=") +
                                              encoded(QStringLiteral("missing DEFINITIVE")));
        QCOMPARE(lower.json().size(), 4u);
        // Resolved issues drop out of is:unresolved.
        world().sentryIssues.front().status = "resolved";
        QCOMPARE(m_sentry->get(issuesPath + QStringLiteral("?project=") + projectId + QStringLiteral("&query=") +
                               encoded(QStringLiteral("is:unresolved missing definitive"))).json().size(), 3u);

        const std::string issueId = list[0]["id"];
        const HttpReply events = m_sentry->get(issuesPath + QString::fromStdString(issueId) + QStringLiteral("/events/"));
        QCOMPARE(events.status, 200);
        QVERIFY(events.json().size() >= 3);
        QVERIFY(events.json()[0]["eventID"].is_string());
        QVERIFY(events.json()[0]["tags"][0].contains("key"));
        QVERIFY(events.json()[0]["dateCreated"] >= events.json()[1]["dateCreated"]);
    }

    void sentryLinkPaging()
    {
        const std::string org = world().sentryProject.org;
        const QString base = QStringLiteral("/api/0/organizations/") + QString::fromStdString(org) + QStringLiteral("/issues/?query=&limit=2");
        const HttpReply first = m_sentry->get(base);
        QCOMPARE(first.json().size(), 2u);
        const QByteArray link = first.header("Link");
        QVERIFY(link.contains("rel=\"previous\"; results=\"false\"; cursor=\"0:0:1\""));
        QVERIFY(link.contains("rel=\"next\"; results=\"true\"; cursor=\"0:2:0\""));
        const HttpReply second = m_sentry->get(base + QStringLiteral("&cursor=0:2:0"));
        QVERIFY(second.json()[0]["id"] != first.json()[0]["id"]);
        QVERIFY(second.header("Link").contains("rel=\"previous\"; results=\"true\""));
        QCOMPARE(m_sentry->get(base + QStringLiteral("&cursor=garbage")).status, 400);
    }

    void sentryHonoursStartAndEnd()
    {
        const Id contact = firstWith(world(), "PULL_BEFORE_CREATE");
        const QString base = QStringLiteral("/api/0/organizations/") + QString::fromStdString(world().sentryProject.org) +
                             QStringLiteral("/issues/?query=") + QString::number(contact);
        const auto iso = [](const QDateTime &time) { return encoded(time.toUTC().toString(Qt::ISODate)); };
        // The ticket's issue falls in the last week of the world; not in a window that ends before it.
        const HttpReply inside = m_sentry->get(base + QStringLiteral("&start=") + iso(kNow.addDays(-7)) +
                                               QStringLiteral("&end=") + iso(kNow));
        QCOMPARE(inside.status, 200);
        QCOMPARE(inside.json().size(), 1u);
        const HttpReply before = m_sentry->get(base + QStringLiteral("&start=") + iso(kNow.addDays(-60)) +
                                               QStringLiteral("&end=") + iso(kNow.addDays(-20)));
        QCOMPARE(before.status, 200);
        QCOMPARE(before.json().size(), 0u);
        // statsPeriod with start/end, or half a window, is refused with Sentry's {"detail": …}.
        const HttpReply both = m_sentry->get(base + QStringLiteral("&statsPeriod=14d&start=") + iso(kNow.addDays(-7)) +
                                             QStringLiteral("&end=") + iso(kNow));
        QCOMPARE(both.status, 400);
        QVERIFY(both.json()["detail"].is_string());
        const HttpReply half = m_sentry->get(base + QStringLiteral("&start=") + iso(kNow.addDays(-7)));
        QCOMPARE(half.status, 400);
        QVERIFY(half.json()["detail"].is_string());
        QCOMPARE(m_sentry->get(base + QStringLiteral("&start=yesterday&end=today")).status, 400);
    }

    void dataPastRetentionIsGone()
    {
        // The demo world keeps 30 days of logs and 90 of Sentry; its old ticket is 120 days old.
        QCOMPARE(world().settings.lokiRetentionDays, 30);
        QCOMPARE(world().settings.sentryRetentionDays, 90);
        const Id contact = firstWith(world(), "OLD_TICKET");
        QVERIFY(contact != 0);
        const QString logs = QStringLiteral("/loki/api/v1/query_range?limit=5000&query=") +
                             encoded(kSelector + QStringLiteral(" |= \"") + QString::number(contact) + QLatin1Char('"')) +
                             QStringLiteral("&start=") + encoded(kNow.addDays(-200).toString(Qt::ISODate)) +
                             QStringLiteral("&end=") + encoded(kNow.addSecs(60).toString(Qt::ISODate));
        const QString issues = QStringLiteral("/api/0/organizations/") + QString::fromStdString(world().sentryProject.org) +
                               QStringLiteral("/issues/?query=") + QString::number(contact) + QStringLiteral("&start=") +
                               encoded(kNow.addDays(-200).toString(Qt::ISODate)) + QStringLiteral("&end=") +
                               encoded(kNow.toString(Qt::ISODate));
        const auto lineCount = [](const json &body) {
            std::size_t count = 0;
            for (const auto &stream : body["data"]["result"])
                count += stream["values"].size();
            return count;
        };
        QCOMPARE(lineCount(m_loki->get(logs).json()), 0u);
        QCOMPARE(m_sentry->get(issues).json().size(), 0u);
        // The world holds them: without retention they come back.
        world().settings.lokiRetentionDays = 0;
        world().settings.sentryRetentionDays = 0;
        QVERIFY(lineCount(m_loki->get(logs).json()) >= 3);
        QCOMPARE(m_sentry->get(issues).json().size(), 1u);
    }

    void sentryNeedsItsToken()
    {
        m_sentry->setBearer({});
        const HttpReply missing = m_sentry->get(QStringLiteral("/api/0/organizations/acme-health/issues/"));
        QCOMPARE(missing.status, 401);
        QVERIFY(missing.json().contains("detail"));
        m_sentry->setBearer(QByteArray::fromStdString(world().tokens.hubspot)); // another service's token
        QCOMPARE(m_sentry->get(QStringLiteral("/api/0/organizations/acme-health/issues/")).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestSandboxEvidence)
#include "tst_sandbox_evidence.moc"
