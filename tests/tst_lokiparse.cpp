#include <QtTest>

#include "core/evidence/lokiresponse.h"
#include "testsupport.h"

using namespace credsync;
using namespace credsync::evidence;

class TestLokiParse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mergesAndSortsStreams()
    {
        const Result<std::vector<LogLine>> parsed = parseLokiResponse(test::readData(QStringLiteral("loki/two_streams.json")));
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
        const std::vector<LogLine> &lines = *parsed;
        QCOMPARE(lines.size(), std::size_t(4));
        QList<qint64> ns;
        for (const LogLine &line : lines)
            ns << line.timestampNs;
        QCOMPARE(ns, (QList<qint64>{1757869260000000000LL, 1757869260000000000LL, 1757869290500000000LL,
                                    1757869312000000000LL}));
        // Same nanosecond in two streams: the first stream's line stays first (stable).
        QCOMPARE(lines[0].stream,
                 QStringLiteral("{app=\"therapist-credentialing-backend\",container=\"worker\",namespace=\"prod\"}"));
        QVERIFY(lines[0].message.startsWith(QStringLiteral("Did not found")));
        QCOMPARE(lines[1].level, QStringLiteral("WARN"));
        QCOMPARE(lines[2].level, QStringLiteral("ERROR"));
        QCOMPARE(lines[2].time, QDateTime(QDate(2025, 9, 14), QTime(17, 1, 30, 500), QTimeZone::utc()));
        QCOMPARE(lines[3].worker, QStringLiteral("CredentialingCycleWorker"));
    }

    void toleratesStructuredMetadataAndEscapesLabels()
    {
        const Result<std::vector<LogLine>> parsed =
            parseLokiResponse(test::readData(QStringLiteral("loki/structured_metadata.json")));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->size(), std::size_t(1));
        QCOMPARE(parsed->front().stream, QStringLiteral("{app=\"x\",quote=\"a\\\"b\"}"));
        QCOMPARE(parsed->front().timestampNs, 1757869260000000001LL);
    }

    void empty()
    {
        const Result<std::vector<LogLine>> parsed = parseLokiResponse(test::readData(QStringLiteral("loki/empty.json")));
        QVERIFY(parsed.ok());
        QVERIFY(parsed->empty());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("plain-text error") << QByteArray("parse error at line 1, col 7: syntax error")
                                          << QStringLiteral("not JSON");
        QTest::newRow("empty body") << QByteArray() << QStringLiteral("not JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not an object");
        QTest::newRow("status error") << QByteArray("{\"status\":\"error\"}") << QStringLiteral("status");
        QTest::newRow("no data") << QByteArray("{\"status\":\"success\"}") << QStringLiteral("data");
        QTest::newRow("matrix") << test::readData(QStringLiteral("loki/matrix.json")) << QStringLiteral("matrix");
        QTest::newRow("bad timestamp") << test::readData(QStringLiteral("loki/bad_timestamp.json"))
                                       << QStringLiteral("nanoseconds");
        QTest::newRow("entry not a pair")
            << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"streams\",\"result\":[{\"stream\":{},\"values\":[[\"1\"]]}]}}")
            << QStringLiteral("entry");
        QTest::newRow("number instead of ns string")
            << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"streams\",\"result\":[{\"stream\":{},\"values\":[[1,\"x\"]]}]}}")
            << QStringLiteral("entry");
        // Found by fuzz_loki: fields of the wrong type used to throw out of the parser (an abort).
        QTest::newRow("status an object") << QByteArray("{\"status\":{\"resultType\":\"matrix\"}}") << QStringLiteral("status");
        QTest::newRow("resultType a number")
            << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":5,\"result\":[]}}") << QStringLiteral("resultType");
        QTest::newRow("truncated") << test::readData(QStringLiteral("loki/two_streams.json")).left(200)
                                   << QStringLiteral("not JSON");
    }

    void malformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        const Result<std::vector<LogLine>> parsed = parseLokiResponse(body);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, Error::Kind::BadResponse);
        QCOMPARE(parsed.error().source, QStringLiteral("loki"));
        QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
        QVERIFY(parsed.error().message.startsWith(QStringLiteral("logs unavailable: ")));
    }

    void nonUtf8LinesSurvive()
    {
        QByteArray body("{\"status\":\"success\",\"data\":{\"resultType\":\"streams\",\"result\":[{\"stream\":{\"a\":\"b\"},"
                        "\"values\":[[\"5\",\"caf\\u00e9 \\ufffd ok\"]]}]}}");
        const Result<std::vector<LogLine>> parsed = parseLokiResponse(body);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->front().line, QStringLiteral("caf\u00e9 \ufffd ok"));
    }
};

QTEST_GUILESS_MAIN(TestLokiParse)
#include "tst_lokiparse.moc"
