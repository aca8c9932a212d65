#include <QtTest>

#include "core/evidence/logparser.h"

using namespace credsync;
using namespace credsync::evidence;

namespace {
// 2025-09-14T17:42:51.318204Z as Loki's nanoseconds.
constexpr qint64 kNs = 1757871771318204123LL;
const QString kStream = QStringLiteral("{app=\"therapist-credentialing-backend\"}");
} // namespace

class TestLogParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lines_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("worker");

        const QString pull = QStringLiteral("Did not found Associated Custom Objects for Hubspot ID: 161204877310");
        QTest::newRow("INFO, empty progname")
            << QStringLiteral("I, [2025-09-14T17:42:51.318204 #1]  INFO -- : ") + pull << QStringLiteral("INFO") << pull
            << QString();
        QTest::newRow("DEBUG") << QStringLiteral("D, [2025-09-14T17:42:51.318204 #12] DEBUG -- : SQL (0.4ms)")
                               << QStringLiteral("DEBUG") << QStringLiteral("SQL (0.4ms)") << QString();
        QTest::newRow("WARN") << QStringLiteral("W, [2025-09-14T17:42:51.318204 #1]  WARN -- : slow")
                              << QStringLiteral("WARN") << QStringLiteral("slow") << QString();
        QTest::newRow("ERROR") << QStringLiteral("E, [2025-09-14T17:42:51.318204 #1] ERROR -- : boom")
                               << QStringLiteral("ERROR") << QStringLiteral("boom") << QString();
        QTest::newRow("FATAL") << QStringLiteral("F, [2025-09-14T17:42:51.318204 #1] FATAL -- : dead")
                               << QStringLiteral("FATAL") << QStringLiteral("dead") << QString();
        QTest::newRow("ANY") << QStringLiteral("A, [2025-09-14T17:42:51.318204 #1]   ANY -- : whatever")
                             << QStringLiteral("ANY") << QStringLiteral("whatever") << QString();
        QTest::newRow("progname is the worker")
            << QStringLiteral("I, [2025-09-14T17:42:51.318204 #7]  INFO -- HubspotIdsPullWorker: credentialing_hubspot_id set to 1")
            << QStringLiteral("INFO") << QStringLiteral("credentialing_hubspot_id set to 1")
            << QStringLiteral("HubspotIdsPullWorker");
        QTest::newRow("progname with ::")
            << QStringLiteral("I, [2025-09-14T17:42:51.318204 #7]  INFO -- Sidekiq::Processor: done: ok")
            << QStringLiteral("INFO") << QStringLiteral("done: ok") << QStringLiteral("Sidekiq::Processor");
        QTest::newRow("one tag")
            << QStringLiteral("I, [2025-09-14T17:42:51.318204 #1]  INFO -- : [5b1c2e8a-3f4d-4e21-9a0b-7c2d1e0f9a11] ") + pull
            << QStringLiteral("INFO") << pull << QString();
        QTest::newRow("several tags, worker class and jid")
            << QStringLiteral("I, [2025-09-14T17:42:51.318204 #1]  INFO -- : [ActiveJob] [CredentialingCycleJob] [jid-ab12cd] ")
                   + pull
            << QStringLiteral("INFO") << pull << QStringLiteral("CredentialingCycleJob");
        QTest::newRow("jid tag only")
            << QStringLiteral("I, [2025-09-14T17:42:51.318204 #1]  INFO -- : [jid-9f8e7d] started")
            << QStringLiteral("INFO") << QStringLiteral("started") << QStringLiteral("jid-9f8e7d");
        QTest::newRow("worker named in the message")
            << QStringLiteral("I, [2025-09-14T17:42:51.318204 #1]  INFO -- : HubspotCustomObjects::SyncWorker started")
            << QStringLiteral("INFO") << QStringLiteral("HubspotCustomObjects::SyncWorker started")
            << QStringLiteral("HubspotCustomObjects::SyncWorker");
        QTest::newRow("brackets later in the message stay")
            << QStringLiteral("I, [2025-09-14T17:42:51.318204 #1]  INFO -- : ids [1, 2] read")
            << QStringLiteral("INFO") << QStringLiteral("ids [1, 2] read") << QString();
        QTest::newRow("empty message") << QStringLiteral("I, [2025-09-14T17:42:51.318204 #1]  INFO -- :")
                                       << QStringLiteral("INFO") << QString() << QString();
        QTest::newRow("trailing newline")
            << QStringLiteral("I, [2025-09-14T17:42:51.318204 #1]  INFO -- : hello\n") << QStringLiteral("INFO")
            << QStringLiteral("hello") << QString();
        QTest::newRow("multi-line backtrace")
            << QStringLiteral("E, [2025-09-14T17:42:51.318204 #1] ERROR -- : boom\n  app/x.rb:1\n  app/y.rb:2")
            << QStringLiteral("ERROR") << QStringLiteral("boom\n  app/x.rb:1\n  app/y.rb:2") << QString();

        // Not Logger lines: verbatim, no level.
        const QString sidekiq = QStringLiteral("pid=1 tid=abc class=HubspotIdsPull jid=1a2b INFO: start");
        QTest::newRow("sidekiq format") << sidekiq << QString() << sidekiq << QStringLiteral("HubspotIdsPull");
        const QString json = QStringLiteral("{\"level\":\"info\",\"msg\":\"x\"}");
        QTest::newRow("json") << json << QString() << json << QString();
        QTest::newRow("empty") << QString() << QString() << QString() << QString();
        const QString truncated = QStringLiteral("I, [2025-09-14T17:42:51.318204 #1]  INF");
        QTest::newRow("truncated") << truncated << QString() << truncated << QString();
        const QString badLevel = QStringLiteral("I, [2025-09-14T17:42:51.318204 #1]  NOTICE -- : x");
        QTest::newRow("unknown severity word") << badLevel << QString() << badLevel << QString();
        const QString garbage = QString::fromUtf8("I, [\xff\xfe\x00\x01 #] \xc3\x28 -- : \xed\xa0\x80", 26);
        QTest::newRow("invalid UTF-8 garbage") << garbage << QString() << garbage << QString();
        const QString badInMessage =
            QString::fromUtf8("I, [2025-09-14T17:42:51.318204 #1]  INFO -- : caf\xc3\x28 \xff ok");
        QTest::newRow("invalid UTF-8 in the message")
            << badInMessage << QStringLiteral("INFO") << badInMessage.mid(badInMessage.indexOf(QStringLiteral("caf")))
            << QString();
    }

    void lines()
    {
        QFETCH(QString, raw);
        QFETCH(QString, level);
        QFETCH(QString, message);
        QFETCH(QString, worker);
        const LogLine line = parseLogLine(raw, kNs, kStream);
        QCOMPARE(line.level, level);
        QCOMPARE(line.message, message);
        QCOMPARE(line.worker, worker);
        QCOMPARE(line.line, raw); // always verbatim
        QCOMPARE(line.stream, kStream);
        QCOMPARE(line.timestampNs, kNs);
    }

    void lokiTimeIsAuthoritative()
    {
        // The line says 09:00 (server local, no zone); Loki's timestamp says 17:42:51.318 UTC.
        const LogLine line =
            parseLogLine(QStringLiteral("I, [2025-09-14T09:00:00.000000 #1]  INFO -- : x"), kNs, kStream);
        QCOMPARE(line.time.toUTC(), QDateTime(QDate(2025, 9, 14), QTime(17, 42, 51, 318), QTimeZone::utc()));
        QCOMPARE(line.time.offsetFromUtc(), 0);
    }

    void lineTimeWhenLokiHasNone()
    {
        const LogLine line =
            parseLogLine(QStringLiteral("I, [2025-09-14T09:00:00.250000 #1]  INFO -- : x"), 0, QString());
        QCOMPARE(line.time, QDateTime(QDate(2025, 9, 14), QTime(9, 0, 0, 250), QTimeZone::utc()));
        QVERIFY(!parseLogLine(QStringLiteral("garbage"), 0, QString()).time.isValid());
    }

    void nanosecondConversions()
    {
        QCOMPARE(timeFromNs(kNs).toMSecsSinceEpoch(), kNs / 1000000);
        QCOMPARE(nsFromTime(timeFromNs(kNs)), (kNs / 1000000) * 1000000);
        QVERIFY(!timeFromNs(0).isValid());
        QCOMPARE(nsFromTime(QDateTime()), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestLogParser)
#include "tst_logparser.moc"
