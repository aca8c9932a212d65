#include <QtTest>

#include "core/evidence/sentryparse.h"
#include "testsupport.h"

using namespace credsync;
using namespace credsync::evidence;

class TestSentryParse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void issues()
    {
        const Result<std::vector<SentryIssue>> parsed = parseSentryIssues(test::readData(QStringLiteral("sentry/issues.json")));
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->size(), std::size_t(2));
        const SentryIssue &first = parsed->at(0);
        QCOMPARE(first.id, QStringLiteral("4506571234"));
        QCOMPARE(first.shortId, QStringLiteral("CREDENTIALING-BACKEND-2F"));
        QCOMPARE(first.count, qint64(14));
        QCOMPARE(first.level, QStringLiteral("error"));
        QCOMPARE(first.status, QStringLiteral("unresolved"));
        QCOMPARE(first.permalink, QStringLiteral("https://acme.sentry.io/issues/4506571234/"));
        QCOMPARE(first.culprit, QStringLiteral("HubspotCustomObjects::CredentialingSync#perform"));
        QVERIFY(first.title.endsWith(QStringLiteral("Therapist 51234567801")));
        QCOMPARE(first.firstSeen, QDateTime(QDate(2025, 9, 14), QTime(17, 3, 12, 402), QTimeZone::utc()));
        QCOMPARE(first.lastSeen.toUTC().date(), QDate(2025, 9, 15));
        QCOMPARE(first.lastSeen.toUTC().time().second(), 7);
        // Beyond 32 bits: the string count must not pass through int.
        QCOMPARE(parsed->at(1).count, 9000000000LL);
    }

    void malformedIssues_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("object") << QByteArray("{\"detail\":\"Invalid project\"}");
        QTest::newRow("item not object") << QByteArray("[1]");
        QTest::newRow("no id") << QByteArray("[{\"title\":\"x\"}]");
    }

    void malformedIssues()
    {
        QFETCH(QByteArray, body);
        const Result<std::vector<SentryIssue>> parsed = parseSentryIssues(body);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, Error::Kind::BadResponse);
        QCOMPARE(parsed.error().source, QStringLiteral("sentry"));
    }

    void projectId()
    {
        const Result<QString> id = parseSentryProjectId(test::readData(QStringLiteral("sentry/project.json")));
        QVERIFY(id.ok());
        QCOMPARE(*id, QStringLiteral("4504000000000001"));
        QVERIFY(parseSentryProjectId(QByteArray("{\"id\": 42}")).ok());
        QCOMPARE(*parseSentryProjectId(QByteArray("{\"id\": 42}")), QStringLiteral("42"));
        QVERIFY(!parseSentryProjectId(QByteArray("{\"slug\":\"x\"}")).ok());
        QVERIFY(!parseSentryProjectId(QByteArray("{\"id\":\"abc\"}")).ok());
        QVERIFY(!parseSentryProjectId(QByteArray("nope")).ok());
    }

    void eventTimesMentioningTheContact()
    {
        const Result<std::vector<QDateTime>> times =
            parseSentryEventTimes(test::readData(QStringLiteral("sentry/events.json")), QStringLiteral("51234567801"));
        QVERIFY(times.ok());
        // title, tag value and message mention it; the other contact's event does not. Oldest first.
        QCOMPARE(times->size(), std::size_t(3));
        QCOMPARE(times->at(0), QDateTime(QDate(2025, 9, 14), QTime(17, 3, 12, 402), QTimeZone::utc()));
        QCOMPARE(times->at(1), QDateTime(QDate(2025, 9, 14), QTime(17, 5, 0), QTimeZone::utc()));
        QCOMPARE(times->at(2), QDateTime(QDate(2025, 9, 15), QTime(8, 41, 7), QTimeZone::utc()));
        QVERIFY(!parseSentryEventTimes(QByteArray("{}"), QStringLiteral("1")).ok());
    }

    void linkHeader_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("next"); // empty: do not follow
        const QByteArray prev = "<https://sentry.io/api/0/organizations/acme/issues/?project=1&cursor=0:0:1>; rel=\"previous\"; results=\"false\"; cursor=\"0:0:1\"";
        QTest::newRow("more pages")
            << prev + ", <https://sentry.io/api/0/organizations/acme/issues/?project=1&cursor=0:100:0>; rel=\"next\"; results=\"true\"; cursor=\"0:100:0\""
            << QStringLiteral("https://sentry.io/api/0/organizations/acme/issues/?project=1&cursor=0:100:0");
        QTest::newRow("last page")
            << prev + ", <https://sentry.io/api/0/organizations/acme/issues/?project=1&cursor=0:200:0>; rel=\"next\"; results=\"false\"; cursor=\"0:200:0\""
            << QString();
        QTest::newRow("next without results") << QByteArray("<https://x/?cursor=1>; rel=\"next\"") << QString();
        QTest::newRow("comma inside the URL")
            << QByteArray("<https://x/?query=a,b&cursor=0:100:0>; rel=\"next\"; results=\"true\"; cursor=\"0:100:0\"")
            << QStringLiteral("https://x/?query=a,b&cursor=0:100:0");
        QTest::newRow("unquoted and spaced")
            << QByteArray("  <https://x/?c=2> ;rel=next ; results=true") << QStringLiteral("https://x/?c=2");
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("garbage") << QByteArray("<<>>;;,,\"") << QString();
        QTest::newRow("no brackets") << QByteArray("https://x/; rel=\"next\"; results=\"true\"") << QString();
    }

    void linkHeader()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, next);
        const std::optional<QUrl> url = nextPageUrl(header);
        QCOMPARE(url ? url->toString(QUrl::FullyEncoded) : QString(), next);
    }

    void linkEntries()
    {
        const std::vector<LinkEntry> entries = parseLinkHeader(
            "<https://x/?c=a>; rel=\"previous\"; results=\"false\"; cursor=\"0:0:1\", <https://x/?c=b>; rel=\"next\"; results=\"true\"; cursor=\"0:100:0\"");
        QCOMPARE(entries.size(), std::size_t(2));
        QCOMPARE(entries[0].rel, QStringLiteral("previous"));
        QCOMPARE(entries[0].results, std::optional<bool>(false));
        QCOMPARE(entries[1].cursor, QStringLiteral("0:100:0"));
        QCOMPARE(entries[1].url, QUrl(QStringLiteral("https://x/?c=b")));
    }
};

QTEST_GUILESS_MAIN(TestSentryParse)
#include "tst_sentryparse.moc"
