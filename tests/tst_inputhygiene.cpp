// Issue 11: inputs that used to crash the console or slip through it, and the retry rules.
#include <QtTest>

#include "core/boundedjson.h"
#include "core/fixes/runjournal.h"
#include "core/hubspot/hubspotretrypolicy.h"
#include "core/hubspot/hubspotthrottle.h"
#include "core/net/httptransport.h"
#include "core/net/retrybudget.h"
#include "core/profile.h"
#include "core/secrets.h"
#include "core/workspace/workspaceurl.h"
#include "sandbox/world.h"

#include <QTcpServer>
#include <QTemporaryDir>

using namespace credsync;

namespace {

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

QByteArray tenSecondly429()
{
    return QByteArrayLiteral("{\"status\":\"error\",\"message\":\"You have reached your ten_secondly_rolling limit.\","
                             "\"errorType\":\"RATE_LIMIT\",\"correlationId\":\"c\",\"policyName\":\"TEN_SECONDLY_ROLLING\"}");
}

net::HttpResponse answer(int status, const QByteArray &body, QList<std::pair<QByteArray, QByteArray>> headers = {})
{
    net::HttpResponse response;
    response.status = status;
    response.body = body;
    response.headers = std::move(headers);
    return response;
}

std::string loadWorld(const QByteArray &text)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("world.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return "cannot write";
    file.write(text);
    file.close();
    sandbox::World world;
    std::string error;
    return sandbox::loadWorldFile(path.toStdString(), world, &error) ? std::string() : error;
}

} // namespace

class TestInputHygiene : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boundedJsonRefusesDeepAndLargeDocuments()
    {
        QVERIFY(boundedjson::parse(nested(64)).is_array());
        QVERIFY_THROWS_EXCEPTION(boundedjson::LimitError, boundedjson::parse(nested(65)));
        // Brackets inside strings are text, not nesting.
        QVERIFY(boundedjson::parse(QByteArrayLiteral("{\"a\":\"") + QByteArray(500, '[') + "\\\"\"}").is_object());
        QString why;
        QVERIFY(!boundedjson::tryParse(nested(50000), &why));
        QVERIFY2(why.contains(QStringLiteral("nested deeper than 64")), qPrintable(why));
        QVERIFY(!boundedjson::tryParse(QByteArray(2000, ' '), &why, boundedjson::Limits{64, 1000}));
        QVERIFY2(why.contains(QStringLiteral("more than the 1000 allowed")), qPrintable(why));
    }

    // Defect 3: a profile nested 50,000 deep crashed (recursion while printing the error).
    void deepProfileIsAnError()
    {
        const Result<Profile> profile = Profile::fromJson(QByteArrayLiteral("{\"name\":") + nested(50000) + '}', QStringLiteral("deep"));
        QVERIFY(!profile);
        QVERIFY2(profile.error().message.contains(QStringLiteral("nested deeper than 64")), qPrintable(profile.error().message));
    }

    // Defect 5: world files with negative ids, dangling associations, and raw stoll/JSON messages.
    void worldFilesAreValidatedWithPaths_data()
    {
        QTest::addColumn<QByteArray>("world");
        QTest::addColumn<QString>("expected");
        QTest::newRow("negative id") << QByteArrayLiteral("{\"contacts\":[{\"id\":\"1\"}],\"objects\":[{\"id\":\"-5\",\"type\":\"2-1\"}]}")
                                     << QStringLiteral("objects[0].id:");
        QTest::newRow("zero id") << QByteArrayLiteral("{\"contacts\":[{\"id\":0}]}") << QStringLiteral("contacts[0].id: an id must be a positive number");
        QTest::newRow("not digits") << QByteArrayLiteral("{\"contacts\":[{\"id\":\"12ab\"}]}") << QStringLiteral("contacts[0].id: expected a string of digits");
        QTest::newRow("too big") << QByteArrayLiteral("{\"contacts\":[{\"id\":\"99999999999999999999\"}]}") << QStringLiteral("contacts[0].id:");
        QTest::newRow("missing object")
            << QByteArrayLiteral("{\"contacts\":[{\"id\":\"1\"}],\"objects\":[{\"id\":\"5\",\"type\":\"2-1\"}],"
                                 "\"associations\":[{\"contactId\":\"1\",\"objectId\":\"5\"},{\"contactId\":\"1\",\"objectId\":\"5\"},"
                                 "{\"contactId\":\"1\",\"objectId\":\"5\"},{\"contactId\":\"1\",\"objectId\":\"6\"}]}")
            << QStringLiteral("associations[3].objectId: no object 6");
        QTest::newRow("missing contact")
            << QByteArrayLiteral("{\"contacts\":[{\"id\":\"1\"}],\"objects\":[{\"id\":\"5\",\"type\":\"2-1\"}],\"associations\":[{\"contactId\":\"2\",\"objectId\":\"5\"}]}")
            << QStringLiteral("associations[0].contactId: no contact 2");
        QTest::newRow("wrong type") << QByteArrayLiteral("{\"objects\":[{\"id\":\"5\",\"type\":7}]}") << QStringLiteral("objects[0]: ");
        QTest::newRow("not an array") << QByteArrayLiteral("{\"contacts\":{}}") << QStringLiteral("contacts: expected an array");
        QTest::newRow("deep") << (QByteArrayLiteral("{\"contacts\":") + nested(50000) + '}') << QStringLiteral("nested deeper than 64");
        QTest::newRow("not json") << QByteArrayLiteral("{\"contacts\":[") << QStringLiteral("invalid world file");
    }

    void worldFilesAreValidatedWithPaths()
    {
        QFETCH(QByteArray, world);
        QFETCH(QString, expected);
        const QString error = QString::fromStdString(loadWorld(world));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("stoll")) && !error.contains(QStringLiteral("[json.exception")), qPrintable(error));
    }

    void validWorldStillLoads()
    {
        const std::string error = loadWorld(QByteArrayLiteral("{\"contacts\":[{\"id\":\"161204877310\"}],\"objects\":[{\"id\":161204877399,\"type\":\"2-1\"}],"
                                                              "\"associations\":[{\"contactId\":\"161204877310\",\"objectId\":\"161204877399\",\"labels\":[\"Active\"]}]}"));
        QVERIFY2(error.empty(), error.c_str());
    }

    // Defect 5: a token with CR/LF was sent verbatim and injected a header.
    void secretsWithControlCharactersAreRefused()
    {
        qputenv("CREDSYNC_TST_HYGIENE_TOKEN", "pat-na1-abc\r\nX-Injected: yes");
        const Result<QString> secret = readSecret(QStringLiteral("CREDSYNC_TST_HYGIENE_TOKEN"), {}, QStringLiteral("HubSpot token"));
        qunsetenv("CREDSYNC_TST_HYGIENE_TOKEN");
        QVERIFY(!secret);
        QVERIFY(secret.error().message.contains(QStringLiteral("CREDSYNC_TST_HYGIENE_TOKEN")));
        QVERIFY(secret.error().message.contains(QStringLiteral("control character")));
        QVERIFY(!secret.error().message.contains(QStringLiteral("pat-na1-abc")));
    }

    void headersWithControlCharactersAreNeverSent()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        net::HttpTransport transport;
        net::HttpRequest request;
        request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(server.serverPort()));
        request.headers.push_back({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer abc\r\nX-Injected: yes")});
        request.maxAttempts = 3;
        std::optional<net::HttpResponse> response;
        transport.send(request, [&](const net::HttpResponse &r) { response = r; });
        QTRY_VERIFY(response.has_value());
        QCOMPARE(response->status, 0);
        QVERIFY2(response->networkError.contains(QStringLiteral("header Authorization")), qPrintable(response->networkError));
        QVERIFY(!server.hasPendingConnections());
        QVERIFY(!server.waitForNewConnection(200));
    }

    // Defect 2: with Retry-After: 1 every retry still waited the whole ten-second window.
    void retryAfterWinsOverTheWindow()
    {
        hubspot::HubSpotThrottle throttle;
        qint64 now = 1000000;
        throttle.setClock([&now] { return now; });
        const QList<std::pair<QByteArray, QByteArray>> headers{{"Retry-After", "1"},
                                                               {"X-HubSpot-RateLimit-Max", "100"},
                                                               {"X-HubSpot-RateLimit-Remaining", "0"},
                                                               {"X-HubSpot-RateLimit-Interval-Milliseconds", "10000"}};
        net::HttpRequest get;
        get.url = QUrl(QStringLiteral("https://api.hubapi.com/crm/v3/objects/contacts/1"));
        throttle.onResponse(get, answer(429, tenSecondly429(), headers));
        QCOMPARE(throttle.delayBeforeSendMs(get), 1000);
        now += 1000;
        QCOMPARE(throttle.delayBeforeSendMs(get), 0);
        // Without Retry-After the ten-second window is still the rule.
        hubspot::HubSpotThrottle plain;
        plain.setClock([&now] { return now; });
        plain.onResponse(get, answer(429, tenSecondly429()));
        QCOMPARE(plain.delayBeforeSendMs(get), 10000);
        // The policy agrees: seconds, or an HTTP date.
        hubspot::HubSpotRetryPolicy policy;
        QCOMPARE(policy.retryDelayMs(get, answer(429, tenSecondly429(), headers), 1), std::optional<int>(1000));
    }

    void retryBudgetGivesUpWithAMessage()
    {
        hubspot::HubSpotRetryPolicy policy;
        policy.setBudget(std::make_shared<net::RetryBudget>(2500));
        net::HttpRequest get;
        get.maxAttempts = 100;
        const auto busy = answer(429, tenSecondly429(), {{"Retry-After", "1"}});
        QCOMPARE(policy.retryDelayMs(get, busy, 1), std::optional<int>(1000));
        QCOMPARE(policy.retryDelayMs(get, busy, 2), std::optional<int>(1000));
        QVERIFY(policy.gaveUpReason().isEmpty());
        QCOMPARE(policy.retryDelayMs(get, busy, 3), std::nullopt);
        QCOMPARE(policy.gaveUpReason(), QStringLiteral("gave up after 2 s of retries (this run may spend 2.5 s waiting to retry)"));
        QCOMPARE(net::RetryBudget::describeDuration(125000), QStringLiteral("2 min 5 s"));
    }

    // Defect 4: the README's ?schema= was refused.
    void workspaceUrlTakesASchema()
    {
        auto parsed = workspace::parseWorkspaceUrl(QStringLiteral("postgresql://console@db.internal:5432/credentialing?schema=team_a&sslmode=require"));
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->schema, QStringLiteral("team_a"));
        QCOMPARE(parsed->database.options, QStringList{QStringLiteral("sslmode=require")});
        QCOMPARE(workspace::parseWorkspaceUrl(QStringLiteral("postgresql://c@h/db"))->schema, QStringLiteral("credsync"));
        QVERIFY(!workspace::parseWorkspaceUrl(QStringLiteral("postgresql://c@h/db?schema=a;drop")));
        const Result<Profile> profile = Profile::fromJson(
            QByteArrayLiteral("{\"workspace\":{\"url\":\"postgresql://console@db.internal/credentialing?schema=credsync\"}}"), QStringLiteral("p"));
        QVERIFY(profile || !profile.error().message.contains(QStringLiteral("schema")));
        if (!profile)
            QVERIFY2(!profile.error().message.contains(QStringLiteral("workspace.url")), qPrintable(profile.error().message));
    }

    void journalPositions()
    {
        QCOMPARE(fixes::RunJournal::positionsText({2, 1}), QStringLiteral("1–2"));
        QCOMPARE(fixes::RunJournal::positionsText({3, 4, 5}), QStringLiteral("3–5"));
        QCOMPARE(fixes::RunJournal::positionsText({1, 3}), QStringLiteral("1, 3"));
        fixes::InterruptedRun run;
        run.fix = QStringLiteral("relabel");
        run.operatorName = QStringLiteral("ana");
        run.host = QStringLiteral("host");
        run.startedAt = QDateTime(QDate(2026, 11, 22), QTime(23, 10), QTimeZone::utc());
        run.done = {1, 2};
        run.notDone = {3, 4};
        QVERIFY2(run.summary().startsWith(QStringLiteral("interrupted fix of 23:10 by ana@host: steps 1–2 done, 3–4 not done")),
                 qPrintable(run.summary()));
    }
};

QTEST_GUILESS_MAIN(TestInputHygiene)
#include "tst_inputhygiene.moc"
