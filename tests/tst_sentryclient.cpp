#include <QtTest>

#include "core/evidence/sentryclient.h"
#include "scriptedhttpserver.h"
#include "testsupport.h"

using namespace credsync;
using namespace credsync::evidence;
using credsync::test::ScriptedHttpServer;
using Reply = ScriptedHttpServer::Response;

namespace {

const QString kContact = QStringLiteral("51234567801");

QByteArray issue(const QString &id, const QString &lastSeen)
{
    return QStringLiteral("{\"id\":\"%1\",\"shortId\":\"B-%1\",\"title\":\"Sync failed for Therapist 51234567801\","
                          "\"count\":\"3\",\"firstSeen\":\"2025-09-14T17:00:00Z\",\"lastSeen\":\"%2\","
                          "\"permalink\":\"https://acme.sentry.io/issues/%1/\"}")
        .arg(id, lastSeen)
        .toUtf8();
}

QByteArray link(const QUrl &base, const QString &cursor, bool more)
{
    const QString next = base.toString() + QStringLiteral("/api/0/organizations/acme/issues/?project=42&cursor=")
        + cursor;
    return QStringLiteral("<%1>; rel=\"previous\"; results=\"false\"; cursor=\"0:0:1\", <%2>; rel=\"next\"; results=\"%3\"; cursor=\"%4\"")
        .arg(base.toString() + QStringLiteral("/api/0/organizations/acme/issues/?cursor=0:0:1"), next,
             more ? QStringLiteral("true") : QStringLiteral("false"), cursor)
        .toUtf8();
}

} // namespace

class TestSentryClient : public QObject
{
    Q_OBJECT

    ScriptedHttpServer *m_server = nullptr;
    net::HttpTransport *m_transport = nullptr;

    SentryProfile profile(const QString &project = QStringLiteral("credentialing-backend"))
    {
        SentryProfile p;
        p.baseUrl = m_server->baseUrl();
        p.org = QStringLiteral("acme");
        p.project = project;
        return p;
    }

    Result<std::vector<SentryIssue>> run(const SentryClient &client, const QString &contact = kContact)
    {
        std::optional<Result<std::vector<SentryIssue>>> out;
        client.issuesForContact(contact, [&out](Result<std::vector<SentryIssue>> r) { out.emplace(std::move(r)); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000); }();
        return out.value_or(Error::make(Error::Kind::Internal, QStringLiteral("no answer")));
    }

    QStringList paths() const
    {
        QStringList out;
        for (const auto &r : m_server->requests())
            out << r.path;
        return out;
    }

    // A Sentry with one project (id 42), two pages of issues and events for each.
    void serveOrganization()
    {
        const QUrl base = m_server->baseUrl();
        m_server->setHandler([base](const ScriptedHttpServer::Request &r) {
            if (r.path == QStringLiteral("/api/0/projects/acme/credentialing-backend/"))
                return Reply::json(200, test::readData(QStringLiteral("sentry/project.json")).replace("4504000000000001", "42"));
            if (r.path == QStringLiteral("/api/0/organizations/acme/issues/")) {
                if (r.query.queryItemValue(QStringLiteral("cursor")).isEmpty())
                    return Reply::json(200, "[" + issue(QStringLiteral("1"), QStringLiteral("2025-09-14T18:00:00Z")) + ","
                                                + issue(QStringLiteral("2"), QStringLiteral("2025-09-15T08:00:00Z")) + "]",
                                       {{"Link", link(base, QStringLiteral("0:100:0"), true)}});
                return Reply::json(200, "[" + issue(QStringLiteral("2"), QStringLiteral("2025-09-15T08:00:00Z")) + ","
                                            + issue(QStringLiteral("3"), QStringLiteral("2025-09-14T17:30:00Z")) + "]",
                                   {{"Link", link(base, QStringLiteral("0:200:0"), false)}});
            }
            if (r.path.endsWith(QStringLiteral("/events/"))) {
                if (r.path.contains(QStringLiteral("/issues/3/")))
                    return Reply::json(500, "oops");
                return Reply::json(200, test::readData(QStringLiteral("sentry/events.json")));
            }
            return Reply::json(404, "{\"detail\":\"The requested resource does not exist\"}");
        });
    }

private Q_SLOTS:
    void init()
    {
        m_server = new ScriptedHttpServer(this);
        QVERIFY(m_server->listen());
        m_transport = new net::HttpTransport(this);
        m_transport->setRetryPolicy(std::make_shared<net::DefaultRetryPolicy>(5, 20, 5000));
    }
    void cleanup()
    {
        delete m_transport;
        delete m_server;
    }

    void resolvesPagesAndReadsEvents()
    {
        serveOrganization();
        const SentryClient client(m_transport, profile(), QStringLiteral("sntrys_secret"));
        const Result<std::vector<SentryIssue>> result = run(client);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));

        const QList<ScriptedHttpServer::Request> requests = m_server->requests();
        QCOMPARE(requests.at(0).path, QStringLiteral("/api/0/projects/acme/credentialing-backend/"));
        const QUrlQuery search = requests.at(1).query;
        QCOMPARE(search.queryItemValue(QStringLiteral("project")), QStringLiteral("42"));
        QCOMPARE(search.queryItemValue(QStringLiteral("query")), kContact);
        QCOMPARE(search.queryItemValue(QStringLiteral("statsPeriod")), QStringLiteral("14d"));
        QCOMPARE(search.queryItemValue(QStringLiteral("limit")), QStringLiteral("100"));
        QCOMPARE(requests.at(2).query.queryItemValue(QStringLiteral("cursor")), QStringLiteral("0:100:0"));
        for (const auto &r : requests)
            QCOMPARE(r.header("authorization"), QByteArrayLiteral("Bearer sntrys_secret"));
        // Project once, two issue pages (the last says results="false"), events for each issue (the
        // failing one is retried by the transport, hence distinct paths).
        QCOMPARE(paths().count(QStringLiteral("/api/0/projects/acme/credentialing-backend/")), 1);
        QCOMPARE(paths().count(QStringLiteral("/api/0/organizations/acme/issues/")), 2);
        const QStringList events = paths().filter(QStringLiteral("/events/"));
        QCOMPARE(QSet<QString>(events.begin(), events.end()).size(), 3);

        // Issue 2 came on both pages: kept once. Most recently seen first.
        QCOMPARE(result->size(), std::size_t(3));
        QCOMPARE(result->at(0).id, QStringLiteral("2"));
        QCOMPARE(result->at(0).count, qint64(3));
        QCOMPARE(result->at(0).eventTimes.size(), std::size_t(3));
        QCOMPARE(result->at(2).id, QStringLiteral("3"));
        QVERIFY(result->at(2).eventTimes.empty()); // its events failed: the issue stays
    }

    void projectIdIsCached()
    {
        serveOrganization();
        SentryClient client(m_transport, profile(), QStringLiteral("t"));
        client.setFetchEvents(false);
        QVERIFY(run(client).ok());
        QVERIFY(run(client).ok());
        QCOMPARE(paths().count(QStringLiteral("/api/0/projects/acme/credentialing-backend/")), 1);
        QCOMPARE(paths().filter(QStringLiteral("/events/")).size(), 0);
    }

    void numericProjectSkipsTheLookup()
    {
        serveOrganization();
        SentryClient client(m_transport, profile(QStringLiteral("42")), QStringLiteral("t"));
        client.setFetchEvents(false);
        QVERIFY(run(client).ok());
        QCOMPARE(paths().constFirst(), QStringLiteral("/api/0/organizations/acme/issues/"));
        QCOMPARE(m_server->requests().constFirst().query.queryItemValue(QStringLiteral("project")), QStringLiteral("42"));
    }

    // The therapist's own window goes out as start/end (ISO 8601); an explicit stats_period wins.
    void windowIsStartAndEndUnlessStatsPeriodIsSet()
    {
        serveOrganization();
        const QDateTime start(QDate(2026, 8, 25), QTime(13, 50), QTimeZone::utc());
        const QDateTime end(QDate(2026, 12, 6), QTime(12, 0), QTimeZone::utc());
        const auto ask = [&](const SentryClient &client) {
            std::optional<Result<std::vector<SentryIssue>>> out;
            client.issuesForContact(kContact, start, end, [&out](Result<std::vector<SentryIssue>> r) { out.emplace(std::move(r)); });
            [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000); }();
            return out.has_value() && out->ok();
        };
        SentryClient windowed(m_transport, profile(QStringLiteral("42")), QStringLiteral("t"));
        windowed.setFetchEvents(false);
        QVERIFY(ask(windowed));
        const QUrlQuery first = m_server->requests().constFirst().query;
        QCOMPARE(first.queryItemValue(QStringLiteral("start")), QStringLiteral("2026-08-25T13:50:00Z"));
        QCOMPARE(first.queryItemValue(QStringLiteral("end")), QStringLiteral("2026-12-06T12:00:00Z"));
        QVERIFY(!first.hasQueryItem(QStringLiteral("statsPeriod")));

        m_server->clearRequests();
        SentryProfile explicitPeriod = profile(QStringLiteral("42"));
        explicitPeriod.statsPeriod = QStringLiteral("24h");
        SentryClient period(m_transport, explicitPeriod, QStringLiteral("t"));
        period.setFetchEvents(false);
        QVERIFY(ask(period));
        const QUrlQuery second = m_server->requests().constFirst().query;
        QCOMPARE(second.queryItemValue(QStringLiteral("statsPeriod")), QStringLiteral("24h"));
        QVERIFY(!second.hasQueryItem(QStringLiteral("start")) && !second.hasQueryItem(QStringLiteral("end")));
    }

    void neverFollowsALinkToAnotherHost()
    {
        m_server->setHandler([](const ScriptedHttpServer::Request &) {
            return Reply::json(200, "[" + issue(QStringLiteral("1"), QStringLiteral("2025-09-14T18:00:00Z")) + "]",
                               {{"Link", "<https://evil.example.com/steal?cursor=1>; rel=\"next\"; results=\"true\"; cursor=\"1\""}});
        });
        SentryClient client(m_transport, profile(QStringLiteral("42")), QStringLiteral("t"));
        client.setFetchEvents(false);
        const Result<std::vector<SentryIssue>> result = run(client);
        QVERIFY(result.ok());
        QCOMPARE(result->size(), std::size_t(1));
        QCOMPARE(m_server->requestCount(), 1);
    }

    void pageCap()
    {
        const QUrl base = m_server->baseUrl();
        int served = 0;
        m_server->setHandler([base, &served](const ScriptedHttpServer::Request &) {
            ++served;
            return Reply::json(200, "[" + issue(QString::number(served), QStringLiteral("2025-09-14T18:00:00Z")) + "]",
                               {{"Link", link(base, QString::number(served), true)}});
        });
        SentryClient client(m_transport, profile(QStringLiteral("42")), QStringLiteral("t"));
        client.setFetchEvents(false);
        const Result<std::vector<SentryIssue>> result = run(client);
        QVERIFY(result.ok());
        QCOMPARE(m_server->requestCount(), SentryClient::kMaxIssuePages);
        QCOMPARE(int(result->size()), SentryClient::kMaxIssuePages);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("project");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("401 on project") << QStringLiteral("credentialing-backend") << 401
                                        << QByteArray("{\"detail\":\"Invalid token\"}") << int(Error::Kind::Auth)
                                        << QStringLiteral("errors unavailable: Sentry rejected the credentials");
        QTest::newRow("404 project") << QStringLiteral("nope") << 404 << QByteArray("{\"detail\":\"The requested resource does not exist\"}")
                                     << int(Error::Kind::NotFound)
                                     << QStringLiteral("errors unavailable: Sentry has no project \"nope\" in \"acme\"");
        QTest::newRow("400 on search") << QStringLiteral("42") << 400
                                       << QByteArray("{\"detail\":\"Invalid query. Project(s) credentialing do not exist\"}")
                                       << int(Error::Kind::Validation)
                                       << QStringLiteral("errors unavailable: Sentry rejected the query: Invalid query. Project(s) credentialing do not exist");
        QTest::newRow("issues not a list") << QStringLiteral("42") << 200 << QByteArray("{\"detail\":\"x\"}")
                                           << int(Error::Kind::BadResponse)
                                           << QStringLiteral("errors unavailable: Sentry answered something that is not a list of issues (GET /api/0/organizations/acme/issues/)");
    }

    void errors()
    {
        QFETCH(QString, project);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, message);
        m_server->enqueue(Reply::json(status, body));
        const SentryClient client(m_transport, profile(project), QStringLiteral("sntrys_hidden"));
        const Result<std::vector<SentryIssue>> result = run(client);
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().kind), kind);
        QCOMPARE(result.error().message, message);
        QCOMPARE(result.error().source, QStringLiteral("sentry"));
        QVERIFY(!result.error().describe().contains(QStringLiteral("sntrys_hidden")));
    }

    void notAContactIdNoRequest()
    {
        const SentryClient client(m_transport, profile(), QStringLiteral("t"));
        const Result<std::vector<SentryIssue>> result = run(client, QStringLiteral("is:unresolved OR 1"));
        QVERIFY(result.ok());
        QVERIFY(result->empty());
        QCOMPARE(m_server->requestCount(), 0);
    }

    void notConfigured()
    {
        const SentryClient client(m_transport, SentryProfile(), QStringLiteral("t"));
        const Result<std::vector<SentryIssue>> result = run(client);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Config);
    }
};

QTEST_GUILESS_MAIN(TestSentryClient)
#include "tst_sentryclient.moc"
