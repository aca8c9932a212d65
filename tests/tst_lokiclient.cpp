#include <QtTest>

#include "core/evidence/lokiclient.h"
#include "scriptedhttpserver.h"

#include <nlohmann/json.hpp>

using namespace credsync;
using namespace credsync::evidence;
using credsync::test::ScriptedHttpServer;
using Reply = ScriptedHttpServer::Response;

namespace {

struct Entry
{
    qint64 ns;
    QString stream; // "worker" or "web"
    QString line;
};

// A miniature Loki: filters [start, end), sorts forward, cuts at limit, answers one entry per stream.
Reply fakeLoki(const std::vector<Entry> &entries, const ScriptedHttpServer::Request &request)
{
    const qint64 start = request.query.queryItemValue(QStringLiteral("start")).toLongLong();
    const qint64 end = request.query.queryItemValue(QStringLiteral("end")).toLongLong();
    const int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt();
    std::vector<Entry> hits;
    for (const Entry &e : entries) {
        if (e.ns >= start && e.ns < end)
            hits.push_back(e);
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Entry &a, const Entry &b) { return a.ns < b.ns; });
    if (int(hits.size()) > limit)
        hits.resize(std::size_t(limit));
    nlohmann::json result = nlohmann::json::array();
    for (const char *container : {"worker", "web"}) {
        nlohmann::json values = nlohmann::json::array();
        for (const Entry &e : hits) {
            if (e.stream == QLatin1String(container))
                values.push_back({std::to_string(e.ns), e.line.toStdString()});
        }
        if (!values.empty())
            result.push_back({{"stream", {{"app", "backend"}, {"container", container}}}, {"values", values}});
    }
    const nlohmann::json body{{"status", "success"}, {"data", {{"resultType", "streams"}, {"result", result}}}};
    return Reply::json(200, QByteArray::fromStdString(body.dump()));
}

QDateTime utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(1757869200 + seconds, QTimeZone::utc()); // 2025-09-14T17:00:00Z
}

qint64 ns(qint64 seconds, qint64 extra = 0)
{
    return (1757869200 + seconds) * 1000000000LL + extra;
}

} // namespace

class TestLokiClient : public QObject
{
    Q_OBJECT

    ScriptedHttpServer *m_server = nullptr;
    net::HttpTransport *m_transport = nullptr;

    LokiProfile profile(const QString &path = QString())
    {
        LokiProfile p;
        p.baseUrl = QUrl(m_server->baseUrl().toString() + path);
        p.selector = QStringLiteral("{app=\"backend\"}");
        p.limit = 2;
        return p;
    }

    Result<std::vector<LogLine>> run(const LokiClient &client, const QString &query, qint64 fromSeconds,
                                     qint64 toSeconds, int limit)
    {
        std::optional<Result<std::vector<LogLine>>> out;
        client.queryRange(query, utc(fromSeconds), utc(toSeconds), limit,
                          [&out](Result<std::vector<LogLine>> r) { out.emplace(std::move(r)); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000); }();
        return out.value_or(Error::make(Error::Kind::Internal, QStringLiteral("no answer")));
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

    void requestShapeAndBearer()
    {
        m_server->setHandler([](const ScriptedHttpServer::Request &r) { return fakeLoki({}, r); });
        LokiProfile p = profile(QStringLiteral("/api/datasources/proxy/uid/abc/"));
        p.orgId = QStringLiteral("tenant-1");
        const LokiClient client(m_transport, p, {QStringLiteral("glsa_secret"), QString()});
        const QString query = QStringLiteral("{app=\"backend\"} |~ \"(?i)1&2|a+b=c#d\"");
        QVERIFY(run(client, query, 0, 600, 100).ok());
        QCOMPARE(m_server->requestCount(), 1);
        const auto seen = m_server->requests().constFirst();
        QCOMPARE(seen.method, QByteArrayLiteral("GET"));
        QCOMPARE(seen.path, QStringLiteral("/api/datasources/proxy/uid/abc/loki/api/v1/query_range"));
        QCOMPARE(seen.query.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded), query);
        QCOMPARE(seen.query.queryItemValue(QStringLiteral("start")), QString::number(ns(0)));
        QCOMPARE(seen.query.queryItemValue(QStringLiteral("end")), QString::number(ns(600)));
        QCOMPARE(seen.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("100"));
        QCOMPARE(seen.query.queryItemValue(QStringLiteral("direction")), QStringLiteral("forward"));
        QCOMPARE(seen.header("authorization"), QByteArrayLiteral("Bearer glsa_secret"));
        QCOMPARE(seen.header("x-scope-orgid"), QByteArrayLiteral("tenant-1"));
    }

    void basicAuth()
    {
        m_server->setHandler([](const ScriptedHttpServer::Request &r) { return fakeLoki({}, r); });
        LokiProfile p = profile();
        p.user = QStringLiteral("123456");
        const LokiClient client(m_transport, p, {QString(), QStringLiteral("glc_token")});
        QVERIFY(run(client, QStringLiteral("{a=\"b\"}"), 0, 10, 10).ok());
        const auto seen = m_server->requests().constFirst();
        QCOMPARE(seen.header("authorization"), QByteArrayLiteral("Basic ") + QByteArray("123456:glc_token").toBase64());
        QVERIFY(seen.header("x-scope-orgid").isEmpty());
    }

    void pagesMergesAndDeduplicates()
    {
        // Two lines share ns(20) across a page boundary; streams interleave.
        const std::vector<Entry> entries = {
            {ns(10), QStringLiteral("worker"), QStringLiteral("one")},
            {ns(20), QStringLiteral("web"), QStringLiteral("two-a")},
            {ns(20), QStringLiteral("worker"), QStringLiteral("two-b")},
            {ns(30), QStringLiteral("web"), QStringLiteral("three")},
            {ns(40), QStringLiteral("worker"), QStringLiteral("four")},
            {ns(600), QStringLiteral("worker"), QStringLiteral("at the end: excluded")},
        };
        m_server->setHandler([entries](const ScriptedHttpServer::Request &r) { return fakeLoki(entries, r); });
        const LokiClient client(m_transport, profile(), {});
        const Result<std::vector<LogLine>> result = run(client, QStringLiteral("{a=\"b\"}"), 0, 600, 2);
        QVERIFY(result.ok());
        QStringList lines;
        for (const LogLine &line : *result)
            lines << line.line;
        // Equal timestamps keep the order they were first seen in (page 1 brought two-a, page 2 two-b).
        QCOMPARE(lines, (QStringList{QStringLiteral("one"), QStringLiteral("two-a"), QStringLiteral("two-b"),
                                     QStringLiteral("three"), QStringLiteral("four")}));
        // Each page restarts at the last timestamp it saw.
        QList<QString> starts;
        for (const auto &request : m_server->requests())
            starts << request.query.queryItemValue(QStringLiteral("start"));
        QCOMPARE(starts.constFirst(), QString::number(ns(0)));
        QCOMPARE(starts.at(1), QString::number(ns(20)));
        QVERIFY(m_server->requestCount() <= 5);
        QCOMPARE(result->at(3).stream, QStringLiteral("{app=\"backend\",container=\"web\"}"));
    }

    void moreLinesAtOneNanosecondThanAPageDoesNotLoop()
    {
        std::vector<Entry> entries;
        for (int i = 0; i < 5; ++i)
            entries.push_back({ns(10), QStringLiteral("worker"), QStringLiteral("same ns %1").arg(i)});
        entries.push_back({ns(11), QStringLiteral("worker"), QStringLiteral("after")});
        m_server->setHandler([entries](const ScriptedHttpServer::Request &r) { return fakeLoki(entries, r); });
        const LokiClient client(m_transport, profile(), {});
        const Result<std::vector<LogLine>> result = run(client, QStringLiteral("{a=\"b\"}"), 0, 60, 2);
        QVERIFY(result.ok());
        QVERIFY(m_server->requestCount() <= 4);
        QCOMPARE(result->back().line, QStringLiteral("after"));
    }

    void totalCap()
    {
        std::vector<Entry> entries;
        for (int i = 0; i < 20; ++i)
            entries.push_back({ns(i + 1), QStringLiteral("worker"), QStringLiteral("line %1").arg(i)});
        m_server->setHandler([entries](const ScriptedHttpServer::Request &r) { return fakeLoki(entries, r); });
        LokiClient client(m_transport, profile(), {});
        client.setMaxTotalLines(5);
        const Result<std::vector<LogLine>> result = run(client, QStringLiteral("{a=\"b\"}"), 0, 60, 2);
        QVERIFY(result.ok());
        QCOMPARE(result->size(), std::size_t(5));
        QCOMPARE(result->front().line, QStringLiteral("line 0")); // forward: the earliest are kept
        QCOMPARE(m_server->requests().constLast().query.queryItemValue(QStringLiteral("limit")), QStringLiteral("1"));
    }

    void errors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("401") << 401 << QByteArray("no org id") << int(Error::Kind::Auth)
                             << QStringLiteral("logs unavailable: Loki rejected the credentials");
        QTest::newRow("403") << 403 << QByteArray() << int(Error::Kind::Auth)
                             << QStringLiteral("logs unavailable: Loki rejected the credentials");
        QTest::newRow("400 plain text") << 400 << QByteArray("parse error at line 1, col 15: syntax error: unexpected IDENTIFIER\n")
                                        << int(Error::Kind::Validation)
                                        << QStringLiteral("logs unavailable: Loki rejected the query: parse error at line 1, col 15: syntax error: unexpected IDENTIFIER");
        QTest::newRow("not JSON") << 200 << QByteArray("<html>proxy</html>") << int(Error::Kind::BadResponse)
                                  << QStringLiteral("logs unavailable: Loki answered something that is not JSON: <html>proxy</html>");
    }

    void errors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, message);
        m_server->enqueue(Reply::json(status, body, {{"Content-Type", "text/plain"}}));
        const LokiClient client(m_transport, profile(), {QStringLiteral("tok_do_not_show"), QString()});
        const Result<std::vector<LogLine>> result = run(client, QStringLiteral("{a=\"b\"}"), 0, 60, 10);
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().kind), kind);
        QCOMPARE(result.error().message, message);
        QCOMPARE(result.error().source, QStringLiteral("loki"));
        QVERIFY(!result.error().describe().contains(QStringLiteral("tok_do_not_show")));
    }

    void networkDown()
    {
        LokiProfile p = profile();
        delete m_server; // nothing listens on that port any more
        m_server = nullptr;
        const LokiClient client(m_transport, p, {});
        const Result<std::vector<LogLine>> result = run(client, QStringLiteral("{a=\"b\"}"), 0, 60, 10);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Network);
        QVERIFY2(result.error().message.startsWith(QStringLiteral("logs unavailable: Loki is unreachable")),
                 qPrintable(result.error().message));
    }

    void notConfigured()
    {
        LokiProfile p;
        const LokiClient client(m_transport, p, {});
        const Result<std::vector<LogLine>> result = run(client, QStringLiteral("{a=\"b\"}"), 0, 60, 10);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Config);
    }

    void cancelStopsTheChain()
    {
        const LokiClient client(m_transport, profile(), {});
        bool called = false;
        m_server->setHandler([](const ScriptedHttpServer::Request &r) {
            Reply reply = fakeLoki({}, r);
            reply.delayMs = 200;
            return reply;
        });
        PagedRequest handle = client.queryRange(QStringLiteral("{a=\"b\"}"), utc(0), utc(60), 10,
                                                [&called](Result<std::vector<LogLine>>) { called = true; });
        QVERIFY(handle.isActive());
        QTRY_COMPARE(m_server->requestCount(), 1);
        handle.cancel();
        QVERIFY(!handle.isActive());
        QTest::qWait(400);
        QVERIFY(!called);
    }

    void therapistWindow_data()
    {
        QTest::addColumn<QDateTime>("created");
        QTest::addColumn<QDateTime>("earliest");
        QTest::addColumn<QDateTime>("start");
        const QDateTime now = utc(20LL * 86400);
        QTest::newRow("created first") << utc(0) << utc(100) << utc(-600);
        QTest::newRow("object first") << utc(100) << utc(0) << utc(-600);
        QTest::newRow("no earliest") << utc(0) << QDateTime() << utc(-600);
        QTest::newRow("nothing known: lookback") << QDateTime() << QDateTime() << now.addDays(-30);
        QTest::newRow("older than lookback") << utc(-400LL * 86400) << QDateTime() << now.addDays(-30);
    }

    void therapistWindow()
    {
        QFETCH(QDateTime, created);
        QFETCH(QDateTime, earliest);
        QFETCH(QDateTime, start);
        const QDateTime now = utc(20LL * 86400);
        Therapist t;
        t.id = QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7");
        t.contactId = QStringLiteral("51234567801");
        t.createdAt = created;
        LokiProfile p;
        p.selector = QStringLiteral("{app=\"backend\"}");
        p.lookbackDays = 30;
        const TherapistLogQuery q = LokiClient::therapistQuery(p, t, earliest, now);
        QCOMPARE(q.start, start);
        QCOMPARE(q.end, now.addSecs(1));
        QCOMPARE(q.query, QStringLiteral("{app=\"backend\"} |~ \"(?i)51234567801|7c9e6679-7425-40de-944b-e07fc1f90ae7\""));
    }

    void linesForTherapistUsesClockAndProfileLimit()
    {
        m_server->setHandler([](const ScriptedHttpServer::Request &r) {
            return fakeLoki({{ns(5), QStringLiteral("worker"),
                              QStringLiteral("I, [2025-09-14T17:00:05.000000 #1]  INFO -- : Did not found Associated Custom Objects for Hubspot ID: 51234567801")}},
                            r);
        });
        LokiProfile p = profile();
        p.limit = 7;
        LokiClient client(m_transport, p, {});
        client.setClock([] { return utc(3600); });
        Therapist t;
        t.contactId = QStringLiteral("51234567801");
        t.createdAt = utc(0);
        std::optional<Result<std::vector<LogLine>>> out;
        client.linesForTherapist(t, QDateTime(), [&out](Result<std::vector<LogLine>> r) { out.emplace(std::move(r)); });
        QTRY_VERIFY(out.has_value());
        QVERIFY(out->ok());
        QCOMPARE((*out)->size(), std::size_t(1));
        QCOMPARE((*out)->front().level, QStringLiteral("INFO"));
        const auto seen = m_server->requests().constFirst();
        QCOMPARE(seen.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("7"));
        QCOMPARE(seen.query.queryItemValue(QStringLiteral("start")), QString::number(ns(-600)));
        QCOMPARE(seen.query.queryItemValue(QStringLiteral("end")), QString::number(ns(3601)));
        QCOMPARE(seen.query.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded),
                 QStringLiteral("{app=\"backend\"} |= \"51234567801\""));
    }

    void noIdsNoRequest()
    {
        const LokiClient client(m_transport, profile(), {});
        std::optional<Result<std::vector<LogLine>>> out;
        client.linesForTherapist(Therapist(), QDateTime(), [&out](Result<std::vector<LogLine>> r) { out.emplace(std::move(r)); });
        QVERIFY(out.has_value()); // answered at once
        QVERIFY(out->ok());
        QVERIFY((*out)->empty());
        QCOMPARE(m_server->requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLokiClient)
#include "tst_lokiclient.moc"
